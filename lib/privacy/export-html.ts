import type { StudentDataExport } from "./student-export";

/**
 * The export as one readable, self-contained HTML page (no script, no outside file). Every value is escaped:
 * names, notes and posts are what people typed, and stay text. Section and field names come from the
 * catalog (`words`); a field without a label shows its JSON name.
 */
export type ExportWords = {
  title: string;
  intro: string;
  sections: Record<string, string>;
  fields: Record<string, string>;
  yes: string;
  no: string;
  none: string;
  formatDate: (date: Date) => string;
};

const SECTIONS = [
  "classes",
  "reading",
  "highlights",
  "quizAttempts",
  "debateSeats",
  "debatePosts",
  "ratingsGiven",
  "reportsMade",
] as const;

export function studentDataHtml(data: StudentDataExport, words: ExportWords, lang: string): string {
  const value = (v: unknown): string => {
    if (v === null || v === undefined || v === "") return esc(words.none);
    if (v instanceof Date) return esc(words.formatDate(v));
    if (typeof v === "boolean") return esc(v ? words.yes : words.no);
    if (Array.isArray(v))
      return v.length === 0 ? esc(words.none) : `<ul>${v.map((item) => `<li>${value(item)}</li>`).join("")}</ul>`;
    if (typeof v === "object") return record(v as Record<string, unknown>);
    return esc(String(v));
  };
  const record = (r: Record<string, unknown>) =>
    `<dl>${Object.entries(r)
      .map(([k, v]) => `<dt>${esc(words.fields[k] ?? k)}</dt><dd>${value(v)}</dd>`)
      .join("")}</dl>`;
  const sections = SECTIONS.map((key) => {
    const rows = data[key] as Record<string, unknown>[];
    const body =
      rows.length === 0 ? `<p>${esc(words.none)}</p>` : rows.map((r) => `<section>${record(r)}</section>`).join("");
    return `<h2>${esc(words.sections[key] ?? key)}</h2>${body}`;
  }).join("\n");
  return `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(words.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.6}dt{font-weight:600}dd{margin:0 0 .5rem 1rem;white-space:pre-wrap}section{border-top:1px solid #ccc;padding:.5rem 0}</style>
</head>
<body>
<h1>${esc(words.title)}</h1>
<p>${esc(words.intro)}</p>
<h2>${esc(words.sections.account ?? "account")}</h2>
${record(data.account)}
${sections}
</body>
</html>
`;
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
