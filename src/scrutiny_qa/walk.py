"""Finding the files to index under the folders and files an ingest is given.

Council folders are rarely clean: links that point nowhere, at their own folder or out of
the corpus; named pipes; folders this user may not open; file names written in another
encoding. None of these may stop an ingest or hang it, and none is passed over in silence:
each is skipped with its reason, which the ingest reports on one line.

Links are followed only where they stay inside the folder being indexed (a file there is
indexed once, at its real path); a link out of it would index, and serve over HTTP, a file
the user never put in the corpus, so it is skipped unless `follow_links` is asked for.
Hidden files and folders, and `.meta.json` sidecars, are not papers and are left silently.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from scrutiny_qa.manifest import MANIFEST

SIDECAR_SUFFIX = ".meta.json"
_SPECIAL = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
            (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


@dataclass
class Found:
    """The regular files to index, in a stable order, and what was skipped and why."""

    files: list[Path] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    _seen: set[Path] = field(default_factory=set, repr=False)

    def add(self, path: Path) -> None:
        """Take a file once, however many links and named paths lead to it."""
        if path not in self._seen:
            self._seen.add(path)
            self.files.append(path)

    def skip(self, path: Path | str, reason: str) -> None:
        self.skipped.append((str(path), reason))


def find_files(paths: Iterable[Path], follow_links: bool = False) -> Found:
    """Every regular file under `paths` (folders walked in name order; a path named itself
    is taken as given, through a link if it is one); raises FileNotFoundError for a named
    path that does not exist, which is a mistyped command rather than a corpus's mess."""
    found = Found()
    for path in paths:
        if not os.path.lexists(path):
            raise FileNotFoundError(f"{path}: no such file or folder")
        if not _utf8_name(str(path)):
            found.skip(path, "the name is not valid UTF-8 (rename it)")
        elif path.is_dir():
            root = path.resolve()
            _walk(root, root, follow_links, found, {root})
        else:
            _take_file(path, found)
    return found


def _walk(folder: Path, root: Path, follow_links: bool, found: Found,
          visited: set[Path]) -> None:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        found.skip(folder, f"cannot open this folder ({exc.strerror or exc})")
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith(".") or entry.name.endswith(SIDECAR_SUFFIX) \
                or entry.name == MANIFEST:  # metadata about the papers, not a paper
            continue
        if not _utf8_name(entry.name):
            found.skip(path, "the name is not valid UTF-8 (rename it)")
        elif entry.is_symlink():
            _follow(path, root, follow_links, found, visited)
        elif entry.is_dir(follow_symlinks=False):
            _walk(path, root, follow_links, found, visited)
        else:
            _take_file(path, found)


def _follow(link: Path, root: Path, follow_links: bool, found: Found,
            visited: set[Path]) -> None:
    """A link under `root`: its target is taken if it stays inside `root` (a folder there is
    walked at its own place anyway), or anywhere when `follow_links`; a folder is walked
    once, so a link back up the tree ends there."""
    try:
        target = link.resolve(strict=True)
    except FileNotFoundError:
        found.skip(link, f"a link to nothing ({os.readlink(link)} does not exist)")
        return
    except (OSError, RuntimeError) as exc:  # RuntimeError: a loop, before Python 3.13
        found.skip(link, f"a link that cannot be followed ({_why(exc)})")
        return
    inside = target.is_relative_to(root)
    if not inside and not follow_links:
        found.skip(link, f"a link out of the folder being indexed (to {target}); "
                         "use --follow-links to index what it points to")
    elif target.is_dir():
        if not inside and target not in visited:
            visited.add(target)
            _walk(target, root, follow_links, found, visited)
    else:
        _take_file(target, found)


def _take_file(path: Path, found: Found) -> None:
    """A regular file is found at its real path; anything else is skipped unopened (opening
    a named pipe would wait for a writer forever)."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        found.skip(path, f"cannot be read ({_why(exc)})")
        return
    if stat.S_ISREG(mode):
        found.add(path.resolve())
    else:
        found.skip(path, f"not a regular file: {special_kind(mode)}")


def special_kind(mode: int) -> str:
    """What a file that is not a regular file or a folder is, in words."""
    return next((name for test, name in _SPECIAL if test(mode)), "not a file")


def _utf8_name(name: str) -> bool:
    """Whether a file name can be stored and shown as text: a name written in another
    encoding reaches Python with its bad bytes as lone surrogates, which no UTF-8 text
    (the index, JSON, the terminal) can hold."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
