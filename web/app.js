// The question page: asks /api/ask, renders cited answers, keeps the question in the URL.
const $ = (id) => document.getElementById(id);
const form = $("ask"), statusLine = $("status"), list = $("results");
const FILTERS = ["council", "committee", "doc_type", "date_from", "date_to"];
// When the API finds the question answerable, a passage below the first is presented as an
// answer only if it is close in meaning to the question, or matched its words and has a
// sentence that carries them; a recorded vote's passage (a list of names) when its label
// (the motion, the tally, the result) matched. Anything else is not dressed up.
const WEAK = 0.35;
const isStrong = (r) => r.similarity >= WEAK || (r.ranks.keyword && r.highlights.length > 0)
  || Boolean(r.citation.vote && r.ranks.vote);
// When nothing answers, this many nearest passages are still offered, marked as such.
const NEAREST = 3;
const CHECKING = "double-checking the best answers…";
const clip = (text, n) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

function withMark(text, highlight) {
  const frag = document.createDocumentFragment();
  if (!highlight) { frag.append(text); return frag; }
  const mark = document.createElement("mark");
  mark.textContent = text.slice(highlight.start, highlight.end);
  frag.append(text.slice(0, highlight.start), mark, text.slice(highlight.end));
  return frag;
}

// The answering sentence as a reader should see it: papers converted to text keep Markdown
// marks ("**", "- ") and table rows ("| Final Report | √ | | |"); the cells are kept, the
// marks and empty cells are not. The passage below it is shown as indexed.
function plainSentence(text) {
  const cells = text.replace(/\*\*|__/g, "").split("|").map((c) => c.trim()).filter(Boolean);
  return cells.join(" · ").replace(/^(?:[-•*]|#+)\s+/, "");
}

// A PDF opens at its page; a text source in the source view, its passage marked.
function sourceLink(r) {
  if (r.citation.page) return r.links.page;
  const params = new URLSearchParams({ doc: r.citation.document_id, page: r.links.page_text.split("/").pop(),
                                       passage: r.chunk_id });
  return `view.html?${params}`;
}

// `reading` says where the close reading stands ("double-checking…", "double-checked", or
// nothing when it was not asked for), appended to the status line.
function render(data, reading = "") {
  list.replaceChildren();
  const results = data.results;
  const read = reading ? ` · ${reading}` : "";
  if (!results.length) {
    statusLine.textContent = "No passage in the indexed papers matches. Try other words, or widen the filters.";
    statusLine.className = "weak";
    return;
  }
  if (!data.answerable) {
    statusLine.textContent = "Nothing in the indexed papers answers this. Try other words, or widen the filters."
      + ` The nearest passages are below: they do not answer the question.${read}`;
    statusLine.className = "weak";
    for (const r of results.slice(0, NEAREST)) list.append(card(r, true));
    return;
  }
  const shown = [results[0], ...results.slice(1).filter(isStrong)];
  statusLine.className = "";
  const also = data.also_searched.length ? ` · also searched for ${data.also_searched.join(", ")}` : "";
  statusLine.textContent = `${shown.length} cited passage${shown.length > 1 ? "s" : ""} · ${Math.round(data.took_ms)} ms${also}${read}`;
  for (const r of shown) list.append(card(r, false));
}

// One result as a card; a `nearest` one is flagged as not answering, its sentence unmarked.
function card(r, nearest) {
  const node = $("card").content.firstElementChild.cloneNode(true);
  if (nearest) {
    node.classList.add("nearest");
    node.querySelector(".flag").textContent = "Nearest passage: does not answer the question";
  }
  const best = r.highlights[0];
  // What the passage stands under and does not say itself: a vote's label, or the member's
  // question an answer answers. A vote's names carry no sentence, so its label answers.
  const under = r.citation.vote || r.citation.question;
  const answer = best ? plainSentence(best.text) : clip(under || r.text, 240);
  node.querySelector(".answer").append(best && !nearest ? withMark(answer, { start: 0, end: answer.length }) : answer);
  if (best && under) node.querySelector(".about").textContent = clip(under, 240);
  const cite = citationText(r.citation);
  node.querySelector(".cite").textContent = cite;
  node.querySelector(".text").append(withMark(r.text, best));
  const open = node.querySelector(".open");
  open.href = sourceLink(r);
  open.textContent = openLabel(r.citation);
  open.setAttribute("aria-label", `Open source: ${cite}`);
  if (r.source_problem) {
    // The passage is the indexed version; the file on disk is not, so its pages may not match.
    node.querySelector(".problem").textContent = r.source_problem;
    if (r.citation.page) open.remove();
  }
  node.querySelector(".copy").addEventListener("click", async (e) => {
    const quote = best ? `“${answer}” — ` : "";
    try { await navigator.clipboard.writeText(quote + cite); e.target.textContent = "Copied"; }
    catch { e.target.textContent = "Copy failed"; }
  });
  return node;
}

// Answers come in two passes: the quick ranking at once, then (unless the reader turned it
// off) the same search with the top passages read closely by the cross-encoder, which puts
// the right answer first more often but takes about half a second. A pass that returns
// after a newer question was asked is dropped.
let asked = 0;

async function answers(params) {
  const response = await fetch(`/api/ask?${params}`);
  return [response.ok, await response.json()];
}

function failed(data, fallback) {
  return typeof data.detail === "string" ? data.detail : fallback;
}

async function ask(push = true) {
  const q = $("q").value.trim();
  if (!q) return;
  const params = new URLSearchParams({ q, k: "8" });
  for (const f of FILTERS) if ($(f).value) params.set(f, $(f).value);
  const closely = $("rerank").checked;
  if (push) history.pushState(null, "", `?${params}${closely ? "" : "&rerank=false"}`);
  const turn = ++asked;
  statusLine.className = "";
  statusLine.textContent = "Searching…";
  const [ok, data] = await answers(params);
  if (turn !== asked) return;
  if (!ok) {
    list.replaceChildren();
    statusLine.className = "weak";
    statusLine.textContent = failed(data, "That question could not be asked.");
    return;
  }
  render(data, closely ? CHECKING : "");
  if (!closely || !data.results.length) return;
  params.set("rerank", "true");
  const [readOk, read] = await answers(params);
  if (turn !== asked) return;
  if (readOk) render(read, "double-checked");
  else statusLine.textContent = statusLine.textContent.replace(
    CHECKING, `not double-checked: ${failed(read, "the second reading failed")}`);
}

async function loadFacets() {
  const response = await fetch("/api/facets");
  if (!response.ok) return;
  const facets = await response.json();
  for (const [id, values] of [["council", facets.councils], ["committee", facets.committees], ["doc_type", facets.doc_types]]) {
    for (const v of values) $(id).append(new Option(v, v));
  }
}

function fromUrl() {
  const params = new URLSearchParams(location.search);
  $("q").value = params.get("q") || "";
  for (const f of FILTERS) if (params.get(f)) { $(f).value = params.get(f); $("filters").open = true; }
  $("rerank").checked = params.get("rerank") !== "false";
  if ($("q").value) ask(false);
}

form.addEventListener("submit", (e) => { e.preventDefault(); ask(); });
window.addEventListener("popstate", fromUrl);
loadFacets().then(fromUrl);
