"""English: the words `briefing draft` tells places by (draft_places.py). Data only; each table says what it is for.
The names of countries and regions are the gazetteer's (briefing/places/), not listed here."""

# Words before a name that say it is where something is or happens: "in Goma", "near Derna".
PREPOSITIONS = ("in", "at", "near", "towards", "toward", "into", "outside", "around", "across", "through", "inside",
                "within", "throughout", "between", "native", "neighbouring", "neighboring", "of eastern",
                "of western", "of northern", "of southern", "of central")
# Words before "to" or "from" that make it a movement between places: "fled to Kanyaruchinya", "flown from Goma"
# (aid "from Medair" or a letter "to Guterres" is not).
MOVEMENTS = ("spread", "spreading", "spilled", "extended", "expanded", "advanced", "fled", "flee", "flees", "fleeing",
             "moved", "move", "moving", "returned", "return", "returning", "travelled", "traveled", "travel", "headed",
             "heading", "went", "go", "going", "evacuated", "relocated", "displaced", "driven", "flown", "flew",
             "sent", "arrived", "came", "walked", "trekked", "crossed", "escaped", "deported", "transferred", "road",
             "route", "way", "kilometres", "kilometers", "km", "miles", "away")
# Words between a preposition and a name that say which part or what kind of place: "in northern Rakhine".
QUALIFIERS = ("northern", "southern", "eastern", "western", "central", "north-eastern", "north-western",
              "south-eastern", "south-western", "northeastern", "northwestern", "southeastern", "southwestern",
              "north", "south", "east", "west", "nearby", "neighbouring", "neighboring", "coastal", "rural", "remote",
              "war-torn", "besieged", "flooded", "flood-hit", "quake-hit", "devastated", "southernmost",
              "northernmost", "eastern-most", "western-most", "city of", "town of", "village of")
# Endings of adjectives made with a hyphen that say who holds a place or what befell it: "in rebel-held Idlib".
HELD = ("held", "controlled", "run", "hit", "torn", "stricken", "ravaged", "affected", "occupied", "besieged")
# Verbs whose object is a place: "the quake struck Kahramanmaras", "the army captured Bakhmut".
PLACE_VERBS = ("reached", "entered", "captured", "seized", "besieged", "shelled", "bombed", "struck", "overran",
               "stormed", "devastated", "flattened", "battered", "pounded", "flooded")
# Kinds of place written right before a name: "the regional capital Mekelle", "the border town Adre".
NAMING_KINDS = ("capital", "city", "town", "village", "camp", "port", "island", "province", "region", "district",
                "epicentre", "epicenter", "enclave", "hub")
# Words before "camp" that make the name before them a camp's: "Balukhali refugee camp".
CAMP_WORDS = ("refugee", "refugees", "displacement", "displaced", "IDP", "transit", "relief", "tent")
# Nouns before "from" that make it the origin of words, help or people, not a place: "a statement from Medair".
FROM_SOURCES = ("statement", "statements", "report", "reports", "data", "figures", "aid", "support", "help",
                "funding", "funds", "response", "message", "letter", "call", "calls", "comments", "officials",
                "experts", "teams", "team", "doctors", "staff", "workers", "volunteers", "delegation", "envoy",
                "representatives", "spokesman", "spokeswoman", "spokesperson", "update", "footage", "images",
                "information", "reporting", "donations", "assistance", "contributions", "pledges",
                # a death's or an illness's cause, not a place: "the number of deaths from Ebola"
                "deaths", "death", "died", "dying", "suffering", "suffer", "suffers", "recovered", "recovering",
                "illness", "infections", "infected", "sick", "ill")
# Words that make a capitalised name an institution or a building, not a place on the map: "Nasser Hospital",
# "People's Defence Force" (words/en.py's BODY_WORDS are read too).
INSTITUTIONS = ("Force", "Brigade", "Brigades", "Battalion", "Regiment", "Division", "Clinic", "Mosque", "Church",
                "Cathedral", "Stadium", "Hotel", "Resort", "Prison", "Airport", "Airbase", "Base", "Embassy",
                "Consulate", "Palace", "Museum", "Library", "College", "Academy", "Institute", "Laboratory",
                "Company", "Bank", "Club", "Society", "Initiative", "Project", "Appeal", "Plan", "Summit",
                "Conference", "Forum", "Agreement", "Accord", "Treaty", "Declaration", "Day", "Prize", "Award",
                "Cup", "Games", "League", "Review", "Journal", "Magazine", "Radio", "TV", "Television", "Channel",
                "Dam", "Barrage",  # a structure, as a bridge is: "Alau Dam"
                "Web", "Website", "Online",  # a medium: "according to a transcript on the CCTV Web site"
                "Unit", "Units",  # a ward: "transferred to the Entebbe Ebola Treatment Unit" (P72)
                "Trust")  # a news agency's or a charity's name: "the Press Trust of India said" (P144)
# Abbreviated months, which begin with a capital as names do: "in Oct."
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
# Two words ending in a preposition of place that do not say where: "according to Medair".
NOT_PREPOSITIONS = ("according to", "due to", "thanks to", "compared to", "close to", "next to", "up to")
# Nouns before "of" that make the name after it a place: "residents of Wad al-Noura", "the rest of Donetsk".
OF_PLACE = ("residents", "inhabitants", "people", "population", "parts", "part", "rest", "much", "most", "centre",
            "center", "heart", "edge", "streets", "villages", "towns", "outskirts", "suburbs", "capital", "governor",
            "mayor", "border", "borders", "coast", "shores", "north", "south", "east", "west")
# Nouns before "on" that make the name after it a place: "an airstrike on Khan Younis".
ON_PLACE = ("attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "air strike", "air strikes", "raid",
            "raids", "assault", "offensive", "shelling", "bombing", "bombardment", "advance", "march", "push",
            "closing in", "converged", "fire")
# Compass words that with "of" put a name on the map: "north of Goma", "south-east of Derna".
DIRECTIONS = ("north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west",
              "northeast", "northwest", "southeast", "southwest", "outskirts")
# Kinds of place, written before "of" ("the commune of Croix-des-Bouquets") or after the name in lower case ("the
# Nyiragongo area", "Kihondo camp"), or in an apposition ("Carriacou, an island in Grenada").
KINDS = ("village", "villages", "town", "towns", "city", "cities", "commune", "district", "districts", "region",
         "regions", "province", "provinces", "state", "states", "oblast", "governorate", "territory", "county",
         "island", "islands", "isle", "camp", "camps", "settlement", "neighbourhood", "neighborhood", "neighbourhoods",
         "neighborhoods", "suburb", "area", "areas", "port", "capital", "municipality", "locality", "hamlet",
         "valley", "hillside area", "coastal city", "border town", "enclave", "strip", "department", "epicentre",
         "epicenter", "hub", "stronghold", "lga", "lgas",  # a local government area: "Jere LGAs" (Nigeria)
         "site", "sites",  # a displacement site: "Berdaale, and Isha sites for internally displaced people"
         "departments", "governorates", "oblasts", "counties", "territories", "prefectures",
         "volcano", "volcanoes",  # a feature's kind: "The volcano, Nevado del Ruiz, about 16,000-feet high"
         # P151: divisions as their presses name them in lower case: "Albasa kebele", "Metekel zone", "neighboring
         # woredas such as Wombera, Hiphar, Bulan, Guba and Gilglel beles woredas"
         "woreda", "woredas", "kebele", "kebeles", "zone", "sub-county", "parish", "barangay", "barangays",
         "upazila", "upazilas", "tehsil", "tehsils", "chiefdom", "chiefdoms", "panchayat", "communes", "cantons",
         "municipalities", "communities", "regional state", "township", "townships",
         "sub-counties", "sub counties", "subcounties", "sub county")  # P163: "Bubiita and Buwali sub counties"
# Of those, the words that make the name before them a region ("the Kharkiv region", "Sindh province"): it is
# looked up as an area.
REGION_KINDS = ("region", "regions", "province", "provinces", "state", "states", "oblast", "governorate",
                "territory", "department", "county", "district", "districts", "lga", "lgas", "departments",
                "governorates", "oblasts", "counties", "territories", "prefectures",
                "division", "divisions")  # Bangladesh's first-level regions: "under Barisal division" (P101)
# Of those, the words that make the name before them (or after them, with "of") a town: "Kharkiv city", "the
# city of Kharkiv".
TOWN_KINDS = ("city", "town", "village", "port city", "capital city")
# Words that begin the name of a natural feature ("Mount Nyiragongo", "Wadi Derna", "Lake Chad", "Horn of Africa").
FEATURE_HEADS = ("Mount", "Mt.", "Lake", "Wadi", "Gulf", "Bay", "Cape", "Horn", "Sea", "Strait", "Isle", "Lac",
                 "Río", "Rio", "River",  # "River Yedzaram"
                 # the same words in the languages the names come from: Javanese and Malay "Kali", "Sungai" (river),
                 # "Gunung", "Bukit" (mountain, hill), "Danau" (lake); Spanish "Cerro", "Nevado", "Volcán", "Laguna";
                 # Arabic "Jebel", "Jabal", "Djebel" (mountain): "including Besuk Kobokan and Kali Lanang" (P62)
                 "Kali", "Sungai", "Gunung", "Bukit", "Danau", "Cerro", "Nevado", "Volcán", "Laguna", "Jebel", "Jabal",
                 "Djebel")
# Words that end the name of a natural feature, capitalised or not ("Indian Ocean", "Atlas mountains").
FEATURE_TAILS = ("Ocean", "Sea", "River", "Mountains", "Mountain", "Valley", "Island", "Islands", "Desert",
                 "Plateau", "Basin", "Delta", "Lake", "Peninsula", "Coast", "Highlands", "Hills", "Strait", "Gulf",
                 "Bay", "Canal", "Reservoir", "Volcano", "Glacier")  # "the Tulong Reservoir", "the Casita volcano"
# Nouns a feature's word in lower case qualifies, which make it no part of the name before it (P100): "the South
# Pacific island nation of Samoa", "the Irrawaddy River delta region".
QUALIFIED_BY_FEATURE = ("nation", "nations", "state", "states", "country", "countries", "region", "regions", "area",
                        "areas")
# Names of the world's parts that no gazetteer of towns and countries holds: continents, seas, oceans and regions.
WORLD_REGIONS = ("Africa", "Europe", "Asia", "America", "North America", "South America", "Latin America",
                 "Central America", "Oceania", "Antarctica", "Middle East", "Near East", "Caribbean", "Mediterranean",
                 "Sahel", "Sahara", "Balkans", "Caucasus", "Arctic", "Gulf", "Levant", "Maghreb", "Scandinavia",
                 "Horn of Africa", "East Africa", "West Africa", "Southern Africa", "North Africa", "Central Africa",
                 "sub-Saharan Africa", "Southeast Asia", "South Asia", "Central Asia", "East Asia", "Pacific",
                 "Atlantic", "Red Sea", "Black Sea", "Indian Ocean", "Caribbean Sea", "Mediterranean Sea",
                 "Persian Gulf", "Great Lakes", "South Pacific", "North Pacific", "South Atlantic", "North Atlantic",
                 "Pacific Ocean", "Atlantic Ocean",
                 # the 1990s' reports' regions: "the North Caucasus", "Transcaucasia", "eastern Europe", "the Andes"
                 "North Caucasus", "South Caucasus", "Transcaucasia", "Eastern Europe", "Western Europe",
                 "Central Europe", "Southern Europe", "Northern Europe", "Andes", "Himalayas", "Americas",
                 "West Asia", "Indochina", "Southern Cone", "Indian subcontinent")
# Abbreviations of a kind of place written after a name in capitals, not part of it: "Jere LGAs".
KIND_ABBREVIATIONS = ("LGA", "LGAs")
# Lower-case words joining the words of one place name: "Rio de Janeiro", "Port-au-Prince", "Dar es Salaam".
JOINERS = ("de", "da", "do", "dos", "das", "del", "des", "du", "la", "le", "les", "el", "al", "es", "y", "au",
           "aux", "sur", "en")
# Words before a capitalised name that make it a storm, a person or a thing, never a place: "Hurricane Beryl".
NOT_BEFORE = ("Hurricane", "Cyclone", "Storm", "Typhoon", "Tropical", "Operation", "Mr", "Mr.", "Mrs", "Mrs.",
              "Ms", "Ms.", "Dr", "Dr.", "Miss", "Sir", "Lady", "Lord", "Saint")
# Lower-case words after a name that make it a group of people or their kind: "Hamas fighters", "Houthi rebels".
ACTORS = ("refugees", "people", "civilians", "community", "communities", "families", "villagers", "women", "children",
          "men", "population", "fighters", "militants", "rebels", "forces", "troops", "members", "leader", "leaders",
          "official", "officials", "spokesman", "spokeswoman", "spokesperson", "militia", "militias", "soldiers",
          "group", "movement", "party", "government", "authorities", "army", "police", "supporters", "said", "says",
          "told", "added", "claimed", "denied", "warned", "wrote", "posted", "announced", "reported", "accused",
          "urged", "tribe", "tribes", "clan", "clans", "caste", "castes")  # "Kibaki's Kikuyu tribe"
# Of those, the words for a people or a group, which make every name listed before them one: "the Kuki and Meitei
# communities".
PEOPLES = ("community", "communities", "tribe", "tribes", "clan", "clans", "caste", "castes", "militia", "militias",
           "fighters", "rebels", "militants")
# Lower-case words after a name that make it a disease, named after a place or not: "Ebola virus", "Marburg
# outbreak", "Zika cases".
DISEASE_WORDS = ("virus", "viruses", "disease", "fever", "outbreak", "outbreaks", "epidemic", "vaccine", "vaccines",
                 "strain", "variant", "infection", "infections", "cases")
# Words of the name of a state's own body, which names its country ("the U.S. State Department", "Sudan Armed
# Forces"); a party, a charity or a company named after a country does not ("Bangladesh Nationalist Party").
STATE_BODIES = ("Ministry", "Department", "Government", "Army", "Navy", "Police", "Forces", "Embassy", "Parliament",
                "Administration", "Authority", "Bureau", "Service", "Services", "Office", "Agency", "Court",
                "Military", "Defence", "Defense", "State", "Coast", "Air", "Interior", "Foreign", "President",
                "Presidency", "Cabinet", "Senate", "Congress")
# A person's relatives, between two names that are then both people's: "Daniel's brother Ekoda".
RELATIVES = ("father", "mother", "husband", "wife", "son", "daughter", "brother", "sister", "grandfather",
             "grandmother", "grandson", "granddaughter", "cousin", "uncle", "aunt", "nephew", "niece", "friend")
# Capitalised words that are never places, though "in" or "at" may stand before them: languages, faiths, feasts,
# assemblies, networks.
NOT_PLACES = ("English", "French", "Arabic", "Spanish", "Portuguese", "Swahili", "Russian", "Ukrainian", "Hausa",
              "Amharic", "Urdu", "Hindi", "Bengali", "Turkish", "Kurdish", "Hebrew", "Persian", "Farsi", "Pashto",
              "Creole", "Islam", "Christianity", "Ramadan", "Eid", "Christmas", "Easter", "Congress", "Senate",
              "Parliament", "Internet", "Twitter", "Facebook", "Telegram", "Instagram", "WhatsApp", "TikTok",
              "YouTube", "God", "Allah", "Geneva Conventions", "Security Council", "General Assembly",
              "El Niño", "El Nino", "La Niña", "La Nina",  # the weather, not the Mexican town
              "Anglophone", "Francophone", "Lusophone", "Arabophone",  # "Cameroon's Anglophone regions"
              # a country's adjective no ending tells: "both British and US passports"
              "British", "Dutch", "Swiss", "Welsh", "Scottish", "Irish", "Greek", "Flemish",
              # half of the globe, no place a map can show: "one of the deadliest eruptions in the Western Hemisphere"
              "Western Hemisphere", "Eastern Hemisphere", "Northern Hemisphere", "Southern Hemisphere",
              # a union's adjective, the union being the place: "in the southern Soviet republic" (P71)
              "Soviet",
              # a group, not a state: "fighters linked to Islamic State" (P151)
              "Islamic State",
              # P154: a number that opens a sentence is no place ("Six of them were 60 or over" was a town in China)
              "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
              "Twenty", "Thirty", "Forty", "Fifty", "Hundred", "Hundreds", "Thousand", "Thousands", "Dozens",
              "Millions",
              # P159: a pronoun or an adverb that opens a sentence or a quote, and a room's or a flight's word before
              # its number, are no places ('"You could hear people screaming"' was a town in the US; "Similarly, Ica
              # and Tumbes"; "staying in Room 338")
              "You", "We", "They", "I", "Our", "My", "Your", "Their", "Similarly", "Likewise", "Furthermore",
              "Moreover", "Additionally", "Nevertheless", "Nonetheless", "Overall", "Initially", "Finally",
              "Room", "Flight", "Gate", "Platform", "Earlier", "Later", "Elsewhere", "Nearby", "Normally")
# Endings of adjectives of nationality and language, a name ending so and unknown to the gazetteer is not a place
# ("in Sudanese camps", "in Arabic").
ADJECTIVE_ENDINGS = ("ese", "ish", "ian", "ean", "ic")
# Capitalised words that make a name a people's or a group's, never a place: "the Scheduled Tribe category".
GROUP_WORDS = ("Tribe", "Tribes", "Caste", "Castes", "Clan", "Clans")
# Lower-case words after a name the gazetteer lacks that make it a building's name, which is no place on the map:
# "at the Kenya Assemblies of God Pentecostal church".
BUILDINGS = ("church", "churches", "mosque", "mosques", "temple", "cathedral", "hospital", "hospitals", "clinic",
             "school", "schools", "university", "college", "stadium", "airport", "airbase", "prison", "hotel",
             "bridge", "dam", "barrage", "health center", "health centre",
             "pagoda", "pagodas", "shrine", "monastery",  # "near the Sule pagoda and the heavily guarded town hall"
             "port", "ports",  # "forced Chittagong and Mongla ports to suspend their operations" (P108)
             "cemetery", "cemeteries", "graveyard",  # "At the Sidi Arcine cemetery, men and women crouch" (P143)
             "apartments", "apartment")  # "the six-storey Gokul apartments that crumbled" (P111)
# Capitalised words that end the name of an administrative area, which the name then says it is: "the North West
# Frontier Province" ("State" is not one: "Islamic State" is a group's name).
AREA_TAILS = ("Province", "District", "Region", "County", "Governorate", "Oblast", "Prefecture", "Territory",
              "Municipality",
              "Sub-district", "Subdistrict", "Regency",  # Indonesia's: "in Pronojiwo Sub-district", "Lumajang Regency"
              "Township",  # China's: "the Jiegu Township near the epicenter", then "in Jiegu" (P145)
              # P151: the divisions of Ethiopia, Uganda, the Philippines, South Asia, Sierra Leone, Nigeria and
              # Switzerland or France as their presses name them: "Dibate Woreda", "Owo Local Government Area"
              "Woreda", "Zone", "Kebele", "Sub-County", "Parish", "Barangay", "Upazila", "Tehsil", "Chiefdom",
              "Canton", "Commune", "Local Government Area", "Rural Municipality",
              "State",  # Nigeria's and Somalia's: "Ondo State", "Jubaland State" (not "Islamic State", NOT_PLACES)
              "Sub County")  # P163: Uganda's "Bulucheke Sub County"
# Capitalised words that end a settlement's name, which the name then says it is, never a person's: "Sumberwuluh
# Village", "Kajar Kuning Hamlet" (P63).
# Not "State": "Islamic State" is a group's name, and speaks.
SETTLEMENT_TAILS = ("Village", "Hamlet", "Camp", "Town", "City", "Island")
# Lower-case words after a name that make it a settlement, even where a person bears it too: "A resident in Kawaye
# village, who identified himself as Sadi Kawaye" (P64).
SETTLEMENT_WORDS = ("village", "hamlet", "town", "camp", "settlement")
# Words after a country's name that make the name its embassy's, which stands in another country: "according to
# local media reports and U.S. Embassy officials" names no United States (P66).
EMBASSIES = ("Embassy", "embassy", "Embassies", "embassies", "Consulate", "consulate", "High Commission",
             "Ambassador", "ambassador")
# The singular kinds of a first-level region, which after a country's name make it a region's: "Niger state" (P60),
# where the name ends there or a word of the region follows ("Niger state governor"; not "Iran state media", a body's).
REGION_SINGULAR = ("state", "State", "province", "Province", "region", "Region", "department", "Department",
                   "governorate", "Governorate")
REGION_FOLLOWERS = ("of", "and", "or", "in", "on", "at", "to", "where", "which", "that", "is", "was", "has", "had",
                    "governor", "government", "capital", "police", "command", "officials", "authorities")
# Words of a byline or a page's label before a colon, which is then no dateline: "Author: Edmund Blair and ...".
BYLINE_LABELS = ("Author", "Authors", "By", "Byline", "Source", "Sources", "Reporter", "Reporting", "Editor",
                 "Editing", "Writer", "Posted", "Updated", "Published", "Photo", "Photos", "Credit", "Contact",
                 "Email", "Tags", "Filed", "Category", "Topics",
                 # P157: a page's labels before a paragraph, in capitals or not: "LATEST: The Southern Demolition
                 # employee ... said", "INVESTIGATION: Survivors of herdsmen attacks ..."
                 "Latest", "LATEST", "Update", "UPDATE", "Breaking", "BREAKING", "Investigation", "INVESTIGATION",
                 "Exclusive", "EXCLUSIVE", "Analysis", "ANALYSIS", "Opinion", "OPINION", "Editorial", "EDITORIAL",
                 "Watch", "WATCH", "Live", "LIVE", "Video", "VIDEO", "Read", "READ", "Feature", "FEATURE",
                 "Interview", "INTERVIEW", "Explainer", "EXPLAINER", "Factbox", "FACTBOX", "Related", "RELATED")
# Roles before "for", which make the area after them part of a title, not a place the article speaks of:
# "UNICEF's regional director for South Asia".
ROLES_FOR = ("director", "directors", "representative", "envoy", "coordinator", "commissioner", "adviser", "advisor",
             "head", "chief", "manager", "spokesperson", "spokesman", "spokeswoman", "minister", "secretary")
# Words that give a place its name after a kind or "what": "two regions called Chechenia and Ingushetia", "what used
# to be called Chechen-Ingushetia", "a village known as Kibumba".
CALLED = ("called", "named", "known as", "renamed")
# Words for a conflict or a talk, after which "between" names its sides, not places: "the fighting in Mogadishu
# between Aideed and Ali Mahdi".
SIDES = ("fighting", "fight", "clashes", "clash", "war", "battle", "battles", "talks", "dispute", "rivalry", "feud",
         "conflict", "tension", "tensions", "agreement", "deal", "ceasefire", "cease-fire", "truce", "negotiations")
# Words that count the places of a kind whose names a list then gives, after a comma or a dash: "three villages, Dogo
# Nahawa, Ratsat and Zot", "each town along its route - Thille-Boubacar, Fanaye-Dieri, Ndioum".
LIST_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several",
               "many", "each", "some", "dozens of")
# Compass words that name a region of their own in a list of regions ("in the South, ... in the Northwest
# departments": Haiti's South; Cameroon's Centre, North-West) (P67).
COMPASS_REGIONS = ("North-West", "North-East", "South-West", "South-East", "Northwest", "Northeast", "Southwest",
                   "Southeast", "North", "South", "East", "West", "Centre", "Center", "Central")
# Titles of those posted to a country, after which (with "to") the country stands alone, whatever name follows: "U.S.
# Ambassador to Mexico John Gavin" (P68).
POSTED = ("Ambassador", "ambassador", "Ambassadors", "ambassadors", "Envoy", "envoy", "Consul", "consul",
          "High Commissioner", "high commissioner")
# Words that open a sentence before "the" or "a" as a preposition, never a place: "Under the state of emergency
# imposed in June, regional police ..." (P70; a word in "-ing" there is a verb: "Accessing the village ...").
OPENING_PREPOSITIONS = ("Under", "During", "Despite", "Amid", "Amidst", "Following", "After", "Before", "Since",
                        "Until", "Without", "Within", "Throughout", "Beyond", "Behind", "Beneath", "Among", "Against",
                        "Across", "Along", "Around", "Between", "Inside", "Outside", "Over", "Per", "Via", "Unlike",
                        "Like", "Upon", "Toward", "Towards")
# Words before a city's name that name a part of it, not another place: "Downtown Timisoara, a city of 350,000, is in
# ruins" is Timisoara (P74).
CITY_PARTS = ("Downtown", "Uptown", "Midtown")
# The first words of regions' names that say a point of the compass, which many countries give a region: "the Southern
# Region" (Malawi's, Ethiopia's), "Eastern Province", "Centre" (P131).
COMPASS_NAMES = ("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Centre",
                 "Center", "Northeast", "Northwest", "Southeast", "Southwest", "North-East", "North-West", "South-East",
                 "South-West", "Northeastern", "Northwestern", "Southeastern", "Southwestern", "Upper", "Lower",
                 "Middle")
# Lower-case words after a name the gazetteer lacks that say what the named place is, no part of its name, as "river"
# is of "the Kosi river" or "mountains" of "the Atlas mountains" (P137): "the eruption of Anak Krakatau volcano",
# "Vanuatu's Ambae island".
DESCRIBING_TAILS = ("volcano", "island")
