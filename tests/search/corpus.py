"""A small corpus written for the search tests: articles and entities as the knowledge base holds them.

Each article has a word that only its body contains, and the entities have the names, aliases and
spellings the ranking table asks for. One entity and one title are hostile markup.
"""

from __future__ import annotations

import hashlib

from generator.model import Article, Entity, KnowledgeBase, Mention, Paragraph

HOSTILE_NAME = "<img src=x onerror=alert(1)>"
HOSTILE_TITLE = "<script>alert(1)</script> Report On Drones"

# (id, title, date, source, body)
ARTICLES = [
    (
        "2023-01-13-soledar-falls",
        "Soledar Falls After Weeks Of Fighting",
        "2023-01-13",
        "Kyiv Independent",
        "Russian forces captured Soledar after weeks of fighting around the salt mines.\n\n"
        "The Wagner Group claimed the town while the Armed Forces of Ukraine withdrew to new lines. "
        "Soledar lies north of Bakhmut.",
    ),
    (
        "2022-07-15-himars-strikes",
        "Strikes Hit Depots In Kherson",
        "2022-07-15",
        "Reuters",
        "Ukrainian rocket artillery struck ammunition depots near Kherson and the Antonivskyi bridge.\n\n"
        "Officials credited the HIMARS launchers supplied by the United States.",
    ),
    (
        "2022-05-01-zelensky-visits-hospital",
        "Zelensky Visits A Hospital",
        "2022-05-01",
        "AP",
        "Zelensky visited paediatric wards in Kyiv's largest hospital on Sunday.\n\n"
        "Doctors described the shortages since the invasion began.",
    ),
    (
        "2023-05-20-bakhmut-history",
        "A City With Two Names",
        "2023-05-20",
        "BBC",
        "Bakhmut was called Artemivsk until 2016, when decommunisation laws restored its old name.\n\n"
        "Fighting around Bakhmut lasted for months.",
    ),
    (
        "2023-08-01-grain-corridor",
        "Grain Exports Find A New Route",
        "2023-08-01",
        "AFP",
        "Ships carried grain along the Danube to the port of Sulina after Russia quit the deal.\n\n"
        "Odesa's ports were struck again.",
    ),
    (
        "2024-02-10-drones-over-the-capital",
        "Drones Over The Capital",
        "2024-02-10",
        "Ukrainska Pravda",
        "KYIV’S air defence shot down drones over Kyïv overnight, the mayor said.\n\n"
        "Debris fell on a school in Zaporizhzhia region as well.",
    ),
    (
        "2024-03-01-hostile",
        HOSTILE_TITLE,
        "2024-03-01",
        "Test",
        "A report whose title is markup. The word onerror appears here in plain text, with thermobaric rockets.",
    ),
]

# (id, kind, name, aliases, description, surface texts counted as mentions)
ENTITIES = [
    (
        "person/volodymyr-zelenskyy",
        "person",
        "Volodymyr Zelenskyy",
        ("Zelensky", "Zelenskiy", "Volodymyr Zelensky"),
        "President of Ukraine.",
        ("Zelensky",),
    ),
    ("place/bakhmut", "place", "Bakhmut", ("Artemivsk", "Artyomovsk"), "", ("Bakhmut",)),
    ("place/soledar", "place", "Soledar", (), "", ("Soledar",)),
    ("place/kyiv", "place", "Kyiv", ("Kiev", "Kyyiv"), "Capital of Ukraine.", ("Kyiv", "KYIV", "Kyïv")),
    ("place/kyiv-oblast", "place", "Kyiv Oblast", (), "", ()),
    ("place/kherson", "place", "Kherson", (), "", ("Kherson",)),
    (
        "weapon/himars",
        "weapon",
        "HIMARS",
        ("M142 HIMARS", "High Mobility Artillery Rocket System"),
        "American wheeled rocket launcher.",
        ("HIMARS",),
    ),
    ("organization/wagner-group", "organization", "Wagner Group", ("PMC Wagner", "Wagner"), "", ("Wagner Group",)),
    (
        "organization/lockheed-martin",
        "organization",
        "Lockheed Martin",
        (),
        "US company that makes HIMARS launchers.",
        (),
    ),
    ("person/img-src-x-onerror-alert-1", "person", HOSTILE_NAME, ("onerror alias",), "", ()),
    *[
        (f"organization/russian-{slug}", "organization", f"Russian {name}", (), "", ())
        for slug, name in [
            ("navy", "Navy"),
            ("air-force", "Air Force"),
            ("senate", "Senate"),
            ("duma", "Duma"),
            ("orthodox-church", "Orthodox Church"),
            ("railways", "Railways"),
        ]
    ],  # fmt: skip
]


def _paragraphs(body: str) -> tuple[Paragraph, ...]:
    out, start = [], 0
    for part in body.split("\n\n"):
        out.append(Paragraph(start, start + len(part)))
        start += len(part) + 2
    return tuple(out)


def make_article(article_id: str, title: str, date: str, source: str, body: str) -> Article:
    return Article(
        id=article_id,
        title=title,
        date=date,
        date_precision="day" if len(date) == 10 else "unknown",
        source=source,
        author="",
        url="",
        seed=f"seeds/{article_id}.txt",
        sha256=hashlib.sha256(f"{title}\n{body}".encode()).hexdigest(),  # a seed's hash: its text's
        body=body,
        paragraphs=_paragraphs(body),
        provenance=(),
    )


def _mentions(articles: list[Article]) -> list[Mention]:
    found = []
    for entity_id, kind, *_rest, surfaces in ENTITIES:
        for article in articles:
            for surface in surfaces:
                start = article.body.find(surface)
                while start >= 0:
                    end = start + len(surface)
                    found.append(Mention(article.id, entity_id, kind, surface, start, end, 0, len(article.body),
                                         "catalogue", 1.0))  # fmt: skip
                    start = article.body.find(surface, end)
    return sorted(found, key=lambda m: (m.article, m.start))


def corpus(extra: tuple[Article, ...] = ()) -> KnowledgeBase:
    articles = [make_article(*row) for row in ARTICLES] + list(extra)
    entities = [
        Entity(entity_id, kind, name, aliases, description=description)  # type: ignore[arg-type]
        for entity_id, kind, name, aliases, description, _ in ENTITIES
    ]
    return KnowledgeBase(
        articles=tuple(sorted(articles, key=lambda a: (a.date, a.id), reverse=True)),
        entities=tuple(entities),
        mentions=tuple(_mentions(articles)),
    )


# An article the update tests add to the corpus.
NEW = make_article(
    "2024-05-05-new-report",
    "Glide Bombs Over Kharkiv",
    "2024-05-05",
    "Reuters",
    "Russian aircraft dropped glide bombs on Kharkiv; the Soledar front stayed quiet.",
)
