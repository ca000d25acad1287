"""YAML in and out, for text written by strangers.

In: the catalogue, the overrides file and seed front matter are loaded with aliases refused
(a "billion laughs" of nested aliases costs minutes and gigabytes to expand), nesting bounded,
and every string cleaned of code points no output can carry.

Out: generated front matter values are written by PyYAML's own emitter in double-quoted style
and read back before use, so no value can make MkDocs reject a page's front matter (it would
then render the front matter as Markdown, where `{: onerror=...}` becomes live HTML).
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from generator.safetext import clean_data

SAFE_LOADER: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ten times faster
_DUMPER: type[Any] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
MAX_DEPTH = 20  # catalogue entries nest three levels; nothing legitimate comes near this
# Where an anchor (`&a`) could stand, or collections open deeper than MAX_DEPTH on one line, or
# indentation deeper than MAX_DEPTH levels: only then can the event scan refuse anything.
_MAY_NEST = re.compile(
    rf"(?:^|[\s,\[{{]|-\s)&\S|[\[{{](?:\s*[\[{{]){{{MAX_DEPTH},}}|^(?:\s*-)?[ ]{{{2 * MAX_DEPTH},}}\S", re.MULTILINE
)


class UntrustedYamlError(ValueError):
    """The YAML is refused; the message names the line and says what to change."""


def _check_events(text: str, offset: int) -> None:
    """Aliases refused and depth bounded, from the event stream: nothing is expanded or built."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=SAFE_LOADER):
            line = (event.start_mark.line if event.start_mark else 0) + 1 + offset
            if isinstance(event, yaml.AliasEvent):
                raise UntrustedYamlError(
                    f"line {line}: YAML aliases (*{event.anchor}) are not allowed: write the value out in full"
                )
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise UntrustedYamlError(f"line {line}: nested more than {MAX_DEPTH} levels deep: flatten it")
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as err:
        raise UntrustedYamlError(_describe(err, offset)) from err


def _describe(err: yaml.YAMLError, offset: int) -> str:
    mark = getattr(err, "problem_mark", None)
    problem = getattr(err, "problem", None) or "unreadable"
    where = f" at line {mark.line + 1 + offset}, column {mark.column + 1}" if mark is not None else ""
    return f"not valid YAML{where} ({problem}): fix the YAML there"


def load_untrusted(text: str, *, loader: type[Any] = SAFE_LOADER, first_line: int = 1) -> Any:
    """Parse YAML from a user-edited file; raises UntrustedYamlError naming the line (counted
    from `first_line`, the line of the file where `text` starts)."""
    offset = first_line - 1
    if _MAY_NEST.search(text):  # the event scan costs half a load: only where it can find something
        _check_events(text, offset)
    try:
        data = yaml.load(text, Loader=loader)  # noqa: S506 (a safe loader, aliases already refused)
    except yaml.YAMLError as err:
        raise UntrustedYamlError(_describe(err, offset)) from err
    except (ValueError, TypeError) as err:  # an explicit tag with an impossible value: `!!int x`
        raise UntrustedYamlError(f"a value cannot be read ({err}): fix or quote it") from err
    except RecursionError as err:
        raise UntrustedYamlError(f"nested too deeply: flatten it (at most {MAX_DEPTH} levels)") from err
    return clean_data(data)


def scalar(value: object) -> str:
    """One front matter value (a string, a number or a list of strings) as one line of YAML.

    Raises ValueError when the emitter's output would not read back as the same value: a page is
    never written with front matter MkDocs could misread."""
    out = yaml.dump(
        value, Dumper=_DUMPER, default_flow_style=True, allow_unicode=True, width=1 << 30, default_style='"'
    ).removesuffix("\n")
    if "\n" in out or yaml.load(out, Loader=SAFE_LOADER) != value:  # noqa: S506
        raise ValueError(f"cannot write {value!r} as one line of YAML")
    return out
