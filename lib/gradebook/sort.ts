import type { GradebookCell, GradebookRow } from "./gradebook";

export const GRADEBOOK_PARTS = ["reading", "quiz", "debate"] as const;
export type GradebookPart = (typeof GRADEBOOK_PARTS)[number];
/** By name, or by one assignment's part ("<assignment index>.<part>", as the page's links say). */
export type GradebookSort = { by: "name" } | { by: "cell"; index: number; part: GradebookPart };

export function parseGradebookSort(value: string | undefined, assignments: number): GradebookSort {
  const match = /^(\d{1,3})\.(reading|quiz|debate)$/.exec(value ?? "");
  if (!match || Number(match[1]) >= assignments) return { by: "name" };
  return { by: "cell", index: Number(match[1]), part: match[2] as GradebookPart };
}

export function gradebookSortParam(sort: GradebookSort): string {
  return sort.by === "name" ? "name" : `${sort.index}.${sort.part}`;
}

/**
 * A number to order one cell by: how far they read (marked read beyond 100 %), the share of the quiz's points,
 * the rubric total. Nothing yet (not started, not scored) orders below every score, -1.
 */
export function cellValue(cell: GradebookCell, part: GradebookPart): number {
  if (part === "reading") return cell.reading ? cell.reading.percent + (cell.reading.read ? 1 : 0) : -1;
  if (part === "quiz") {
    const q = cell.quiz;
    return q && q.score !== null && q.maxScore ? q.score / q.maxScore : -1;
  }
  return cell.debate?.rubricTotal ?? -1;
}

/** Ties, and the name order itself, follow the names as a Taiwanese class list does (zh-Hant collation). */
export function sortGradebook(rows: GradebookRow[], sort: GradebookSort, descending: boolean): GradebookRow[] {
  const byName = (a: GradebookRow, b: GradebookRow) => a.displayName.localeCompare(b.displayName, "zh-Hant");
  const sorted = [...rows].sort((a, b) => {
    if (sort.by === "name") return byName(a, b);
    const order = cellValue(a.cells[sort.index]!, sort.part) - cellValue(b.cells[sort.index]!, sort.part);
    return order || byName(a, b);
  });
  return descending ? sorted.reverse() : sorted;
}
