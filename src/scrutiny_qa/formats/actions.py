"""Action logs: the table a committee keeps of who is to do what by when.

Boards, panels and committees of every kind print their actions as a table under its own
heading ("ACTION LOG", "Action tracker", "Actions arising"): a row per action, with columns
for the action, its owner and its due date, often a reference, the minute it came from and
its status ("Ref | Action | Owner | Due date | Status"). Column names vary ("Lead
officer", "Responsible", "By whom", "Assignee"; "Deadline", "By when", "Target date";
"Item/Description"; "Action taken"), but an action,
an owner and a due date are what make the table an action log. Long cells wrap onto
continuation rows whose other cells are empty.

A text source prints the table with bars ("| PCP/61 | Provide … |"); a PDF's text keeps
its columns apart by runs of spaces under the header's names. `table_cells` reads either
into cells, leaving the text as printed; each row read is a commitment with its owner and
due date (`commitments`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_ROLES = {
    "action": re.compile(r"^(?:actions?(?:\s+(?:required|agreed|point))?|(?:item\s*/\s*)?"
                         r"description|task)$"),
    "owner": re.compile(r"^(?:owners?|lead(?:\s+officer)?|responsible(?:\s+officer)?|"
                        r"responsibility|by\s+whom|who|action\s+by|assigned\s+to|assignee)$"),
    "due": re.compile(r"^(?:due(?:\s+date)?|deadline|by\s+when|target(?:\s+date)?|date\s+due|"
                      r"timescales?|completion\s+date|when)$"),
    "status": re.compile(r"^(?:status|progress|rag(?:\s+status)?|update|action\s+taken|"
                         r"comments?)$"),
    "ref": re.compile(r"^(?:ref(?:erence)?\.?|no\.?|action\s+no\.?|minute(?:\s+no\.?)?|item)$"),
}
_GAP = re.compile(r"\s{2,}")
_RULE = re.compile(r"^[\s|:+-]*$")


@dataclass
class LoggedAction:
    """One row of an action log: what, who and by when (its status stays in its text)."""

    action: str
    owner: str | None
    due: str | None
    text: str  # the row as printed, its wrapped cells joined
    block_index: int  # the row's first block
    header_index: int  # the block of its table's header row


def _columns(cells: list[str]) -> dict[str, int] | None:
    """Which column holds each role (`_ROLES`) when `cells` head an action log (an action,
    an owner and a due date among them), else None."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        name = re.sub(r"\s+", " ", cell.strip().lower())
        role = next((role for role, pattern in _ROLES.items() if pattern.match(name)), None)
        if role and role not in found:
            found[role] = index
    return found if {"action", "owner", "due"} <= set(found) else None


def table_cells(lines: list[str]) -> list[list[str] | None]:
    """For each of `lines`, its cells when it is a row of an action log (its header
    included), else None. From a header naming an action, an owner and a due date, the
    rows run on as the header prints its columns: with bars ("| Ref | Action |", or "Ref |
    Action" without the row's opening bar) while lines hold a bar; set apart by spaces
    to the next blank line, each line cut where the header's columns start (a line whose
    words cross a column's start ends the table). The lines themselves are left as they
    are: a passage quotes the paper's words in their order."""
    found: list[list[str] | None] = []
    read = None  # how the open table's rows are read
    for line in lines:
        cells = read(line) if read else None
        if cells is None:
            read = _header(line)
            cells = read(line) if read else None
        found.append(cells)
    return found


def _header(line: str) -> Callable[[str], list[str] | None] | None:
    """How the rows under `line` are read, when `line` heads an action log."""
    if "|" in line:
        opened = line.lstrip().startswith("|")
        cells = _bar_cells(line, opened)
        if _columns(cells) is None:
            return None
        width = len(cells)
        return lambda row: _bar_cells(row, opened)[:width] if "|" in row else None
    heads = [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]
    if len(heads) < 3 or not _GAP.search(line.strip()) \
            or _columns([text for _, text in heads]) is None:
        return None
    starts = [start for start, _ in heads]
    return lambda row: _cut(row, starts) if row.strip() else None


def _bar_cells(row: str, opened: bool) -> list[str]:
    """A barred row's cells; a row printed without its opening bar starts with a cell."""
    cells = [cell.strip() for cell in row.strip().split("|")] if opened \
        else [cell.strip() for cell in row.rstrip().split("|")]
    return cells[1:-1] if opened and len(cells) > 1 else cells


def _cut(line: str, starts: list[int]) -> list[str] | None:
    """`line` cut at the column `starts`, or None when a word runs across one."""
    for start in starts[1:]:
        if 0 < start < len(line) and line[start - 1] != " " and line[start] != " ":
            return None
    bounds = [*starts[1:], max(len(line), starts[-1]) + 1]
    return [line[a:b].strip() for a, b in zip([0, *starts[1:]], bounds, strict=True)]


def logged_actions(rows: list[tuple[int, list[str]]]) -> list[LoggedAction]:
    """The actions of the action logs among `rows` (the cells of a paper's table rows,
    `table_cells`, each with its block index, in order): the rows under a header
    (`_columns`), each row's wrapped cells (a row with no reference or due date of its
    own) joined to the row above."""
    found: list[LoggedAction] = []
    roles: dict[str, int] | None = None
    rowed: list[list[str]] = []  # the cells of the found rows, wrapped cells joined
    last = header = -2
    for index, parts in rows:
        if index != last + 1:
            roles, rowed = None, []  # not the same table
        last = index
        if all(_RULE.match(cell) for cell in parts):
            continue
        if roles is None:
            roles, header = _columns(parts), index
            continue
        if rowed and not _cell(parts, roles, "ref") and not _cell(parts, roles, "due"):
            above = rowed[-1]
            for at, text in enumerate(parts[:len(above)]):
                above[at] = f"{above[at]} {text}".strip()
            found[-1] = _action(above, roles, found[-1].block_index, header)
            continue
        rowed.append(parts)
        found.append(_action(parts, roles, index, header))
    return [action for action in found if action.action]


def _cell(parts: list[str], roles: dict[str, int], role: str) -> str | None:
    at = roles.get(role)
    return (parts[at] or None) if at is not None and at < len(parts) else None


def _action(parts: list[str], roles: dict[str, int], index: int,
            header: int) -> LoggedAction:
    return LoggedAction(_cell(parts, roles, "action") or "", _cell(parts, roles, "owner"),
                        _cell(parts, roles, "due"), " | ".join(part for part in parts if part),
                        index, header)
