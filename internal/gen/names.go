package gen

// Word lists the generator draws from. Some names are in non-Latin scripts
// (Chinese, Korean, Japanese, Cyrillic, Greek, Arabic, Hebrew) so that text
// measurement and layout meet them.

var givenNames = []string{
	"Anna", "Marcus", "Li", "Sofia", "David", "Amara", "Kenji", "Elena", "Omar",
	"Grace", "Tomás", "Priya", "Jonas", "Fatima", "Wei", "Isabelle", "Samuel",
	"Nadia", "Hugo", "Mei", "Rafael", "Ingrid", "Kwame", "Chloé", "Arjun",
	"Margaret", "Dmitri", "Leila", "Patrick", "Yuki",
}

var familyNames = []string{
	"Chen", "Müller", "Okafor", "Hernández", "Novak", "Tanaka", "Dubois",
	"Kowalski", "Haddad", "O'Brien", "Lindqvist", "Rossi", "Nguyen", "Mbeki",
	"Fitzgerald-Whitmore", "Park", "Santos", "Ivanova", "Bergström", "Khan",
	"Van der Berg", "Abernathy", "Delacroix", "Papadopoulos", "Singh",
}

// nonLatinNames are whole names written in their own scripts.
var nonLatinNames = []string{
	"李伟", "王芳", "김민준", "이서연", "山田太郎", "Фёдор Иванов",
	"Ελένη Παπαδοπούλου", "محمد العلي", "יעל כהן", "Ана Петровић",
}

var orgStems = []string{
	"Ministry of Foreign Affairs", "National Security Council", "Harbour City Council",
	"Consulate General", "Democratic Reform Party", "United Progress Caucus",
	"Federal Audit Office", "Supreme Court", "Civic Transparency Network",
	"Northern Shipping Company", "Daily Chronicle", "Evening Standard Herald",
	"Public Broadcasting Service", "Committee on Intelligence", "Trade Promotion Agency",
	"International Press Institute", "Regional Development Bank", "Coastal Police Service",
	"新华通讯社", "Министерство юстиции",
}

// orgKindsByStem is the organization kind of each entry of orgStems.
var orgKindsByStem = []string{
	"government", "agency", "government", "diplomatic-mission", "party", "caucus",
	"agency", "court", "ngo", "company", "media", "media", "media", "legislature",
	"agency", "ngo", "company", "agency", "media", "government",
}

var places = []string{
	"Ottawa", "Vancouver", "Geneva", "Brussels", "Toronto", "Hong Kong", "Seoul",
	"Nairobi", "São Paulo", "Canberra", "the Parliament building", "a hotel in the city centre",
	"Montréal", "東京", "Москва",
}

var verbs = []string{
	"meets", "calls", "writes to", "travels with", "is questioned about", "dines with",
	"briefs", "signs an agreement with", "appears beside", "is photographed with",
}

var topics = []string{
	"the harbour contract", "the election campaign", "a visa application",
	"foreign funding rules", "the port expansion", "the committee's report",
	"a donation to the party", "the detention of two citizens", "the trade mission",
	"the leaked memo",
}

var longTails = []string{
	"after weeks of speculation in the press about who had arranged the meeting",
	"according to documents later released under freedom-of-information law",
	"in a session that was not recorded in the official diary",
	"while the committee was still hearing evidence on the matter",
	"despite earlier assurances that no such contact had taken place",
}

var roles = []string{
	"host", "guest", "organizer", "speaker", "witness", "signatory", "chair",
	"interpreter", "delegate", "subject",
}

var anonymousGroups = []string{
	"national security sources", "government officials", "people familiar with the matter",
	"former staff members", "intelligence officials", "party insiders",
}

var relationTypes = []string{
	"member-of", "represents", "consul-general-of", "spokesperson-for", "detained-by",
	"employed-by", "advisor-to", "funded-by", "chair-of", "associate-of",
}

var sourceKinds = []string{
	"article", "article", "article", "statement", "document", "broadcast",
	"interview", "social-post", "other",
}

var tags = []string{"foreign-interference", "elections", "diplomacy", "finance", "courts", "media"}

var quotes = []string{
	"These allegations are entirely false.",
	"We do not comment on operational matters.",
	"The report is accurate in every material respect.",
	"Some of the details are correct, but the conclusions are not.",
	"We will cooperate fully with any inquiry.",
}
