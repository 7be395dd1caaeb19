import { z } from "zod";
import { LEVEL_TEXT_MAX, RUBRIC_MAX } from "@/lib/debate/rubric";
import { debateDefaultsSchema } from "@/lib/debate/wording";
import { type AuditParagraph, quotationProblems } from "@/lib/quiz/item-audit";
import { type QuizItem, quizItemSchema } from "@/lib/quiz/items";
import { ALIASES_MAX, EXPLANATION_MAX, TERM_MAX } from "@/lib/readings/glossary-schema";
import { READING_LANGUAGES } from "@/lib/readings/reading-languages";
import { PARAGRAPH_MAX_CHARS, READING_MAX_CHARS, READING_MAX_PARAGRAPHS } from "@/lib/readings/split";

/**
 * A lesson file: one reading with its glossary, quiz items, proposed debate and rubric wording, as one JSON
 * file a teacher downloads from one installation and uploads to another (decision 0036). Nothing in it is a
 * database id: paragraphs carry a `ref` of the file's own, and items cite those refs. Pure, so a form can
 * check a file before sending it.
 */
export const LESSON_FORMAT = "close-reading-lesson";
export const LESSON_FORMAT_VERSION = 1;
/** A reading at its limits is about 600 KB of UTF-8; the rest is room for its glossary and quiz (the first lesson: 62 KB). */
export const LESSON_MAX_BYTES = 3 * 1024 * 1024;
export const LESSON_MAX_TERMS = 200;
export const LESSON_MAX_ITEMS = 200;

/** Every key a refusal of a lesson file can have: keys of the "errors" message catalog. */
export const LESSON_ERROR_KEYS = [
  "lessonInvalid",
  "lessonTooNew",
  "lessonTooLarge",
  "lessonParagraphMissing",
  "lessonDuplicate",
  "lessonQuoteNotFound",
  "lessonTooManyTerms",
  "lessonTooManyItems",
  "titleTooLong",
  "authorTooLong",
  "sourceTooLong",
  "dateInvalid",
  "readingTooLong",
  "tooManyParagraphs",
  "paragraphTooLong",
  "termTooLong",
  "tooManyAliases",
  "explanationTooLong",
  "explanationRequired",
  "rubricLevelTooLong",
  "textRequired",
  // Passed through should the debate's wording schema (lib/debate/wording.ts) name its limits by these keys.
  "motionTooLong",
  "sideLabelTooLong",
] as const;
export type LessonErrorKey = (typeof LESSON_ERROR_KEYS)[number];

/** One problem of a file: where (e.g. "items[3].paragraphs[0]"; "" = the file as a whole) and what. */
export type LessonError = { path: string; key: LessonErrorKey };

const optionalText = (max: number, tooLong: LessonErrorKey) =>
  z
    .string()
    .trim()
    .max(max, { error: tooLong })
    .nullish()
    .transform((v) => v || null);

// A date without a time, as the reading form takes it; "2025-02-30" is refused rather than rolled over.
const calendarDate = z.string().refine(
  (v) => {
    const date = new Date(`${v}T00:00:00Z`);
    return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v);
  },
  { error: "dateInvalid" },
);

// One line with some text: a reading's paragraphs are lines (lib/readings/split.ts), and quotes cite ranges of them.
const ONE_LINE = /^[^\r\n\u2028\u2029]*\S[^\r\n\u2028\u2029]*$/;

const paragraphSchema = z.object({
  ref: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, { error: "lessonInvalid" }),
  text: z.string().max(PARAGRAPH_MAX_CHARS, { error: "paragraphTooLong" }).regex(ONE_LINE, { error: "lessonInvalid" }),
  heading: z.boolean().default(false),
});

const readingSchema = z.object({
  title: z.string().trim().min(1, { error: "lessonInvalid" }).max(200, { error: "titleTooLong" }),
  language: z.enum(READING_LANGUAGES),
  author: optionalText(200, "authorTooLong"),
  source: optionalText(500, "sourceTooLong"),
  publishedOn: calendarDate.nullish().transform((v) => v ?? null),
  paragraphs: z
    .array(paragraphSchema)
    .min(1, { error: "lessonInvalid" })
    .max(READING_MAX_PARAGRAPHS, { error: "tooManyParagraphs" })
    .refine((ps) => ps.reduce((sum, p) => sum + p.text.length, 0) <= READING_MAX_CHARS, { error: "readingTooLong" }),
});

const explanation = z.string().trim().max(EXPLANATION_MAX, { error: "explanationTooLong" }).default("");
const spelling = z.string().trim().min(1, { error: "lessonInvalid" }).max(TERM_MAX, { error: "termTooLong" });

// As a teacher's glossary form takes a term: an explanation in at least one of the two languages.
const termSchema = z
  .object({
    term: spelling,
    aliases: z.array(spelling).max(ALIASES_MAX, { error: "tooManyAliases" }).default([]),
    zhHant: explanation,
    en: explanation,
  })
  .refine((t) => t.zhHant || t.en, { error: "explanationRequired", path: ["zhHant"] });

const levels = z
  .array(z.string().trim().max(LEVEL_TEXT_MAX, { error: "rubricLevelTooLong" }))
  .length(RUBRIC_MAX, { error: "lessonInvalid" })
  .default(() => Array<string>(RUBRIC_MAX).fill(""));

export const lessonFileSchema = z.object({
  format: z.literal(LESSON_FORMAT),
  version: z.literal(LESSON_FORMAT_VERSION),
  reading: readingSchema,
  glossary: z.array(termSchema).max(LESSON_MAX_TERMS, { error: "lessonTooManyTerms" }).default([]),
  // Items as the quiz stores them, except that `paragraphs` (and a "paragraph" item's answer) hold refs.
  items: z.array(quizItemSchema).max(LESSON_MAX_ITEMS, { error: "lessonTooManyItems" }).default([]),
  debate: debateDefaultsSchema.prefault({}),
  rubric: z.object({ claim: levels, evidence: levels, reasoning: levels, rebuttal: levels }).prefault({}),
});

export type LessonFile = z.output<typeof lessonFileSchema>;
export type LessonParse = { ok: true; lesson: LessonFile } | { ok: false; errors: LessonError[] };

/** A lesson file's text, checked: its size, its format and version, its shape, then whether it holds together. */
export function parseLessonFile(json: string): LessonParse {
  if (isTooLarge(json)) return refused({ path: "", key: "lessonTooLarge" });
  const data = readJson(json);
  if (!data) return refused({ path: "", key: "lessonInvalid" });
  const versionProblem = formatProblem(data.value);
  if (versionProblem) return refused(versionProblem);
  const parsed = lessonFileSchema.safeParse(data.value);
  if (!parsed.success) return { ok: false, errors: issueErrors(parsed.error.issues) };
  const problems = lessonProblems(parsed.data);
  return problems.length ? { ok: false, errors: problems } : { ok: true, lesson: parsed.data };
}

const refused = (error: LessonError): LessonParse => ({ ok: false, errors: [error] });

// UTF-8 never takes fewer bytes than UTF-16 code units, so a long text is refused before it is encoded.
function isTooLarge(json: string): boolean {
  return json.length > LESSON_MAX_BYTES || new TextEncoder().encode(json).byteLength > LESSON_MAX_BYTES;
}

function readJson(json: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(json) };
  } catch {
    return null;
  }
}

/**
 * Ours, and a version we read. Checked before the schema so that a file from a newer installation, with fields
 * this one does not know, says "too new" (update the app) rather than "invalid" (the file is broken).
 */
function formatProblem(data: unknown): LessonError | null {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { path: "", key: "lessonInvalid" };
  if (!("format" in data) || data.format !== LESSON_FORMAT) return { path: "format", key: "lessonInvalid" };
  const version = "version" in data ? data.version : undefined;
  if (typeof version === "number" && Number.isInteger(version) && version > LESSON_FORMAT_VERSION)
    return { path: "version", key: "lessonTooNew" };
  if (version !== LESSON_FORMAT_VERSION) return { path: "version", key: "lessonInvalid" };
  return null;
}

// Our own refusals name their catalog key as the message; anything zod says in its own words is "invalid".
function issueErrors(issues: readonly z.core.$ZodIssue[]): LessonError[] {
  const known = new Set<string>(LESSON_ERROR_KEYS);
  const errors = issues.map((issue) => ({
    path: formatPath(issue.path),
    key: (known.has(issue.message) ? issue.message : "lessonInvalid") as LessonErrorKey,
  }));
  return errors.filter((e, i) => errors.findIndex((o) => o.path === e.path && o.key === e.key) === i);
}

/** A zod path as a person reads it: ["items", 3, "paragraphs", 0] → "items[3].paragraphs[0]". */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === "number" ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)),
    "",
  );
}

/**
 * What the schema cannot see, every problem at once: refs, item keys and terms that repeat, citations of
 * paragraphs the file does not have, and 「quotations」 that are not the reading's words (the check every
 * reading's quiz is held to, lib/quiz/item-audit.ts).
 */
export function lessonProblems(lesson: LessonFile): LessonError[] {
  return [
    ...duplicates(
      lesson.reading.paragraphs.map((p) => p.ref),
      (i) => `reading.paragraphs[${i}].ref`,
    ),
    ...duplicates(
      lesson.glossary.map((t) => t.term),
      (i) => `glossary[${i}].term`,
    ),
    ...duplicates(
      lesson.items.map((item) => item.key),
      (i) => `items[${i}].key`,
    ),
    ...missingParagraphs(lesson),
    ...misquotations(lesson),
  ];
}

function duplicates(values: string[], pathOf: (index: number) => string): LessonError[] {
  const seen = new Set<string>();
  return values.flatMap((value, i) => {
    if (seen.has(value)) return [{ path: pathOf(i), key: "lessonDuplicate" as const }];
    seen.add(value);
    return [];
  });
}

function missingParagraphs(lesson: LessonFile): LessonError[] {
  const refs = new Set(lesson.reading.paragraphs.map((p) => p.ref));
  const missing = (names: string[], pathOf: (j: number) => string): LessonError[] =>
    names.flatMap((ref, j) => (refs.has(ref) ? [] : [{ path: pathOf(j), key: "lessonParagraphMissing" as const }]));
  return lesson.items.flatMap((item, i) => [
    ...missing(item.paragraphs, (j) => `items[${i}].paragraphs[${j}]`),
    ...(item.type === "paragraph" ? missing(item.answer, (j) => `items[${i}].answer[${j}]`) : []),
  ]);
}

function misquotations(lesson: LessonFile): LessonError[] {
  const paragraphs: AuditParagraph[] = lesson.reading.paragraphs.map((p, i) => ({
    id: p.ref,
    position: i + 1,
    text: p.text,
  }));
  return lesson.items.flatMap((item, i) =>
    quotationProblems([item], paragraphs).length ? [{ path: `items[${i}]`, key: "lessonQuoteNotFound" as const }] : [],
  );
}

/**
 * The item with every paragraph it names renamed: its citations and, for a "paragraph" item, its key. Ids
 * become refs on export and refs become ids on import; the item's fields keep their order, so an unchanged
 * item is stored as the same JSON.
 */
export function renameParagraphs(item: QuizItem, rename: (name: string) => string): QuizItem {
  const paragraphs = item.paragraphs.map(rename);
  return item.type === "paragraph" ? { ...item, paragraphs, answer: item.answer.map(rename) } : { ...item, paragraphs };
}
