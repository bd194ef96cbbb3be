# Reads a GEXF 1.3 file with networkx, which ships readers for 1.1draft and
# 1.2draft only: 1.3 keeps their structure under a new namespace.
import sys
import networkx as nx
from networkx.readwrite import gexf
v = dict(gexf.GEXF.versions["1.2draft"])
v.update(NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz",
         SCHEMALOCATION="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", VERSION="1.3")
gexf.GEXF.versions["1.3"] = v
g = nx.read_gexf(sys.argv[1], version="1.3")
print(type(g).__name__, g.number_of_nodes(), g.number_of_edges())
for node in sorted(g.nodes)[:1]:
    print(node, g.nodes[node].get("label"), g.nodes[node].get("kind"))
