"""Actor resolution: demonyms, metonyms, titles with countries, people in dated offices."""
from __future__ import annotations

import pytest

import accord
from tests.conftest import dyads


def sources(events):
    return {e.source.code for e in events if e.source}


@pytest.mark.parametrize("sentence, expected", [
    ("Iranian officials condemned the attack on Monday.", "IRNGOV"),          # demonym + title
    ("North Korean troops attacked the village on Monday.", "PRKMIL"),          # demonym + force
    ("Pyongyang condemned the drills on Monday.", "PRK"),                       # capital as metonym
    ("Washington said it would impose sanctions on Iran.", "USA"),              # "Washington said"
    ("South Korea's National Assembly speaker visited China on Monday.", "KORLEG"),  # title + country
    ("The Kenyan foreign minister met the French ambassador in Nairobi.", "KENGOV"),
    ("The European Union imposed sanctions on Belarus.", "IGOEUREEC"),
    ("Western governments imposed sanctions on Iran.", "WSTGOV"),
    ("Ukraine's prosecutor general condemned the attack on Monday.", "UKRJUD"),   # not a general (MIL)
    ("The U.N. secretary-general condemned the attack on Monday.", "IGOUNOGOV"),
])
def test_actor_codes(code, sentence, expected):
    assert expected in sources(code(sentence, "2025-03-12"))


def test_person_in_dated_office(code):
    # Putin in 2025 is Russia's government; Trump in 2019 and 2025 is, in 2022 he is an elite (ELI).
    assert "RUSGOV" in sources(code("Putin met Xi in Moscow on Monday.", "2025-05-12"))
    assert "USAGOV" in sources(code("Trump criticized China on Monday.", "2019-06-12"))
    assert "USAGOV" in sources(code("Trump criticized China on Monday.", "2025-06-12"))
    in_2022 = code("Trump criticized China on Monday.", "2022-06-15")
    assert in_2022 and all(e.source.code == "USAELI" and e.source.sectors == ("ELI",) for e in in_2022)


def test_former_title_drops_the_office(code):
    events = code("Former president Moon Jae-in criticized the government on Monday.", "2025-03-12")
    assert events and all(e.source.code == "KORELI" for e in events)
    # a title with no name in the dictionary: the office is gone all the same
    unnamed = code("Former Ecuadorian president Rafael Correa criticized Peru on Monday.", "2025-03-12")
    assert unnamed and all(e.source.code == "ECUELI" for e in unnamed)


def test_surname_after_full_name(code):
    text = ("Iraqi Prime Minister Mohammed Shia al-Sudani visited Tehran on Monday.\n\n"
            "Sudani praised Iran for its support.")
    events = code(text, "2025-03-12")
    assert ("IRQ", "IRN", "SUPPORT") in dyads(events)


def test_coordination_gives_one_event_per_dyad(code):
    events = code("South Korea, Japan and the United States held joint naval drills on Tuesday.", "2025-03-12")
    pairs = {frozenset((e.source.country, e.target.country)) for e in events if e.plover["type"] == "COOPERATE"}
    assert pairs == {frozenset(p) for p in (("KOR", "JPN"), ("KOR", "USA"), ("JPN", "USA"))}


def test_passive_voice(code):
    events = code("Two journalists were arrested by Iranian police on Sunday.", "2025-03-12")
    e = next(e for e in events if e.cameo == "173")
    assert e.source.code == "IRNCOP" and e.target.sectors == ("CVL",)


def test_possessive_source(code):
    events = code("China's criticism of Japan grew sharper on Monday.", "2025-03-12")
    assert ("CHN", "JPN", "ACCUSE") in dyads(events)


def test_user_dictionary_is_layered(tmp_path, code):
    extra = tmp_path / "mine.csv"
    extra.write_text("patterns,name,code,country,sectors,kind,start,end\n"
                     "Grand Duke Zorvan|Zorvan,Grand Duke Zorvan,NORGOV,NOR,GOV,person,2020-01-01,\n", encoding="utf-8")
    settings = accord.load_settings(actors=(str(extra),))
    events = accord.code_text("Zorvan condemned Russia on Monday.", published="2025-03-12", settings=settings)
    assert ("NOR", "RUS", "ACCUSE") in dyads(events)


def test_bad_user_dictionary_is_named(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,code\nX,Y\n", encoding="utf-8")
    with pytest.raises(accord.AccordError, match="bad.csv"):
        accord.code_text("Iran condemned Israel.", settings=accord.load_settings(actors=(str(bad),)))


def test_a_phrase_that_leads_back_to_itself_names_no_one(code):
    # "many of them ... they": resolving "they" looks at the subject, which looks at "them"
    events = code("Russia and China held talks on Monday. Many of them said they would meet again, "
                  "and some of them left.", "2025-03-03")
    assert {(e.source.country, e.target.country) for e in events} == {("RUS", "CHN")}


def test_the_secretary_general_is_not_the_story_s_government(code):
    events = code("Myanmar's junta arrested 20 activists. Myanmar's army shelled villages. "
                  "The secretary-general will continue to stand with the people of Myanmar.", "2023-02-01")
    assert not any(e.source and e.source.code == "MMRGOV" and e.cameo[:2] == "05" for e in events)
