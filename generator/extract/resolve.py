"""Resolution: overlapping candidates to one reading, and each reading to one entity.

Order of evidence: the catalogue and patterns first, longer spans before shorter ones, the
catalogue before patterns on the same span; heuristics (and bare surnames) only fill the gaps.
An ambiguous alias counts only with its context words in the paragraph or once its entity was
named; a bare surname only after its full name; homonymous places are decided by the oblasts
the article names (same paragraph first), then by population.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import replace

from generator.catalogue import Catalogue
from generator.extract.bare_departments import bare_departments, with_bare_departments
from generator.extract.candidates import Candidate, NewEntity, Resolved
from generator.extract.fuzzy import MIN_LENGTH as MIN_TYPO_LENGTH
from generator.extract.fuzzy import one_edit
from generator.extract.gazetteer import Gazetteer, Name
from generator.extract.given_typos import misspelt_given_start
from generator.extract.ministries import ministry_name
from generator.extract.ministry_antecedents import ministers, ministry_portfolios, with_ministry_antecedents
from generator.extract.name_suffixes import with_suffixes
from generator.extract.namesakes import Anchors
from generator.extract.new_surnames import new_surnames, yij
from generator.extract.organization_stems import stem_index, stem_variant
from generator.extract.places import ArticleContext, Places
from generator.extract.region_family import region_family, with_regional_adjectives
from generator.extract.region_reading import as_regions
from generator.extract.service_sides import bare_services, sided_services
from generator.extract.ship_names import with_ship_names
from generator.extract.short_forms import organization_forms, with_short_forms
from generator.extract.text import Token, fold, key_of, sentence_spans, tokenize
from generator.extract.unit_keys import catalogued_numbers, honorific_index, honorific_key, unit_index, unit_key
from generator.extract.unit_nicknames import with_unit_nicknames
from generator.extract.unit_numbers import by_side, number_index
from generator.extract.unit_short_forms import ShortForms
from generator.extract.unit_sides import by_brackets, side_twins
from generator.model import Article, Mention
from generator.slugs import entity_id

_RANK = {"catalogue": 0, "pattern": 1, "heuristic": 2}


def _weak(candidate: Candidate) -> bool:
    if candidate.method == "heuristic":
        return not candidate.strong
    return bool(candidate.names) and all(n.surname_only for n in candidate.names)


def _straddles(other: Candidate, span: Candidate) -> bool:
    """`other` overlaps `span` and reaches outside it."""
    return other.start < span.end and span.start < other.end and (other.start < span.start or other.end > span.end)


def select_spans(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then catalogue, pattern, heuristic."""
    # Catalogue and patterns first, longest first; heuristics only fill the gaps they leave, so
    # "Meanwhile Putin said" cannot turn a catalogued Putin into a person "Meanwhile Putin".
    # A bare surname that needs its full name earlier is no stronger evidence than a heuristic.
    firm = [c for c in candidates if c.method != "heuristic"]
    # A name found by its given name overrides only what lies inside it: "German Leopard 2" is a tank.
    candidates = [c for c in candidates if not (c.strong and any(_straddles(o, c) for o in firm))]
    # On equal spans a pattern with strong evidence ("the region of Donetsk") outranks the catalogue.
    ordered = sorted(
        candidates,
        key=lambda c: (_weak(c), -c.length, not (c.strong and c.method == "pattern"), _RANK.get(c.method, 3), c.start),
    )
    taken: list[Candidate] = []
    occupied = bytearray(max((c.end for c in candidates), default=0))  # one flag per character
    for candidate in ordered:
        if any(occupied[candidate.start : candidate.end]) or (candidate.method == "heuristic" and not candidate.new):
            continue
        taken.append(candidate)
        occupied[candidate.start : candidate.end] = b"\x01" * candidate.length
    return sorted(taken, key=lambda c: c.start)


class Resolver:
    def __init__(self, catalogue: Catalogue, gazetteer: Gazetteer, *, unsafe: frozenset[str] = frozenset()) -> None:
        self.catalogue = catalogue
        self.gazetteer = gazetteer
        self.units = unit_index(catalogue)
        self.honorific_units = honorific_index(catalogue)
        self.twins = side_twins(catalogue)
        self.numbered = number_index(catalogue)
        self.unit_numbers = catalogued_numbers(catalogue)
        self.unit_short_forms = ShortForms(catalogue)
        self.people_by_given = _people_by_given(catalogue)
        self.organization_forms = organization_forms(catalogue)
        self.departments = bare_departments(catalogue)
        self.ministry_portfolios = ministry_portfolios(catalogue)
        self.ministers = ministers(catalogue)
        self.organization_stems = stem_index(catalogue)
        self.bare_services = bare_services(catalogue)
        self.places = Places(catalogue, gazetteer, unsafe=unsafe)

    # -- catalogue names -------------------------------------------------------------------
    def _context_ok(self, name: Name, words: set[str], ctx: ArticleContext) -> bool:
        """An ambiguous alias needs a context word in its paragraph, or its entity named earlier."""
        if not name.context or name.entity in ctx.named:
            return True
        return any(word.startswith(context) for context in name.context for word in words)

    def _usable(
        self, names: list[Name], words: set[str], ctx: ArticleContext, position: int, *, article: list[str]
    ) -> list[Name]:
        """Names that may apply here: context present, and a bare surname only after its full name.
        An alias two entities share with context each ("General Staff": Ukraine's, Russia's) and
        neither's context in the paragraph is the one whose context the rest of the article has."""
        usable = [
            n
            for n in names
            if self._context_ok(n, words, ctx)
            and (not n.surname_only or ctx.full_names.get(n.entity, position) < position)
        ]
        if usable or len({n.entity for n in names if n.context}) < 2:
            return usable
        in_article = [n for n in names if n.context and _has_prefix(article, n.context)]
        return in_article if len({n.entity for n in in_article}) == 1 else []

    def choose(self, names: list[Name], paragraph: int, ctx: ArticleContext) -> tuple[str, float] | None:
        if not names:
            return None
        best = max(n.weight for n in names)
        top = sorted({n.entity for n in names if n.weight == best})
        if len(top) == 1:
            return top[0], 0.9 if any(n.context for n in names if n.entity == top[0]) else 1.0
        entries = [self.catalogue.entries[e] for e in top if e in self.catalogue.entries]
        if entries and all(e.kind == "place" for e in entries):
            scored = sorted(entries, key=lambda e: (-self.places.score(e, paragraph, ctx), e.id))
            first, second = (self.places.score(e, paragraph, ctx) for e in scored[:2])
            return scored[0].id, 0.8 if first >= 2 and first - second >= 1 else 0.5
        return top[0], 0.5

    def _learn(self, entity: str, paragraph: int, ctx: ArticleContext, *, surname: bool, position: int) -> None:
        entry = self.catalogue.entries.get(entity)
        if entry is None:
            return
        ctx.named.add(entity)
        if entry.kind == "person" and not surname:
            ctx.full_names[entity] = min(ctx.full_names.get(entity, position), position)
        oblast = entity if entity.endswith("-oblast") else entry.oblast
        if entry.kind == "place" and oblast:
            ctx.oblasts.add(oblast)
            ctx.paragraph_oblasts.setdefault(paragraph, set()).add(oblast)

    # -- new entities ------------------------------------------------------------------------
    def _known(self, new: NewEntity) -> str | None:
        """A pattern's canonical name that the catalogue knows under some alias."""
        if new.kind == "unit" and (
            unit := self.units.get(unit_key(new.name)) or self.honorific_units.get(honorific_key(new.name))
        ):
            return unit
        forms = [new.name]
        if new.kind == "weapon":
            forms += [new.name[:i] for i in range(len(new.name) - 1, 2, -1) if new.name[i - 1].isdigit()]
        for form in forms:
            names = [
                n
                for n in self.gazetteer.lookup(key_of(form))
                if n.kind == new.kind and not n.context and not n.surname_only
            ]
            if names:
                return sorted(names, key=lambda n: (-n.weight, n.entity))[0].entity
        if new.kind == "organization":
            return stem_variant(new.name, self.organization_stems)
        if new.kind == "place":
            places = self.places
            return (
                places.area_itself(new.name)
                or places.ukrainian_spelling(new.name)
                or places.oblast_of_capital(new.name)
            )
        return self._same_person(new.name) if new.kind == "person" else None

    def _same_person(self, name: str) -> str | None:
        """'Vladimir Zelensky', 'Aleksei Navalny': another spelling of the given name of the one
        catalogued person with that surname."""
        words = name.split()
        people = {n.entity for n in self.gazetteer.lookup(key_of(words[-1])) if n.kind == "person"}
        if len(words) >= 2 and not people:
            return self._misspelt_person(words[0], words[-1])
        if len(words) < 2 or len(people) != 1:
            return None
        entity = people.pop()
        entry = self.catalogue.entries.get(entity)
        forms = [entry.name, *entry.aliases] if entry else []
        skeleton = given_skeleton(words[0])
        same = any(given_skeleton(form.split()[0]) == skeleton for form in forms if " " in form)
        return entity if skeleton and same else None

    def _misspelt_person(self, given: str, surname: str) -> str | None:
        """'Igor Kostyikov': one letter off the surname of the one catalogued person with that
        given name (surnames of six letters or more, where one letter does not make another name)."""
        folded = fold(surname)
        if len(folded) < 4:
            return None
        people = self.people_by_given.get(given_skeleton(given), ())
        # a short surname only by its y/i/j letters, how transliterations differ: "Naev"/"Nayev"
        near = {
            e
            for known, e in people
            if (len(folded) >= MIN_TYPO_LENGTH and one_edit(known, folded)) or yij(known) == yij(folded)
        }
        return near.pop() if len(near) == 1 else None

    def _ministry_of(self, country: str, words: str) -> tuple[str, str] | None:
        """A country's ministry by its portfolio: (catalogued id, "") or (new id, name); None for no country."""
        places = {n.entity for n in self.gazetteer.lookup(key_of(country)) if n.kind == "place" and not n.context}
        owner = self.gazetteer.countries.get(places.pop()) if len(places) == 1 else None
        if not owner:
            return None
        new = NewEntity("organization", ministry_name(owner, words))
        known = self._known(new)
        return (known, "") if known else (entity_id(new.kind, new.name), new.name)

    def resolve_new(self, candidate: Candidate) -> list[Resolved]:
        out = []
        for new in map(self.places.oblast_name, candidate.new):
            known = self._known(new)
            if known:
                out.append(
                    Resolved(
                        candidate.start,
                        candidate.end,
                        known,
                        new.kind,
                        candidate.method,
                        max(candidate.confidence, 0.9),
                    )
                )
            else:
                new = region_family(new)
                entity = entity_id(new.kind, new.name)
                out.append(
                    Resolved(
                        candidate.start,
                        candidate.end,
                        entity,
                        new.kind,
                        candidate.method,
                        candidate.confidence,
                        new.name,
                        provisional=candidate.provisional,
                    )
                )
        return out

    # -- the article ---------------------------------------------------------------------------
    def resolve(self, article: Article, candidates: list[Candidate]) -> list[Resolved]:
        # "the region of Donetsk" outranks the city only when the catalogue knows that oblast
        candidates = [
            c
            for c in candidates
            if not (
                c.strong and c.method == "pattern" and any(n.kind == "place" for n in c.new) and not self._all_known(c)
            )
        ]
        chosen = [c for c in select_spans(candidates) if not self.places.surname_not_village(article.body, c)]
        ctx = ArticleContext()
        paragraph_of = _paragraph_index(article)
        words = _paragraph_words(article)
        everywhere = sorted(set().union(*words.values()))
        local = self.places.localities(article.body, candidates, chosen, self._known_all)
        # a locality is placed by its town: its namesakes elsewhere say nothing of the paragraph's oblast
        placed = {article.body[chosen[n].start : chosen[n].end] for n, (_, name) in local.items() if name}
        unplaced = [c for n, c in enumerate(chosen) if n not in local and article.body[c.start : c.end] not in placed]
        anchors = self.places.anchors(unplaced, paragraph_of, self._known_all)
        resolved: dict[int, list[Resolved]] = {}
        relocated: dict[str, tuple[str, str]] = {}  # village name → (id, name) in the oblast the text names
        deferred: list[tuple[int, Candidate]] = []
        for number, candidate in enumerate(chosen):  # pass 1: what is certain teaches the context
            paragraph = paragraph_of(candidate.start)
            usable = self._usable(
                candidate.names, words.get(paragraph, set()), ctx, candidate.start, article=everywhere
            )
            text = article.body[candidate.start : candidate.end]
            if number in local:
                entity, name = local[number]
                resolved[number] = [Resolved(candidate.start, candidate.end, entity, "place", "catalogue", 0.7, name)]
                if name:
                    relocated.setdefault(text, (entity, name))
            elif usable and (
                moved := self.places.namesakes.relocate({n.entity for n in usable}, paragraph, anchors, text=text)
            ):
                resolved[number] = [
                    Resolved(candidate.start, candidate.end, moved[0], "place", "catalogue", 0.6, moved[1])
                ]
                relocated.setdefault(text, moved)
            elif candidate.names and len({n.entity for n in usable}) == 1 and not usable[0].surname_only:
                resolved[number] = [
                    Resolved(
                        candidate.start,
                        candidate.end,
                        usable[0].entity,
                        usable[0].kind,
                        "catalogue",
                        0.9 if usable[0].context else 1.0,
                    )
                ]
                self._learn(usable[0].entity, paragraph, ctx, surname=False, position=candidate.start)
            else:
                deferred.append((number, candidate))
        for number, candidate in deferred:  # pass 2: ambiguity, surnames, patterns
            paragraph = paragraph_of(candidate.start)
            usable = self._usable(
                candidate.names, words.get(paragraph, set()), ctx, candidate.start, article=everywhere
            )
            choice = self.choose(usable, paragraph, ctx)
            if choice:
                entity, confidence = choice
                surname = all(n.surname_only for n in usable if n.entity == entity)
                method = "coreference" if surname else "catalogue"
                kind = next(n.kind for n in usable if n.entity == entity)
                resolved[number] = [Resolved(candidate.start, candidate.end, entity, kind, method, confidence)]
                self._learn(entity, paragraph, ctx, surname=surname, position=candidate.start)
            elif candidate.new:
                resolved[number] = self.resolve_new(candidate)
        found = [r for number in sorted(resolved) for r in resolved[number]]
        found = [self._same_village(article.body, r, relocated, anchors, paragraph_of(r.start)) for r in found]
        found = new_surnames(article.body, found, self.places.settlement_only)
        found = with_short_forms(found, self.organization_forms)
        found = with_bare_departments(article.body, found, self.departments, self.gazetteer)
        found = with_regional_adjectives(article.body, found)
        found = with_ministry_antecedents(
            article.body, found, self.ministry_portfolios, self._ministry_of, self.ministers
        )
        found = with_suffixes(article.body, [self._with_given_typo(article.body, r, found) for r in found])
        surnames = {fold(article.body[r.start : r.end].split()[-1]) for r in found if r.kind == "person"}
        typos = self.places.typos(article.body, sorted((r.start, r.end) for r in found), surnames)
        found += [Resolved(start, end, place, "place", "fuzzy", 0.7) for start, end, place in typos]
        sides = by_brackets(article.body, found, self.twins, self.catalogue)
        sides |= as_regions(article.body, found, self.catalogue)
        sides |= by_side(article.body, found, self.numbered, self.catalogue)
        found = [
            replace(r, entity=sides[r.start, r.end], confidence=0.8, new_name="") if (r.start, r.end) in sides else r
            for r in found
        ]
        short = self.unit_short_forms.resolve(found, paragraph_of)
        found = [
            replace(r, entity=short[k][0], new_name=short[k][1]) if (k := (r.start, r.end, r.entity)) in short else r
            for r in found
        ]
        # "paratroopers of the 76th division": a formation only once resolved (its parent named, a short form)
        found = [r for r in found if not (r.provisional and r.entity == entity_id("unit", r.new_name))]
        found = with_unit_nicknames(article.body, found, self.unit_numbers)
        found = with_ship_names(article.body, found, self.gazetteer.countries)
        found += sided_services(article, found, self.bare_services, self.catalogue)
        return sorted(found, key=lambda r: (r.start, r.entity))

    def _with_given_typo(self, body: str, r: Resolved, found: list[Resolved]) -> Resolved:
        """'Vladmir Putin': a misspelt given name joins the surname's mention, unless it is a mention."""
        if r.kind != "person" or r.new_name or " " in body[r.start : r.end]:
            return r
        start = misspelt_given_start(body, r.start, r.end, r.entity, self.catalogue)
        if start is None or any(o.start < r.start and o.end > start for o in found):
            return r
        return replace(r, start=start, method="fuzzy", confidence=0.7)

    def _same_village(
        self, body: str, r: Resolved, relocated: dict[str, tuple[str, str]], anchors: Anchors, at: int
    ) -> Resolved:
        moved = relocated.get(body[r.start : r.end])
        if moved is None or self.places.namesakes.stays(r.entity, anchors.get(at, {})):
            return r
        return Resolved(r.start, r.end, moved[0], "place", "catalogue", 0.6, moved[1])

    def _known_all(self, candidate: Candidate) -> list[str]:
        """The catalogue entities a pattern candidate names ("the Kharkiv region" → the oblast)."""
        return [known for new in map(self.places.oblast_name, candidate.new) if (known := self._known(new))]

    def _all_known(self, candidate: Candidate) -> bool:
        return all(self._known(new) for new in candidate.new)


def _people_by_given(catalogue: Catalogue) -> dict[str, list[tuple[str, str]]]:
    """Catalogued people by the skeleton of their given name: (folded surname, id) pairs."""
    out: dict[str, list[tuple[str, str]]] = {}
    for entry in sorted(catalogue.entries.values(), key=lambda e: e.id):
        if entry.kind == "person":
            for form in (entry.name, *entry.aliases):
                words = form.split()
                if len(words) >= 2:
                    out.setdefault(given_skeleton(words[0]), []).append((fold(words[-1]), entry.id))
    return out


def given_skeleton(given: str) -> str:
    """The consonants of a given name across transliterations: Volodymyr/Vladimir → 'vldmr',
    Serhiy/Sergei → 'srg', Oleksiy/Alexei → 'lks', Josef/Joseph → 'jsf'; Andriy → 'ndr'."""
    word = fold(given).replace("ph", "f").replace("x", "ks").replace("kh", "k").replace("h", "g")
    consonants = [ch for ch in word if ch.isalpha() and ch not in "aeiouyj'"]
    return "".join(ch for i, ch in enumerate(consonants) if i == 0 or consonants[i - 1] != ch)


def _has_prefix(words: list[str], prefixes: tuple[str, ...]) -> bool:
    """A word of `words` (sorted) starts with one of `prefixes`: a binary search each."""
    for prefix in prefixes:
        at = bisect_left(words, prefix)
        if at < len(words) and words[at].startswith(prefix):
            return True
    return False


def _possessive_at(tokens: tuple[Token, ...], position: int) -> bool:
    """Token `position` is the "s" of a possessive glued to the word two tokens before."""
    if position < 2 or tokens[position].key != "s" or tokens[position - 1].key != "'":
        return False
    return tokens[position - 2].end == tokens[position - 1].start and tokens[position - 1].end == tokens[position].start


def _paragraph_words(article: Article) -> dict[int, set[str]]:
    """The folded words of each paragraph (for context checks), in one pass over the tokens."""
    words: dict[int, set[str]] = {}
    tokens = tokenize(article.body)
    position = 0
    for number, paragraph in enumerate(article.paragraphs):
        bucket = words.setdefault(number, set())
        first = position
        while position < len(tokens) and tokens[position].start < paragraph.end:
            bucket.add(tokens[position].key)
            if position > first:  # word pairs, for two-word context words: "air defense", "anti tank"
                bucket.add(f"{tokens[position - 1].key} {tokens[position].key}")
            if _possessive_at(tokens, position):  # "Ukraine’s" is three tokens: context words say "ukraines"
                bucket.add(tokens[position - 2].key + "s")
            position += 1
    return words


def _paragraph_index(article: Article) -> Callable[[int], int]:
    """Offset in the body → number of the paragraph it falls in."""
    starts = [p.start for p in article.paragraphs]
    return lambda offset: max(0, bisect_right(starts, offset) - 1)


def to_mentions(article: Article, resolved: list[Resolved]) -> list[Mention]:
    sentences = [span for p in article.paragraphs for span in sentence_spans(article.body, p.start, p.end)]
    starts = [start for start, _ in sentences]  # in body order: a binary search, not a scan per mention
    mentions = []
    for r in resolved:
        at = bisect_right(starts, r.start) - 1
        sentence = sentences[at] if at >= 0 and r.start < sentences[at][1] else (r.start, r.end)
        mentions.append(
            Mention(
                article=article.id,
                entity=r.entity,
                kind=r.kind,  # type: ignore[arg-type]
                text=article.body[r.start : r.end],
                start=r.start,
                end=r.end,
                sentence_start=sentence[0],
                sentence_end=max(sentence[1], r.end),
                method=r.method,  # type: ignore[arg-type]
                confidence=round(r.confidence, 2),  # type: ignore[arg-type]
            )
        )
    return mentions
