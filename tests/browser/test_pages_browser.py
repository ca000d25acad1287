"""Entity pages a reader trusts, in Chromium over HTTP and from file://: related entities by
association with their "together" pages, mentions grouped per article and paged, the timeline
in the theme's colours in both schemes."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from generator.config import Config
from tests.browser.entities_support import Tab, tab  # noqa: F401 - fixtures are used by name
from tests.browser.pages_support import ARTICLES, pages_project  # noqa: F401
from tests.sample import serve_directory

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def pages_http(pages_project: Config) -> Iterator[str]:  # noqa: F811
    with serve_directory(pages_project.site_dir) as url:
        yield url


@pytest.fixture(params=["http", "file"])
def root(request: pytest.FixtureRequest, pages_project: Config) -> str:  # noqa: F811
    if request.param == "http":
        return str(request.getfixturevalue("pages_http"))
    return pages_project.site_dir.as_uri() + "/"


def _group(tab: Tab, title: str) -> list[str]:  # noqa: F811
    """The entity names listed under a kind heading of the Related section."""
    return list(
        tab.page.evaluate(
            """title => {
              const heading = [...document.querySelectorAll(".sitrep-related p > strong")]
                .find(s => s.textContent.trim() === title);
              if (!heading) return [];
              const list = heading.parentElement.nextElementSibling;
              return [...list.querySelectorAll(":scope > li > a:first-child")].map(a => a.textContent.trim());
            }""",
            title,
        )
    )


def test_a_tanks_related_weapons_are_the_tanks_named_with_it_and_open_their_shared_articles(
    tab: Tab,  # noqa: F811
    root: str,
) -> None:
    tab.goto(root + "weapons/m1-abrams.html")
    assert _group(tab, "Weapons") == ["Leopard 2", "Challenger 2"]
    assert "Kyiv" not in _group(tab, "Places")  # in every article: related to nothing
    assert "HIMARS" not in _group(tab, "Weapons")

    together = tab.page.locator(".sitrep-related li", has_text="Leopard 2").locator("a", has_text="together")
    count = int(together.inner_text().split()[0])
    tab.page.wait_for_load_state("networkidle")  # leaving mid-load aborts the search worker's requests
    together.click()
    tab.page.wait_for_url(re.compile(r"together/weapon-leopard-2--weapon-m1-abrams\.html$"))
    assert tab.h1() == "Leopard 2 and M1 Abrams together"
    articles = tab.page.locator("article ul > li > a")
    assert articles.count() == count
    tab.page.wait_for_load_state("networkidle")
    articles.first.click()
    tab.page.wait_for_url(re.compile(r"/articles/[^/]+\.html$"))
    assert "Abrams" in tab.page.locator("article").inner_text()
    tab.assert_offline_and_clean()


_GROUPS = """() => [...document.querySelectorAll(".sitrep-mentions > ul > li")].map(li => ({
  title: li.querySelector(":scope > a").textContent.trim(),
  line: li.firstChild.parentElement.childNodes[1].textContent,
  sentences: [...li.querySelectorAll(":scope > ul > li")].map(s => s.textContent.trim()),
}))"""


def test_mentions_are_grouped_per_article_newest_first_and_every_one_is_reachable(
    tab: Tab,  # noqa: F811
    root: str,
) -> None:
    tab.goto(root + "places/kyiv.html")
    newest = tab.page.evaluate(_GROUPS)
    assert len(newest) == 25  # the entity page: the newest articles
    archive = tab.page.locator("nav.sitrep-pages a")
    hrefs = [archive.nth(i).get_attribute("href") for i in range(archive.count())]
    assert hrefs and hrefs[0] == "kyiv/mentions-earliest.html"  # oldest first
    seen: list[dict[str, object]] = []
    for href in hrefs:  # every article exactly once
        tab.goto(root + "places/kyiv.html")
        tab.page.wait_for_load_state("networkidle")  # leaving mid-load aborts the search worker's requests
        tab.page.locator(f'nav.sitrep-pages a[href="{href}"]').click()
        tab.page.wait_for_url(re.compile(r"places/kyiv/mentions-[\w-]+\.html$"))
        assert tab.h1().startswith("Mentions of Kyiv, ")
        groups = tab.page.evaluate(_GROUPS)
        assert groups, f"no mention groups on the archive page {href}"
        for group in groups:
            sentences = group["sentences"]
            assert len(sentences) == len(set(sentences)) == 2  # two sentences name Kyiv, each once
        seen = groups + seen  # the newer page goes first: newest first overall
    assert len(seen) == 34
    assert [group["title"] for group in newest] == [group["title"] for group in seen][:25]
    titles = [str(group["title"]) for group in seen]
    assert sorted(titles) == sorted(f"Report {n:02d} from {p}" for n, p in _places())
    dates = [re.search(r"\d+ \w+ 2024", str(group["line"])).group(0) for group in seen]  # type: ignore[union-attr]
    months = ["January", "February", "March", "April", "May", "June"]
    keys = [(months.index(d.split()[1]), int(d.split()[0])) for d in dates]
    assert keys == sorted(keys, reverse=True)
    tab.assert_offline_and_clean()


def _places() -> list[tuple[int, str]]:
    from tests.browser.pages_support import PLACES

    return [(n, PLACES[n % len(PLACES)]) for n in range(ARTICLES)]


_TIMELINE = """scheme => {
  document.body.setAttribute("data-md-color-scheme", scheme);
  const svg = document.querySelector("svg.sitrep-timeline");
  const bars = [...svg.querySelectorAll("rect.bar")];
  const background = getComputedStyle(document.body).backgroundColor;
  return {
    fills: [...new Set(bars.map(b => getComputedStyle(b).fill))],
    tips: bars.map(b => b.querySelector("title").textContent),
    axis: [...svg.querySelectorAll("text.axis")].map(t => t.textContent),
    axisFill: getComputedStyle(svg.querySelector("text.axis")).fill,
    background,
  };
}"""


def _rgb(css: str) -> tuple[float, ...]:
    values = [float(v) for v in re.findall(r"[\d.]+", css)]
    if len(values) == 4:  # rgba over the page background is close enough for a contrast floor
        return tuple(values[:3])
    return tuple(values[:3])


def _luminance(rgb: tuple[float, ...]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(_rgb(a)), _luminance(_rgb(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize(("scheme", "colour"), [("default", "rgb(64, 81, 181)"), ("slate", "rgb(84, 136, 232)")])
def test_timeline_bars_use_the_theme_colour_in_both_schemes_with_a_tooltip_per_bar(
    tab: Tab,  # noqa: F811
    root: str,
    scheme: str,
    colour: str,
) -> None:
    tab.goto(root + "places/kyiv.html")
    state = tab.page.evaluate(_TIMELINE, scheme)
    assert state["fills"] == [colour]
    assert _contrast(colour, state["background"]) >= 3.0  # WCAG 1.4.11, graphics
    assert len(state["tips"]) == 6 and all(re.fullmatch(r"\w+ 2024: \d+ mentions?", tip) for tip in state["tips"])
    assert "Jan 2024" in state["axis"] and "0" in state["axis"]
    assert state["axisFill"] != state["background"]
    tab.assert_offline_and_clean()


def _visible_names(tab: Tab) -> list[str]:  # noqa: F811
    return list(
        tab.page.evaluate(
            """() => [...document.querySelectorAll(".sitrep-index tbody tr")]
                 .filter(row => !row.hidden).map(row => row.cells[0].innerText.trim())"""
        )
    )


def test_index_filters_by_fact_and_alias_and_sorts_by_fact(tab: Tab, root: str) -> None:  # noqa: F811
    tab.goto(root + "weapons/index.html")
    headers = [h.strip() for h in tab.page.locator(".sitrep-index thead th").all_inner_texts()]
    assert headers[:3] == ["Name", "Category", "Origin"] and headers[-2:] == ["First seen", "Last seen"]
    everything = _visible_names(tab)
    box = tab.page.get_by_label("Filter weapons")
    box.fill("main battle tank")
    assert sorted(_visible_names(tab)) == ["Challenger 2", "Leopard 2", "M1 Abrams"]
    assert tab.page.locator(".sitrep-filter-count").inner_text() == f"3 of {len(everything)} shown"
    box.fill("abrams tank")  # an alias, not shown in the table
    assert _visible_names(tab) == ["M1 Abrams"]
    box.fill("")
    assert _visible_names(tab) == everything
    tab.page.locator(".sitrep-index th button.sitrep-sort", has_text="Category").click()
    categories = tab.page.evaluate(
        "() => [...document.querySelectorAll('.sitrep-index tbody tr')].map(r => r.cells[1].innerText.trim())"
    )
    filled = [c for c in categories if c]
    assert filled == sorted(filled, key=str.casefold) and categories[: len(filled)] == filled
    tab.assert_offline_and_clean()


def test_home_page_holds_counts_dates_latest_and_most_mentioned_only(tab: Tab, root: str) -> None:  # noqa: F811
    tab.goto(root + "index.html")
    headings = [h.strip() for h in tab.page.locator("article h2").all_inner_texts()]
    assert headings == ["Latest articles", "Most mentioned"]
    intro = tab.page.locator("article p").first.inner_text()
    assert f"{ARTICLES} articles about the war in Ukraine, dated 1 January 2024 to 5 June 2024" in intro
    assert tab.page.locator(".sitrep-counts a").count() == 5
    tab.page.wait_for_load_state("networkidle")
    tab.page.locator(".sitrep-top a", has_text="Kyiv").click()
    tab.page.wait_for_url(re.compile(r"places/kyiv\.html$"))
    tab.assert_offline_and_clean()


def _view_box(tab: Tab) -> list[float]:  # noqa: F811
    box = tab.page.locator("#sitrep-graph svg").get_attribute("viewBox") or ""
    return [float(v) for v in box.split()]


def test_global_graph_zooms_pans_and_finds_a_node(tab: Tab, root: str) -> None:  # noqa: F811
    tab.goto(root + "graph.html")
    home = _view_box(tab)
    tab.page.get_by_role("button", name="Zoom in").click()
    zoomed = _view_box(tab)
    assert zoomed[2] < home[2] * 0.7
    assert tab.page.locator("#sitrep-graph svg.is-zoomed").count() == 1  # hidden labels now show

    svg = tab.page.locator("#sitrep-graph svg")
    svg.scroll_into_view_if_needed()
    box = svg.bounding_box()
    assert box is not None
    tab.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    tab.page.mouse.down()
    tab.page.mouse.move(box["x"] + box["width"] / 2 - 120, box["y"] + box["height"] / 2 - 60, steps=5)
    tab.page.mouse.up()
    panned = _view_box(tab)
    assert panned[0] > zoomed[0] and panned[2] == zoomed[2]

    tab.page.get_by_role("button", name="Whole graph").click()
    assert _view_box(tab) == home

    find = tab.page.get_by_label("Find")
    find.fill("leopard")
    assert tab.page.locator(".sitrep-graph-found").inner_text() == "1 found"
    match = tab.page.locator("#sitrep-graph .node-link.is-match")
    assert match.get_attribute("data-id") == "weapon/leopard-2"
    assert match.locator("text.label").is_visible()
    find.press("Enter")
    assert _view_box(tab)[2] == pytest.approx(home[2] / 3, rel=0.01)
    tab.assert_offline_and_clean()


def test_entity_neighbourhood_shows_links_between_neighbours_and_filters_by_kind(
    tab: Tab,  # noqa: F811
    root: str,
) -> None:
    tab.goto(root + "weapons/m1-abrams.html")
    drawing = tab.page.locator("#sitrep-neighbourhood svg")
    ids = drawing.locator(".node-link").evaluate_all("nodes => nodes.map(n => n.getAttribute('data-id'))")
    assert ids[0] == "weapon/m1-abrams" and {"weapon/leopard-2", "weapon/challenger-2"} <= set(ids)
    chords = drawing.locator("line.chord").evaluate_all(
        "lines => lines.map(l => [l.getAttribute('data-source'), l.getAttribute('data-target')])"
    )
    assert ["weapon/challenger-2", "weapon/leopard-2"] in chords
    labels = drawing.locator("text.label").all_text_contents()
    assert "Challenger 2" in labels and "Leopard 2" in labels

    tab.page.locator("fieldset[data-graph='sitrep-neighbourhood'] input[data-kind='weapon']").uncheck()
    assert drawing.locator(".node-link[data-id='weapon/leopard-2']").is_hidden()
    assert drawing.locator(".node-link.is-center").is_visible()  # the entity itself stays
    tab.assert_offline_and_clean()


_MAP = """scheme => {
  document.body.setAttribute("data-md-color-scheme", scheme);
  const svg = document.querySelector("#sitrep-map svg");
  const fill = sel => getComputedStyle(svg.querySelector(sel)).fill;
  const stroke = sel => getComputedStyle(svg.querySelector(sel)).stroke;
  return {
    ukraine: fill(".country.highlight"), russia: fill(".country.russia"), sea: fill("rect.sea"),
    oblastLine: stroke(".oblast"), linkedLine: stroke(".oblast.linked"), label: fill("text.label"),
    front: stroke(".country.highlight"),
  };
}"""


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_map_draws_oblasts_as_linked_areas_legible_in_both_schemes(tab: Tab, root: str, scheme: str) -> None:  # noqa: F811
    tab.goto(root + "map.html")
    svg = tab.page.locator("#sitrep-map svg")
    assert svg.locator("g.oblasts path").count() == 27
    colours = tab.page.evaluate(_MAP, scheme)
    assert len({colours["ukraine"], colours["russia"], colours["sea"]}) == 3
    assert colours["oblastLine"] != colours["ukraine"] and colours["linkedLine"] != colours["oblastLine"]
    assert _contrast(colours["label"], colours["ukraine"]) >= 4.5
    assert _contrast(colours["front"], colours["ukraine"]) >= 3.0
    region = svg.locator("a.region-link[href$='donetsk-oblast.html']")
    assert region.get_attribute("aria-label") == "Donetsk Oblast · 7 mentions"
    tab.assert_offline_and_clean()


def test_map_zooms_shows_hidden_labels_and_opens_a_region(tab: Tab, root: str) -> None:  # noqa: F811
    tab.goto(root + "map.html")
    svg = tab.page.locator("#sitrep-map svg")
    minor = svg.locator("text.label.minor")
    if minor.count():
        assert not minor.first.is_visible()
    tab.page.get_by_role("button", name="Zoom in").click()
    assert "is-zoomed" in (svg.get_attribute("class") or "")
    if minor.count():
        assert minor.first.is_visible()
    tab.page.get_by_role("button", name="Whole map").click()
    tab.page.wait_for_load_state("networkidle")
    region = svg.locator("a.region-link").first
    target = region.get_attribute("href") or ""
    region.evaluate("link => link.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}))")
    tab.page.wait_for_url(re.compile(re.escape(target.rsplit("/", 1)[-1]) + "$"))
    tab.assert_offline_and_clean()
