"""The register of councils: its data file is whole and consistent, and its look-ups by mail
domain and by name find the council meant and no other."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from importlib.resources import files

from scrutiny_qa.formats.register import KINDS, NATIONS, by_domain, load_register, named_in


def _rows() -> list[dict[str, str]]:
    text = files("scrutiny_qa.formats").joinpath("councils.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _named(text: str) -> dict[str, int]:
    return {council.name: count for council, count in named_in(text)}


def test_the_data_file_has_its_columns_and_a_row_per_council():
    rows = _rows()
    assert list(rows[0]) == ["name", "kind", "nation", "domain", "aliases"]
    assert all(None not in row and all(v is not None for v in row.values()) for row in rows)
    assert len(rows) == len(load_register()) >= 350


def test_kinds_and_nations_are_from_the_allowed_sets():
    for council in load_register():
        assert council.kind in KINDS, council
        assert council.nation in NATIONS, council


def test_each_nation_has_its_councils():
    principal = Counter(c.nation for c in load_register() if c.kind != "combined authority")
    assert principal["Wales"] == 22
    assert principal["Scotland"] == 32
    assert principal["Northern Ireland"] == 11
    assert principal["England"] >= 300
    kinds = Counter(c.kind for c in load_register())
    assert kinds["london borough"] == 32
    assert kinds["metropolitan borough"] == 36
    assert kinds["combined authority"] >= 10


def test_no_name_alias_or_domain_belongs_to_two_councils():
    names = Counter(name for council in load_register() for name in council.names)
    assert [name for name, n in names.items() if n > 1] == []
    domains = Counter(c.domain for c in load_register() if c.domain)
    assert [domain for domain, n in domains.items() if n > 1] == []


def test_domains_are_bare_labels():
    for council in load_register():
        assert council.domain == "" or re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", council.domain)


def test_by_domain_finds_well_known_councils():
    assert by_domain("kent").name == "Kent County Council"
    assert by_domain("sefton").name == "Sefton Council"
    assert by_domain("gloucester").name == "Gloucester City Council"
    assert by_domain("sthelens").name == "St Helens Borough Council"
    assert by_domain("birmingham").name == "Birmingham City Council"
    assert by_domain("leeds").name == "Leeds City Council"
    assert by_domain("@manchester.gov.uk").name == "Manchester City Council"
    assert by_domain("westofengland-ca").kind == "combined authority"


def test_by_domain_reads_mail_addresses_and_secure_sub_domains():
    kent = by_domain("kent")
    assert by_domain("kent.gov.uk") is kent
    assert by_domain("@kent.gcsx.gov.uk") is kent
    assert by_domain("Jo.Bloggs@KENT.gov.uk") is kent
    assert by_domain("democracy.kent.gov.uk") is kent
    assert by_domain("@sefton.gsi.gov.uk") is by_domain("sefton")


def test_by_domain_knows_no_other_domain():
    assert by_domain("nowhere-in-particular") is None
    assert by_domain("") is None
    assert by_domain("kent.org.uk") is None
    for national in ("education", "ofsted", "communities", "dft", "homeoffice", "hmrc"):
        assert by_domain(national) is None
        assert by_domain(f"@{national}.gov.uk") is None


def test_named_in_finds_councils_with_the_longest_name_written():
    text = ("Since Tunbridge Wells Borough Council and Kent County Council agreed the plan, "
            "Kent County Council has written to North Somerset Council.")
    assert _named(text) == {"Kent County Council": 2, "Tunbridge Wells Borough Council": 1,
                            "North Somerset Council": 1}
    assert not any("Wells" in name and "Tunbridge" not in name for name in _named(text))


def test_named_in_counts_aliases_as_their_council():
    text = ("Sefton Council and Sefton Metropolitan Borough Council, the Metropolitan Borough "
            "of Sefton, met the West of England Combined Authority.")
    assert _named(text) == {"Sefton Council": 3, "West of England Mayoral Combined Authority": 1}


def test_named_in_reads_a_name_broken_over_lines_and_a_curly_apostrophe():
    text = ("a letter from Kent County\nCouncil to the Borough Council of King\u2019s Lynn and "
            "West Norfolk")
    assert _named(text) == {"Kent County Council": 1,
                            "Borough Council of King's Lynn and West Norfolk": 1}


def test_named_in_does_not_fire_on_a_kind_alone_or_a_part_of_a_word():
    assert named_in("the County Council and a Parish Council agreed; the Borough Council") == []
    assert named_in("kent county council, in lower case, is not a name as written") == []
    assert named_in("XKent County Councils") == []
