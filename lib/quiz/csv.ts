import { stringify } from "csv-stringify/sync";
import type { ContentLanguage } from "@/i18n/locales";
import { localized } from "@/lib/quiz/items";
import type { QuizResults, ResultStatus } from "./results";

/** The fixed column headings and status words, already in the teacher's language (from the catalogs). */
export type CsvWords = {
  student: string;
  loginName: string;
  status: string;
  score: string;
  maxScore: string;
  /** An item's column heading starts with its number: "第 3 題". */
  item: (position: number) => string;
  statuses: Record<ResultStatus, string>;
};

const PROMPT_CHARS = 24;

function shortPrompt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const chars = [...flat]; // by code point, so a cut never splits a character
  return chars.length > PROMPT_CHARS ? `${chars.slice(0, PROMPT_CHARS).join("")}…` : flat;
}

/**
 * The results as a spreadsheet: one row per student, one column per item holding the points that count
 * (empty when blank or not yet graded). UTF-8 with a byte order mark, which is what makes Excel read the
 * Chinese correctly; CRLF line ends as Excel writes them; cells starting with = + - @ are prefixed with '
 * so a name cannot run as a formula.
 */
export function buildResultsCsv(
  results: Pick<QuizResults, "items" | "students">,
  words: CsvWords,
  language: ContentLanguage,
): string {
  const header = [
    words.student,
    words.loginName,
    words.status,
    words.score,
    words.maxScore,
    ...results.items.map((item) => `${words.item(item.position)} ${shortPrompt(localized(item.prompt, language))}`),
  ];
  const rows = results.students.map((s) => {
    const scoreOf = new Map(s.answers.map((a) => [a.itemId, a.score]));
    return [
      s.displayName,
      s.loginName,
      words.statuses[s.status],
      s.score ?? "",
      s.maxScore,
      ...results.items.map((item) => scoreOf.get(item.id) ?? ""),
    ];
  });
  return (
    "\uFEFF" +
    stringify([header, ...rows], { record_delimiter: "windows", quote_record_delimiter: true, escape_formulas: true })
  );
}
