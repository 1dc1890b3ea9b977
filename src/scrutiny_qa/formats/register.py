"""The register of UK principal councils and combined authorities: who they are, what they
call themselves and where their mail is.

Why a register: a council's name does not reliably spell its mail domain. Hampshire County
Council mails from hants.gov.uk, Surrey's from surreycc.gov.uk, Tonbridge and Malling's from
tmbc.gov.uk, the West of England's combined authority from westofengland-ca.gov.uk; and a
paper names many councils besides its own. Which councils exist, how they style themselves
and which .gov.uk domain is theirs is knowledge of the world, not a guess from a paper's
format, so it is kept as data: councils.csv beside this module, one row a council, with its
usual style as `name` and its other styles (the legal name, "London Borough of …", an older
style of the same council) as `aliases`.

Kinds are county, district, unitary, metropolitan borough, london borough, combined
authority (combined county authorities too) and other (the City of London Corporation, the
Council of the Isles of Scilly, the Greater London Authority). Welsh and Scottish councils
are unitary; Northern Ireland's eleven are district councils. A domain is empty where a
council's mail is at a domain it shares with another (Adur and Worthing) or is not under
.gov.uk: an empty domain is better than a wrong one.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

KINDS = frozenset({"county", "district", "unitary", "metropolitan borough", "london borough",
                   "combined authority", "other"})
NATIONS = frozenset({"England", "Wales", "Scotland", "Northern Ireland"})


@dataclass(frozen=True)
class Council:
    name: str
    kind: str
    nation: str
    domain: str  # the label before .gov.uk ("kent" for kent.gov.uk); "" where not known
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@cache
def load_register() -> tuple[Council, ...]:
    """Every council in the register, in the order of councils.csv."""
    text = files(__package__).joinpath("councils.csv").read_text(encoding="utf-8")
    return tuple(_council(row) for row in csv.DictReader(io.StringIO(text)))


def _council(row: dict[str, str]) -> Council:
    aliases = tuple(alias.strip() for alias in row["aliases"].split(";") if alias.strip())
    return Council(row["name"].strip(), row["kind"].strip(), row["nation"].strip(),
                   row["domain"].strip().lower(), aliases)


@cache
def _domains() -> dict[str, Council]:
    return {council.domain: council for council in load_register() if council.domain}


# The secure sub-domains a council's mail may be sent from ("@sefton.gcsx.gov.uk").
_SECURE = re.compile(r"\.(?:gcsx|gsi)$")


def by_domain(domain: str) -> Council | None:
    """The council whose mail domain this is: "kent", "kent.gov.uk", "@kent.gcsx.gov.uk" and
    "jo.bloggs@kent.gov.uk" are all Kent County Council's. None for a domain no council
    holds, such as a national body's ("education")."""
    host = domain.strip().lower().rpartition("@")[2].rstrip(".")
    host = _SECURE.sub("", host.removesuffix(".gov.uk"))
    return _domains().get(host.rpartition(".")[2])


def _normal(name: str) -> str:
    """A name as the register writes it: single spaces, a straight apostrophe."""
    return " ".join(name.split()).replace("\u2019", "'")


@cache
def _by_name() -> dict[str, Council]:
    return {_normal(name): council for council in load_register() for name in council.names}


# How a character of a name may be printed: a space as any run of white space (a name
# broken over two lines), an apostrophe straight or curly.
_PRINTED = {" ": r"\s+", "'": "['\u2019]"}


def _trie_pattern(node: dict[str, dict]) -> str:
    """The regex matching the names spelt by a character trie, longer names tried first."""
    branches = [_PRINTED.get(char, re.escape(char)) + _trie_pattern(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


@cache
def _names_pattern() -> re.Pattern[str]:
    """One regex for every name and alias, compiled as a trie so that it reads a text once
    and, at each place, the longest name written there wins ("Tunbridge Wells Borough
    Council", never a "Wells …" inside it; "North Somerset Council", not "Somerset
    Council")."""
    trie: dict[str, dict] = {}
    for name in _by_name():
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}
    return re.compile(rf"(?<!\w){_trie_pattern(trie)}(?!\w)")


def named_in(text: str) -> list[tuple[Council, int]]:
    """The councils a text names by name or alias, as written with capitals, with how often
    each is named: the most named first, ties in the order they are first named."""
    by_name = _by_name()
    named = Counter(by_name[_normal(match.group())] for match in _names_pattern().finditer(text))
    return named.most_common()


# Words a folder may leave out of its council's name, or abbreviate ("city-of-york",
# "croydon", "walsall-mbc", "tendring-dc").
_STYLE_WORDS = frozenset({"council", "borough", "county", "district", "city", "of", "the",
                          "metropolitan", "london", "royal", "cc", "dc", "bc", "mbc", "lbc"})


def _folder_key(name: str) -> tuple[str, ...]:
    words = re.findall(r"[a-z0-9]+", name.lower().replace("'", "").replace("\u2019", ""))
    return tuple(word for word in words if word not in _STYLE_WORDS)


@cache
def _by_folder() -> dict[tuple[str, ...], Council | None]:
    """Each council by its name without style words; None where two councils share one."""
    found: dict[tuple[str, ...], Council | None] = {}
    for council in load_register():
        for key in {_folder_key(name) for name in council.names} - {()}:
            found[key] = council if found.get(key, council) is council else None
    return found


def by_folder(name: str) -> Council | None:
    """The council a folder is named for ("causeway-coast-and-glens", "city-of-york",
    "walsall-mbc"), or None: a crawler files papers by council, and a council that prints
    only "the Council" on its minutes is named by where its papers are kept."""
    return _by_folder().get(_folder_key(name)) if _folder_key(name) else None
