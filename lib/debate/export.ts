import { stringify } from "csv-stringify/sync";
import type { ReplyKind } from "./phases";
import type { Side } from "./sides";

/**
 * The board as a file for the teacher: a spreadsheet (one row a post) and a readable Markdown document.
 * Pure functions of a loaded board (loadBoardExport in board-export-data.ts); every word comes in from the caller,
 * already in the teacher's language, so nothing here reads the message catalogs. Real names throughout.
 */

/** "prompt": the teacher's prompt to the class (lib/debate/prompts.ts). */
export type PostKind = "argument" | ReplyKind | "prompt";

export type ExportPost = {
  id: string;
  parentId: string | null;
  depth: number;
  kind: PostKind;
  /** An argument's own side; a reply's author's side (see evidenceSide in evidence-side.ts); null if none. */
  side: Side | null;
  /** "" for replies. */
  claim: string;
  body: string;
  author: string;
  createdAt: Date;
  hidden: boolean;
  /** null unless hidden; "" when hidden without a reason. */
  hiddenReason: string | null;
  pinned: boolean;
  locked: boolean;
  /** ¶ numbers are the paragraphs' 1-based positions; in reading order. */
  quotes: { position: number; quote: string }[];
  ratings: number[];
};

export type BoardExport = {
  /** The assignment's title. */
  title: string;
  /** As the teacher wrote it; "" = the default motion (words.defaultMotion). */
  motion: string;
  /** What the motion and side names are resolved from, in the teacher's language (lib/debate/wording.ts). */
  wording: { motion: string; sideLabels: string; readingDefaults: string };
  /** The sections of the Markdown document, in order. */
  sides: readonly Side[];
  posts: ExportPost[];
};

/** Column headings and cell words for boardCsv, already in the teacher's language. */
export type BoardCsvWords = {
  postId: string;
  parentId: string;
  depth: string;
  kind: string;
  side: string;
  author: string;
  createdAt: string;
  claim: string;
  body: string;
  quotes: string;
  ratingCount: string;
  ratingAverage: string;
  hidden: string;
  hiddenReason: string;
  kinds: Record<PostKind, string>;
  sides: Record<Side, string>;
  /** The "hidden" cell of a hidden post; a visible post's is empty. */
  yes: string;
};

/** Headings and labels for boardMarkdown, already in the teacher's language. */
export type BoardMarkdownWords = {
  defaultMotion: string;
  /** Label before the assignment's title, e.g. "Assignment". */
  assignment: string;
  sides: Record<Side, string>;
  /** Section for arguments without a valid side (should not occur). */
  unsided: string;
  kinds: Record<PostKind, string>;
  /** Heading of the teacher's prompts, before the sides. */
  prompts: string;
  /** Marks a hidden post; the teacher's reason follows it. */
  hidden: string;
  pinned: string;
  locked: string;
  /** Shown under a side with no arguments. */
  noArguments: string;
  /** An argument's rating summary, e.g. (3, 3.67) → "3 ratings, average 3.67"; average null when count is 0. */
  ratings: (count: number, average: number | null) => string;
  /** How a post's time is shown (the caller knows the school's time zone and the teacher's language). */
  formatDate: (date: Date) => string;
};

const byWritten = (a: ExportPost, b: ExportPost) =>
  a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function childrenOf(posts: readonly ExportPost[]): Map<string | null, ExportPost[]> {
  const children = new Map<string | null, ExportPost[]>();
  for (const p of [...posts].sort(byWritten)) children.set(p.parentId, [...(children.get(p.parentId) ?? []), p]);
  return children;
}

/**
 * Arguments in the order written, each followed by its replies depth-first (every level in the order
 * written): the order a reader follows a thread. Replies whose parent is missing come last rather than
 * being dropped (replies are deleted with their parent, so this is only a safety net).
 */
export function threadOrder(posts: readonly ExportPost[]): ExportPost[] {
  const children = childrenOf(posts);
  const out: ExportPost[] = [];
  const seen = new Set<string>();
  const visit = (p: ExportPost) => {
    if (seen.has(p.id)) return;
    seen.add(p.id);
    out.push(p);
    for (const c of children.get(p.id) ?? []) visit(c);
  };
  for (const root of children.get(null) ?? []) visit(root);
  for (const p of [...posts].sort(byWritten)) visit(p);
  return out;
}

export function ratingAverage(ratings: readonly number[]): number | null {
  return ratings.length === 0 ? null : Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100;
}

const quoteText = (q: { position: number; quote: string }) => `¶${q.position}「${q.quote}」`;

/**
 * One row per post, in thread order. UTF-8 with a byte order mark (so Excel reads the Chinese), CRLF line
 * ends, and cells starting with = + - @ (or their full-width forms) prefixed with ' so no text runs as a
 * formula: the same settings as the quiz results CSV. Rating cells are empty for replies, which cannot be
 * rated.
 */
export function boardCsv(data: Pick<BoardExport, "posts">, words: BoardCsvWords): string {
  const header = [
    words.postId,
    words.parentId,
    words.depth,
    words.kind,
    words.side,
    words.author,
    words.createdAt,
    words.claim,
    words.body,
    words.quotes,
    words.ratingCount,
    words.ratingAverage,
    words.hidden,
    words.hiddenReason,
  ];
  const rows = threadOrder(data.posts).map((p) => {
    const isArgument = p.kind === "argument";
    return [
      p.id,
      p.parentId ?? "",
      p.depth,
      words.kinds[p.kind] ?? p.kind,
      p.side ? words.sides[p.side] : "",
      p.author,
      p.createdAt.toISOString(),
      p.claim,
      p.body,
      p.quotes.map(quoteText).join(" | "),
      isArgument ? p.ratings.length : "",
      isArgument ? (ratingAverage(p.ratings) ?? "") : "",
      p.hidden ? words.yes : "",
      p.hidden ? (p.hiddenReason ?? "") : "",
    ];
  });
  return (
    "\uFEFF" +
    stringify([header, ...rows], { record_delimiter: "windows", quote_record_delimiter: true, escape_formulas: true })
  );
}

/**
 * One line of student text, to be read literally by any Markdown renderer: < > & become entities (so
 * "<script>" or "&amp;" show as typed, whether or not the renderer allows HTML; entities rather than
 * backslashes because original Markdown cannot backslash-escape "<"); inline markup characters get a
 * backslash wherever they are; and what only counts at a line's start (list markers, heading underlines,
 * ordered-list numbers) is escaped there. Line breaks become spaces, so what is one line stays one. Leading
 * spaces are dropped: a renderer would collapse them anyway, and four of them would start a code block.
 */
export function escapeMarkdownLine(line: string): string {
  const escaped = line
    // A line break inside a name, title or motion would start a new line: a forged heading or rule.
    .replace(/[\r\n\v\f\u0085\u2028\u2029]+/g, " ")
    .trimStart()
    .replace(/[\\`*_[\]#|~$&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : `\\${c}`));
  return escaped.replace(/^[-+=]/, (c) => `\\${c}`).replace(/^(\d{1,9})([.)])/, "$1\\$2");
}

/** Student text as Markdown paragraphs: blank lines separate paragraphs, a single line break stays one. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n[^\S\n]*\n\s*/)
    .map((para) =>
      para
        .split("\n")
        .map(escapeMarkdownLine)
        .filter((line) => line !== "")
        .join("\\\n"),
    )
    .filter((para) => para !== "");
}

/** Blocks separated by blank lines, every line indented (inside a list item) by `pad`. */
function indentBlocks(blocks: readonly string[], pad: string): string[] {
  return blocks.flatMap((block) => [...block.split("\n").map((line) => (line === "" ? "" : pad + line)), ""]);
}

function flags(p: ExportPost, words: BoardMarkdownWords): string {
  return [p.pinned ? words.pinned : null, p.locked ? words.locked : null]
    .flatMap((f) => (f === null ? [] : [` · ${escapeMarkdownLine(f)}`]))
    .join("");
}

function postBlocks(p: ExportPost, words: BoardMarkdownWords): string[] {
  const hidden = p.hidden
    ? [
        `**${escapeMarkdownLine(words.hidden)}**${p.hiddenReason ? `: ${escapeMarkdownLine(p.hiddenReason.replace(/\s+/g, " "))}` : ""}`,
      ]
    : [];
  return [
    ...hidden,
    ...paragraphs(p.body),
    ...p.quotes.map((q) => `> ${escapeMarkdownLine(quoteText(q).replace(/\s+/g, " "))}`),
  ];
}

function replyLines(
  reply: ExportPost,
  children: Map<string | null, ExportPost[]>,
  words: BoardMarkdownWords,
  level: number,
): string[] {
  const pad = "  ".repeat(level);
  const head = `${pad}- **${escapeMarkdownLine(words.kinds[reply.kind] ?? reply.kind)}** · ${escapeMarkdownLine(reply.author)} · ${escapeMarkdownLine(words.formatDate(reply.createdAt))}${flags(reply, words)}`;
  return [
    head,
    "",
    ...indentBlocks(postBlocks(reply, words), `${pad}  `),
    ...(children.get(reply.id) ?? []).flatMap((c) => replyLines(c, children, words, level + 1)),
  ];
}

/**
 * The board as a document: the motion as the title, a section per side, each argument a subsection (its
 * claim as the heading; author, time, body, quoted evidence as block quotes with ¶ numbers, its ratings),
 * then its replies as nested bullets labelled by kind, in the order written. Hidden posts are included and
 * marked with the teacher's reason. All student text is escaped to render literally (escapeMarkdownLine).
 */
export function boardMarkdown(data: BoardExport, words: BoardMarkdownWords): string {
  const children = childrenOf(data.posts);
  const args = (children.get(null) ?? []).filter((p) => p.kind === "argument");
  const lines = [
    `# ${escapeMarkdownLine(data.motion || words.defaultMotion)}`,
    "",
    `${escapeMarkdownLine(words.assignment)}: ${escapeMarkdownLine(data.title)}`,
    "",
  ];
  const prompts = (children.get(null) ?? []).filter((p) => p.kind === "prompt");
  if (prompts.length > 0) {
    lines.push(`## ${escapeMarkdownLine(words.prompts)}`, "");
    for (const p of prompts)
      lines.push(
        `**${escapeMarkdownLine(p.author)}** · ${escapeMarkdownLine(words.formatDate(p.createdAt))}`,
        "",
        ...indentBlocks(postBlocks(p, words), ""),
      );
  }
  const stray = args.filter((a) => a.side === null || !data.sides.includes(a.side));
  const sections: { heading: string; args: ExportPost[] }[] = [
    ...data.sides.map((side) => ({ heading: words.sides[side], args: args.filter((a) => a.side === side) })),
    ...(stray.length > 0 ? [{ heading: words.unsided, args: stray }] : []),
  ];
  for (const section of sections) {
    lines.push(`## ${escapeMarkdownLine(section.heading)}`, "");
    if (section.args.length === 0) lines.push(`*${escapeMarkdownLine(words.noArguments)}*`, "");
    for (const a of section.args) {
      lines.push(
        `### ${escapeMarkdownLine(a.claim.replace(/\s+/g, " ")) || "—"}`,
        "",
        `**${escapeMarkdownLine(a.author)}** · ${escapeMarkdownLine(words.formatDate(a.createdAt))}${flags(a, words)}`,
        "",
        ...indentBlocks(postBlocks(a, words), ""),
        escapeMarkdownLine(words.ratings(a.ratings.length, ratingAverage(a.ratings))),
        "",
        ...(children.get(a.id) ?? []).flatMap((r) => replyLines(r, children, words, 0)),
      );
    }
  }
  const text = lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd();
  return `${text}\n`;
}
