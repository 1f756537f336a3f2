"""The names English texts give countries that neither GeoNames nor CLDR gives them, by ISO code. Data only.

GeoNames' English name ("Democratic Republic of the Congo") and CLDR's ("Czechia", "Myanmar", "Burma") are known
without being listed; a country's former names are listed, since desks draft from archives ("Zaire", not Angola's
Zaire province). A name listed under two countries ("Congo") belongs to neither alone: `briefing places
Congo` lists both, and a draft takes it for the one the article also names otherwise ("DRC"), else asks.
"""

OTHER_NAMES: dict[str, tuple[str, ...]] = {
    "CD": ("DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa", "Congo", "Zaire"),
    "CG": ("Republic of Congo", "Congo-Brazzaville", "Congo"),
    "US": ("U.S.", "US", "USA", "U.S.A."),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "TR": ("Türkiye", "Turkiye"),
    "CZ": ("Czech Republic",),
    "VC": ("St. Vincent and the Grenadines", "St Vincent and the Grenadines", "Saint Vincent"),
    "KN": ("St. Kitts and Nevis", "St Kitts and Nevis"),
    "LC": ("St. Lucia", "St Lucia"),
    "PS": ("Gaza", "Gaza Strip", "Palestine", "Palestinian Territories"),
    "CI": ("Côte d'Ivoire", "Cote d'Ivoire"),
    "KR": ("Republic of Korea",),
    "KP": ("DPRK",),
    "SZ": ("Swaziland",),
    "MK": ("Macedonia",),
    "CV": ("Cape Verde",),
    "TL": ("East Timor",),
    "AE": ("UAE",),
    "CF": ("CAR",),
    "SS": ("South Sudan",),
    "VA": ("Vatican",),
    "BA": ("Bosnia", "Bosnia-Herzegovina"),  # "this town in northern Bosnia"
    # former names, as archived reports give them: Zaire until 1997, Upper Volta until 1984, Dahomey until 1975,
    # Ceylon until 1972, Kampuchea
    # 1976-1989, Western Samoa until 1997
    "BF": ("Upper Volta",),
    "BJ": ("Dahomey",),
    "LK": ("Ceylon",),
    "KH": ("Kampuchea",),
    "WS": ("Western Samoa",),  # until 1997
    # the Soviet-era spellings of the 1990s' reports: "Tadzhikistan", "Kirghizia", "Byelorussia"
    "TJ": ("Tadzhikistan", "Tadjikistan"),
    "KG": ("Kirghizia", "Kirgizia", "Kyrgyz Republic"),
    "KZ": ("Kazakstan",),
    "BY": ("Byelorussia", "Belorussia"),
    "TM": ("Turkmenia",),
}
