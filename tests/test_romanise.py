"""One romanisation per map: Ukraine's national system (resolution 55 of 2010), checked against the examples the
resolution itself gives, and used for a town only where GeoNames lists the spelling."""

from __future__ import annotations

import pytest

from briefing.places.gazetteer import towns_within
from briefing.places.romanise import national_name, ukrainian_latin

# Cyrillic, Latin: from the resolution's own table of examples.
RESOLUTION_EXAMPLES = [
    ("Алушта", "Alushta"), ("Борщагівка", "Borshchahivka"), ("Вінниця", "Vinnytsia"), ("Гадяч", "Hadiach"),
    ("Згурський", "Zghurskyi"), ("Ґалаґан", "Galagan"), ("Ґорґани", "Gorgany"), ("Єнакієве", "Yenakiieve"),
    ("Гаєвич", "Haievych"), ("Короп'є", "Koropie"), ("Житомир", "Zhytomyr"), ("Закарпаття", "Zakarpattia"),
    ("Михайленко", "Mykhailenko"), ("Їжакевич", "Yizhakevych"), ("Кадиївка", "Kadyivka"), ("Мар'їне", "Marine"),
    ("Йосипівка", "Yosypivka"), ("Стрий", "Stryi"), ("Олексій", "Oleksii"), ("Київ", "Kyiv"),
    ("Миколаїв", "Mykolaiv"), ("Надія", "Nadiia"), ("Тернопіль", "Ternopil"), ("Ужгород", "Uzhhorod"),
    ("Уляна", "Uliana"), ("Біла Церква", "Bila Tserkva"), ("Чернівці", "Chernivtsi"), ("Щербухи", "Shcherbukhy"),
    ("Гоща", "Hoshcha"), ("Юрій", "Yurii"), ("Корюківка", "Koriukivka"), ("Яготин", "Yahotyn"),
    ("Знам'янка", "Znamianka"), ("Феодосія", "Feodosiia"),
]


@pytest.mark.parametrize(("cyrillic", "latin"), RESOLUTION_EXAMPLES)
def test_the_national_system(cyrillic, latin):
    assert ukrainian_latin(cyrillic) == latin


@pytest.mark.parametrize(("country", "names", "expected"), [
    ("UA", ["Svetlodarsk", "Svitlodarsk", "Светлодарск", "Світлодарськ"], "Svitlodarsk"),
    ("UA", ["Svetlodarsk", "Светлодарск", "Світлодарськ"], ""),   # GeoNames does not list it: left alone
    ("UA", ["Khanzhonkove", "Ханжонкове"], ""),                    # no letter tells Ukrainian from Russian
    ("RU", ["Pokrovsk", "Покровськ"], ""),                          # other countries keep GeoNames' names
    ("UA", ["Donetsk", "Donbas-Siti", "Донбас-Сіті", "Донецьк"], ""),  # already so; never a landmark's name
    ("UA", ["Makiyivka", "Donbas-Siti", "Донбас-Сіті", "Makiivka", "Макіївка"], "Makiivka"),
])
def test_a_town_is_renamed_only_where_geonames_attests_the_spelling(country, names, expected):
    assert national_name(country, names) == expected


def test_a_map_of_donbas_names_its_towns_in_one_system():
    box = (37.9, 38.4, 48.1, 48.6)  # around Svitlodarsk and Yenakiieve
    english = {town.name for town in towns_within(*box, limit=40)}
    as_given = {town.name for town in towns_within(*box, limit=40, language="ru")}
    assert {"Svitlodarsk", "Yenakiieve"} <= english and not {"Svetlodarsk", "Yenakiyeve"} & english
    assert {"Svetlodarsk", "Yenakiyeve"} <= as_given  # a Cyrillic-script language: GeoNames' names as they are
