import { describe, expect, it } from "vitest";
import { buildGradebookCsv, type GradebookCsvWords } from "./csv";
import type { Gradebook, GradebookCell, GradebookRow } from "./gradebook";
import { parseGradebookSort, sortGradebook } from "./sort";

const cell = (percent: number, score: number | null, rubric: number | null): GradebookCell => ({
  reading: { opened: percent > 0, percent, read: percent === 100 },
  quiz: { status: score === null ? "not_started" : "graded", score, maxScore: score === null ? null : 10 },
  debate: { rubricTotal: rubric, rubricMax: 16, arguments: 1, replies: 2 },
});
const row = (displayName: string, c: GradebookCell): GradebookRow => ({
  studentId: displayName,
  displayName,
  loginName: `=${displayName}`,
  cells: [c],
});
const rows = [row("陳同學", cell(100, 4, null)), row("林同學", cell(40, null, 12)), row("王同學", cell(40, 9, 8))];
const names = (list: GradebookRow[]) => list.map((r) => r.displayName);

describe("sorting the gradebook", () => {
  it("reads the sort from the page's address, falling back to names for anything else", () => {
    expect(parseGradebookSort("0.quiz", 1)).toEqual({ by: "cell", index: 0, part: "quiz" });
    expect(parseGradebookSort("1.quiz", 1)).toEqual({ by: "name" }); // no such assignment
    expect(parseGradebookSort("0.grades", 1)).toEqual({ by: "name" });
    expect(parseGradebookSort(undefined, 1)).toEqual({ by: "name" });
  });

  it("orders by a column, with nothing yet below every score and ties by name", () => {
    expect(names(sortGradebook(rows, { by: "cell", index: 0, part: "quiz" }, false))).toEqual([
      "林同學",
      "陳同學",
      "王同學",
    ]);
    expect(names(sortGradebook(rows, { by: "cell", index: 0, part: "debate" }, true))).toEqual([
      "林同學",
      "王同學",
      "陳同學",
    ]);
    const byReading = names(sortGradebook(rows, { by: "cell", index: 0, part: "reading" }, false));
    expect(byReading.at(-1)).toBe("陳同學");
    expect(byReading.slice(0, 2)).toEqual(["林同學", "王同學"].sort((a, b) => a.localeCompare(b, "zh-Hant")));
  });
});

describe("the gradebook as CSV", () => {
  const words: GradebookCsvWords = {
    student: "學生",
    loginName: "帳號",
    reading: (title) => `${title}：閱讀`,
    quiz: (title) => `${title}：測驗`,
    rubric: (title) => `${title}：辯論評分`,
    posts: (title) => `${title}：發言數`,
    notOpened: "未開啟",
    read: "已讀",
    notStarted: "未開始",
    inProgress: "作答中",
    waiting: "待老師評分",
  };
  const book = {
    classroom: { id: "c", name: "高二甲", archived: false },
    assignments: [
      { id: "a", title: "晶片", opensAt: new Date(), dueAt: null, parts: { reading: true, quiz: true, debate: true } },
    ],
    rows,
  } satisfies Gradebook;

  it("starts with a byte order mark, names each part's column, and keeps a name from running as a formula", () => {
    const csv = buildGradebookCsv(book, words);
    expect(csv.startsWith("\uFEFF學生,帳號,晶片：閱讀,晶片：測驗,晶片：辯論評分,晶片：發言數\r\n")).toBe(true);
    expect(csv).toContain("陳同學,'=陳同學,已讀,4 / 10,,3\r\n");
    expect(csv).toContain("林同學,'=林同學,40%,未開始,12 / 16,3\r\n");
  });
});
