import type { ContentLanguage } from "@/i18n/locales";
import { localized, type QuizItem } from "@/lib/quiz/items";
import {
  type BankError,
  type BankParseOptions,
  type BankParseResult,
  type BankWriteResult,
  finishParse,
  MAX_OPTIONS,
  optionKey,
  type ReadItem,
  repeatedTexts,
  textIn,
} from "./shared";

/**
 * The Aiken format: single choice only. A question's text (one line or more), its options "A. …" or
 * "A) …", then "ANSWER: B". Full-width letters and marks (Ａ．, A）, ANSWER：) are read too, since a
 * Chinese input method types them. Aiken has no feedback, points or titles: items read from it have no
 * explanation, 1 point and generated keys.
 */

// An ASCII mark needs a space after it (so "A.I. …" stays question text); a full-width one is typed without.
const OPTION = /^([A-ZＡ-Ｚ])(?:[.)](?=\s|$)|[．）])\s*(.*)$/;
// Any case, but only with a short value, so a question that starts "Answer: which …" stays a question.
const ANSWER = /^ANSWER\s*[:：]\s*(\S{0,3})$/i;
const asciiLetter = (letter: string) => letter.normalize("NFKC").toUpperCase();

type Option = { letter: string; text: string; line: number };
type Pending = { line: number; text: string[]; options: Option[] };

export function parseAiken(source: string, options: BankParseOptions): BankParseResult {
  const reads: ReadItem[] = [];
  const errors: BankError[] = [];
  let pending: Pending | undefined;
  const lines = source.replace(/^\uFEFF/, "").split(/\r\n?|\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const text = raw.trim();
    const answer = text.match(ANSWER);
    const option = text.match(OPTION);
    if (!text) {
      // A blank line after the options ends the question: its ANSWER line is missing.
      if (pending?.options.length) errors.push({ line: pending.line, reason: "missingAnswer" });
      if (pending?.options.length) pending = undefined;
    } else if (answer) {
      if (!pending) errors.push({ line, reason: "emptyQuestion" });
      else finishQuestion(pending, { line, value: answer[1]!.trim() }, options.language, reads, errors);
      pending = undefined;
    } else if (option) {
      // An option with no question before it: one error, and the rest of that question is read with it.
      if (!pending) errors.push({ line, reason: "emptyQuestion" });
      pending ??= { line, text: [], options: [] };
      pending.options.push({ letter: asciiLetter(option[1]!), text: option[2]?.trim() ?? "", line });
    } else if (pending?.options.length) {
      errors.push({ line, reason: "unexpectedText", detail: text });
    } else {
      pending ??= { line, text: [], options: [] };
      pending.text.push(text);
    }
  });
  if (pending) errors.push({ line: pending.line, reason: "missingAnswer" });
  return finishParse(reads, errors, options.existingKeys);
}

/** Checks a question at its ANSWER line; adds it to `reads` only when it has no error of its own. */
function finishQuestion(
  question: Pending,
  answer: { line: number; value: string },
  language: ContentLanguage,
  reads: ReadItem[],
  errors: BankError[],
) {
  const found: BankError[] = [];
  const { options } = question;
  for (const o of options) if (!o.text) found.push({ line: o.line, reason: "emptyOption" });
  for (const i of repeatedTexts(options.map((o) => o.letter)))
    found.push({ line: options[i]!.line, reason: "duplicateOption", detail: options[i]!.letter });
  for (const i of repeatedTexts(options.map((o) => o.text)))
    found.push({ line: options[i]!.line, reason: "duplicateOption", detail: options[i]!.text });
  if (options.length < 2) found.push({ line: question.line, reason: "tooFewOptions" });
  if (options.length > MAX_OPTIONS) found.push({ line: question.line, reason: "tooManyOptions" });
  const right = options.findIndex((o) => o.letter === asciiLetter(answer.value));
  if (right < 0) found.push({ line: answer.line, reason: "answerNotAnOption", detail: answer.value });
  errors.push(...found);
  if (found.length || !question.text.length) return;
  reads.push({
    line: question.line,
    draft: {
      type: "single",
      prompt: textIn(language, question.text.join("\n")),
      options: options.map((o, i) => ({ key: optionKey(i), ...textIn(language, o.text) })),
      answer: optionKey(right),
      explanation: textIn(language, ""),
      paragraphs: [],
      points: 1,
    },
  });
}

/**
 * Single-choice items as Aiken, in one language (a text missing in it is written in the other), each text
 * on one line. Other types have no Aiken form; a prompt that would read as an option or ANSWER line cannot
 * be written unambiguously. Both come back in `skipped`. Explanations, points and keys are not written.
 */
export function writeAiken(items: QuizItem[], options: { language: ContentLanguage }): BankWriteResult {
  const questions: string[] = [];
  const skipped: BankWriteResult["skipped"] = [];
  const oneLine = (pair: { zhHant: string; en: string }) => localized(pair, options.language).replace(/\s+/g, " ");
  for (const item of items) {
    if (item.type !== "single") {
      skipped.push({ key: item.key, reason: "typeNotInFormat" });
      continue;
    }
    const prompt = oneLine(item.prompt).trim();
    if (OPTION.test(prompt) || ANSWER.test(prompt)) {
      skipped.push({ key: item.key, reason: "textLooksLikeSyntax" });
      continue;
    }
    const letter = (i: number) => String.fromCharCode(65 + i);
    const answer = item.options.findIndex((o) => o.key === item.answer);
    const lines = [
      prompt,
      ...item.options.map((o, i) => `${letter(i)}. ${oneLine(o).trim()}`),
      `ANSWER: ${letter(answer)}`,
    ];
    questions.push(`${lines.join("\n")}\n`);
  }
  return { text: questions.join("\n"), skipped };
}
