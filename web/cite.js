// Citation text shared by the question page, the record lists and the source view: one date
// style (28 Nov 2023) on every page, while the API keeps ISO dates.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function formatDate(iso) {
  if (!iso) return null;
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

// Whose paper: the council, then the committee (not both when the committee's name already
// holds the council's), so that a citation copied elsewhere still says which council.
function councilAndCommittee(council, committee) {
  if (!council || !committee) return [council || committee];
  return committee.toLowerCase().includes(council.toLowerCase()) ? [committee] : [council, committee];
}

function citationText(c) {
  const parts = [...councilAndCommittee(c.council, c.committee), formatDate(c.meeting_date)];
  const item = c.agenda_item;
  if (item && item.number === "front") parts.push("Front sheet");
  else if (item) parts.push(`Item ${item.number}${item.title ? ": " + item.title : ""}`);
  if (c.minute) {
    const minuted = c.minute.meeting_date && c.minute.meeting_date !== c.meeting_date
      ? ` (minutes of ${formatDate(c.minute.meeting_date)})` : "";
    parts.push((c.minute.number ? `Minute ${c.minute.number}` : c.minute.heading) + minuted);
  }
  if (c.page_label && c.page) parts.push(`p. ${c.page_label} (PDF p. ${c.page})`);
  else if (c.page) parts.push(`PDF p. ${c.page}`);
  else if (c.page_label) parts.push(`p. ${c.page_label}`);
  else if (item && item.printed_pages) parts.push(pageRange(item.printed_pages)); // a text source
  parts.push(c.document_name);
  return parts.filter(Boolean).join(" · ");
}

// An item's printed pages as the pack lists them on its agenda: "p. 6", "pp. 27–70".
function pageRange(pages) {
  return pages.first === pages.last ? `p. ${pages.first}` : `pp. ${pages.first}–${pages.last}`;
}

// What the source button opens: a PDF at its page; a text source, which has no pages of its
// own, at the passage (marked in the source view).
function openLabel(c) {
  return c.page ? "Open source at this page" : "Open source at this passage";
}
