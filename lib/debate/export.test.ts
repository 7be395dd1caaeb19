import { describe, expect, it } from "vitest";
import {
  type BoardCsvWords,
  type BoardExport,
  type BoardMarkdownWords,
  boardCsv,
  boardMarkdown,
  type ExportPost,
  escapeMarkdownLine,
  threadOrder,
} from "./export";

const CSV_WORDS: BoardCsvWords = {
  postId: "編號",
  parentId: "回覆對象",
  depth: "層",
  kind: "類型",
  side: "立場",
  author: "作者",
  createdAt: "時間",
  claim: "主張",
  body: "內容",
  quotes: "引文",
  ratingCount: "評分數",
  ratingAverage: "平均評分",
  hidden: "已隱藏",
  hiddenReason: "隱藏原因",
  kinds: { argument: "論點", support: "支持", rebut: "反駁", question: "提問", prompt: "老師的提問" },
  sides: { first: "退卻", second: "陷阱", other: "其他" },
  yes: "是",
};

const MD_WORDS: BoardMarkdownWords = {
  defaultMotion: "美國放寬 H20:退卻還是陷阱?",
  assignment: "作業",
  sides: { first: "退卻", second: "陷阱", other: "其他" },
  unsided: "未分邊",
  prompts: "老師的提問",
  kinds: { argument: "論點", support: "支持", rebut: "反駁", question: "提問", prompt: "老師的提問" },
  hidden: "老師已隱藏",
  pinned: "置頂",
  locked: "已鎖定",
  noArguments: "(沒有論點)",
  ratings: (count, average) => (count === 0 ? "尚無評分" : `${count} 則評分,平均 ${average}`),
  formatDate: (d) => d.toISOString().slice(0, 16).replace("T", " "),
};

const at = (minute: number) => new Date(Date.UTC(2025, 8, 1, 8, minute));
function post(over: Partial<ExportPost> & Pick<ExportPost, "id">): ExportPost {
  return {
    parentId: null,
    depth: 0,
    kind: "argument",
    side: "first",
    claim: "",
    body: "",
    author: "陳同學",
    createdAt: at(0),
    hidden: false,
    hiddenReason: null,
    pinned: false,
    locked: false,
    quotes: [],
    ratings: [],
    ...over,
  };
}

// Written in this order: a1, a2, r3 (under a1), r1 (under a1), r2 (under r1).
const A1 = post({
  id: "a1",
  claim: "<script>alert(1)</script> 美國是被迫讓步",
  body: '第一段, 有 "引號"\n第二行\n\n# 不是標題\n- 不是清單\n1. 不是編號\n> 不是引用\n    四個空格\n===',
  quotes: [{ position: 3, quote: "戰略退卻" }],
  ratings: [4, 3, 4],
});
const A2 = post({
  id: "a2",
  side: "second",
  author: "林同學",
  claim: "這是陷阱",
  body: "人身攻擊的內容",
  createdAt: at(1),
  hidden: true,
  hiddenReason: "人身攻擊",
});
const R3 = post({
  id: "r3",
  parentId: "a1",
  depth: 1,
  kind: "support",
  side: "first",
  author: "張同學",
  body: "同意",
  createdAt: at(2),
});
const R1 = post({
  id: "r1",
  parentId: "a1",
  depth: 1,
  kind: "rebut",
  side: "second",
  author: '林, "小明"',
  body: '=HYPERLINK("http://x","點我")',
  createdAt: at(3),
  quotes: [
    { position: 19, quote: "安全閥" },
    { position: 21, quote: "依賴" },
  ],
});
const R2 = post({
  id: "r2",
  parentId: "r1",
  depth: 2,
  kind: "question",
  side: "first",
  body: "-1 是什麼意思?",
  createdAt: at(4),
});
const A3 = post({
  id: "a3",
  claim: "AT&T 與 *粗體*",
  body: "[連結](http://x) `code` _底線_ | 管道 ~刪除~ \\ 反斜線 <b>粗</b> &amp;",
  createdAt: at(5),
  pinned: true,
  locked: true,
});

const BOARD: BoardExport = {
  title: "H20 晶片",
  motion: "",
  wording: { motion: "", sideLabels: "", readingDefaults: "" },
  sides: ["first", "second"],
  posts: [R2, A3, R1, A2, R3, A1],
};

describe("thread order", () => {
  it("puts each argument before its replies, depth first, each level in the order written", () => {
    expect(threadOrder(BOARD.posts).map((p) => p.id)).toEqual(["a1", "r3", "r1", "r2", "a2", "a3"]);
  });

  it("keeps a reply whose parent is missing, at the end", () => {
    expect(threadOrder([post({ id: "x", parentId: "gone", depth: 1, kind: "rebut" }), A1]).map((p) => p.id)).toEqual([
      "a1",
      "x",
    ]);
  });
});

describe("board CSV", () => {
  const csv = boardCsv(BOARD, CSV_WORDS);
  const lines = csv.slice(1).split("\r\n");

  it("starts with a UTF-8 byte order mark and the headings, and ends with a line break", () => {
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(lines[0]).toBe("編號,回覆對象,層,類型,立場,作者,時間,主張,內容,引文,評分數,平均評分,已隱藏,隱藏原因");
    expect(lines.at(-1)).toBe("");
  });

  it("has one row per post in thread order; ratings only for arguments, averaged to two places", () => {
    const ids = lines.slice(1, -1).map((l) => l.split(",")[0]);
    // a1's body holds line breaks inside a quoted cell, so its row spans several physical lines.
    expect(ids.filter((id) => /^[ar]\d$/.test(id!))).toEqual(["a1", "r3", "r1", "r2", "a2", "a3"]);
    expect(csv).toContain("r3,a1,1,支持,退卻,張同學,2025-09-01T08:02:00.000Z,,同意,,,,,\r\n");
    expect(csv).toContain(",¶3「戰略退卻」,3,3.67,,\r\n");
    expect(csv).toContain("a3,,0,論點,退卻,陳同學,2025-09-01T08:05:00.000Z,AT&T 與 *粗體*,");
  });

  it("quotes commas, quotes and line breaks, and defuses formula-looking cells", () => {
    expect(csv).toContain(`"第一段, 有 ""引號""\n第二行\n\n# 不是標題`);
    expect(csv).toContain(
      `r1,a1,1,反駁,陷阱,"林, ""小明""",2025-09-01T08:03:00.000Z,,"'=HYPERLINK(""http://x"",""點我"")",¶19「安全閥」 | ¶21「依賴」,,,,\r\n`,
    );
    expect(csv).toContain(",'-1 是什麼意思?,");
    expect(csv).toContain("<script>alert(1)</script> 美國是被迫讓步"); // a spreadsheet shows text as text
  });

  it("marks hidden posts with the teacher's reason", () => {
    expect(csv).toContain(
      "a2,,0,論點,陷阱,林同學,2025-09-01T08:01:00.000Z,這是陷阱,人身攻擊的內容,,0,,是,人身攻擊\r\n",
    );
  });
});

describe("Markdown line escaping", () => {
  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["AT&T &amp;", "AT&amp;T &amp;amp;"],
    ["# 標題", "\\# 標題"],
    ["> 引用", "&gt; 引用"],
    ["- 清單", "\\- 清單"],
    ["+ 清單", "\\+ 清單"],
    ["===", "\\==="],
    ["12. 編號", "12\\. 編號"],
    ["3) 編號", "3\\) 編號"],
    ["    程式碼", "程式碼"],
    ["*粗* _斜_ `碼` [連](x) | ~刪~ $x$ \\", "\\*粗\\* \\_斜\\_ \\`碼\\` \\[連\\](x) \\| \\~刪\\~ \\$x\\$ \\\\"],
    ["美國是被迫讓步。", "美國是被迫讓步。"],
    // A display name, title or motion with line breaks in it stays one line: no forged heading or rule.
    ["王同學\n# 老師的評語\r\n---", "王同學 \\# 老師的評語 ---"],
    ["甲\u2028乙\u2029丙", "甲 乙 丙"],
  ])("%s", (line, escaped) => {
    expect(escapeMarkdownLine(line)).toBe(escaped);
  });
});

describe("board Markdown", () => {
  const md = boardMarkdown(BOARD, MD_WORDS);
  const lines = md.split("\n");

  it("has the motion (or the default) as the title, then a section per side in order", () => {
    expect(lines[0]).toBe("# 美國放寬 H20:退卻還是陷阱?");
    expect(lines[2]).toBe("作業: H20 晶片");
    expect(boardMarkdown({ ...BOARD, motion: "自訂 #議題" }, MD_WORDS).split("\n")[0]).toBe("# 自訂 \\#議題");
    const headings = lines.filter((l) => l.startsWith("#"));
    expect(headings).toEqual([
      "# 美國放寬 H20:退卻還是陷阱?",
      "## 退卻",
      "### &lt;script&gt;alert(1)&lt;/script&gt; 美國是被迫讓步",
      "### AT&amp;T 與 \\*粗體\\*",
      "## 陷阱",
      "### 這是陷阱",
    ]);
  });

  it("renders student text literally: no HTML, no Markdown structure", () => {
    expect(md).not.toContain("<"); // not even a harmless-looking <b>
    expect(md).toContain(
      '第一段, 有 "引號"\\\n第二行\n\n\\# 不是標題\\\n\\- 不是清單\\\n1\\. 不是編號\\\n&gt; 不是引用\\\n四個空格\\\n\\===\n',
    );
    expect(md).toContain(
      "\\[連結\\](http://x) \\`code\\` \\_底線\\_ \\| 管道 \\~刪除\\~ \\\\ 反斜線 &lt;b&gt;粗&lt;/b&gt; &amp;amp;",
    );
    // Only our own markup starts a line with a Markdown marker.
    const starts = lines.filter((l) => /^\s*([-+*>#|]|\d+[.)])/.test(l));
    expect(starts.filter((l) => !/^(#{1,3} |\*\*|\s*- \*\*|\s*> ¶\d+「)/.test(l))).toEqual([]);
  });

  it("shows an argument's author, time, quotes with ¶ numbers and its ratings", () => {
    const a1 = md.slice(md.indexOf("### &lt;script"), md.indexOf("### AT&amp;T"));
    expect(a1).toContain("**陳同學** · 2025-09-01 08:00\n");
    expect(a1).toContain("\n> ¶3「戰略退卻」\n");
    expect(a1).toContain("\n3 則評分,平均 3.67\n");
    expect(md).toContain("**陳同學** · 2025-09-01 08:05 · 置頂 · 已鎖定\n");
  });

  it("nests replies as bullets under their argument, labelled by kind, in thread order", () => {
    const a1 = md.slice(md.indexOf("### &lt;script"), md.indexOf("### AT&amp;T"));
    const bullets = a1.split("\n").filter((l) => /^\s*- /.test(l));
    expect(bullets).toEqual([
      "- **支持** · 張同學 · 2025-09-01 08:02",
      '- **反駁** · 林, "小明" · 2025-09-01 08:03',
      "  - **提問** · 陳同學 · 2025-09-01 08:04",
    ]);
    expect(a1).toContain(
      '- **反駁** · 林, "小明" · 2025-09-01 08:03\n\n  \\=HYPERLINK("http://x","點我")\n\n  > ¶19「安全閥」\n\n  > ¶21「依賴」\n\n  - **提問**',
    );
    expect(a1).toContain("  - **提問** · 陳同學 · 2025-09-01 08:04\n\n    \\-1 是什麼意思?\n");
  });

  it("keeps hidden posts, marked with the teacher's reason", () => {
    expect(md).toContain(
      "### 這是陷阱\n\n**林同學** · 2025-09-01 08:01\n\n**老師已隱藏**: 人身攻擊\n\n人身攻擊的內容\n\n尚無評分\n",
    );
  });

  it("says when a side has no arguments, and puts arguments of a side not listed at the end", () => {
    const other = post({ id: "o1", side: "other", claim: "其他解釋", createdAt: at(9) });
    const doc = boardMarkdown(
      { ...BOARD, posts: [...BOARD.posts, other], sides: ["first", "second", "other"] },
      MD_WORDS,
    );
    expect(doc).toContain("## 其他\n\n### 其他解釋");
    const empty = boardMarkdown({ ...BOARD, posts: [other] }, MD_WORDS);
    expect(empty).toContain("## 退卻\n\n*(沒有論點)*\n\n## 陷阱\n\n*(沒有論點)*\n\n## 未分邊\n\n### 其他解釋");
    expect(empty.endsWith("尚無評分\n")).toBe(true);
  });
});
