// Shows a text document's page (or stretch) with the cited passage marked and scrolled to.
(async () => {
  const params = new URLSearchParams(location.search);
  const doc = params.get("doc"), page = params.get("page"), find = params.get("find") || "";
  const [meta, pageData] = await Promise.all([
    fetch(`/api/documents/${doc}`).then((r) => r.json()),
    fetch(`/api/documents/${doc}/pages/${page}`).then((r) => r.json()),
  ]);
  document.getElementById("title").textContent = meta.title;
  document.getElementById("where").textContent = [...councilAndCommittee(meta.council, meta.committee), formatDate(meta.meeting_date),
    pageData.agenda_item && pageData.agenda_item !== "front" ? `Item ${pageData.agenda_item}` : null].filter(Boolean).join(" · ");
  const text = pageData.text || "";
  const words = find.trim().split(/\s+/).slice(0, 12).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const match = words.length ? new RegExp(words.join("\\s+")).exec(text) : null;
  const box = document.getElementById("source");
  if (!match) { box.textContent = text; return; }
  const mark = document.createElement("mark");
  mark.id = "cited";
  mark.textContent = text.slice(match.index, match.index + match[0].length);
  box.append(text.slice(0, match.index), mark, text.slice(match.index + match[0].length));
  mark.scrollIntoView({ block: "center" });
})();

// Back to the answers where they are still in this tab's history (the page is not allowed to
// run inline script, so this is no javascript: link); from a new tab, to the question page.
document.getElementById("back").addEventListener("click", (event) => {
  if (history.length > 1) { event.preventDefault(); history.back(); }
});
