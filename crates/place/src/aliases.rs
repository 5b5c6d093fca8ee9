//! Hand-written name lists: common short forms of country names, a few
//! well-known regions that are not first-level divisions in the gazetteer,
//! postal abbreviations used in news style ("Louisville, Ky."), and the words
//! the scanner treats specially. All entries are facts (names and codes).

/// Extra names for countries: (ISO3, name).
pub(crate) const COUNTRY_ALIASES: &[(&str, &str)] = &[
    ("USA", "U.S."),
    ("USA", "US"),
    ("USA", "U.S.A."),
    ("USA", "USA"),
    ("USA", "America"),
    ("USA", "United States of America"),
    ("GBR", "UK"),
    ("GBR", "U.K."),
    ("GBR", "Britain"),
    ("GBR", "Great Britain"),
    ("RUS", "Russian Federation"),
    ("KOR", "Republic of Korea"),
    ("KOR", "S. Korea"),
    ("PRK", "DPRK"),
    ("PRK", "N. Korea"),
    ("COD", "DRC"),
    ("COD", "DR Congo"),
    ("COD", "D.R. Congo"),
    ("COD", "Congo-Kinshasa"),
    ("COD", "Democratic Republic of Congo"),
    ("COG", "Congo-Brazzaville"),
    ("COG", "Congo Republic"),
    ("CIV", "Cote d'Ivoire"),
    ("MMR", "Burma"),
    ("NLD", "Holland"),
    ("NLD", "The Netherlands"),
    ("ARE", "UAE"),
    ("ARE", "U.A.E."),
    ("ARE", "Emirates"),
    ("CZE", "Czechia"),
    ("CZE", "Czech Republic"),
    ("SWZ", "Eswatini"),
    ("SWZ", "Swaziland"),
    ("MKD", "Macedonia"),
    ("MKD", "North Macedonia"),
    ("TLS", "East Timor"),
    ("TLS", "Timor-Leste"),
    ("VAT", "Vatican"),
    ("VAT", "Vatican City"),
    ("VAT", "Holy See"),
    ("PSE", "Palestine"),
    ("PSE", "Palestinian Territories"),
    ("PSE", "Occupied Palestinian Territories"),
    ("TUR", "Turkiye"),
    ("TUR", "Türkiye"),
    ("CPV", "Cabo Verde"),
    ("BIH", "Bosnia"),
    ("GMB", "The Gambia"),
    ("BHS", "The Bahamas"),
    ("LAO", "Laos"),
    ("SYR", "Syrian Arab Republic"),
    ("IRN", "Islamic Republic of Iran"),
    ("VNM", "Viet Nam"),
    ("BRN", "Brunei Darussalam"),
    ("FSM", "Micronesia"),
    ("VCT", "St. Vincent and the Grenadines"),
    ("KNA", "St. Kitts and Nevis"),
    ("LCA", "St. Lucia"),
];

/// Regions that news names often and the gazetteer lacks as divisions:
/// (name, ISO3, lat, lon). They are returned as `Admin1` candidates.
pub(crate) const REGIONS: &[(&str, &str, f64, f64)] = &[
    ("West Bank", "PSE", 31.95, 35.25),
    ("Gaza Strip", "PSE", 31.42, 34.36),
    ("Gaza", "PSE", 31.42, 34.36),
    ("Golan Heights", "SYR", 33.0, 35.75),
    ("Sinai", "EGY", 29.5, 33.8),
    ("Sinai Peninsula", "EGY", 29.5, 33.8),
    ("Darfur", "SDN", 13.5, 24.0),
    ("Donbas", "UKR", 48.0, 38.5),
    ("Donbass", "UKR", 48.0, 38.5),
    ("Kurdistan Region", "IRQ", 36.2, 44.0),
    ("Iraqi Kurdistan", "IRQ", 36.2, 44.0),
    ("Kashmir", "IND", 34.1, 74.8),
    ("Jammu and Kashmir", "IND", 33.8, 75.1),
    ("Tigray", "ETH", 14.0, 38.5),
    ("Crimea", "UKR", 45.3, 34.4),
    ("Balochistan", "PAK", 28.5, 65.5),
    ("Khyber Pakhtunkhwa", "PAK", 34.5, 72.0),
    ("Sahel", "MLI", 15.0, 0.0),
    ("Patagonia", "ARG", -41.8, -68.9),
    ("Siberia", "RUS", 60.0, 100.0),
    ("Chechnya", "RUS", 43.4, 45.7),
    ("Dagestan", "RUS", 42.9, 47.1),
    ("Tibet", "CHN", 31.7, 88.0),
    ("Xinjiang", "CHN", 41.8, 86.0),
    ("Kurdistan", "IRQ", 36.2, 44.0),
    ("Scotland", "GBR", 56.5, -4.2),
    ("Wales", "GBR", 52.3, -3.7),
    ("England", "GBR", 52.5, -1.5),
    ("Northern Ireland", "GBR", 54.6, -6.7),
    ("Newfoundland", "CAN", 49.0, -56.0),
    ("Labrador", "CAN", 54.0, -62.0),
];

/// News-style abbreviations of US states and Canadian provinces, only read
/// right after "Place," or in a dateline: (abbreviation, ISO3, admin1 code).
pub(crate) const STATE_ABBREVIATIONS: &[(&str, &str, &str)] = &[
    ("Ala.", "USA", "AL"),
    ("Ariz.", "USA", "AZ"),
    ("Ark.", "USA", "AR"),
    ("Calif.", "USA", "CA"),
    ("Colo.", "USA", "CO"),
    ("Conn.", "USA", "CT"),
    ("Del.", "USA", "DE"),
    ("D.C.", "USA", "DC"),
    ("DC", "USA", "DC"),
    ("Fla.", "USA", "FL"),
    ("Ga.", "USA", "GA"),
    ("Ill.", "USA", "IL"),
    ("Ind.", "USA", "IN"),
    ("Kan.", "USA", "KS"),
    ("Kans.", "USA", "KS"),
    ("Ky.", "USA", "KY"),
    ("La.", "USA", "LA"),
    ("Md.", "USA", "MD"),
    ("Mass.", "USA", "MA"),
    ("Mich.", "USA", "MI"),
    ("Minn.", "USA", "MN"),
    ("Miss.", "USA", "MS"),
    ("Mo.", "USA", "MO"),
    ("Mont.", "USA", "MT"),
    ("Neb.", "USA", "NE"),
    ("Nev.", "USA", "NV"),
    ("N.H.", "USA", "NH"),
    ("N.J.", "USA", "NJ"),
    ("N.M.", "USA", "NM"),
    ("N.Y.", "USA", "NY"),
    ("N.C.", "USA", "NC"),
    ("N.D.", "USA", "ND"),
    ("Okla.", "USA", "OK"),
    ("Ore.", "USA", "OR"),
    ("Pa.", "USA", "PA"),
    ("R.I.", "USA", "RI"),
    ("S.C.", "USA", "SC"),
    ("S.D.", "USA", "SD"),
    ("Tenn.", "USA", "TN"),
    ("Tex.", "USA", "TX"),
    ("Vt.", "USA", "VT"),
    ("Va.", "USA", "VA"),
    ("Wash.", "USA", "WA"),
    ("W.Va.", "USA", "WV"),
    ("Wis.", "USA", "WI"),
    ("Wyo.", "USA", "WY"),
    ("Alta.", "CAN", "01"),
    ("B.C.", "CAN", "02"),
    ("Man.", "CAN", "03"),
    ("N.B.", "CAN", "04"),
    ("Nfld.", "CAN", "05"),
    ("N.S.", "CAN", "07"),
    ("Ont.", "CAN", "08"),
    ("P.E.I.", "CAN", "09"),
    ("Que.", "CAN", "10"),
    ("Sask.", "CAN", "11"),
];

/// Capitalised words that are never places on their own in news text
/// (months, weekdays, holidays, pronoun-like words) even when a town bears
/// the name. Keys (lower case).
pub(crate) const NEVER: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "christmas", "easter", "ramadan", "eid", "god", "allah", "jesus",
    "i", "we", "he", "she", "it", "they", "you", "the", "a", "an", "this", "that", "mr", "mrs",
    "ms", "dr", "president", "minister", "king", "queen", "prince", "police", "army", "navy",
    "congress", "parliament", "senate", "government", "state", "city", "university",
    "islamic", "islam", "muslim", "christian", "jewish", "arab", "sunni", "shia", "shiite",
    "kurd", "kurds", "union", "republic", "kingdom", "new", "old", "north", "south", "east",
    "west", "central", "northern", "southern", "eastern", "western", "upper", "lower",
    "capital", "coast", "lake", "river", "mount", "island", "islands", "bay", "gulf", "sea",
    "ocean", "valley", "hill", "hills", "desert", "border", "district", "province", "region",
    "county", "reuters", "ap", "afp", "bbc", "cnn", "fox", "nbc", "cbs", "abc", "un", "eu",
    "nato", "isis", "isil", "al", "el", "le", "la", "de", "san", "saint", "santa", "victory",
    "liberty", "independence", "freedom", "justice", "peace", "hope", "unity", "progress",
    "democracy", "young", "man", "men", "women", "people", "officials", "media", "friday's",
    "today", "tonight", "yesterday", "tomorrow", "morning", "evening", "but", "and", "or",
    "if", "when", "after", "before", "while", "as", "at", "in", "on", "of", "for", "from",
    "by", "with", "his", "her", "their", "our", "its", "there", "here", "so", "no", "yes",
    "some", "many", "most", "all", "both", "one", "two", "three", "first", "second", "last",
    "next", "early", "late", "more", "less", "also", "however", "meanwhile", "earlier",
    "later", "still", "even", "just", "only", "other", "another", "such", "these", "those",
    "what", "who", "why", "how", "where", "which", "than", "then", "over", "under", "about",
    "since", "until", "during", "against", "among", "between", "through", "into", "onto",
    "twitter", "facebook", "google", "apple", "amazon", "microsoft", "olympic", "olympics",
    "world", "national", "international", "global", "european", "african", "asian",
    "american", "latin", "middle", "far", "great", "greater", "little", "big", "grand",
    "royal", "federal", "supreme", "high", "court", "house", "white", "black", "red", "green",
    "blue", "gold", "golden", "silver", "star", "sun", "moon", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "me", "xinhua", "tass",
    "ria", "sana", "irna", "wafa", "anadolu", "yonhap", "kyodo", "interfax", "mena", "asia",
    "europe", "africa", "oceania", "antarctica", "australasia", "eurasia", "arctic",
    "antarctic", "pacific", "atlantic", "mediterranean", "caribbean", "balkans", "caucasus",
    "scandinavia",
];

/// Multi-word names that are not places in news text.
pub(crate) const NEVER_PHRASES: &[&str] = &[
    "white house", "the white house", "rose garden", "oval office", "new year", "red cross",
    "red crescent", "holy see press", "middle east", "far east", "the hague tribunal",
    "north america", "south america", "central america", "latin america", "south pacific",
    "southeast asia", "south east asia", "east asia", "central asia", "south asia",
    "west africa", "east africa", "north africa", "southern africa", "central africa",
    "eastern europe", "western europe", "southern europe", "northern europe",
    "central europe", "stade de france", "persian gulf", "horn of africa",
];

/// Speech verbs: a one-word name right before or after one is a person.
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "added", "adds", "explained", "noted", "stated", "wrote",
    "recalled", "testified", "admitted", "insisted", "argued", "replied", "asked", "agreed",
    "believes", "thinks", "feels", "hopes", "wants", "knows", "says", "tweeted", "posted",
    "announced", "acknowledged", "confirmed", "denied", "claimed", "warned", "urged",
];

/// Capitalised words that may follow a place name without making it part of
/// another name ("Moscow Mayor", "Glasgow Police").
pub(crate) const KEEP_AFTER: &[&str] = &[
    "police", "officials", "authorities", "residents", "people", "forces", "troops",
    "military", "government", "council", "city", "county", "state", "region", "province",
    "district", "area", "mayor", "governor", "prefect", "chief", "officer", "officers",
    "spokesman", "spokeswoman", "premier", "president", "minister", "mp", "mla", "senator",
    "authority", "department", "sheriff", "fire", "emergency", "rescue", "health", "court",
    "prosecutors", "prosecutor", "judge",
];

/// Words that, alone or together, make a division name too generic to read
/// without its country in context ("Far North", "Southern District").
pub(crate) const GENERIC_REGION_WORDS: &[&str] = &[
    "far", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "centre", "center", "district", "region", "province", "coast", "coastal",
    "upper", "lower", "middle", "capital", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west", "islands", "island", "highlands",
    "lowlands", "lakes", "plateau", "plateaux", "littoral", "commonwealth", "federal",
    "territory", "oriental", "occidental", "interior", "border", "mountain", "mountains",
    "valley", "savanes", "estuaire", "delta", "rivers", "lake",
];

/// Dotted abbreviations read as divisions anywhere ("overdose deaths in B.C.").
pub(crate) const DOTTED_ABBREVIATIONS: &[&str] = &[
    "B.C.", "N.Y.", "N.J.", "D.C.", "P.E.I.", "N.S.", "N.B.", "N.C.", "S.C.", "N.H.", "R.I.",
    "N.M.", "N.D.", "S.D.", "W.Va.",
];

/// US postal codes, read only after "Town, " ("LOUISVILLE, KY").
pub(crate) const POSTAL_CODES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
    "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
    "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
    "VT", "VA", "WA", "WV", "WI", "WY",
];

/// Words after which a capitalised sequence names a person, not a place.
pub(crate) const PERSON_TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "president", "presidents",
    "premier", "minister", "chancellor", "senator", "sen", "rep", "representative", "gov",
    "governor", "mayor", "gen", "general", "col", "colonel", "lt", "capt", "captain", "sgt",
    "sergeant", "maj", "major", "adm", "admiral", "cmdr", "commander", "prof", "professor",
    "judge", "justice", "king", "queen", "prince", "princess", "sheikh", "sheik", "emir",
    "sultan", "pope", "father", "rev", "reverend", "bishop", "archbishop", "cardinal",
    "rabbi", "imam", "ayatollah", "mullah", "secretary", "ambassador", "envoy", "spokesman",
    "spokeswoman", "spokesperson", "chairman", "chairwoman", "chief", "coach", "officer",
    "detective", "inspector", "constable", "deputy", "speaker", "leader", "candidate",
    "actor", "actress", "singer", "player", "striker", "midfielder", "defender", "goalkeeper",
    "st", "saint", "son", "daughter", "wife", "husband", "brother", "sister", "mother",
    "uncle", "aunt",
];

/// Capitalised words that, right after a place name, show the name is part
/// of an organisation, event or other proper noun ("Washington Post").
pub(crate) const ORG_SUFFIXES: &[&str] = &[
    "post", "times", "journal", "herald", "tribune", "gazette", "chronicle", "news", "daily",
    "telegraph", "observer", "express", "mail", "star", "sun", "globe", "review", "magazine",
    "press", "radio", "tv", "television", "university", "college", "institute", "school",
    "academy", "club", "fc", "united", "city's", "rovers", "wanderers", "athletic", "rangers",
    "stock", "exchange", "bank", "airlines", "airways", "air", "agreement", "accord", "accords",
    "protocol", "convention", "conventions", "treaty", "declaration", "summit", "conference",
    "process", "group", "format", "talks", "games", "open", "marathon", "grand", "prix",
    "cup", "festival", "fashion", "week", "zoo", "museum", "hospital", "clinic", "street",
    "road", "avenue", "boulevard", "square", "bridge", "station", "terminal", "stadium",
    "arena", "park", "hotel", "tower", "towers", "mall", "centre", "center", "church",
    "mosque", "cathedral", "temple", "synagogue", "palace", "castle", "gate", "prison",
    "jail", "camp", "base", "consensus", "syndrome", "virus", "flu", "fever", "rules",
    "declaration", "statement", "initiative", "plan", "pact", "charter", "doctrine", "spring",
    "airport", "harbor", "harbour", "port", "metro", "subway", "railway",
    "assembly", "party", "front", "movement", "brigade", "brigades", "battalion", "corps",
    "division", "regiment", "guard", "cowboys", "giants", "lakers", "yankees",
    "raptors", "jets", "bears", "kings", "nationals", "capitals", "senators", "chiefs",
    "redskins", "blues", "reds", "whites", "stars", "dynamo", "spartak", "lokomotiv", "zenit",
    "instruments", "motors", "electric", "energy", "oil", "gas", "petroleum", "holdings",
    "inc", "corp", "ltd", "company", "co", "foundation", "trust", "fund", "capital",
    "partners", "today",
];

/// Capitalised first names that are also gazetteer names; when followed by
/// another capitalised word they are taken as a person.
pub(crate) const FIRST_NAMES: &[&str] = &[
    "victoria", "jordan", "chad", "austin", "florence", "charlotte", "sydney", "eugene",
    "marion", "tyler", "lincoln", "madison", "jackson", "paris", "virginia", "carolina",
    "georgia", "vladimir", "sidney", "lynn", "brent", "murphy", "burton", "taylor",
    "kennedy", "paterson", "duncan", "palma", "logan", "campbell", "moore",
    "dakota", "cecilia", "adelaide",
    "alexandria", "regina", "augusta", "beatrice", "camden", "clinton", "denver", "dallas",
    "douglas", "elizabeth", "eva", "francisco", "gloria", "hamilton", "houston", "irving",
    "kent", "laredo", "lorraine", "mercedes", "nelson", "orlando", "phoenix",
    "quincy", "raleigh", "santiago", "savannah", "sofia", "stanley", "trinidad", "valencia",
    "vernon", "warren", "wellington", "winston", "york", "salvador", "milan", "bryan",
    "chester", "darwin", "everett", "franklin", "garland", "kingston", "lafayette", "logan",
    "marshall", "monroe", "norman", "oxford", "palmer", "preston", "richmond", "spencer",
    "troy", "washington", "wilson", "jefferson", "harrison", "henderson", "ramos",
];

/// Words before a name that make it a location: the cue they give.
pub(crate) const CUE_IN: &[&str] = &[
    "in", "inside", "into", "within", "across", "throughout", "around", "at", "across",
];
pub(crate) const CUE_NEAR: &[&str] = &["near", "outside", "nearby", "off", "beyond", "along"];
pub(crate) const CUE_FROM: &[&str] = &["from"];
pub(crate) const CUE_TO: &[&str] = &["to", "toward", "towards", "via", "visit", "visited", "visiting", "reached", "entered", "left", "leave", "fled"];
pub(crate) const DIRECTIONS: &[&str] = &[
    "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
    "southeastern", "southwestern", "north", "south", "east", "west", "northeast", "northwest",
    "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
    "downtown", "upstate", "rural", "coastal", "mainland", "greater", "inner", "outer",
];
/// Words after a name that make it an administrative unit.
pub(crate) const ADMIN_WORDS: &[&str] = &[
    "province", "provinces", "region", "regions", "district", "districts", "state", "states",
    "county", "governorate", "prefecture", "oblast", "department", "municipality", "canton",
    "territory", "emirate", "division", "krai", "republic", "area", "valley", "basin",
];
/// Words before "of" that make the next name a place ("the city of X").
pub(crate) const PLACE_OF: &[&str] = &[
    "city", "town", "village", "province", "region", "district", "state", "county",
    "governorate", "capital", "outskirts", "suburbs", "suburb", "streets", "centre", "center",
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "republic", "kingdom", "island", "islands", "port", "heart", "part", "parts", "area",
    "areas", "municipality", "prefecture", "emirate", "people", "government", "president",
    "resident", "native", "natives", "mayors", "governors",
    "mayor", "governor", "border", "borders", "embassy", "consulate", "residents", "citizens",
    "parts", "coast", "shores", "outskirts", "ruins", "siege", "battle", "fall", "liberation",
    "invasion", "occupation", "bombing", "bombardment", "recapture", "capture", "control",
];
