"""People the catalogue does not know: titles, speech verbs, appositives; and what is not a person."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract import Engine
from generator.extract.people import PeopleHeuristic, strip_titles
from generator.ingest import read_article
from generator.ingest.discover import SeedFile
from tests.extract.support import Extract, describe, entities_of, make_article


def people(extract: Extract, *paragraphs: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for mention in extract(*paragraphs):
        if mention.kind == "person":
            out.setdefault(mention.text, set()).add(f"{mention.entity} {mention.method}")
    return out


@pytest.mark.parametrize(
    ("sentence", "name", "entity"),
    [
        ("The attack failed, spokesman Ivan Petrenko said on Monday.", "Ivan Petrenko", "person/ivan-petrenko"),
        ("Ivan Petrenko said the attack failed.", "Ivan Petrenko", "person/ivan-petrenko"),
        ("“We held,” said Oleksandr Kovalenko.", "Oleksandr Kovalenko", "person/oleksandr-kovalenko"),
        ("The line held, according to Maryna Hrytsenko.", "Maryna Hrytsenko", "person/maryna-hrytsenko"),
        ("Mariia Ivanenko, a senior fellow at RUSI, disagreed.", "Mariia Ivanenko", "person/mariia-ivanenko"),
        ("Maj. Gen. Pavlo Petrenko told reporters the bridge was down.", "Pavlo Petrenko", "person/pavlo-petrenko"),
        ("Ukrainian commander Taras Bondar warned of more attacks.", "Taras Bondar", "person/taras-bondar"),
        ("Russian blogger Ivan Sidorov wrote that the village fell.", "Ivan Sidorov", "person/ivan-sidorov"),
        ("Mayor Ivan Fedorchuk confirmed the strike.", "Ivan Fedorchuk", "person/ivan-fedorchuk"),
    ],
)
def test_people_unknown_person_with_title_or_speech_verb_becomes_entity(
    engine: Engine, sentence: str, name: str, entity: str
) -> None:
    extraction = engine.extract(make_article(sentence))
    assert [(m.text, m.entity, m.method) for m in extraction.mentions if m.kind == "person"] == [
        (name, entity, "heuristic")
    ]
    assert (entity, name) in extraction.new_names


def test_people_unknown_person_surname_corefers_anywhere_in_the_article(extract: Extract) -> None:
    # a headline or first line often names the surname before the text gives the full name
    mentions = extract(
        "Petrenko was not yet known.",
        "The attack failed, spokesman Ivan Petrenko said on Monday.",
        "Petrenko added that more troops were coming. “We are ready,” Petrenko said.",
    )
    found = [(m.text, m.entity, m.method) for m in mentions if m.kind == "person"]
    assert found == [
        ("Petrenko", "person/ivan-petrenko", "coreference"),
        ("Ivan Petrenko", "person/ivan-petrenko", "heuristic"),
        ("Petrenko", "person/ivan-petrenko", "coreference"),
        ("Petrenko", "person/ivan-petrenko", "coreference"),
    ]


def test_people_unknown_surname_does_not_corefer_across_articles(extract: Extract) -> None:
    extract("The attack failed, spokesman Ivan Petrenko said.", article_id="first")
    second = extract("Petrenko added that more troops were coming.", article_id="second")
    assert not [m for m in second if m.kind == "person"], describe(second)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said the ceasefire held.",
        "The Kremlin said no.",
        "Russian Defense Ministry officials said more.",
        "North Korea said nothing.",
        "Monday Night Football said nothing.",
        "The Ukrainian Air Force said it shot down drones.",
        "In Kharkiv Oblast the governor said two died.",
        "Both Sides Claim Gains as Fighting Rages",
        "Western Officials Said Little",
    ],
)
def test_people_groups_places_and_openers_are_not_new_people(extract: Extract, sentence: str) -> None:
    mentions = extract(sentence)
    assert not [m for m in mentions if m.kind == "person" and m.method == "heuristic"], describe(mentions)


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        pytest.param(
            "Meanwhile Putin said the war would go on.",
            "Putin",
            "person/vladimir-putin",
        ),
        pytest.param(
            "Then Zelensky said no.",
            "Zelensky",
            "person/volodymyr-zelenskyy",
        ),
        pytest.param(
            "Lt. Col. Daniel Davis spoke. Later Davis said more.",
            "Davis",
            "person/daniel-davis",
        ),
        pytest.param(
            "Kharkiv Governor Oleh Syniehubov said two people died.",
            "Oleh Syniehubov",
            "person/oleh-syniehubov",
        ),
        ("Mayor Ihor Terekhov said power was out.", "Ihor Terekhov", "person/ihor-terekhov"),
        ("Defense Secretary Lloyd Austin said more aid was coming.", "Lloyd Austin", "person/lloyd-austin"),
        ("Lt. Gen. Kyrylo Budanov warned of strikes.", "Kyrylo Budanov", "person/kyrylo-budanov"),
    ],
)
def test_people_words_before_a_known_name_do_not_make_a_new_person(
    extract: Extract, sentence: str, surface: str, entity: str
) -> None:
    mentions = extract(sentence)
    assert entity in {m.entity for m in mentions if m.text == surface}, describe(mentions)
    assert not [m for m in mentions if m.kind == "person" and m.method == "heuristic"], describe(mentions)


def test_people_place_and_title_before_a_new_name_are_not_part_of_it(extract: Extract) -> None:
    assert people(extract, "Kherson Governor Ivan Petrenko said two people died.") == {
        "Ivan Petrenko": {"person/ivan-petrenko heuristic"}
    }


@pytest.mark.parametrize(
    ("name", "start", "expected"),
    [
        ("Mayor Ihor Terekhov", 10, ("Ihor Terekhov", 16)),
        ("Deputy Minister Ivan Havryliuk", 0, ("Ivan Havryliuk", 16)),
        ("Ivan Petrenko", 5, ("Ivan Petrenko", 5)),
        ("Secretary Blinken", 0, ("Secretary Blinken", 0)),  # never strips down to one word
    ],
)
def test_strip_titles(name: str, start: int, expected: tuple[str, int]) -> None:
    assert strip_titles(name, start) == expected


# -- headlines -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "Zelenskyy Breaks Silence On Kharkiv Counteroffensive",
        "Putin Vows Revenge As Kyiv Strikes Deep Inside Russia",
        "Images Paint Picture Of Russian Desertion",
        "Gaining Too Much Ground, Too Quickly",
        "Ivan Petrenko Says Attack Failed",
        "Blinken Says Aid Will Continue",
    ],
)
def test_people_title_case_heading_creates_no_person(extract: Extract, heading: str) -> None:
    mentions = extract(f"# {heading}", "The troops advanced on Monday.")
    assert not [m for m in mentions if m.method == "heuristic"], describe(mentions)
    names = {m.text for m in mentions if m.kind == "person"}
    assert names <= {"Zelenskyy", "Putin", "Blinken"}


def test_people_heuristic_skips_heading_paragraphs() -> None:
    article = make_article("# Spokesman Ivan Petrenko Said More", "Nothing else.")
    assert PeopleHeuristic().candidates(article) == []


def test_people_title_case_lines_of_a_seed_create_no_person(tmp_path: Path, engine: Engine) -> None:
    path = tmp_path / "seeds" / "headline.txt"
    path.parent.mkdir()
    path.write_text(
        "Putin Vows Revenge As Kyiv Strikes Deep Inside Russia\n\n"
        "March 3, 2024\n\n"
        "Russian President Vladimir Putin vowed revenge on Sunday after drones hit a refinery near Belgorod, "
        "officials in the region said.\n\n"
        "Oil Depot Burns Near Border\n\n"
        "The strike hit a depot near Belgorod, regional officials said on Sunday evening after the fire spread.\n\n"
        "Zelenskyy Hails Drone Makers\n\n"
        "Zelenskyy thanked the drone makers in his evening address and promised more long-range strikes.\n",
        encoding="utf-8",
    )
    article, _ = read_article(SeedFile(path, "seeds/headline.txt"))
    assert article is not None
    assert article.title == "Putin Vows Revenge As Kyiv Strikes Deep Inside Russia"
    mentions = engine.extract(article).mentions
    assert not [m for m in mentions if m.method == "heuristic"], describe(mentions)
    assert {m.entity for m in mentions if m.kind == "person"} == {"person/vladimir-putin", "person/volodymyr-zelenskyy"}


def test_a_church_title_is_not_part_of_the_name(extract: Extract) -> None:
    mentions = extract(
        "Metropolitan Archbishop Ivan Horodetsky prayed. Later Archbishop Horodetsky said the war goes on."
    )
    assert {m.text for m in mentions if m.kind == "person"} == {"Ivan Horodetsky", "Horodetsky"}
    assert {m.entity for m in mentions if m.kind == "person"} == {"person/ivan-horodetsky"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("A priest prays in Philadelphia Feb. 16, 2025. (Photo/Gregory A. Shemitz)", ""),  # a caption's date
        ("Foreign Minister Jan Lipavsky said so.", "Jan Lipavsky"),  # "Jan" is also a given name
        ("Former prime minister Theresa May said so.", "Theresa May"),  # "May" is also a surname
    ],
    ids=["caption-date", "jan", "may"],
)
def test_a_month_after_a_place_is_a_date_not_a_surname(extract: Extract, text: str, person: str) -> None:
    people = {m.text for m in extract(text) if m.kind == "person" and "Shemitz" not in m.text}
    assert people == ({person} if person else set())


def test_people_and_organizations_share_one_vocabulary_of_sentence_words() -> None:
    from generator.extract import organization_words, people
    from generator.extract.sentence_words import SENTENCE_WORDS

    assert people.OPENERS is SENTENCE_WORDS and organization_words.LEADING is SENTENCE_WORDS
    assert {"Meanwhile", "According", "The", "During"} <= SENTENCE_WORDS


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("A delegation led by Admiral Igor Kostyikov arrived.", "person/igor-kostyukov"),  # one letter off
        ("Analyst Michael Kofmann said the front held.", "person/michael-kofman"),  # one letter more
        ("Analyst Michael Kovalenko said the front held.", "person/michael-kovalenko"),  # another name
        ("Commander Serhiy Naev said the line held.", "person/serhiy-nayev"),  # a short surname, y dropped
        ("Commander Serhiy Nadev said the line held.", "person/serhiy-nadev"),  # short: a d is no transliteration
    ],
    ids=["substitution", "insertion", "not-a-typo", "short-transliteration", "short-not-a-typo"],
)
def test_a_misspelt_surname_of_a_catalogued_person_with_the_same_given_name(
    extract: Extract, text: str, entity: str
) -> None:
    assert {m.entity for m in extract(text) if m.kind == "person"} == {entity}


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Russian President Vladmir Putin spent the summer at Valdai.", "Vladmir Putin"),
        ("Volodymir Zelenskyy met troops on Friday.", "Volodymir Zelenskyy"),
    ],
)
def test_a_given_name_one_letter_off_joins_the_catalogued_surname(
    extract: Extract, sentence: str, surface: str
) -> None:
    assert len(entities_of(extract(sentence), surface)) == 1


@pytest.mark.parametrize("sentence", ["Meanwhile Putin said so.", "In Kyiv Putin is hated.", "Vladimir Putin spoke."])
def test_other_words_before_a_surname_stay_apart(extract: Extract, sentence: str) -> None:
    assert not [m for m in extract(sentence) if m.text in ("Meanwhile Putin", "Kyiv Putin")]


@pytest.mark.parametrize(
    "text", ["The Joint Forces Task Force said the line held.", "The Special Operations Forces Command said so."]
)
def test_a_bodys_name_cut_to_three_words_is_no_person(extract: Extract, text: str) -> None:
    assert not [m for m in extract(text) if m.kind == "person"]
