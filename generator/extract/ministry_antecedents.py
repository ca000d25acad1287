"""A ministry named without its country is the one the article names with it.

"Britain's Ministry of Defence said ... the MoD wrote" and "The Ministry of Foreign Affairs announced the
UAE's mediation ... The UAE Foreign Ministry emphasised": a bare "MoD", "Ministry of Defence", "Defence
Ministry", "Foreign Ministry" or "Ministry of Foreign Affairs" is the ministry of the same portfolio that
the article names with its owner (a demonym, a possessive, a country before it, "of Country"): the
nearest such mention before it, else the nearest after it. This overrides the guess the paragraph's
words make for an ambiguous alias ("MoD" beside "Russia" in a story quoting the British ministry); a
mention the text itself tied to a body (an acronym defined, "an update from the MoD") is left alone.
Where the article names no ministry of that portfolio with its owner, the ministry of the one country whose
catalogued minister (now or once) it names is the antecedent ("Umerov will replace Oleksii Reznikov ... the
Ministry of Defense"); with none, or ministers of two countries, the bare form is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from generator.catalogue import Catalogue
from generator.extract.candidates import Resolved
from generator.extract.demonyms import COUNTRY_OF_DEMONYM
from generator.extract.ministries import PORTFOLIO_WORDS, portfolio
from generator.extract.sentence_words import SENTENCE_WORDS

BARE = re.compile(
    rf"(?P<acronym>MoD|MFA)|[Mm]inistry of (?:the )?(?P<after>{PORTFOLIO_WORDS})"
    rf"|(?P<before>{PORTFOLIO_WORDS}) [Mm]inistry",
    re.IGNORECASE,
)
_ACRONYMS = {"mod": "Defence", "mfa": "Foreign Affairs"}
_OWNED_NEW = re.compile(r"Ministry of (?P<portfolio>.+?) of (?:the )?\S")


def bare_portfolio(surface: str) -> str:
    """'the MoD' → 'Defence', 'Foreign Ministry' → 'Foreign Affairs', 'Russian Defence Ministry' → ''."""
    match = BARE.fullmatch(surface.removeprefix("the ").removeprefix("The "))
    if not match:
        return ""
    if match["acronym"]:
        return _ACRONYMS.get(match["acronym"].casefold(), "") if match["acronym"] in ("MoD", "MFA") else ""
    return portfolio((match["after"] or match["before"]).title())


def ministry_portfolios(catalogue: Catalogue) -> dict[str, str]:
    """Catalogued ministries with a country, to their portfolio (read from their names' bare part)."""
    out: dict[str, str] = {}
    for entry in catalogue.entries.values():
        facts = dict(entry.facts)
        if entry.kind != "organization" or facts.get("Category") != "ministry" or not facts.get("Country"):
            continue
        for form in (entry.name, *entry.aliases):
            found = BARE.search(form)
            if found and (word := bare_portfolio(found.group())):
                out[entry.id] = word
                break
    return out


# a catalogued person's role that holds a ministry: "Minister of Defence of Ukraine (2021–2023)", "Foreign
# Minister of Russia"
_ROLE = re.compile(rf"\bMinister of (?:the )?(?P<after>{PORTFOLIO_WORDS})\b|\b(?P<before>{PORTFOLIO_WORDS}) Minister\b")


def ministers(catalogue: Catalogue) -> dict[str, tuple[str, str]]:
    """Catalogued ministers, former ones too, to (portfolio, country): the country is their side."""
    out = {}
    for entry in catalogue.entries.values():
        facts = dict(entry.facts)
        role = _ROLE.search(facts.get("Role", "")) if entry.kind == "person" else None
        if role and facts.get("Side"):
            out[entry.id] = (portfolio(role["after"] or role["before"]), facts["Side"])
    return out


def _owned_portfolio(r: Resolved, portfolios: dict[str, str]) -> str:
    if r.new_name:
        match = _OWNED_NEW.match(r.new_name)
        return portfolio(match["portfolio"]) if match else ""
    return portfolios.get(r.entity, "")


def _anchored(body: str, start: int, places: set[int]) -> bool:
    """A country right before it ("Britain's Ministry of Defence", "the UAE Foreign Ministry"), or a capitalised
    word that is no sentence word: an owner the catalogue may not list ("the Pakistani Foreign Ministry")."""
    if any(end in places for end in range(max(0, start - 3), start)):
        return True
    before = _WORD_BEFORE.search(body, max(0, start - 40), start)
    return before is not None and before.group(1) not in SENTENCE_WORDS


_WORD_BEFORE = re.compile(r"\b([A-Z][\w’'-]*) $")


# a minister's title with its country names the ministry too: "Ukrainian Foreign Minister Dmytro Kuleba",
# "Russia's Defence Minister" (then "at the Foreign Ministry" is Ukraine's)
MINISTER = re.compile(  # (the lookahead first: a capital, or the alternation is tried at every character)
    rf"(?=[A-ZÀ-Þ])(?:(?P<demonym>{'|'.join(COUNTRY_OF_DEMONYM)})|(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s) "
    rf"(?P<portfolio>{PORTFOLIO_WORDS}) Minister\b"
)
Ministry = Callable[[str, str], tuple[str, str] | None]  # (country, portfolio) → (entity, new name or "")


def _ministers(body: str, ministry_of: Ministry) -> list[tuple[int, str, Resolved]]:
    out = []
    for match in MINISTER.finditer(body):
        owner = COUNTRY_OF_DEMONYM.get(match["demonym"] or "") or match["country"]
        word = portfolio(match["portfolio"])
        ministry = ministry_of(owner, word)
        if not ministry and match["country"] and " " in owner:  # "Meanwhile Kenya's Foreign Minister"
            ministry = ministry_of(owner.split()[-1], word)
        if ministry:
            entity, name = ministry
            out.append((match.start(), word, Resolved(match.start(), match.end(), entity, "organization", "", 0, name)))
    return out


# a bare form the resolver left unread ("at the Foreign Ministry" with no context word for any country's)
_UNREAD = re.compile(rf"\b(?:MoD|Ministry of (?:the )?(?:{PORTFOLIO_WORDS})|(?:{PORTFOLIO_WORDS}) Ministry)\b(?! of\b)")


def _held_by(
    found: list[Resolved], ministers_of: dict[str, tuple[str, str]], ministry_of: Ministry
) -> list[tuple[int, str, Resolved]]:
    """Ministries whose catalogued minister the article names ("Oleksii Reznikov": Ukraine's defence
    ministry), where no other mention names their country: the last resort of a bare ministry."""
    out = []
    for r in found:
        if r.kind == "person" and r.entity in ministers_of:
            word, country = ministers_of[r.entity]
            if ministry := ministry_of(country, word):
                entity, name = ministry
                out.append((r.start, word, Resolved(r.start, r.end, entity, "organization", "", 0, name)))
    return out


def with_ministry_antecedents(
    body: str,
    found: list[Resolved],
    portfolios: dict[str, str],
    ministry_of: Ministry,
    ministers_of: dict[str, tuple[str, str]] | None = None,
) -> list[Resolved]:
    places = {r.end for r in found if r.kind == "place"}
    owned: list[tuple[int, str, Resolved]] = _ministers(body, ministry_of)  # (position, portfolio, mention)
    held = _held_by(found, ministers_of or {}, ministry_of)
    bare: dict[int, str] = {}  # index in found → portfolio
    for number, r in enumerate(found):
        if r.kind != "organization":
            continue
        word = bare_portfolio(body[r.start : r.end])
        if word and not _anchored(body, r.start, places) and (r.confidence < 1.0 or r.new_name):
            bare[number] = word
        elif word_owned := _owned_portfolio(r, portfolios):
            owned.append((r.start, word_owned, r))
    if not owned and not held:
        return found
    out = list(found)
    taken = bytearray(len(body) + 1)
    for r in found:
        taken[r.start : r.end] = b"\x01" * (r.end - r.start)
    for match in _UNREAD.finditer(body):
        if not any(taken[match.start() : match.end()]) and not _anchored(body, match.start(), places):
            bare[len(out)] = bare_portfolio(match.group())
            out.append(Resolved(match.start(), match.end(), "", "organization", "coreference", 0.0))
    for number, word in bare.items():
        r = out[number]
        same = [o for o in owned if o[1] == word]
        if not same and len({o[2].entity for o in held if o[1] == word}) == 1:
            same = [o for o in held if o[1] == word]  # one country's minister named, no owner anywhere
        before = [o for o in same if o[0] < r.start]
        antecedent = before[-1] if before else (same[0] if same else None)
        if antecedent and antecedent[2].entity != r.entity:
            source = antecedent[2]
            out[number] = replace(
                r, entity=source.entity, method="coreference", confidence=0.8, new_name=source.new_name
            )
    return [r for r in out if r.entity]
