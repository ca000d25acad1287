"""Newsroom layouts, each in a realistic text written for this test: what is metadata leaves the body.

The texts imitate the layouts of real outlets (as copied from their pages or wire feeds); names,
wording and events are written for the test.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from generator.ingest.layouts import parse_byline, read_dateline
from generator.ingest.plaintext import parse_plain_text


@dataclass(frozen=True)
class Layout:
    text: str
    title: str
    date: str
    date_from: str
    source: str
    author: str
    body_starts: str
    furniture: tuple[str, ...]  # lines (or parts) that must not be left in the body


AP = Layout(
    """Russia pounds Ukraine's power grid in one of the largest attacks of the war
By HANNA KOVAL and JOHN MERRICK
Updated 6:12 AM EST, November 17, 2024
KYIV, Ukraine (AP) — Russia launched a massive missile and drone attack on Ukraine's power grid early Sunday, \
officials said, killing at least seven people and forcing emergency blackouts across the country.
Ukraine's air force said it shot down 104 of 120 missiles and 42 of 90 drones launched overnight.
Firefighters work at the site of a strike in Mykolaiv, Ukraine, Sunday, Nov. 17, 2024. (AP Photo/Olena Dmytrenko)
"The enemy's target is our energy infrastructure," Energy Minister Herman Halushchenko wrote on Facebook.
Associated Press writer Illia Kovalenko in Kharkiv contributed to this report.
Follow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine
""",
    "Russia pounds Ukraine's power grid in one of the largest attacks of the war",
    "2024-11-17",
    "dateline",
    "Associated Press",
    "Hanna Koval and John Merrick",
    "Russia launched a massive missile",
    ("(AP) —", "contributed to this report", "Follow AP", "AP Photo", "Updated 6:12"),
)
AP_ISSUE = Layout(
    """Ukraine Says Russia Hit Odesa Port Overnight
November 14, 2024
By Olena Petrenko, Associated Press
ODESA, Ukraine (AP) — Russian drones struck port facilities in Odesa overnight, damaging a grain terminal and \
wounding two workers, the regional governor said Thursday.
The attack was the third on the port this week, officials said.
""",
    "Ukraine Says Russia Hit Odesa Port Overnight",
    "2024-11-14",
    "dateline",
    "Associated Press",
    "Olena Petrenko",
    "Russian drones struck port facilities",
    ("By Olena Petrenko", "November 14, 2024"),
)
REUTERS = Layout(
    """Ukraine downs 50 Russian drones overnight, air force says
By Max Hunt and Tom Bell
November 14, 20245:12 AM GMT+2Updated 2 hours ago
KYIV, Nov 14 (Reuters) - Ukraine's air force said on Thursday it had shot down 50 of 74 drones launched by \
Russia overnight, with debris damaging houses in the Kyiv region.
There were no immediate reports of casualties, the regional governor said on the Telegram messaging app.
Reporting by Max Hunt; Editing by Alex Richards
Our Standards: The Thomson Reuters Trust Principles., opens new tab
""",
    "Ukraine downs 50 Russian drones overnight, air force says",
    "2024-11-14",
    "dateline",
    "Reuters",
    "Max Hunt and Tom Bell",
    "Ukraine's air force said on Thursday",
    ("(Reuters)", "Reporting by", "Our Standards", "GMT+2"),
)
AFP = Layout(
    """Zelensky says Ukraine ready for talks if partners guarantee security
Issued on: 14/11/2024 - 10:32 Modified: 14/11/2024 - 12:40
Kyiv (AFP) – Ukrainian President Volodymyr Zelensky said Thursday that Kyiv was ready for negotiations with \
Moscow if its Western partners offered firm security guarantees.
"We cannot allow a frozen conflict," Zelensky told reporters in Kyiv during a joint press conference.
bur-jc/rox
""",
    "Zelensky says Ukraine ready for talks if partners guarantee security",
    "2024-11-14",
    "dateline",
    "AFP",
    "",
    "Ukrainian President Volodymyr Zelensky said",
    ("(AFP)", "bur-jc/rox", "Issued on"),
)
KYIV_INDEPENDENT = Layout(
    """Russia launches massive combined attack on Ukraine's energy grid
by Martin Forsyth November 17, 2024 10:27 AM 2 min read
Firefighters work at the site of a Russian missile strike in Kyiv on Nov. 17, 2024. (State Emergency Service / Telegram)
Russia launched a large-scale missile and drone attack against Ukraine's energy infrastructure overnight on \
Nov. 17, Energy Minister Herman Halushchenko said.
Read also: Ukraine war latest: Russia gains ground near Kurakhove
Emergency power outages were introduced in several oblasts, the national grid operator Ukrenergo said.
Note from the author: Hey, this is Martin. Thank you for reading to the end.
We're an independent media outlet, and we rely on our members to keep going.
Become a member
""",
    "Russia launches massive combined attack on Ukraine's energy grid",
    "2024-11-17",
    "byline",
    "",
    "Martin Forsyth",
    "Russia launched a large-scale missile",
    ("State Emergency Service / Telegram", "Read also", "Note from the author", "independent media outlet", "member"),
)
GUARDIAN = Layout(
    """Russia-Ukraine war: Zelenskyy says Kyiv must end war through diplomacy next year
Ukrainian president tells radio station that 'we must do everything' to end the war in 2025
Peter Sauer in Kyiv
Sat 16 Nov 2024 10.05 GMT
Last modified on Sat 16 Nov 2024 14.30 GMT
Volodymyr Zelenskyy at a press conference in Kyiv last week. Photograph: Gleb Garin/Reuters
Volodymyr Zelenskyy has said Ukraine must do everything it can to ensure the war with Russia ends next year \
through diplomatic means.
Speaking to a radio station, the Ukrainian president said the war would end sooner under the next US administration.
""",
    "Russia-Ukraine war: Zelenskyy says Kyiv must end war through diplomacy next year",
    "2024-11-16",
    "dateline",
    "",
    "Peter Sauer",
    "Ukrainian president tells radio station",
    ("Peter Sauer in Kyiv", "Photograph:", "Last modified", "10.05 GMT"),
)
BBC = Layout(
    """Ukraine war: Russia hits energy grid in 'massive' strike
17 November 2024
Share
Save
James Waterford
BBC Ukraine correspondent
Reporting from Kyiv
Getty Images
Russia has launched one of its largest air attacks on Ukraine for months, targeting the country's energy \
infrastructure, Ukrainian officials say.
At least two people were killed in the southern city of Mykolaiv, the regional governor said.
""",
    "Ukraine war: Russia hits energy grid in 'massive' strike",
    "2024-11-17",
    "dateline",
    "BBC News",
    "James Waterford",
    "Russia has launched one of its largest",
    ("Share", "Save", "correspondent", "Reporting from Kyiv", "Getty Images"),
)
ISW = Layout(
    """Russian Offensive Campaign Assessment, November 14, 2024
Christina Harwood, Angelica Evers, Olivia Gibbs, and Frederick W. Kagan
November 14, 2024, 7:30pm ET
Click here to see ISW's interactive map of the Russian invasion of Ukraine. This map is updated daily.
Key Takeaways:
Russian forces recently advanced in Kupyansk, Pokrovsk, and Kurakhove directions.
Ukrainian forces continued to strike Russian military infrastructure in occupied Crimea.
""",
    "Russian Offensive Campaign Assessment, November 14, 2024",
    "2024-11-14",
    "dateline",
    "",
    "Christina Harwood, Angelica Evers, Olivia Gibbs and Frederick W. Kagan",
    "Key Takeaways:",
    ("Click here to see", "7:30pm ET"),
)
TELEGRAM = Layout(
    """Ukraine NOW [English], [14.11.2024 08:15]
[Forwarded from Ukrainian Air Force]
Overnight, Russia attacked Ukraine with 50 Shahed drones and two Iskander-M missiles. Air defence destroyed 38 \
drones over nine regions.
👁 12.3K
""",
    "Overnight, Russia attacked Ukraine with 50 Shahed drones and two Iskander-M missiles",
    "2024-11-14",
    "dateline",
    "Ukrainian Air Force",
    "",
    "Overnight, Russia attacked Ukraine",
    ("[14.11.2024", "Forwarded", "12.3K"),
)
SUBSTACK = Layout(
    """Frontline Notes: The Pokrovsk Squeeze
What the last two weeks of fighting tell us about the winter ahead
Jane Doyle
Nov 14, 2024
∙ Paid
42
6
Share
Russian forces have spent the past two weeks grinding toward Pokrovsk from the south and east, and the pace \
has picked up since the start of the month.
The key question now is whether Ukraine can hold the road to Dnipro.
Thanks for reading Frontline Notes! Subscribe for free to receive new posts and support my work.
""",
    "Frontline Notes: The Pokrovsk Squeeze",
    "2024-11-14",
    "dateline",
    "Frontline Notes",
    "Jane Doyle",
    "What the last two weeks of fighting",
    ("∙ Paid", "Share", "Thanks for reading", "Jane Doyle"),
)
AP_SYNDICATED = Layout(  # an AP story as a regional paper's page copies it: table cells, a lost dash
    """Russia presses attack along the eastern front
Save to Read Later
Russia pours in more troops and presses attack in the east
By Associated Press|
April 19, 2022 at 12:19 p.m.
| UPDATED:
April 19, 2022 at 12:19 p.m.
By ADAM SHERWOOD
KYIV, Ukraine (AP)  Russia assaulted cities and towns along a front hundreds of miles long on Tuesday.
___
Follow AP's coverage of the war at https://apnews.com/hub/russia-ukraine
""",
    "Russia presses attack along the eastern front",
    "2022-04-19",
    "dateline",
    "Associated Press",
    "Adam Sherwood",
    "Russia pours in more troops",
    ("Save to Read Later", "UPDATED", "By Associated Press", "(AP)", "___"),
)
LAYOUTS = {
    "AP": AP,
    "AP, syndicated copy": AP_SYNDICATED,
    "AP, date line then byline": AP_ISSUE,
    "Reuters": REUTERS,
    "AFP": AFP,
    "Kyiv Independent": KYIV_INDEPENDENT,
    "Guardian": GUARDIAN,
    "BBC": BBC,
    "ISW assessment": ISW,
    "Telegram repost": TELEGRAM,
    "Substack export": SUBSTACK,
}


@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_layout_metadata_read(layout: Layout) -> None:
    parsed = parse_plain_text(layout.text)
    date = parsed.date.iso if parsed.date else ""
    assert (parsed.title, date, parsed.provenance["date"], parsed.source, parsed.author) == (
        layout.title,
        layout.date,
        layout.date_from,
        layout.source,
        layout.author,
    )
    assert parsed.warnings == []


@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_layout_furniture_leaves_the_body(layout: Layout) -> None:
    parsed = parse_plain_text(layout.text)
    body = "\n".join(block.text for block in parsed.blocks)
    assert body.startswith(layout.body_starts)
    assert [item for item in layout.furniture if item in body] == []


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        (
            "Drones hit Kharkiv overnight, officials say\n2 hours ago\n"
            "Russian drones struck an apartment block in Kharkiv overnight, the mayor said on Telegram.\n",
            "line 2 ('2 hours ago') date is relative",
        ),
        (
            "Drones hit Kharkiv overnight, officials say\nPublished 05/06/2024\n"
            "Russian drones struck an apartment block in Kharkiv overnight, the mayor said on Telegram.\n",
            "could be day/month or month/day",
        ),
        (
            "Drones hit Kharkiv overnight\nBy Max Hunt\n"
            "KHARKIV, Nov 14 (Reuters) - Russian drones struck an apartment block in Kharkiv, the mayor said.\n",
            "line 3 ('KHARKIV, Nov 14 (Reuters)",
        ),
        (
            "Drones hit Kharkiv overnight\nNovember 12, 2024\n"
            "KHARKIV, Nov 14 (Reuters) - Russian drones struck an apartment block in Kharkiv, the mayor said.\n",
            "dateline says November 14 but the date line says 2024-11-12",
        ),
        (
            "Drones hit Kharkiv overnight\nBy the numbers\n"
            "Russian drones struck an apartment block in Kharkiv overnight, the mayor said on Telegram.\n",
            "looks like a byline but no names could be read",
        ),
    ],
    ids=["relative date", "ambiguous numeric date", "dateline without year", "dateline disagrees", "odd byline"],
)
def test_ambiguous_layout_lines_warn_naming_the_line(text: str, warning: str) -> None:
    parsed = parse_plain_text(text)
    assert any(warning in message for message in parsed.warnings), parsed.warnings


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        ("By HANNA KOVAL and JOHN MERRICK", ("Hanna Koval", "John Merrick"), ""),
        ("By Olena Petrenko, Associated Press", ("Olena Petrenko",), "Associated Press"),
        ("By Max Hunt and Tom Bell | Reuters", ("Max Hunt", "Tom Bell"), "Reuters"),
        ("by Martin Forsyth", ("Martin Forsyth",), ""),
        ("By Anna Smith with Oleh Ivanenko in Moscow", ("Anna Smith", "Oleh Ivanenko"), ""),
        ("By David Axe for Forbes", ("David Axe",), "Forbes"),  # an outlet the list does not know
        ("By Jack Buckby for The National Interest", ("Jack Buckby",), "The National Interest"),
        ("By Serhiy Nayev for Carpathian Observer.", ("Serhiy Nayev",), "Carpathian Observer"),
    ],
)
def test_bylines_name_authors_and_outlet(line: str, authors: tuple[str, ...], source: str) -> None:
    byline = parse_byline(line)
    assert byline is not None and (byline.authors, byline.source) == (authors, source)


@pytest.mark.parametrize(
    "line",
    ["By the numbers", "By now, everyone knows the front has moved.", "Bylines", "By the time troops arrived for Kyiv"],
)
def test_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("paragraph", "source", "month_day"),
    [
        ("KYIV, Ukraine (AP) — Russia launched a massive attack.", "Associated Press", None),
        ("KYIV/HIROSHIMA, May 20 (Reuters) - The founder of Wagner said.", "Reuters", (5, 20)),
        ("Jeddah, Saudi Arabia (AFP) – Ukraine said Tuesday it was ready.", "AFP", None),
        ("LONDON — Britain will send more air defence missiles to Ukraine.", "", None),
    ],
)
def test_wire_datelines_leave_the_first_paragraph(
    paragraph: str, source: str, month_day: tuple[int, int] | None
) -> None:
    dateline = read_dateline(paragraph)
    assert dateline is not None and (dateline.source, dateline.month_day) == (source, month_day)
    assert dateline.rest[0].isupper() and "(" not in dateline.rest[:5]


@pytest.mark.parametrize(
    "paragraph", ["NATO allies met in Brussels on Tuesday.", "Kyiv said on Friday (local time) that"]
)
def test_ordinary_first_paragraph_has_no_dateline(paragraph: str) -> None:
    assert read_dateline(paragraph) is None
