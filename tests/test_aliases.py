"""`verify` with aliases: a speaker the brief names one way and the source another ("the UN", "United Nations")
is one speaker, through the shipped table, the desk's aliases.toml and the article's own "Full Name (ACRONYM)"."""

from __future__ import annotations

import pytest
from conftest import MINIMAL, write_brief

from briefing.brief.aliases import AliasTable, defined_in, mentioned, shipped
from briefing.schema import read_toml

SHOWN = "briefs/test/brief.toml"


def brief_with(speaker: str) -> str:
    return MINIMAL.replace('title = "A report"', 'title = "A report"\narchive = "copy.txt"') + f'''
[[quotes]]
kind = "reported"
speaker = "{speaker}"
verb = "says"
text = "the city has run out of clean water"
sources = ["s1"]
'''


def verify(run, workspace, speaker: str, article: str):
    path = write_brief(workspace, brief_with(speaker))
    (path.parent / "copy.txt").write_text(article, encoding="utf-8")
    return run("verify", SHOWN)


VERIFIED = (f"{SHOWN}: 0 of 0 direct quotes, 0 of 0 figures, 2 of 2 other statements and facts verified; 0 claims "
            "unverifiable\n")  # the statement and MINIMAL's fact, which has no number
NOT_VERIFIED = VERIFIED.replace("2 of 2 other", "1 of 2 other")


@pytest.mark.parametrize(("speaker", "article"), [
    ("the UN", "The city has run out of clean water, the United Nations said."),
    ("United Nations", "The city has run out of clean water, the UN said."),
    ("The UN", "The city has run out of clean water, the United Nations said."),
    ("OCHA", "The UN Office for the Coordination of Humanitarian Affairs says the city has run out of clean water."),
    ("UN Office for the Coordination of Humanitarian Affairs", "OCHA says the city has run out of clean water."),
    ("Doctors Without Borders", "M\u00e9decins Sans Fronti\u00e8res says the city has run out of clean water."),
    ("UNICEF", "Unicef says the city has run out of clean water."),  # some outlets write acronyms as words
])
def test_a_speaker_named_otherwise_by_the_source_is_the_same_speaker(run, workspace, speaker, article):
    result = verify(run, workspace, speaker, article)
    assert (result.exit_code, result.stderr, result.stdout) == (0, "", VERIFIED)


def test_a_wrong_speaker_still_fails_and_the_names_looked_for_are_said(run, workspace):
    result = verify(run, workspace, "UNICEF", "The city has run out of clean water, the United Nations said.")
    assert (result.exit_code, result.stdout) == (0, NOT_VERIFIED)
    assert result.stderr == (f"warning: {SHOWN}: quotes[0].speaker: 'UNICEF' is not named in copy.txt (also looked "
                             "for \"UN Children's Fund\", \"United Nations Children's Fund\" and \"UN children's "
                             "agency\") [B905]\n")
    result = verify(run, workspace, "the UN", "The city has run out of clean water, officials said.")
    assert result.stderr == (f"warning: {SHOWN}: quotes[0].speaker: 'the UN' is not named in copy.txt (also looked "
                             "for \"United Nations\") [B905]\n")


def test_the_desks_table_extends_the_shipped_one(run, workspace):
    article = "The city has run out of clean water, the M23 said. OCHA agreed."
    assert verify(run, workspace, "March 23 Movement", article).stdout == NOT_VERIFIED
    (workspace / "aliases.toml").write_text('[[aliases]]\nnames = ["M23", "March 23 Movement"]\n\n'
                                            '[[aliases]]\nnames = ["OCHA", "UN aid coordination office"]\n')
    for speaker in ("March 23 Movement", "UN aid coordination office", "UN Office for the Coordination of "
                                                                       "Humanitarian Affairs"):
        result = verify(run, workspace, speaker, article)
        assert (result.exit_code, result.stderr, result.stdout) == (0, "", VERIFIED), speaker


@pytest.mark.parametrize(("table", "expected"), [
    ('[[aliases]]\nnames = ["UN"]\n',
     "aliases.toml: aliases[0].names: a group of aliases needs at least two names, got 1 [B104]"),
    ('[[aliases]]\nnames = ["UN", ""]\n', "aliases.toml: aliases[0].names[1]: must not be empty [B104]"),
    ('[[aliases]]\nnames = "UN"\n', "aliases.toml: aliases[0].names: expected an array, got a string [B103]"),
    ('[[aliases]]\nname = ["UN", "United Nations"]\n',
     ["aliases.toml: aliases[0].names: field required [B102]",
      "aliases.toml: aliases[0].name: unknown key (did you mean 'names'?) [B101]"]),
    ('[[aliases]]\nnames = ["UN", "United\\u202eNations"]\n',
     "aliases.toml: aliases[0].names: 'United\\u202eNations' holds the bidirectional control U+202E RIGHT-TO-LEFT "
     "OVERRIDE at position 7, which makes text read in another order than it is written; remove it [B104]"),
    ('[[aliases]\n', "aliases.toml: line 1, column 10: malformed TOML: expected ']]' at the end of an array "
                     "declaration [B100]"),
])
def test_a_broken_aliases_toml_is_every_brief_problem_once(run, workspace, table, expected):
    (workspace / "aliases.toml").write_text(table, encoding="utf-8")
    for slug in ("one", "two"):
        path = write_brief(workspace, brief_with("the UN"), slug)
        (path.parent / "copy.txt").write_text("The United Nations said the city has run out of clean water.")
    for command in ("check", "verify"):
        result = run(command, "briefs/one/brief.toml", "briefs/two/brief.toml")
        assert result.exit_code == 1
        assert result.stderr.splitlines() == (expected if isinstance(expected, list) else [expected]), command
    assert "2 of 2 other statements" in result.stdout  # the shipped table still served


@pytest.mark.parametrize(("name", "text", "found"), [
    ("UN", "the UN said", True),
    ("UN", "the United Nations said", False),
    ("UN", "un homme, un-named", False),       # an acronym is matched in capitals
    ("WHO", "people who fled", False),
    ("WHO", "Who fled?", False),                # ... a short one in capitals only
    ("UNICEF", "Unicef said", True),            # a longer one also as a word, as the Guardian and the BBC write
    ("the United Nations", "UNITED NATIONS", True),
    ("United Nations", "the United Nationsville fair", False),  # whole words
    ("Children's Fund", "UN Children\u2019s Fund", False),      # the text is normalised before: straight quotes
    ("Children's Fund", "UN Children's Fund", True),
])
def test_mentioned(name, text, found):
    assert mentioned(name, text) is found


@pytest.mark.parametrize(("paragraph", "defined"), [
    ("A spokesperson for the UN Children's Fund (UNICEF) said.", [("UNICEF", "UN Children's Fund")]),
    ("On Monday the World Health Organization (WHO) said.", [("WHO", "World Health Organization")]),
    ("In Kyiv, the Rapid Support Forces (RSF) said.", [("RSF", "Rapid Support Forces")]),
    ("Ukraine's military intelligence agency (HUR) said.", []),  # no capitalised name before it
    ("The Armed Forces (AF) and later the Armed Forces (AF2)", [("AF", "Armed Forces"), ("AF2", "Armed Forces")]),
    ("The World Food Programme (WFP) ... the Food Programme (WFP)", [("WFP", "World Food Programme")]),  # the first
    ("It rose by 5 percent (2024).", []),
])
def test_an_articles_own_definitions(paragraph, defined):
    assert defined_in([paragraph]) == defined


def test_the_shipped_table_loads_and_no_name_is_in_two_of_its_groups():
    from briefing.brief.aliases import DEFAULT_TABLE, key

    groups = AliasTable.model_validate(read_toml(DEFAULT_TABLE, "aliases.toml")).aliases
    assert len(shipped().groups) == len(groups) > 20
    names = [key(name) for group in groups for name in group.names]
    assert len(names) == len(set(names))


def figure_brief(claimed_by: str) -> str:
    return MINIMAL.replace('title = "A report"', 'title = "A report"\narchive = "copy.txt"') + f'''
[[figures]]
label = "People killed"
value = 190
qualifier = "at least"
unit = "people"
kind = "killed"
claimed_by = "{claimed_by}"
status = "claimed"
sources = ["s1"]
'''


def verify_figure(run, workspace, claimed_by: str, article: str):
    path = write_brief(workspace, figure_brief(claimed_by))
    (path.parent / "copy.txt").write_text(article, encoding="utf-8")
    return run("verify", SHOWN)


FIGURE_VERIFIED = (f"{SHOWN}: 0 of 0 direct quotes, 1 of 1 figures, 1 of 1 other statements and facts verified; 0 "
                   "claims unverifiable\n")
TWO_CLAIMS = ("Malawi's government said at least 190 people were killed, while authorities in neighbouring "
              "Mozambique reported 20 deaths.")


@pytest.mark.parametrize(("claimed_by", "article"), [
    ("Malawi's government", TWO_CLAIMS),
    ("Malawi government", TWO_CLAIMS),
    ("the UN", "At least 190 people were killed, the United Nations said."),
    ("United Nations", "At least 190 people were killed, according to the UN."),
    ("UNICEF", "The UN Children's Fund (UNICEF) works there. At least 190 people were killed, the UN Children's "
               "Fund said."),
    ("Government figures", "At least 190 people were killed, according to government figures."),
    ("Reuters (no source named)", "At least 190 people were killed in the storm."),  # the sentence names no one
    ("the UN", "At least 190 people were killed, officials said."),  # whose officials: the sentence does not say
    ("Authorities in Mozambique", "Malawi's government said 3 were missing, while authorities in neighbouring "
                                  "Mozambique reported at least 190 people killed."),
    # MedAfrica Times, November 2023: the figure's own sentence names no one; another sentence, with the same
    # number of something else, is not its claim
    ("Reuters (no source named)", "At least 190 people were killed in the storm.\n\nIn the next district, 190 "
                                  "people lost their homes, according to the United Nations."),
    ("Malawi's Department of Disaster Management Affairs (DoDMA)",  # OCHA's flash update: the acronym later
     "At least 190 people were killed, according to preliminary reports from DoDMA."),
    # Kyodo, 27 December 2004: a clause's claimant claims what follows its verb, and "states" after a list of
    # names is a noun
    ("Kyodo", "In Malaysia's northern Penang and Kedah states, at least 190 people have been killed and the deputy "
              "prime minister said more are missing."),
    ("Kyodo", "In India, 3,000 people are said killed in southern Tamil Nadu and Andhra Pradesh states and at least "
              "190 people were killed in the Andaman and Nicobar islands."),
])
def test_a_figures_claimant_named_as_the_source_names_it_raises_nothing(run, workspace, claimed_by, article):
    result = verify_figure(run, workspace, claimed_by, article)
    assert (result.exit_code, result.stderr, result.stdout) == (0, "", FIGURE_VERIFIED)


@pytest.mark.parametrize(("claimed_by", "article", "given", "looked_for"), [
    ("Malawi Red Cross", TWO_CLAIMS, "Malawi's government", ""),
    ("UNICEF", "At least 190 people were killed, the World Health Organization said.", "World Health Organization",
     "also looked for \"UN Children's Fund\", \"United Nations Children's Fund\" and \"UN children's agency\"; "),
    ("Reuters (no source named)", "At least 190 people were killed, according to the United Nations.",
     "United Nations", ""),
    ("Authorities in Mozambique", "Malawi's government said at least 190 people were killed, while authorities in "
                                  "neighbouring Mozambique reported 20 deaths.", "Malawi's government", ""),
])
def test_a_figure_the_source_gives_to_another_claimant_is_a_warning_naming_it(run, workspace, claimed_by, article,
                                                                               given, looked_for):
    result = verify_figure(run, workspace, claimed_by, article)
    sentence = next(s for s in article.replace(". ", ".\n").splitlines() if "190" in s)
    assert (result.exit_code, result.stdout) == (0, FIGURE_VERIFIED.replace("1 of 1 figures", "0 of 1 figures"))
    assert result.stderr == (f"warning: {SHOWN}: figures[0].claimed_by: '{claimed_by}', but copy.txt gives it to "
                             f"'{given}' ({looked_for}\"{sentence}\") [B906]\n")
    assert run("verify", "--strict", SHOWN).exit_code == 1


@pytest.mark.parametrize(("checks", "exit_code", "prefix"), [
    ('error = ["B906"]', 1, ""), ('ignore = ["B906"]', 0, None)])
def test_a_desk_raises_or_ignores_the_claimant_warning_by_its_code(run, workspace, checks, exit_code, prefix):
    """As the README says of [checks] for verify's warnings (B903-B906)."""
    (workspace / "config.toml").write_text(f"[checks]\n{checks}\n")
    result = verify_figure(run, workspace, "UNICEF", "At least 190 people were killed, according to the WHO.")
    assert result.exit_code == exit_code
    expected = (f"{SHOWN}: figures[0].claimed_by: 'UNICEF', but copy.txt gives it to 'WHO' (also looked for \"UN "
                "Children's Fund\", \"United Nations Children's Fund\" and \"UN children's agency\"; \"At least 190 "
                "people were killed, according to the WHO.\") [B906]\n")
    assert result.stderr == ("" if prefix is None else expected)
