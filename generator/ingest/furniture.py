"""Recognising the furniture scrapers leave around an article: boilerplate, bylines, tweets."""

from __future__ import annotations

import re

# Lines that are never part of an article.
BOILERPLATE_LINES = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"no featured image available\.?",
        r"\d+ comments?:?",
        r"post a comment\.?",
        r"(?:share|share this|share this article|related|related posts|advertisement|"
        r"read more|click to share.*|subscribe.*newsletter.*|sign up.*newsletter.*|"
        r"leave a (?:comment|reply)|newer post|older post|home)[:.]?",
        r"subscribe to:? post comments \(atom\)",
        r"labels?:.*",
    )
)
EMAIL_PLACEHOLDER = re.compile(r"\[\s*email\s*(?:&#160;|\s)*protected\s*\]", re.IGNORECASE)
REPUBLISHING_NOTICE = re.compile(
    r"^All content created by (?:the )?(?P<source>[A-Z][\w&.'’ -]+?)(?:,| is | are )", re.IGNORECASE
)
REPUBLISHING_HINTS = re.compile(r"republish|syndicat|reprinted with permission", re.IGNORECASE)
BLOG_HEADER = re.compile(r"^(?:A|The) Blog (?:by|of) (?P<name>.+)$", re.IGNORECASE)
_NAME = r"[A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|de|van|von|der|al|bin)){1,3}"
BYLINE_REPORTS = re.compile(
    rf"^(?P<author>{_NAME}) (?:reports|writes|reported|wrote|comments|argues) (?:in|for|at|on) "
    r"(?P<source>[^:]{2,60}?):?$"
)
BYLINE_BY = re.compile(rf"^By (?P<author>{_NAME})(?:,? (?:for|of|in) (?P<source>[^,:]{{2,60}}))?\.?$")
AUTHOR_BIO = re.compile(
    rf"^(?P<author>{_NAME}) (?:is|was) (?:an?|the) [^.]{{0,160}}?\b(?:author|journalist|reporter|"
    r"correspondent|editor|writer|columnist|contributor|analyst|fellow|researcher|blogger)\b"
)
SOURCE_URL = re.compile(
    r"^(?:source|originally (?:published|appeared) (?:at|in|on)|read (?:it|more) at|via)\s*:?\s*"
    r"(?P<url><?https?://\S+?>?)\.?$",
    re.IGNORECASE,
)
TWEET_ATTRIBUTION = re.compile(
    r"^[—–-]+\s*(?P<who>.*?)\s*\((?P<handle>@\w{1,30})\)\s*(?P<when>[A-Z][a-z]+\.? \d{1,2}, \d{4})?\s*$"
)
TWEET_LINK = re.compile(r"\s*(?:pic\.twitter\.com/\w+|https?://t\.co/\w+)")
SIGNATURE = re.compile(r"(?<=[.!?”\"’]) [A-Z]{2,3}$")
TWEET_MAX = 320  # a tweet's own words, with some slack for links and hashtags


def is_boilerplate(line: str) -> bool:
    return any(pattern.fullmatch(line) for pattern in BOILERPLATE_LINES)


def clean_tweet_text(text: str) -> str:
    return TWEET_LINK.sub("", text).strip()


def clean_attribution(who: str, handle: str, when: str | None) -> str:
    name = re.sub(r"^[^\w@]+", "", who).strip()  # mangled flag emoji show up as "??"
    label = f"{name} ({handle})" if name else handle
    return f"{label}, {when}" if when else label
