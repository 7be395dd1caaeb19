import { stringify } from "csv-stringify/sync";
import type { Gradebook, GradebookCell } from "./gradebook";

/** Column headings and cell words, already in the teacher's language (from the catalogs). */
export type GradebookCsvWords = {
  student: string;
  loginName: string;
  /** Headings of an assignment's columns, given its title. */
  reading: (title: string) => string;
  quiz: (title: string) => string;
  rubric: (title: string) => string;
  posts: (title: string) => string;
  notOpened: string;
  read: string;
  notStarted: string;
  inProgress: string;
  waiting: string;
};

function cellTexts(cell: GradebookCell, words: GradebookCsvWords): (string | number)[] {
  const out: (string | number)[] = [];
  if (cell.reading)
    out.push(!cell.reading.opened ? words.notOpened : cell.reading.read ? words.read : `${cell.reading.percent}%`);
  if (cell.quiz) {
    const q = cell.quiz;
    out.push(
      q.status === "not_started"
        ? words.notStarted
        : q.status === "in_progress"
          ? words.inProgress
          : q.status === "submitted"
            ? words.waiting
            : `${q.score} / ${q.maxScore}`,
    );
  }
  if (cell.debate) {
    out.push(cell.debate.rubricTotal === null ? "" : `${cell.debate.rubricTotal} / ${cell.debate.rubricMax}`);
    out.push(cell.debate.arguments + cell.debate.replies);
  }
  return out;
}

/**
 * The gradebook as a spreadsheet: a row per student; per assignment a column for each part that is on (read or
 * how far, quiz score or status, rubric total, posts). UTF-8 with a byte order mark so Excel reads the Chinese;
 * CRLF line ends; cells starting with = + - @ are prefixed with ' so a name cannot run as a formula.
 */
export function buildGradebookCsv(gradebook: Gradebook, words: GradebookCsvWords): string {
  const header: string[] = [words.student, words.loginName];
  for (const { title, parts } of gradebook.assignments) {
    if (parts.reading) header.push(words.reading(title));
    if (parts.quiz) header.push(words.quiz(title));
    if (parts.debate) header.push(words.rubric(title), words.posts(title));
  }
  const rows = gradebook.rows.map((r) => [r.displayName, r.loginName, ...r.cells.flatMap((c) => cellTexts(c, words))]);
  return (
    "\uFEFF" +
    stringify([header, ...rows], { record_delimiter: "windows", quote_record_delimiter: true, escape_formulas: true })
  );
}
