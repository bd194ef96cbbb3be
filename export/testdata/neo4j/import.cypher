// Loads the CSV files of this folder into Neo4j; running it again changes
// nothing (MERGE by id). Copy the nodes/ and relationships/ folders into
// the database's import folder, then: cypher-shell -f import.cypher
CREATE CONSTRAINT record_id IF NOT EXISTS FOR (n:Record) REQUIRE n.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///nodes/people.csv' AS row
MERGE (n:Record {id: row.`id:ID`})
SET n:Person,
    n.name = CASE WHEN coalesce(row.`name`, '') = '' THEN null ELSE row.`name` END,
    n.aliases = CASE WHEN coalesce(row.`aliases:string[]`, '') = '' THEN null ELSE split(row.`aliases:string[]`, ';') END,
    n.description = CASE WHEN coalesce(row.`description`, '') = '' THEN null ELSE row.`description` END,
    n.tags = CASE WHEN coalesce(row.`tags:string[]`, '') = '' THEN null ELSE split(row.`tags:string[]`, ';') END,
    n.links = CASE WHEN coalesce(row.`links:string[]`, '') = '' THEN null ELSE split(row.`links:string[]`, ';') END;

LOAD CSV WITH HEADERS FROM 'file:///nodes/organizations.csv' AS row
MERGE (n:Record {id: row.`id:ID`})
SET n:Organization,
    n.name = CASE WHEN coalesce(row.`name`, '') = '' THEN null ELSE row.`name` END,
    n.kind = CASE WHEN coalesce(row.`kind`, '') = '' THEN null ELSE row.`kind` END,
    n.aliases = CASE WHEN coalesce(row.`aliases:string[]`, '') = '' THEN null ELSE split(row.`aliases:string[]`, ';') END,
    n.description = CASE WHEN coalesce(row.`description`, '') = '' THEN null ELSE row.`description` END,
    n.tags = CASE WHEN coalesce(row.`tags:string[]`, '') = '' THEN null ELSE split(row.`tags:string[]`, ';') END,
    n.links = CASE WHEN coalesce(row.`links:string[]`, '') = '' THEN null ELSE split(row.`links:string[]`, ';') END;

LOAD CSV WITH HEADERS FROM 'file:///nodes/events.csv' AS row
MERGE (n:Record {id: row.`id:ID`})
SET n:Event,
    n.title = CASE WHEN coalesce(row.`title`, '') = '' THEN null ELSE row.`title` END,
    n.place = CASE WHEN coalesce(row.`place`, '') = '' THEN null ELSE row.`place` END,
    n.description = CASE WHEN coalesce(row.`description`, '') = '' THEN null ELSE row.`description` END,
    n.tags = CASE WHEN coalesce(row.`tags:string[]`, '') = '' THEN null ELSE split(row.`tags:string[]`, ';') END,
    n.edtf = CASE WHEN coalesce(row.`edtf`, '') = '' THEN null ELSE row.`edtf` END,
    n.date_min = CASE WHEN coalesce(row.`date_min:date`, '') = '' THEN null ELSE date(row.`date_min:date`) END,
    n.date_max = CASE WHEN coalesce(row.`date_max:date`, '') = '' THEN null ELSE date(row.`date_max:date`) END;

LOAD CSV WITH HEADERS FROM 'file:///nodes/claims.csv' AS row
MERGE (n:Record {id: row.`id:ID`})
SET n:Claim,
    n.statement = CASE WHEN coalesce(row.`statement`, '') = '' THEN null ELSE row.`statement` END,
    n.status = CASE WHEN coalesce(row.`status`, '') = '' THEN null ELSE row.`status` END,
    n.responses = CASE WHEN coalesce(row.`responses:int`, '') = '' THEN null ELSE toInteger(row.`responses:int`) END,
    n.edtf = CASE WHEN coalesce(row.`edtf`, '') = '' THEN null ELSE row.`edtf` END,
    n.date_min = CASE WHEN coalesce(row.`date_min:date`, '') = '' THEN null ELSE date(row.`date_min:date`) END,
    n.date_max = CASE WHEN coalesce(row.`date_max:date`, '') = '' THEN null ELSE date(row.`date_max:date`) END;

LOAD CSV WITH HEADERS FROM 'file:///nodes/anonymous.csv' AS row
MERGE (n:Record {id: row.`id:ID`})
SET n:AnonymousClaimants,
    n.label = CASE WHEN coalesce(row.`label`, '') = '' THEN null ELSE row.`label` END,
    n.count = CASE WHEN coalesce(row.`count:int`, '') = '' THEN null ELSE toInteger(row.`count:int`) END;

LOAD CSV WITH HEADERS FROM 'file:///nodes/sources.csv' AS row
MERGE (n:Record {id: row.`id:ID`})
SET n:Source,
    n.title = CASE WHEN coalesce(row.`title`, '') = '' THEN null ELSE row.`title` END,
    n.kind = CASE WHEN coalesce(row.`kind`, '') = '' THEN null ELSE row.`kind` END,
    n.url = CASE WHEN coalesce(row.`url`, '') = '' THEN null ELSE row.`url` END,
    n.edtf = CASE WHEN coalesce(row.`edtf`, '') = '' THEN null ELSE row.`edtf` END,
    n.date_min = CASE WHEN coalesce(row.`date_min:date`, '') = '' THEN null ELSE date(row.`date_min:date`) END,
    n.date_max = CASE WHEN coalesce(row.`date_max:date`, '') = '' THEN null ELSE date(row.`date_max:date`) END;

LOAD CSV WITH HEADERS FROM 'file:///relationships/about.csv' AS row
MATCH (a:Record {id: row.`:START_ID`}), (b:Record {id: row.`:END_ID`})
MERGE (a)-[r:ABOUT {key: row.key}]->(b)
SET r.role = CASE WHEN coalesce(row.`role`, '') = '' THEN null ELSE row.`role` END,
    r.edtf = CASE WHEN coalesce(row.`edtf`, '') = '' THEN null ELSE row.`edtf` END,
    r.date_min = CASE WHEN coalesce(row.`date_min:date`, '') = '' THEN null ELSE date(row.`date_min:date`) END,
    r.date_max = CASE WHEN coalesce(row.`date_max:date`, '') = '' THEN null ELSE date(row.`date_max:date`) END,
    r.sources = CASE WHEN coalesce(row.`sources:string[]`, '') = '' THEN null ELSE split(row.`sources:string[]`, ';') END;

LOAD CSV WITH HEADERS FROM 'file:///relationships/authored-by.csv' AS row
MATCH (a:Record {id: row.`:START_ID`}), (b:Record {id: row.`:END_ID`})
MERGE (a)-[r:AUTHORED_BY {key: row.key}]->(b)
SET r.role = CASE WHEN coalesce(row.`role`, '') = '' THEN null ELSE row.`role` END,
    r.edtf = CASE WHEN coalesce(row.`edtf`, '') = '' THEN null ELSE row.`edtf` END,
    r.date_min = CASE WHEN coalesce(row.`date_min:date`, '') = '' THEN null ELSE date(row.`date_min:date`) END,
    r.date_max = CASE WHEN coalesce(row.`date_max:date`, '') = '' THEN null ELSE date(row.`date_max:date`) END,
    r.sources = CASE WHEN coalesce(row.`sources:string[]`, '') = '' THEN null ELSE split(row.`sources:string[]`, ';') END;

LOAD CSV WITH HEADERS FROM 'file:///relationships/cites.csv' AS row
MATCH (a:Record {id: row.`:START_ID`}), (b:Record {id: row.`:END_ID`})
MERGE (a)-[r:CITES {key: row.key}]->(b)
SET r.role = CASE WHEN coalesce(row.`role`, '') = '' THEN null ELSE row.`role` END,
    r.edtf = CASE WHEN coalesce(row.`edtf`, '') = '' THEN null ELSE row.`edtf` END,
    r.date_min = CASE WHEN coalesce(row.`date_min:date`, '') = '' THEN null ELSE date(row.`date_min:date`) END,
    r.date_max = CASE WHEN coalesce(row.`date_max:date`, '') = '' THEN null ELSE date(row.`date_max:date`) END,
    r.sources = CASE WHEN coalesce(row.`sources:string[]`, '') = '' THEN null ELSE split(row.`sources:string[]`, ';') END;

LOAD CSV WITH HEADERS FROM 'file:///relationships/claimant.csv' AS row
MATCH (a:Record {id: row.`:START_ID`}), (b:Record {id: row.`:END_ID`})
MERGE (a)-[r:CLAIMANT {key: row.key}]->(b)
SET r.role = CASE WHEN coalesce(row.`role`, '') = '' THEN null ELSE row.`role` END,
    r.edtf = CASE WHEN coalesce(row.`edtf`, '') = '' THEN null ELSE row.`edtf` END,
    r.date_min = CASE WHEN coalesce(row.`date_min:date`, '') = '' THEN null ELSE date(row.`date_min:date`) END,
    r.date_max = CASE WHEN coalesce(row.`date_max:date`, '') = '' THEN null ELSE date(row.`date_max:date`) END,
    r.sources = CASE WHEN coalesce(row.`sources:string[]`, '') = '' THEN null ELSE split(row.`sources:string[]`, ';') END;

LOAD CSV WITH HEADERS FROM 'file:///relationships/parent.csv' AS row
MATCH (a:Record {id: row.`:START_ID`}), (b:Record {id: row.`:END_ID`})
MERGE (a)-[r:PARENT {key: row.key}]->(b)
SET r.role = CASE WHEN coalesce(row.`role`, '') = '' THEN null ELSE row.`role` END,
    r.edtf = CASE WHEN coalesce(row.`edtf`, '') = '' THEN null ELSE row.`edtf` END,
    r.date_min = CASE WHEN coalesce(row.`date_min:date`, '') = '' THEN null ELSE date(row.`date_min:date`) END,
    r.date_max = CASE WHEN coalesce(row.`date_max:date`, '') = '' THEN null ELSE date(row.`date_max:date`) END,
    r.sources = CASE WHEN coalesce(row.`sources:string[]`, '') = '' THEN null ELSE split(row.`sources:string[]`, ';') END;

LOAD CSV WITH HEADERS FROM 'file:///relationships/participant.csv' AS row
MATCH (a:Record {id: row.`:START_ID`}), (b:Record {id: row.`:END_ID`})
MERGE (a)-[r:PARTICIPANT {key: row.key}]->(b)
SET r.role = CASE WHEN coalesce(row.`role`, '') = '' THEN null ELSE row.`role` END,
    r.edtf = CASE WHEN coalesce(row.`edtf`, '') = '' THEN null ELSE row.`edtf` END,
    r.date_min = CASE WHEN coalesce(row.`date_min:date`, '') = '' THEN null ELSE date(row.`date_min:date`) END,
    r.date_max = CASE WHEN coalesce(row.`date_max:date`, '') = '' THEN null ELSE date(row.`date_max:date`) END,
    r.sources = CASE WHEN coalesce(row.`sources:string[]`, '') = '' THEN null ELSE split(row.`sources:string[]`, ';') END;

LOAD CSV WITH HEADERS FROM 'file:///relationships/published-by.csv' AS row
MATCH (a:Record {id: row.`:START_ID`}), (b:Record {id: row.`:END_ID`})
MERGE (a)-[r:PUBLISHED_BY {key: row.key}]->(b)
SET r.role = CASE WHEN coalesce(row.`role`, '') = '' THEN null ELSE row.`role` END,
    r.edtf = CASE WHEN coalesce(row.`edtf`, '') = '' THEN null ELSE row.`edtf` END,
    r.date_min = CASE WHEN coalesce(row.`date_min:date`, '') = '' THEN null ELSE date(row.`date_min:date`) END,
    r.date_max = CASE WHEN coalesce(row.`date_max:date`, '') = '' THEN null ELSE date(row.`date_max:date`) END,
    r.sources = CASE WHEN coalesce(row.`sources:string[]`, '') = '' THEN null ELSE split(row.`sources:string[]`, ';') END;

LOAD CSV WITH HEADERS FROM 'file:///relationships/relation.csv' AS row
MATCH (a:Record {id: row.`:START_ID`}), (b:Record {id: row.`:END_ID`})
MERGE (a)-[r:RELATION {key: row.key}]->(b)
SET r.role = CASE WHEN coalesce(row.`role`, '') = '' THEN null ELSE row.`role` END,
    r.edtf = CASE WHEN coalesce(row.`edtf`, '') = '' THEN null ELSE row.`edtf` END,
    r.date_min = CASE WHEN coalesce(row.`date_min:date`, '') = '' THEN null ELSE date(row.`date_min:date`) END,
    r.date_max = CASE WHEN coalesce(row.`date_max:date`, '') = '' THEN null ELSE date(row.`date_max:date`) END,
    r.sources = CASE WHEN coalesce(row.`sources:string[]`, '') = '' THEN null ELSE split(row.`sources:string[]`, ';') END;

LOAD CSV WITH HEADERS FROM 'file:///relationships/response.csv' AS row
MATCH (a:Record {id: row.`:START_ID`}), (b:Record {id: row.`:END_ID`})
MERGE (a)-[r:RESPONSE {key: row.key}]->(b)
SET r.role = CASE WHEN coalesce(row.`role`, '') = '' THEN null ELSE row.`role` END,
    r.edtf = CASE WHEN coalesce(row.`edtf`, '') = '' THEN null ELSE row.`edtf` END,
    r.date_min = CASE WHEN coalesce(row.`date_min:date`, '') = '' THEN null ELSE date(row.`date_min:date`) END,
    r.date_max = CASE WHEN coalesce(row.`date_max:date`, '') = '' THEN null ELSE date(row.`date_max:date`) END,
    r.sources = CASE WHEN coalesce(row.`sources:string[]`, '') = '' THEN null ELSE split(row.`sources:string[]`, ';') END;
