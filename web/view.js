// Shows a text document's page (or stretch) with the cited passage marked whole and scrolled
// to: the API says where the passage stands in the page (`marked`), found by its words.
(async () => {
  const params = new URLSearchParams(location.search);
  const doc = params.get("doc"), page = params.get("page"), passage = params.get("passage");
  const pageUrl = `/api/documents/${doc}/pages/${page}` + (passage ? `?${new URLSearchParams({ passage })}` : "");
  const [meta, pageData] = await Promise.all([
    fetch(`/api/documents/${doc}`).then((r) => r.json()),
    fetch(pageUrl).then((r) => r.json()),
  ]);
  document.getElementById("title").textContent = meta.title;
  document.getElementById("where").textContent = [...councilAndCommittee(meta.council, meta.committee), formatDate(meta.meeting_date),
    pageData.agenda_item && pageData.agenda_item !== "front" ? `Item ${pageData.agenda_item}` : null].filter(Boolean).join(" · ");
  const text = pageData.text || "";
  const box = document.getElementById("source");
  const marked = pageData.marked;
  if (!marked) { box.textContent = text; return; }
  const mark = document.createElement("mark");
  mark.id = "cited";
  mark.textContent = text.slice(marked.start, marked.end);
  box.append(text.slice(0, marked.start), mark, text.slice(marked.end));
  mark.scrollIntoView({ block: "center" });
})();

// Back to the answers where they are still in this tab's history (the page is not allowed to
// run inline script, so this is no javascript: link); from a new tab, to the question page.
document.getElementById("back").addEventListener("click", (event) => {
  if (history.length > 1) { event.preventDefault(); history.back(); }
});
