"""Places of the six place-heavy tuning articles of 1985-1990 (the Chicago Tribune on Armero, AP on Cyclone Ofa,
The Christian Science Monitor on Mauritania's expulsions, Saxafi Media on Somali refugees in the Ogaden, The Guardian
on Burma's 8888 uprising, Reuters on the Vadamarachchi offensive), and of the tuning articles whose misses the same
patterns explain: each rule of draft_places.py, draft_cues.py and draft_countries.py they called for, on the
article's own line."""

from __future__ import annotations

import pytest
from test_draft_places import places

ARMERO_HEAD = "Volcano Staggers Colombia"
BOGOTA = ("BOGOTA, COLOMBIA - As many as 25,000 people were feared dead early Friday after a volcano that had all but "
          "slumbered for nearly four centuries erupted in the Andes Mountains.")
KYRGYZSTAN = "Uzbekistan : Over 7,000 Refugees Return to Kyrgyzstan"
POSTED = "Posted by Info on 21/06/2010"
SUDAN_STAMP = "Friday, June 5, 1998 Published at 14:20 GMT 15:20 UK"
SUDAN_HEAD = "Sudan famine threatens thousands"


@pytest.mark.parametrize("paragraphs, country, name, expected", [
    # P1e: a country named in capitals in a dateline is named, as in the body
    ([ARMERO_HEAD, BOGOTA], "CO", "Colombia", ("Colombia", "CO", "area", "")),
    # P1f: a country that ends a line (a headline) stands alone: the next line's first word is not beside it
    ([KYRGYZSTAN, POSTED], "KG", "Kyrgyzstan", ("Kyrgyzstan", "KG", "area", "")),
    # ... but not after a time of day: a time zone
    ([SUDAN_STAMP, SUDAN_HEAD], "SD", "UK", None),
])
def test_countries_of_datelines_and_headlines(paragraphs, country, name, expected):
    found = [p for p in places(*paragraphs, country=country) if p[0] == name]
    assert found == ([expected] if expected else []), places(*paragraphs, country=country)
