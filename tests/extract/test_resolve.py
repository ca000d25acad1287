"""Resolution on small synthetic articles: transliterations, homonyms, context, coreference, typos."""

from __future__ import annotations

import pytest

from generator.extract import Engine
from generator.model import Mention
from tests.extract.support import Extract, by_text, describe, entities_of, make_article


def resolved(mentions: tuple[Mention, ...], text: str) -> str:
    """The one entity `text` resolved to (fails when it resolved to none or several)."""
    ids = entities_of(mentions, text)
    assert len(ids) == 1, f"{text!r} resolved to {sorted(ids)}:\n{describe(mentions)}"
    return ids.pop()


# -- transliterations and former names ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surfaces", "entity"),
    [
        (
            "Zelensky met officials. Zelenskyy spoke later. Reuters quoted Zelenskiy.",
            ["Zelensky", "Zelenskyy", "Zelenskiy"],
            "person/volodymyr-zelenskyy",
        ),
        (
            "Volodymyr Zelensky and Volodymyr Zelenskyy are one man.",
            ["Volodymyr Zelensky", "Volodymyr Zelenskyy"],
            "person/volodymyr-zelenskyy",
        ),
        ("Shelling hit Kharkov overnight, and Kharkiv lost power.", ["Kharkov", "Kharkiv"], "place/kharkiv"),
        ("Diplomats left Kiev for Kyiv's suburbs.", ["Kiev", "Kyiv"], "place/kyiv"),
        (
            "Troops left Artemivsk, then Artyomovsk, then Bakhmut.",
            ["Artemivsk", "Artyomovsk", "Bakhmut"],
            "place/bakhmut",
        ),
        ("Moscow calls Toretsk by its old name, Dzerzhinsk.", ["Toretsk", "Dzerzhinsk"], "place/toretsk"),
        ("Ships left Odessa and Odesa.", ["Odessa", "Odesa"], "place/odesa"),
        ("Strikes on Nikolaev and Mykolaiv continued.", ["Nikolaev", "Mykolaiv"], "place/mykolaiv"),
        ("Avdeyevka, or Avdiivka, fell in February.", ["Avdeyevka", "Avdiivka"], "place/avdiivka"),
        ("Chasov Yar is Chasiv Yar in Ukrainian.", ["Chasov Yar", "Chasiv Yar"], "place/chasiv-yar"),
        ("Kupyansk and Kupiansk are the same town.", ["Kupyansk", "Kupiansk"], "place/kupiansk"),
    ],
    ids=[
        "zelenskyy",
        "zelenskyy-full",
        "kharkiv",
        "kyiv",
        "bakhmut",
        "toretsk",
        "odesa",
        "mykolaiv",
        "avdiivka",
        "chasiv-yar",
        "kupiansk",
    ],
)
def test_resolve_merges_transliterations(extract: Extract, sentence: str, surfaces: list[str], entity: str) -> None:
    mentions = extract(sentence)
    for surface in surfaces:
        assert resolved(mentions, surface) == entity


def test_resolve_gives_one_id_per_person_across_articles(extract: Extract) -> None:
    first = extract("Zelensky spoke in Kyiv.", article_id="a")
    second = extract("Zelenskiy spoke in Kyiv.", article_id="b")
    assert entities_of(first, "Zelensky") == entities_of(second, "Zelenskiy") == {"person/volodymyr-zelenskyy"}


# -- city, oblast, region, district --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        ("Missiles hit Kharkiv overnight.", "Kharkiv", "place/kharkiv"),
        ("Fighting continued in Kharkiv Oblast.", "Kharkiv Oblast", "place/kharkiv-oblast"),
        ("Fighting continued in the Kharkiv region.", "Kharkiv region", "place/kharkiv-oblast"),
        ("Fighting continued in Zaporizhzhia Oblast.", "Zaporizhzhia Oblast", "place/zaporizhzhia-oblast"),
        ("Fighting continued in the Kherson region.", "Kherson region", "place/kherson-oblast"),
        ("Drones flew over the Zaporizhzhia province.", "Zaporizhzhia province", "place/zaporizhzhia-oblast"),
        ("Fighting continued in Donetsk Oblast.", "Donetsk Oblast", "place/donetsk-oblast"),
        ("Drones struck Belgorod Oblast.", "Belgorod Oblast", "place/belgorod-oblast"),
        ("Shelling hit the Pokrovsk district overnight.", "Pokrovsk district", "place/pokrovsk-raion"),
        ("Shelling hit the Kupiansk raion overnight.", "Kupiansk raion", "place/kupiansk-raion"),
        ("Ukrainian troops held parts of the Kursk region.", "Kursk region", "place/kursk-oblast"),
    ],
)
def test_resolve_tells_city_oblast_region_and_district_apart(
    extract: Extract, sentence: str, surface: str, entity: str
) -> None:
    assert resolved(extract(sentence), surface) == entity


def test_resolve_keeps_kharkiv_city_and_oblast_distinct_in_one_article(extract: Extract) -> None:
    mentions = extract("Kharkiv was hit again. Fighting continued in Kharkiv Oblast and across the Kharkiv region.")
    assert by_text(mentions) == {
        "Kharkiv": {"place/kharkiv"},
        "Kharkiv Oblast": {"place/kharkiv-oblast"},
        "Kharkiv region": {"place/kharkiv-oblast"},
    }


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        pytest.param(
            "In Donetsk Oblast, Russian troops advanced.",
            "Donetsk Oblast",
            "place/donetsk-oblast",
        ),
        pytest.param(
            "The Bakhmut district was shelled overnight.",
            "Bakhmut district",
            "place/bakhmut-raion",
        ),
        pytest.param(
            "Near Pokrovsk district villages burned.",
            "Pokrovsk district",
            "place/pokrovsk-raion",
        ),
    ],
)
def test_resolve_area_names_start_at_the_name_not_the_sentence(
    extract: Extract, sentence: str, surface: str, entity: str
) -> None:
    assert resolved(extract(sentence), surface) == entity


# -- homonymous villages -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "prefix"),
    [
        (("Russian troops entered Oleksandrivka in Donetsk Oblast.",), "place/oleksandrivka-donetsk-oblast"),
        (
            ("Russian troops shelled Oleksandrivka, Kherson Oblast officials said.",),
            "place/oleksandrivka-kherson-oblast",
        ),
        (
            ("Fighting near Oleksandrivka continued.", "Donetsk Oblast officials reported shelling."),
            "place/oleksandrivka-donetsk-oblast",
        ),
        (
            ("Fighting near Oleksandrivka continued.", "Kherson Oblast officials reported shelling."),
            "place/oleksandrivka-kherson-oblast",
        ),
    ],
    ids=["donetsk-same-paragraph", "kherson-same-paragraph", "donetsk-article", "kherson-article"],
)
def test_resolve_picks_homonymous_village_by_oblast_named(
    extract: Extract, paragraphs: tuple[str, ...], prefix: str
) -> None:
    assert resolved(extract(*paragraphs), "Oleksandrivka").startswith(prefix)


def test_resolve_prefers_the_oblast_of_the_same_paragraph(extract: Extract) -> None:
    mentions = extract(
        "In the east, Russian troops entered Oleksandrivka in Donetsk Oblast.",
        "In the south, Ukrainian drones hit Oleksandrivka, a village in Kherson Oblast.",
    )
    villages = [m for m in mentions if m.text == "Oleksandrivka"]
    assert len(villages) == 2
    assert villages[0].entity.startswith("place/oleksandrivka-donetsk-oblast")
    assert villages[1].entity.startswith("place/oleksandrivka-kherson-oblast")


# -- ambiguous names need their context ---------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "surface", "entity"),
    [
        (("The Wagner Group took Soledar.",), "Wagner Group", "unit/wagner-group"),
        (("Wagner mercenaries stormed Bakhmut.",), "Wagner", "unit/wagner-group"),
        (("Prigozhin said Wagner would leave Bakhmut.",), "Wagner", "unit/wagner-group"),
        (("Germany sent Leopard tanks to Ukraine.",), "Leopard", "weapon/leopard-2"),
        (("Leopard 2A6 tanks arrived.",), "Leopard 2A6", "weapon/leopard-2"),
        (("Seversk is a closed nuclear city near Tomsk in Siberia.",), "Seversk", "place/seversk"),
        (("Russian forces attacked Seversk and Lyman in Donetsk Oblast.",), "Seversk", "place/siversk"),
        (("Britain sent Challenger tanks.",), "Challenger", "weapon/challenger-2"),
    ],
)
def test_resolve_ambiguous_name_with_its_context(
    extract: Extract, paragraphs: tuple[str, ...], surface: str, entity: str
) -> None:
    assert resolved(extract(*paragraphs), surface) == entity


@pytest.mark.parametrize(
    ("paragraphs", "surface", "wrong"),
    [
        (("A leopard was seen near the zoo.",), "leopard", "weapon/leopard-2"),
        (("Leopards are big cats that live in Africa and Asia.",), "Leopards", "weapon/leopard-2"),
        (("The patriot waved a flag.",), "patriot", "weapon/patriot"),
        pytest.param(
            ("Richard Wagner's operas are long.",),
            "Wagner",
            "unit/wagner-group",
        ),
        pytest.param(
            ("Julius Caesar crossed the Rubicon.",),
            "Caesar",
            "weapon/caesar",
        ),
        (("Russian forces attacked Seversk overnight.",), "Seversk", "place/seversk"),
    ],
    ids=["leopard-animal", "leopards-animals", "patriot-lowercase", "wagner-composer", "julius-caesar", "seversk-bare"],
)
def test_resolve_ambiguous_name_without_context_is_not_that_entity(
    extract: Extract, paragraphs: tuple[str, ...], surface: str, wrong: str
) -> None:
    mentions = extract(*paragraphs)
    assert wrong not in entities_of(mentions, surface), describe(mentions)


def test_resolve_context_words_count_only_in_the_same_paragraph(extract: Extract) -> None:
    mentions = extract("Germany sent tanks.", "A Leopard escaped from the zoo.")
    assert "weapon/leopard-2" not in entities_of(mentions, "Leopard")


# -- surnames ----------------------------------------------------------------------------------


def test_resolve_links_surname_after_full_name_by_coreference(extract: Extract) -> None:
    mentions = extract("Lt. Col. Daniel Davis spoke to reporters.", "Davis said the war would be long.")
    assert [(m.text, m.entity, m.method) for m in mentions if "Davis" in m.text] == [
        ("Daniel Davis", "person/daniel-davis", "catalogue"),
        ("Davis", "person/daniel-davis", "coreference"),
    ]


def test_resolve_does_not_link_surname_across_articles(extract: Extract) -> None:
    first = extract("Lt. Col. Daniel Davis spoke to reporters.", article_id="first")
    second = extract(
        "Davis said the war would be long.", "Officials in Kyiv said Davis was wrong.", article_id="second"
    )
    assert entities_of(first, "Daniel Davis") == {"person/daniel-davis"}
    assert not [m for m in second if m.entity == "person/daniel-davis"], describe(second)


def test_resolve_does_not_link_surname_before_full_name(extract: Extract) -> None:
    mentions = extract("Davis spoke first.", "Later, Lt. Col. Daniel Davis said more.")
    assert [m.entity for m in mentions if m.text == "Davis"] == []


def test_resolve_surname_alone_people_need_no_full_name(extract: Extract) -> None:
    mentions = extract("Putin and Zelenskyy did not meet; Blinken flew home.")
    assert by_text(mentions) == {
        "Putin": {"person/vladimir-putin"},
        "Zelenskyy": {"person/volodymyr-zelenskyy"},
        "Blinken": {"person/antony-blinken"},
    }


def test_resolve_strips_rank_from_catalogued_name(extract: Extract) -> None:
    mentions = extract("Lt. Col. Daniel Davis spoke.")
    assert [(m.text, m.entity) for m in mentions] == [("Daniel Davis", "person/daniel-davis")]


# -- typos -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typo", "entity"),
    [("Bahkmut", "place/bakhmut"), ("Pokrovks", "place/pokrovsk"), ("Kramatorks", "place/kramatorsk")],
)
def test_resolve_tolerates_one_typo_in_a_known_town(extract: Extract, typo: str, entity: str) -> None:
    mentions = extract(f"Russian troops are now attacking {typo} from the east.")
    assert [(m.text, m.entity, m.method) for m in mentions if m.text == typo] == [(typo, entity, "fuzzy")]
    assert next(m for m in mentions if m.text == typo).confidence < 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian troops advanced and Russian officials said so.",
        "The Russians came at dawn.",
        "Ukrainian soldiers held the line.",
        "Western partners promised more.",
        "Meanwhile the battle continued.",
        "Counteroffensive operations resumed.",
        "Brigade commanders disagreed.",
        "Nevertheless they persisted.",
        pytest.param(
            "Somber crowds gathered in the square.",
        ),
        pytest.param(
            "Verbose statements followed the attack.",
        ),
    ],
)
def test_resolve_does_not_fuzz_common_words(extract: Extract, sentence: str) -> None:
    mentions = extract(sentence)
    assert not [m for m in mentions if m.kind == "place"], describe(mentions)


def test_resolve_russian_is_not_russia(extract: Extract) -> None:
    mentions = extract("Russian forces and Russians, not Russia itself.")
    assert [(m.text, m.entity) for m in mentions] == [("Russia", "place/russia")]


# -- what a mention carries ---------------------------------------------------------------------


def test_resolve_mentions_carry_span_sentence_method_and_confidence(extract: Extract) -> None:
    first = "Zelenskyy spoke in Kyiv."
    second = "The 92nd Assault Brigade held Bahkmut while spokesman Ivan Petrenko said so."
    mentions = extract(first, second)
    body = f"{first}\n\n{second}"
    methods = {m.text: m.method for m in mentions}
    assert methods == {
        "Zelenskyy": "catalogue",
        "Kyiv": "catalogue",
        "92nd Assault Brigade": "catalogue",
        "Bahkmut": "fuzzy",
        "Ivan Petrenko": "heuristic",
    }
    for mention in mentions:
        assert body[mention.start : mention.end] == mention.text
        assert body[mention.sentence_start : mention.sentence_end] in (first, second)
        assert 0 < mention.confidence <= 1
        assert mention.article == "test-article"


def test_resolve_is_deterministic(engine: Engine) -> None:
    article = make_article(
        "Zelensky met Blinken in Kyiv as the 35th and 38th Marine Brigades held Krynky.",
        "Fighting near Oleksandrivka continued, spokesman Ivan Petrenko said; Petrenko added that Bahkmut fell.",
    )
    assert engine.extract(article) == engine.extract(article)


@pytest.mark.parametrize(
    ("sentence", "entity"),
    [
        (
            "On Thursday, Ukraine’s General Staff announced new figures.",
            "organization/general-staff-of-the-armed-forces-of-ukraine",
        ),
        (
            "On Thursday, Ukraine's General Staff announced new figures.",
            "organization/general-staff-of-the-armed-forces-of-ukraine",
        ),
        ("Russia’s General Staff answered on Friday.", "organization/general-staff-of-the-russian-armed-forces"),
    ],
)
def test_a_possessive_before_an_ambiguous_name_is_its_context_word(
    extract: Extract, sentence: str, entity: str
) -> None:
    assert entities_of(extract(sentence), "General Staff") == {entity}
