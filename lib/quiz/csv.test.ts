import { describe, expect, it } from "vitest";
import { buildResultsCsv, type CsvWords } from "./csv";
import type { ResultItem, StudentResult } from "./results";

const WORDS: CsvWords = {
  student: "學生",
  loginName: "登入名稱",
  status: "狀態",
  score: "得分",
  maxScore: "滿分",
  item: (n) => `第${n}題`,
  statuses: { not_started: "未開始", in_progress: "作答中", submitted: "已交卷(待評分)", graded: "已評分" },
};

const item = (id: string, key: string, zhHant: string, points = 1): ResultItem => ({
  id,
  key,
  position: Number(id),
  type: "single",
  prompt: { zhHant, en: `${key} in English` },
  points,
  rubric: null,
});
const ITEMS = [item("1", "q01", "文章中「狼來了」指的是什麼?"), item("2", "q02", "短"), item("3", "q24", "簡答", 2)];

function student(
  displayName: string,
  loginName: string,
  status: StudentResult["status"],
  scores: (number | null)[],
  score: number | null,
): StudentResult {
  return {
    studentId: loginName,
    displayName,
    loginName,
    status,
    attemptId: status === "not_started" ? null : `a-${loginName}`,
    score,
    maxScore: 4,
    submittedAt: null,
    handedInAtEnd: false,
    attemptsUsed: status === "not_started" ? 0 : 1,
    outdatedKeys: [],
    answers:
      status === "not_started"
        ? []
        : ITEMS.map((it, i) => ({
            itemId: it.id,
            attemptItemId: it.id,
            answerId: null,
            value: null,
            view: { kind: "none" },
            score: scores[i] ?? null,
            autoScore: null,
            teacherScore: null,
            overrideReason: null,
            correct: null,
            keyViews: [],
          })),
  };
}

const STUDENTS = [
  student("陳同學", "student1", "graded", [1, 0.5, 2], 3.5),
  student('王, "小明"\n二號', "student2", "submitted", [0, 1, null], 1),
  student('=HYPERLINK("x")', "student3", "not_started", [], null),
];

describe("quiz results CSV", () => {
  const csv = buildResultsCsv({ items: ITEMS, students: STUDENTS }, WORDS, "zhHant");

  it("starts with a UTF-8 byte order mark, so Excel reads the Chinese", () => {
    expect(csv.startsWith("\uFEFF學生,")).toBe(true);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("has one header row, one row per student, one column per item", () => {
    const lines = csv.slice(1).split("\r\n");
    expect(lines.at(-1)).toBe(""); // ends with a line break
    expect(lines[0]).toBe("學生,登入名稱,狀態,得分,滿分,第1題 文章中「狼來了」指的是什麼?,第2題 短,第3題 簡答");
    expect(lines[1]).toBe("陳同學,student1,已評分,3.5,4,1,0.5,2");
    expect(lines.length).toBe(1 + STUDENTS.length + 1);
  });

  it("quotes commas, quotes and line breaks, leaves unanswered or ungraded items empty, and defuses formulas", () => {
    const lines = csv.slice(1).split("\r\n");
    expect(lines[2]).toBe('"王, ""小明""\n二號",student2,已交卷(待評分),1,4,0,1,');
    expect(lines[3]).toBe(`"'=HYPERLINK(""x"")",student3,未開始,,4,,,`);
  });

  it("names items in the teacher's language and shortens long prompts", () => {
    const long = item("9", "q09", "一".repeat(40));
    const en = buildResultsCsv({ items: [ITEMS[0]!, long], students: [] }, WORDS, "en");
    expect(en.slice(1).split("\r\n")[0]).toBe("學生,登入名稱,狀態,得分,滿分,第1題 q01 in English,第9題 q09 in English");
    const zh = buildResultsCsv({ items: [long], students: [] }, WORDS, "zhHant");
    expect(zh).toContain(`第9題 ${"一".repeat(24)}…`);
  });
});
