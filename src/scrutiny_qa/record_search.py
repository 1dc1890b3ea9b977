"""Search and lists over the record: resolutions, commitments and minutes with their links.

Ranking is the passages' hybrid: BM25 over each record's own words (and its minute and item
titles), and dense similarity through the passages that print it (their embeddings already
exist, so no record is embedded twice), fused by reciprocal rank, with the meeting month a
question names as a third ranking. Without a query, lists run newest meeting first. The
same record printed twice (minutes, and their reprint in the next pack) is listed once,
citing the fuller copy, with the other under `also_in`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from scrutiny_qa.config import Settings
from scrutiny_qa.embed import Embedder
from scrutiny_qa.follow_up import status
from scrutiny_qa.index import open_index
from scrutiny_qa.metadata import DECISION_RECORD
from scrutiny_qa.query.filters import Filters
from scrutiny_qa.query.fusion import WEIGHTS, fuse
from scrutiny_qa.query.present import CHUNK_SQL, citation_of, page_links
from scrutiny_qa.query.signals import RecordHint
from scrutiny_qa.rerank import Reranker
from scrutiny_qa.retrieve import Searcher, lexical_terms
from scrutiny_qa.storage import Database, Row
from scrutiny_qa.store import LIKE_ESCAPE, blob_vector, like_pattern
from scrutiny_qa.structure import FRONT
from scrutiny_qa.terms import decision_spellings, mentioned_months, mentioned_numbers

KINDS = ("resolution", "commitment")
# Records are ranked by BM25 and MiniLM fused, BM25 weighing more: a record is the papers'
# own wording of what was resolved or asked for, which questions quote.
RECORD_KEYWORD_WEIGHT = 1.5
# BM25's weights on a record's own words and its context (minute heading, who).
RECORD_WEIGHTS = (1.0, 0.5)
# A record that holds none of a query's words is found only if a passage printing it is
# this similar to the query (MiniLM cosine): a paraphrase, not a shared topic.
RECORD_MATCH = 0.5
# How many best-matching records of a kind lend their passages to a question's ranking.
RANKED = 5
# A question asking what was promised or asked for: its best commitments join its ranking
# (one asking what was decided is told by `terms.asked_kinds`).
_ASKS_COMMITMENT = re.compile(
    r"\b(promis\w*|undert\w*|committed|commitments?|request\w*|ask|asked|report\s+back|"
    r"follow[\s-]up|by\s+when|(?:want|wanted)\s+to\s+(?:know|find\s+out|see))\b", re.I)

_SELECT = {
    "resolution": """
SELECT r.id, r.document_id, r.text, r.preamble, r.page_seq, r.item, NULL AS who,
  it.title AS item_title, it.first_label AS item_first_label,
  it.last_label AS item_last_label, p.number AS page, p.label AS page_label, m.id AS minute_id,
  m.number AS minute, m.heading AS minute_heading,
  COALESCE(m.meeting_date, d.meeting_date) AS date, 'resolution' AS kind, r.vote AS vote,
  NULL AS question,
  d.path, d.sha256, d.title, d.council, d.committee, d.meeting_date, d.doc_type
FROM resolutions r JOIN documents d ON d.id = r.document_id
LEFT JOIN minutes m ON m.id = r.minute_id
LEFT JOIN pages p ON p.document_id = r.document_id AND p.seq = r.page_seq
LEFT JOIN items it ON it.document_id = r.document_id AND it.number = r.item""",
    "commitment": """
SELECT c.id, c.document_id, c.text, c.page_seq, c.item, c.who, c.what, c.by_when,
  c.due_date, c.kind AS commitment_kind, c.source, c.part, c.resolution_id, c.followed_up_by,
  it.title AS item_title, it.first_label AS item_first_label,
  it.last_label AS item_last_label, p.number AS page, p.label AS page_label, m.id AS minute_id,
  m.number AS minute, m.heading AS minute_heading,
  COALESCE(m.meeting_date, d.meeting_date) AS date, 'commitment' AS kind, NULL AS vote,
  NULL AS question,
  d.path, d.sha256, d.title, d.council, d.committee, d.meeting_date, d.doc_type
FROM commitments c JOIN documents d ON d.id = c.document_id
LEFT JOIN minutes m ON m.id = c.minute_id
LEFT JOIN pages p ON p.document_id = c.document_id AND p.seq = c.page_seq
LEFT JOIN items it ON it.document_id = c.document_id AND it.number = c.item""",
}


def open_search(settings: Settings, embedder: Embedder, ranking: str = "hybrid",
                reranker: Reranker | None = None) -> RecordSearch:
    """The search `ask`, `serve` and `bench` use over the index `settings` names: passages
    ranked with what the record says (in the hybrid ranking), the configured cross-encoder
    (or `reranker`, a server's, loaded once for every generation it opens) ready for
    searches that ask to re-rank, and the record's own lists."""
    return RecordSearch(Searcher(open_index(settings), embedder, ranking=ranking,
                                 reranker=reranker or Reranker(settings.reranker)))


@dataclass
class RecordFilters:
    """Narrow a list of records; every field is optional."""

    committee: str | None = None
    council: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    who: str | None = None  # commitments only: the role or body asked or promising
    document: int | None = None

    def where(self, kind: str) -> tuple[str, list]:
        clauses, args = ["1=1"], []
        for column, value in (("d.committee", self.committee), ("d.council", self.council)):
            if value:
                clauses.append(f"{column} LIKE ? {LIKE_ESCAPE}")
                args.append(like_pattern(value))
        date = "COALESCE(m.meeting_date, d.meeting_date)"
        if self.date_from:
            clauses.append(f"{date} >= ?")
            args.append(self.date_from)
        if self.date_to:
            clauses.append(f"{date} <= ?")
            args.append(self.date_to)
        if self.who and kind == "commitment":
            clauses.append(f"c.who LIKE ? {LIKE_ESCAPE}")
            args.append(like_pattern(self.who))
        if self.document:
            clauses.append("d.id = ?")
            args.append(self.document)
        return " AND ".join(clauses), args


class RecordSearch:
    """Resolutions, commitments and minutes of one open index, ranked like passages.

    Made with a searcher, it also tells that searcher which passages print the resolutions
    and commitments a question asks about (`hint`): they join its ranking, and the best
    one's passage leads the answer.
    """

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self._vectors: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        searcher.records = self.hint

    @property
    def conn(self) -> Database:
        return self.searcher.conn

    def find(self, kind: str, query: str | None = None, filters: RecordFilters | None = None,
             limit: int = 20, offset: int = 0) -> dict:
        """A page of records of `kind` (best match first, or newest first without a query)."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        filters = filters or RecordFilters()
        where, args = filters.where(kind)
        rows = {row["id"]: row for row in self.conn.execute(
            f"{_SELECT[kind]} WHERE {where}", args)}
        if query and query.strip():
            vector = self.searcher.embedder.encode_query(query)
            found = self._matching(kind, query, vector, rows)
            order = [i for i in self._ranked(kind, query, vector, rows) if i in found]
        else:
            order = sorted(rows, key=lambda i: (rows[i]["date"] or "", -rows[i]["page_seq"],
                                                -i), reverse=True)
        groups = _collapse([rows[i] for i in order])
        page = groups[offset: offset + limit]
        return {"total": len(groups), "offset": offset, "limit": limit,
                "items": [self._entry(kind, best, twins) for best, twins in page]}

    def _ranked(self, kind: str, query: str, vector: np.ndarray,
                rows: dict[int, Row]) -> list[int]:
        return [i for i, _ in fuse(self._rankings(kind, query, vector, rows))]

    def _rankings(self, kind: str, query: str, vector: np.ndarray,
                  rows: dict[int, Row]) -> list[tuple[list[int], float]]:
        """Dense, keyword, named (the records of a minute or decision the query names by
        number) and date (of a month it names) rankings, with weights, in that order."""
        keyword = self._keyword(kind, query, rows)
        dense = self._dense(kind, vector, rows)
        rankings = [(dense, 1.0), (keyword, RECORD_KEYWORD_WEIGHT)]
        fused = [i for i, _ in fuse(rankings)]
        named = self._named(kind, query, rows)
        rankings.append(([i for i in fused if i in named], WEIGHTS["named"]))
        months = mentioned_months(query)
        dated = [i for i in fused if (rows[i]["date"] or "")[:7] in months]
        if dated:
            rankings.append((dated, WEIGHTS["date"]))
        return rankings

    def _matching(self, kind: str, query: str, vector: np.ndarray,
                  rows: dict[int, Row]) -> set[int]:
        """The records a search finds, as opposed to those it merely ranks: those holding
        one of the query's words, those of a minute or decision it names, and those printed
        in a passage that means nearly the same (RECORD_MATCH). Dense similarity ranks every
        record, so without this a query of nonsense lists them all."""
        close = {i for i, score in self._similarities(kind, vector, rows).items()
                 if score >= RECORD_MATCH}
        return set(self._keyword(kind, query, rows)) | self._named(kind, query, rows) | close

    def _named(self, kind: str, query: str, rows: dict[int, Row]) -> set[int]:
        """Records of the minutes, or of the decisions, that `query` names by number. A
        decision is its record of decision where one is indexed; minutes that discuss it
        count only where none is."""
        minutes, decisions = mentioned_numbers(query)
        found = {i for i, row in rows.items() if row["minute"] in minutes}
        for number in decisions:
            about = {row[0] for row in self.conn.execute(
                f"SELECT rowid FROM {kind}s_fts WHERE context LIKE ? OR context LIKE ?",
                [f"%{form}%" for form in decision_spellings(number)]) if row[0] in rows}
            own = {i for i in about if rows[i]["doc_type"] == DECISION_RECORD}
            found |= own or about
        return found

    def _keyword(self, kind: str, query: str, rows: dict[int, Row]) -> list[int]:
        found = self.conn.lexical.search(f"{kind}s", lexical_terms(query), RECORD_WEIGHTS)
        return [rowid for rowid in found if rowid in rows]

    def _dense(self, kind: str, vector: np.ndarray, rows: dict[int, Row]) -> list[int]:
        """Records by their best-matching printing passage's similarity to the query."""
        best = self._similarities(kind, vector, rows)
        return sorted(best, key=lambda i: -best[i])[: self.searcher.pool]

    def _similarities(self, kind: str, vector: np.ndarray,
                      rows: dict[int, Row]) -> dict[int, float]:
        """Each record of `rows` with the similarity of its best-matching printing passage."""
        ids, _, matrix = self._linked(kind)
        best: dict[int, float] = {}
        if not len(ids):
            return best
        for record_id, score in zip(ids.tolist(), (matrix @ vector).tolist(), strict=True):
            if record_id in rows and score > best.get(record_id, -2.0):
                best[record_id] = score
        return best

    def _linked(self, kind: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(record ids, passage ids, passage vectors) of every passage printing a record of
        `kind`, row by row (cached: an open index never changes)."""
        if kind not in self._vectors:
            rows = self.conn.execute(
                "SELECT rc.record_id, rc.chunk_id, c.vector FROM record_chunks rc JOIN chunks c"
                " ON c.id = rc.chunk_id WHERE rc.kind = ? AND c.vector IS NOT NULL",
                (kind,)).fetchall()  # a database's passages wait for theirs if an ingest stopped
            records = np.array([row["record_id"] for row in rows], dtype=np.int64)
            passages = np.array([row["chunk_id"] for row in rows], dtype=np.int64)
            matrix = (np.vstack([blob_vector(row["vector"]) for row in rows]) if rows
                      else np.zeros((0, 1), dtype=np.float32))
            self._vectors[kind] = (records, passages, matrix)
        return self._vectors[kind]

    def _entry(self, kind: str, row: Row, twins: list[Row]) -> dict:
        entry = {"id": row["id"], "kind": kind, "text": row["text"],
                 "meeting_date": row["date"], "committee": row["committee"],
                 "council": row["council"],
                 "minute": _minute(row),
                 "citation": self._citation(row),
                 "also_in": [self._citation(twin) for twin in twins]}
        if kind == "resolution":
            entry["preamble"] = row["preamble"]
            entry["parts"] = [self._part(row["document_id"], part) for part in self.conn.execute(
                "SELECT label, text, page_seq FROM resolution_parts WHERE resolution_id=?"
                " ORDER BY seq", (row["id"],))]
        else:
            entry.update({key: row[key] for key in ("who", "what", "by_when", "due_date",
                                                    "source", "part", "resolution_id")})
            entry["type"] = row["commitment_kind"]
            entry["followed_up_by"] = self._follow_up(row["followed_up_by"])
            entry["status"] = status(entry["followed_up_by"])
        return entry

    def _follow_up(self, chunk_id: int | None) -> dict | None:
        """The citation of the passage a commitment was reported back in (follow_up.py),
        with the date of the meeting it was reported back at and the passage to mark."""
        if chunk_id is None:
            return None
        row = self.conn.execute(CHUNK_SQL, (chunk_id,)).fetchone()
        citation = citation_of(row, [])
        citation.update(links=page_links(row["document_id"], row["page"], row["page_seq"]),
                        passage=chunk_id, reported_on=row["date"])
        return citation

    def _part(self, doc_id: int, part: Row) -> dict:
        page = self.conn.execute("SELECT number, label FROM pages WHERE document_id=? AND seq=?",
                                 (doc_id, part["page_seq"])).fetchone()
        return {"label": part["label"], "text": part["text"],
                "page": page["number"] if page else None,
                "page_label": page["label"] if page else None}

    def _citation(self, row: Row) -> dict:
        citation = citation_of(row, [])
        citation["links"] = page_links(row["document_id"], row["page"], row["page_seq"])
        return citation

    def minute(self, minute_id: int) -> dict | None:
        """A minute with its resolutions, commitments, and the references to and from it."""
        row = self.conn.execute(
            "SELECT m.*, COALESCE(m.meeting_date, d.meeting_date) AS date, d.committee,"
            " d.council, d.title, d.doc_type FROM minutes m"
            " JOIN documents d ON d.id = m.document_id WHERE m.id=?", (minute_id,)).fetchone()
        if row is None:
            return None
        only = RecordFilters(document=row["document_id"])
        records = {kind: [e for e in self.find(kind, None, only, limit=1000)["items"]
                          if e["minute"] and e["minute"]["id"] == minute_id] for kind in KINDS}
        records = {kind: sorted(items, key=lambda e: e["citation"]["page"] or 0)
                   for kind, items in records.items()}
        return {"id": minute_id, "number": row["number"], "heading": row["heading"],
                "meeting_date": row["date"], "committee": row["committee"],
                "council": row["council"], "document": {"id": row["document_id"],
                                                        "title": row["title"],
                                                        "doc_type": row["doc_type"]},
                "agenda_item": row["item"] if row["item"] != FRONT else None,
                "links": page_links(row["document_id"], self._page_number(row),
                                    row["first_page_seq"]),
                "resolutions": records["resolution"], "commitments": records["commitment"],
                "references": self._references(minute_id, "minute_id", "target_id"),
                "referenced_by": self._references(minute_id, "target_id", "minute_id"),
                "copies": self._copies(row)}

    def _page_number(self, row: Row) -> int | None:
        page = self.conn.execute("SELECT number FROM pages WHERE document_id=? AND seq=?",
                                 (row["document_id"], row["first_page_seq"])).fetchone()
        return page["number"] if page else None

    def _references(self, minute_id: int, mine: str, other: str) -> list[dict]:
        """References made in this minute (`mine`="minute_id") or pointing at it."""
        rows = self.conn.execute(
            f"SELECT r.*, m.number AS other_number, m.heading AS other_heading,"
            f" COALESCE(m.meeting_date, d2.meeting_date) AS other_date,"
            f" m.document_id AS other_doc, m.first_page_seq AS other_seq, tp.number AS other_page,"
            f" d.title AS doc_title, p.number AS page FROM minute_refs r"
            f" JOIN documents d ON d.id = r.document_id"
            f" LEFT JOIN minutes m ON m.id = r.{other}"
            f" LEFT JOIN documents d2 ON d2.id = m.document_id"
            f" LEFT JOIN pages tp ON tp.document_id = m.document_id AND tp.seq = m.first_page_seq"
            f" LEFT JOIN pages p ON p.document_id = r.document_id AND p.seq = r.page_seq"
            f" WHERE r.{mine} = ? ORDER BY r.id", (minute_id,)).fetchall()
        return [{"text": r["text"], "number": r["number"], "part": r["part"],
                 "date": r["ref_date"], "resolved_by": r["resolved_by"],
                 "minute": ({"id": r[other], "number": r["other_number"],
                             "heading": r["other_heading"], "meeting_date": r["other_date"],
                             "links": page_links(r["other_doc"], r["other_page"],
                                                 r["other_seq"])}
                            if r[other] else None),
                 "document": {"id": r["document_id"], "title": r["doc_title"]},
                 "links": page_links(r["document_id"], r["page"], r["page_seq"])} for r in rows]

    def _copies(self, row: Row) -> list[int]:
        """The same minute printed elsewhere (minutes, and their reprint in a later pack)."""
        if row["number"] is None:
            return []
        found = self.conn.execute(
            "SELECT m.id FROM minutes m JOIN documents d ON d.id = m.document_id"
            " WHERE m.number = ? AND m.id != ? AND COALESCE(m.meeting_date, d.meeting_date) = ?"
            " AND COALESCE(d.committee, '') = COALESCE(?, '')",
            (row["number"], row["id"], row["date"], row["committee"])).fetchall()
        return [r[0] for r in found]

    def hint(self, question: str, vector: np.ndarray, filters: Filters,
             kinds: set[str]) -> RecordHint:
        """For a question about what was decided (`kinds`, as `terms.asked_kinds` reads it)
        or promised, the passages printing the records of each kind asked about that match
        it best: those of the top RANKED records
        as a ranking, and those of the best one as leaders (unless the question names a
        meeting month and the best record is from another)."""
        scoped = RecordFilters(committee=filters.committee, council=filters.council,
                               date_from=filters.date_from, date_to=filters.date_to)
        months = mentioned_months(question)
        hint = RecordHint()
        for kind in (k for k in KINDS if k in kinds
                     or (k == "commitment" and _ASKS_COMMITMENT.search(question))):
            where, args = scoped.where(kind)
            rows = {row["id"]: row for row in self.conn.execute(
                f"{_SELECT[kind]} WHERE {where}", args)}
            order = self._ranked(kind, question, vector, rows)[:RANKED] if rows else []
            printed = [self._printing(kind, record_id, vector) for record_id in order]
            hint.ranking += [chunk_id for passages in printed for chunk_id in passages]
            if order and (not months or (rows[order[0]]["date"] or "")[:7] in months):
                hint.leaders += printed[0]
        return hint

    def _printing(self, kind: str, record_id: int, vector: np.ndarray) -> list[int]:
        """The passages printing one record, most similar to the question first."""
        records, passages, matrix = self._linked(kind)
        mine = np.flatnonzero(records == record_id)
        order = np.argsort(-(matrix[mine] @ vector), kind="stable")
        return passages[mine][order].tolist()


def _minute(row: Row) -> dict | None:
    if row["minute_id"] is None:
        return None
    return {"id": row["minute_id"], "number": row["minute"], "heading": row["minute_heading"]}


def _collapse(rows: list[Row]) -> list[tuple[Row, list[Row]]]:
    """One entry per record printed more than once, citing the copy with the fuller
    citation (an agenda item and a printed page), in the order of the first copy."""
    groups: dict[tuple, list[Row]] = {}
    for row in rows:
        key = (row["committee"], row["date"], row["minute"], _squash(row["text"]))
        groups.setdefault(key, []).append(row)
    result = []
    for copies in groups.values():
        best = max(copies, key=lambda r: (int(r["item"] not in (None, FRONT)),
                                          int(r["page_label"] is not None)))
        result.append((best, [r for r in copies if r is not best]))
    return result


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
