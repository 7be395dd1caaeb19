import { CsvError, parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { CLAIM_TYPES, ITEM_TYPES, type ItemType, type QuizItem, VERDICTS } from "@/lib/quiz/items";
import {
  type BankError,
  type BankErrorKey,
  type BankParseResult,
  type BankWriteResult,
  finishParse,
  type ItemDraft,
  MAX_KEY_LENGTH,
  type ReadItem,
  refuse,
  repeatedTexts,
} from "./shared";

/**
 * Our own spreadsheet columns, one item per row, both languages side by side: every item type and field
 * survives a round trip (option keys become the letters of their columns). The `answer` column per type:
 * single "b"; multiple "a;c"; true_false "true"/"false"; paragraph the accepted paragraph ids "p03;p19";
 * classify and short leave it empty (claim_type + verdict, and the rubric columns, hold their answers).
 * `paragraphs` holds the cited paragraph ids separated by ";".
 */

const LETTERS = ["a", "b", "c", "d", "e", "f", "g", "h"] as const;
export const BANK_CSV_COLUMNS = [
  "key",
  "type",
  "points",
  "prompt_zh",
  "prompt_en",
  ...LETTERS.flatMap((l) => [`option_${l}_zh`, `option_${l}_en`]),
  "answer",
  "explanation_zh",
  "explanation_en",
  "rubric_zh",
  "rubric_en",
  "claim_type",
  "verdict",
  "paragraphs",
];
const KNOWN = new Set(BANK_CSV_COLUMNS);

/**
 * UTF-8 with a byte order mark, CRLF line ends and cells starting with = + - @ prefixed with ' (so no text
 * runs as a formula): csv-stringify's own escape, with the same settings as the results and board exports.
 * Nothing is skipped.
 */
export function writeCsv(items: QuizItem[]): BankWriteResult {
  const rows = items.map(itemRow);
  const options = { record_delimiter: "windows", quote_record_delimiter: true, escape_formulas: true } as const;
  return { text: `\uFEFF${stringify([BANK_CSV_COLUMNS, ...rows], options)}`, skipped: [] };
}

function itemRow(item: QuizItem): (string | number)[] {
  const cells: Record<string, string | number> = {
    key: item.key,
    type: item.type,
    points: item.points,
    prompt_zh: item.prompt.zhHant,
    prompt_en: item.prompt.en,
    explanation_zh: item.explanation.zhHant,
    explanation_en: item.explanation.en,
    paragraphs: item.paragraphs.join(";"),
  };
  if (item.type === "single" || item.type === "multiple") {
    const letter = (key: string) => LETTERS[item.options.findIndex((o) => o.key === key)]!;
    item.options.forEach((o, i) => {
      cells[`option_${LETTERS[i]}_zh`] = o.zhHant;
      cells[`option_${LETTERS[i]}_en`] = o.en;
    });
    cells.answer = item.type === "single" ? letter(item.answer) : item.answer.map(letter).join(";");
  }
  if (item.type === "true_false") cells.answer = String(item.answer);
  if (item.type === "paragraph") cells.answer = item.answer.join(";");
  if (item.type === "classify") Object.assign(cells, { claim_type: item.answer.type, verdict: item.answer.verdict });
  if (item.type === "short") Object.assign(cells, { rubric_zh: item.rubric.zhHant, rubric_en: item.rubric.en });
  return BANK_CSV_COLUMNS.map((column) => cells[column] ?? "");
}

type Row = { cells: string[]; line: number };
type Columns = Map<string, number>;

/**
 * Reads a bank CSV (with or without a BOM, any line ends). Columns are found by their heading, in any
 * order; a column without a heading is ignored. A key already in the file or in existingKeys is a
 * duplicate; an empty key gets a generated one.
 */
export function parseCsv(source: string, options: { existingKeys?: Set<string> } = {}): BankParseResult {
  const records = readRecords(source);
  if ("error" in records) return refuse([records.error]);
  const [header, ...rows] = records.rows.filter((r) => r.cells.some(Boolean));
  if (!header) return finishParse([], []);
  const { columns, errors } = readHeader(header);
  if (!columns.has("type")) return refuse(errors);
  const reads: ReadItem[] = [];
  const keys = new Set(options.existingKeys);
  for (const row of rows) {
    const get = (name: string) => row.cells[columns.get(name) ?? -1] ?? "";
    const key = get("key");
    if (key && keys.has(key)) errors.push({ line: row.line, reason: "duplicateKey", detail: key });
    if (key) keys.add(key);
    const read = readRow(get, row.line, errors);
    if (read) reads.push({ line: row.line, wantedKey: key || undefined, draft: read });
  }
  return finishParse(reads, errors, options.existingKeys);
}

/**
 * Records with the line each starts on. Line ends are made "\n" first: csv-parse 6 counts a CRLF inside a
 * quoted cell as two lines, and its `info.lines` is where a record ends, so the start is that line less
 * the line breaks inside the record's cells.
 */
function readRecords(source: string): { rows: Row[] } | { error: BankError } {
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let lastLine = 0;
  try {
    const parsed = parse(text, {
      info: true,
      relax_column_count: true,
      relax_quotes: true, // a stray " inside an unquoted cell is text, as Excel reads it
      skip_empty_lines: true,
      on_record: (record, context) => {
        lastLine = context.lines;
        return record;
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
    const breaks = (cells: string[]) => cells.join("").split("\n").length - 1;
    return {
      rows: parsed.map(({ record, info }) => ({ cells: record.map(cleanCell), line: info.lines - breaks(record) })),
    };
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    // An unclosed quote is found at the end of the file; the record it opened starts after the last good one.
    const line = e.code === "CSV_QUOTE_NOT_CLOSED" ? nextFilledLine(text, lastLine) : Number(e.lines ?? 1);
    return { error: { line, reason: "csvSyntax", detail: e.code } };
  }
}

function nextFilledLine(text: string, after: number): number {
  const lines = text.split("\n");
  let line = after + 1;
  while (line < lines.length && !lines[line - 1]!.trim()) line++;
  return line;
}

/** Trimmed, and without the ' that a formula escape (ours or a spreadsheet's) put before = + - @. */
const cleanCell = (cell: string) => cell.replace(/^'(?=[=+\-@\t\uFF1D\uFF0B\uFF0D\uFF20])/, "").trim();

function readHeader(header: Row): { columns: Columns; errors: BankError[] } {
  const columns: Columns = new Map();
  const errors: BankError[] = [];
  const at = (reason: BankErrorKey, detail: string) => errors.push({ line: header.line, reason, detail });
  header.cells.forEach((cell, i) => {
    const name = cell.toLowerCase();
    if (!name) return;
    if (!KNOWN.has(name)) at("unknownColumn", cell);
    else if (columns.has(name)) at("duplicateColumn", cell);
    else columns.set(name, i);
  });
  // No known heading at all: the header row is missing, which one error says better than one per cell.
  if (!columns.size) return { columns, errors: [{ line: header.line, reason: "missingColumn", detail: "type" }] };
  if (!columns.has("type")) at("missingColumn", "type");
  return { columns, errors };
}

/** The item of one row, or undefined when the row has errors (added to `errors`, all of them). */
function readRow(get: (name: string) => string, line: number, errors: BankError[]): ItemDraft | undefined {
  const before = errors.length;
  const fail = (reason: BankErrorKey, detail?: string) =>
    errors.push(detail === undefined ? { line, reason } : { line, reason, detail });
  const pair = (name: string) => ({ zhHant: get(`${name}_zh`), en: get(`${name}_en`) });
  const type = get("type").toLowerCase();
  const prompt = pair("prompt");
  const points = get("points") === "" ? 1 : Number(get("points"));
  if (get("key").length > MAX_KEY_LENGTH) fail("badKey", get("key"));
  if (!Number.isInteger(points) || points < 1 || points > 10) fail("badPoints", get("points"));
  if (!prompt.zhHant && !prompt.en) fail("emptyQuestion");
  if (!(ITEM_TYPES as readonly string[]).includes(type)) fail("unknownType", get("type"));
  const typed = (ITEM_TYPES as readonly string[]).includes(type) ? readAnswer(type as ItemType, get, fail) : undefined;
  if (errors.length > before || !typed) return undefined;
  const base = { prompt, explanation: pair("explanation"), paragraphs: splitList(get("paragraphs")), points };
  return { ...base, ...typed } as ItemDraft;
}

type Fail = (reason: BankErrorKey, detail?: string) => void;

/** The type-specific fields of a row: options, answer, classification or rubric. */
function readAnswer(type: ItemType, get: (name: string) => string, fail: Fail) {
  const answer = get("answer");
  switch (type) {
    case "single":
    case "multiple": {
      const options = readOptions(get, fail);
      const keys = [...new Set(splitList(answer.toLowerCase()))];
      if (!keys.length) fail("missingAnswer");
      for (const key of keys) if (!options.some((o) => o.key === key)) fail("answerNotAnOption", key);
      if (type === "single" && keys.length > 1) fail("severalRightAnswers", answer);
      return type === "single" ? { type, options, answer: keys[0]! } : { type, options, answer: keys };
    }
    case "true_false":
      if (!/^(true|false)$/i.test(answer)) fail("badAnswer", answer);
      return { type, answer: answer.toLowerCase() === "true" };
    case "classify": {
      const claim = get("claim_type").toLowerCase();
      const verdict = get("verdict").toLowerCase();
      if (!(CLAIM_TYPES as readonly string[]).includes(claim)) fail("badAnswer", `claim_type: ${claim}`);
      if (!(VERDICTS as readonly string[]).includes(verdict)) fail("badAnswer", `verdict: ${verdict}`);
      return { type, answer: { type: claim, verdict } };
    }
    case "paragraph": {
      const ids = splitList(answer);
      if (!ids.length) fail("missingAnswer");
      return { type, answer: ids };
    }
    case "short": {
      const rubric = { zhHant: get("rubric_zh"), en: get("rubric_en") };
      if (!rubric.zhHant && !rubric.en) fail("missingRubric");
      return { type, rubric };
    }
  }
}

/** The options of a row: one per letter column pair with text in either language, keyed by the letter. */
function readOptions(get: (name: string) => string, fail: Fail) {
  const options = LETTERS.map((key) => ({ key, zhHant: get(`option_${key}_zh`), en: get(`option_${key}_en`) })).filter(
    (o) => o.zhHant || o.en,
  );
  if (options.length < 2) fail("tooFewOptions");
  for (const language of ["zhHant", "en"] as const) {
    const texts = options.map((o) => o[language]);
    for (const i of repeatedTexts(texts)) fail("duplicateOption", texts[i]);
  }
  return options;
}

/** A list cell: values separated by ";" (or "," or their full-width forms, as a Chinese input method types). */
const splitList = (cell: string) =>
  cell
    .split(/[;,；，]/)
    .map((v) => v.trim())
    .filter(Boolean);
