import type { ContentLanguage } from "@/i18n/locales";
import { localized, type QuizItem } from "@/lib/quiz/items";
import { escapeGift, type GiftFormat, hideEscapes, readText, showEscapes } from "./gift-text";
import {
  type BankError,
  type BankErrorKey,
  type BankParseOptions,
  type BankParseResult,
  type BankWriteResult,
  finishParse,
  type ItemDraft,
  MAX_OPTIONS,
  optionKey,
  type ReadItem,
  repeatedTexts,
  textIn,
} from "./shared";

/**
 * Moodle's GIFT format, the part teachers use: single choice {=right ~wrong}, several right answers by
 * weight {~%50%a ~%50%b ~%-100%c}, true/false {T} {FALSE}, essay {} (our "short"), with ::title::, //
 * comments, escapes, [format] markers and ####general feedback. Matching, numerical, short-answer and
 * missing-word questions are refused by name: we have no item that grades them the same way.
 */

type Block = { text: string; firstLine: number };
type Question = { read?: ReadItem; errors: BankError[] };

export function parseGift(source: string, options: BankParseOptions): BankParseResult {
  const reads: ReadItem[] = [];
  const errors: BankError[] = [];
  for (const block of splitBlocks(source)) {
    const question = readQuestion(block, options.language);
    errors.push(...question.errors);
    if (question.read) reads.push(question.read);
  }
  return finishParse(reads, errors, options.existingKeys);
}

/**
 * Questions are separated by blank lines, as in Moodle. Comment and $CATEGORY lines are emptied but kept,
 * so an offset in a block still tells its line.
 */
function splitBlocks(source: string): Block[] {
  const blocks: { lines: string[]; firstLine: number }[] = [];
  let current: { lines: string[]; firstLine: number } | undefined;
  const lines = source.replace(/^\uFEFF/, "").split(/\r\n?|\n/);
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed) current = undefined;
    else {
      if (!current) blocks.push((current = { lines: [], firstLine: i + 1 }));
      current.lines.push(trimmed.startsWith("//") || trimmed.startsWith("$CATEGORY:") ? "" : line);
    }
  });
  return blocks.map((b) => ({ text: b.lines.join("\n"), firstLine: b.firstLine })).filter((b) => b.text.trim());
}

function readQuestion(block: Block, language: ContentLanguage): Question {
  const t = hideEscapes(block.text);
  const lineAt = (offset: number) => block.firstLine + (t.slice(0, offset).match(/\n/g)?.length ?? 0);
  const error = (offset: number, reason: BankErrorKey, detail?: string): BankError =>
    detail ? { line: lineAt(offset), reason, detail } : { line: lineAt(offset), reason };
  const fail = (offset: number, reason: BankErrorKey, detail?: string) => ({
    errors: [error(offset, reason, detail)],
  });

  let start = t.search(/\S/);
  let title: string | undefined;
  if (t.startsWith("::", start)) {
    const end = t.indexOf("::", start + 2);
    if (end >= 0) title = showEscapes(t.slice(start + 2, end)).trim() || undefined;
    start = end >= 0 ? end + 2 : start + 2; // Moodle drops an unclosed "::" and reads on
  }
  const open = t.indexOf("{", start);
  const close = t.indexOf("}", start);
  if (open < 0 && close < 0) return fail(start, "noAnswerBlock");
  if (open < 0 || (close >= 0 && close < open)) return fail(close, "strayBrace");
  const reopen = t.indexOf("{", open + 1);
  if (close < 0 || (reopen >= 0 && reopen < close)) return fail(open, "unclosedBrace");
  const after = t.slice(close + 1).search(/\S/);
  if (after >= 0) return fail(close + 1 + after, "unsupportedQuestionType", "missingWord");

  const prompt = readText(t.slice(start, open), "moodle");
  const body = t.slice(open + 1, close);
  const split = body.lastIndexOf("####");
  const general = split < 0 ? "" : readText(body.slice(split + 4), prompt.format).text;
  const answers = split < 0 ? body : body.slice(0, split);
  const errors: BankError[] = prompt.text ? [] : [error(start, "emptyQuestion")];
  const base = { prompt: textIn(language, prompt.text), paragraphs: [], points: 1 };
  const explanation = textIn(language, general);

  let draft: ItemDraft | undefined;
  const kind = answerKind(answers);
  if (kind === "essay") {
    // Moodle's general feedback on an essay says what a good answer holds: our rubric, which is required.
    if (!general) errors.push(error(open, "missingRubric"));
    draft = { ...base, type: "short", explanation: textIn(language, ""), rubric: explanation };
  } else if (kind === "trueFalse") {
    draft = { ...base, type: "true_false", explanation, answer: /^T/i.test(answers.trim()) };
  } else if (kind === "choice") {
    const choices = readChoices(answers, open + 1, prompt.format, language);
    errors.push(...choices.problems.map((p) => error(p.offset, p.reason, p.detail)));
    draft = choices.typed && { ...base, explanation, ...choices.typed };
  } else {
    errors.push(error(open, "unsupportedQuestionType", kind));
  }
  return errors.length || !draft ? { errors } : { read: { line: lineAt(start), wantedKey: title, draft }, errors };
}

type Kind = "essay" | "trueFalse" | "choice" | "numerical" | "matching" | "shortAnswer";

/** The question type, decided the way Moodle decides it (in this order). */
function answerKind(answers: string): Kind {
  const trimmed = answers.trim();
  if (!trimmed) return "essay";
  if (trimmed.startsWith("#")) return "numerical";
  if (trimmed.includes("~")) return "choice";
  if (trimmed.includes("=") && trimmed.includes("->")) return "matching";
  if (/^(T|TRUE|F|FALSE)$/i.test(trimmed.split("#")[0]!.trim())) return "trueFalse";
  return "shortAnswer"; // {=a =b}: typed answers matched against a list, which we cannot grade
}

type Choice = { text: string; marker: string; weight?: number; offset: number };
type Problem = { offset: number; reason: BankErrorKey; detail?: string };
type ChoiceOption = { key: string; zhHant: string; en: string };
type ChoiceFields =
  | { type: "single"; options: ChoiceOption[]; answer: string }
  | { type: "multiple"; options: ChoiceOption[]; answer: string[] };

/**
 * The options of a choice question. With any "=" it is single choice (as in Moodle): "=" marks the right
 * option and a "~%…%" weight is partial credit, which we do not keep. Without "=", every option with a
 * positive weight is right (our multiple choice, graded proportionally whatever the weights were).
 */
function readChoices(answers: string, base: number, format: GiftFormat, language: ContentLanguage) {
  const choices = splitChoices(answers, base, format);
  const single = choices.some((c) => c.marker === "=");
  const right = choices.filter((c) => (single ? c.marker === "=" || c.weight === 100 : (c.weight ?? 0) > 0));
  const problems: Problem[] = choices.filter((c) => !c.text).map((c) => ({ offset: c.offset, reason: "emptyOption" }));
  for (const i of repeatedTexts(choices.map((c) => c.text)))
    problems.push({ offset: choices[i]!.offset, reason: "duplicateOption", detail: choices[i]!.text });
  if (choices.length < 2) problems.push({ offset: base - 1, reason: "tooFewOptions" });
  if (choices.length > MAX_OPTIONS) problems.push({ offset: base - 1, reason: "tooManyOptions" });
  if (!right.length) problems.push({ offset: base - 1, reason: "noRightAnswer" });
  if (single && right.length > 1) problems.push({ offset: right[1]!.offset, reason: "severalRightAnswers" });
  const options = choices.map((c, i) => ({ key: optionKey(i), ...textIn(language, c.text) }));
  const rightKeys = right.map((c) => optionKey(choices.indexOf(c)));
  const typed: ChoiceFields = single
    ? { type: "single", options, answer: rightKeys[0]! }
    : { type: "multiple", options, answer: rightKeys };
  return { problems, typed: problems.length ? undefined : typed };
}

/** Each "=" or "~" starts an option; text before the first one is a wrong option, as Moodle reads it. */
function splitChoices(answers: string, base: number, format: GiftFormat): Choice[] {
  const first = answers.search(/[=~]/);
  const lead = answers.slice(0, first);
  const choices = lead.trim() ? [readChoice("~", lead, base + lead.search(/\S/), format)] : [];
  for (const m of answers.matchAll(/([=~])([^=~]*)/g)) choices.push(readChoice(m[1]!, m[2]!, base + m.index, format));
  return choices;
}

function readChoice(marker: string, raw: string, offset: number, format: GiftFormat): Choice {
  const weighted = raw.match(/^\s*%(-?\d+(?:\.\d+)?)%/);
  const rest = weighted ? raw.slice(weighted[0].length) : raw;
  // "#…" after an option is feedback on choosing it; we drop it (the item has one explanation for all).
  const text = readText(rest.split("#")[0]!, format).text;
  return weighted ? { text, marker, weight: Number(weighted[1]), offset } : { text, marker, offset };
}

/**
 * Items as GIFT in one language (a text missing in it is written in the other). Classify and paragraph
 * items have no GIFT form and come back in `skipped`. Points, cited paragraphs and a short item's
 * explanation are not written: GIFT has no place for them (the general feedback holds its rubric).
 */
export function writeGift(items: QuizItem[], options: { language: ContentLanguage }): BankWriteResult {
  const questions: string[] = [];
  const skipped: BankWriteResult["skipped"] = [];
  for (const item of items) {
    const answers = giftAnswers(item, options.language);
    if (answers === undefined) skipped.push({ key: item.key, reason: "typeNotInFormat" });
    else {
      // [plain]: our texts are plain text; Moodle's default format would read "<" in them as HTML.
      const prompt = escapeGift(localized(item.prompt, options.language));
      questions.push(`::${escapeGift(item.key)}::[plain]${prompt} ${answers}\n`);
    }
  }
  return { text: questions.join("\n"), skipped };
}

function giftAnswers(item: QuizItem, language: ContentLanguage): string | undefined {
  const text = (pair: { zhHant: string; en: string }) => {
    const escaped = escapeGift(localized(pair, language));
    return escaped.startsWith("[") ? `[plain]${escaped}` : escaped; // so "[html]…" is read as text
  };
  const feedback = (pair: { zhHant: string; en: string }) => (localized(pair, language) ? `####${text(pair)}` : "");
  const list = (lines: string[], general: string) =>
    `{\n${[...lines, ...(general ? [general] : [])].map((line) => `\t${line}\n`).join("")}}`;
  switch (item.type) {
    case "single":
      return list(
        item.options.map((o) => `${o.key === item.answer ? "=" : "~"}${text(o)}`),
        feedback(item.explanation),
      );
    case "multiple": {
      // Moodle's weights for our proportional rule: each right option +1/k, each wrong one −1/k.
      const share = String(Number((100 / item.answer.length).toFixed(5)));
      const weight = (key: string) => (item.answer.includes(key) ? share : `-${share}`);
      return list(
        item.options.map((o) => `~%${weight(o.key)}%${text(o)}`),
        feedback(item.explanation),
      );
    }
    case "true_false":
      return `{${item.answer ? "TRUE" : "FALSE"}${feedback(item.explanation)}}`;
    case "short":
      return `{${feedback(item.rubric)}}`;
    default:
      return undefined;
  }
}
