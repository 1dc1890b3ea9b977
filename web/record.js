// The Resolutions and Commitments views: search, filter and page /api/resolutions or
// /api/commitments (newest meeting first without a query), each entry linked to its page
// and to its minute's related records and references.
const $ = (id) => document.getElementById(id);
const view = new URLSearchParams(location.search).get("view") === "commitments" ? "commitments" : "resolutions";
const FIELDS = ["q", "council", "committee", "who", "date_from", "date_to"];
const LIMIT = 20;
let offset = 0;

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// A PDF opens at its page; a text source in the source view (a follow-up's passage marked).
function sourceLink(citation) {
  const links = citation.links;
  if (citation.page) return links.page;
  const params = new URLSearchParams({ doc: citation.document_id, page: links.page_text.split("/").pop() });
  if (citation.passage) params.set("passage", citation.passage);
  return `view.html?${params}`;
}

// Whether a later meeting of the same body reported back: "Open", or the report-back with a
// link to the passage that gives it and its citation on hover.
function followUp(entry) {
  const p = element("p", "status");
  const label = entry.status[0].toUpperCase() + entry.status.slice(1);
  if (!entry.followed_up_by) { p.textContent = `Status: ${label}`; return p; }
  const a = element("a", "", label);
  a.href = sourceLink(entry.followed_up_by);
  a.target = "_blank";
  a.rel = "noopener";
  a.title = citationText(entry.followed_up_by);
  p.append("Status: ", a);
  return p;
}

function body(entry) {
  if (entry.kind === "resolution") {
    const list = element("ul", "parts");
    if (entry.preamble) list.append(element("li", "preamble", entry.preamble));
    for (const part of entry.parts) {
      list.append(element("li", "", (part.label ? `(${part.label}) ` : "") + part.text));
    }
    return list;
  }
  const p = element("p", "answer");
  const who = element("strong", "", entry.who || "Not named");
  p.append(who, ` ${entry.type === "undertaking" ? "undertook" : "was asked"} to: ${entry.what}`);
  if (entry.by_when) p.append(element("span", "when", ` By: ${entry.by_when}`));
  const holder = document.createDocumentFragment();
  holder.append(p, followUp(entry));
  return holder;
}

async function minuteDetails(entry, into) {
  into.textContent = "Loading…";
  const response = await fetch(`/api/minutes/${entry.minute.id}`);
  if (!response.ok) { into.textContent = "The minute could not be loaded."; return; }
  const minute = await response.json();
  const list = element("ul");
  const line = (text, href) => {
    const li = element("li");
    if (href) { const a = element("a", "", text); a.href = href; a.target = "_blank"; li.append(a); }
    else li.textContent = text;
    list.append(li);
  };
  line(`${minute.resolutions.length} resolution(s), ${minute.commitments.length} commitment(s) in this minute`);
  for (const ref of minute.references) {
    const target = ref.minute ? `→ Minute ${ref.minute.number} (${formatDate(ref.minute.meeting_date)})` : "→ not in the indexed papers";
    line(`Refers to “${ref.text}” ${target}`, ref.minute ? ref.minute.links.page : null);
  }
  for (const ref of minute.referenced_by) {
    line(`Referred to by “${ref.text}” in ${ref.document.title}`, ref.links.page);
  }
  into.replaceChildren(list);
}

// What the entry stands under, so that "That the report be noted." says which report: the
// minute's number and heading, else the agenda item's title, else the paper's.
function heading(entry) {
  const minute = entry.minute, item = entry.citation.agenda_item;
  if (minute && minute.heading) return `${minute.number ? `Minute ${minute.number}: ` : ""}${minute.heading}`;
  if (item && item.title) return `Item ${item.number}: ${item.title}`;
  return entry.citation.document_name;
}

function card(entry) {
  const li = element("li", "card");
  li.append(element("p", "heading", heading(entry)), body(entry),
            element("p", "cite", citationText(entry.citation)));
  if (entry.also_in.length) {
    li.append(element("p", "cite", `Also printed in: ${entry.also_in.map(citationText).join("; ")}`));
  }
  const actions = element("div", "actions");
  const open = element("a", "open button", openLabel(entry.citation));
  open.href = sourceLink(entry.citation);
  open.target = "_blank";
  open.rel = "noopener";
  actions.append(open);
  if (entry.minute) {
    const details = element("details", "related");
    details.append(element("summary", "", `Minute ${entry.minute.number || entry.minute.heading}: related`));
    const holder = element("div");
    details.append(holder);
    details.addEventListener("toggle", () => { if (details.open && !holder.childNodes.length) minuteDetails(entry, holder); });
    actions.append(details);
  }
  li.append(actions);
  return li;
}

// The search and filters as set on the page (what the URL, the list and the CSV share).
function selection() {
  const query = new URLSearchParams();
  for (const f of FIELDS) if ($(f).value.trim()) query.set(f, $(f).value.trim());
  if (view !== "commitments") query.delete("who");
  return query;
}

// Searches asked for so far: a list answered after a later search was asked (the page's
// first list, say, outrun by a search typed at once) is not shown over that search's.
let loads = 0;

async function load(push = true) {
  const turn = ++loads;
  const chosen = selection();
  if (push) history.pushState(null, "", `?${new URLSearchParams({ view, ...Object.fromEntries(chosen), offset })}`);
  $("csv").href = `/api/${view}.csv?${chosen}`;
  const query = new URLSearchParams({ ...Object.fromEntries(chosen), limit: LIMIT, offset });
  $("status").className = "";
  $("status").textContent = "Loading…";
  const response = await fetch(`/api/${view}?${query}`);
  const data = await response.json();
  if (turn !== loads) return;
  if (!response.ok) {
    $("records").replaceChildren();
    $("status").className = "weak";
    $("status").textContent = typeof data.detail === "string" ? data.detail : "That search could not be run.";
    return;
  }
  $("records").replaceChildren(...data.items.map(card));
  const name = view[0].toUpperCase() + view.slice(1);
  if (!data.total) {
    $("status").className = "weak";
    $("status").textContent = chosen.toString() ? `No ${view} match this search. Try other words, or fewer filters.`
      : `No ${view} in the indexed papers.`;
  } else {
    const shown = `${offset + 1}–${offset + data.items.length} of ${data.total}`;
    $("status").textContent = `${name}: ${shown}` + (chosen.get("q") ? " · best match first" : " · newest meeting first");
  }
  $("csv").hidden = !data.total;
  $("prev").disabled = offset === 0;
  $("next").disabled = offset + LIMIT >= data.total;
}

// The page's state is its URL: a search shared, reloaded or gone back to shows the same list.
function fromUrl() {
  const params = new URLSearchParams(location.search);
  for (const f of FIELDS) $(f).value = params.get(f) || "";
  offset = Math.max(0, Number(params.get("offset")) || 0);
  load(false);
}

async function start() {
  document.title = `scrutiny-qa · ${view}`;
  $(`nav-${view}`).setAttribute("aria-current", "page");
  $("q-label").textContent = `Search ${view}`;
  $("csv").textContent = `Download these ${view} (CSV)`;
  if (view !== "commitments") $("who-label").hidden = true;
  const facets = await fetch("/api/facets");
  if (facets.ok) {
    const values = await facets.json();
    for (const c of values.councils) $("council").append(new Option(c, c));
    for (const c of values.committees) $("committee").append(new Option(c, c));
  }
  fromUrl();
}

window.addEventListener("popstate", fromUrl);
$("search").addEventListener("submit", (e) => { e.preventDefault(); offset = 0; load(); });
$("prev").addEventListener("click", () => { offset = Math.max(0, offset - LIMIT); load(); });
$("next").addEventListener("click", () => { offset += LIMIT; load(); });
start();
