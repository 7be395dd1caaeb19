import { Readability } from "@mozilla/readability";
import { afterEach, describe, expect, it, vi } from "vitest";
import { decodePage, htmlToReading, textToReading } from "./html";
import { ImportError } from "./types";

// The marker throws outside a React Server environment; vitest runs plain Node.
vi.mock("server-only", () => ({}));

const SOURCE = "https://news.example.com/2026/chips";

const ARTICLE_PAGE = `<!doctype html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<title>晶片之島：臺灣半導體的三十年 | 範例新聞</title>
<meta name="author" content="王小明">
<meta property="article:published_time" content="2026-11-30T00:30:00+08:00">
<script>window.tracking = "TRACKING SCRIPT";</script>
</head>
<body>
<nav class="menu"><a href="/">首頁</a> <a href="/world">國際新聞</a></nav>
<div class="ad-break">廣告：限時優惠，買一送一</div>
<main>
<article>
<h1>晶片之島：臺灣半導體的三十年</h1>
<p>臺灣的半導體產業在過去三十年間快速成長，
   成為全球供應鏈中不可或缺的一環，從設計、製造到封裝測試都有完整的聚落。</p>
<script>document.write("SCRIPT TEXT")</script>
<img src="chip.png" alt="晶圓" onerror="document.body.textContent='IMG ERROR'">
<h2>產業的起點</h2>
<p>一九八七年，臺灣積體電路製造公司在新竹科學園區成立，開創了專業晶圓代工的商業模式，讓無晶圓廠的設計公司得以專注於創新。</p>
<blockquote><p>「我們不和客戶競爭。」這句話成為代工模式的核心承諾，也是客戶信任的基礎。</p></blockquote>
<h2>今日的挑戰</h2>
<ul><li>人才培育與水電供應是產業持續發展的兩大課題。</li><li>地緣政治使供應鏈的韌性受到前所未有的關注。</li></ul>
<p>TSMC   was founded
  in 1987 in Hsinchu.</p>
</article>
</main>
<aside class="sponsor">贊助商內容：旅遊優惠</aside>
<footer>版權所有 範例新聞</footer>
</body>
</html>`;

const ARTICLE_PARAGRAPHS = [
  { text: "晶片之島：臺灣半導體的三十年", heading: true },
  {
    text: "臺灣的半導體產業在過去三十年間快速成長，成為全球供應鏈中不可或缺的一環，從設計、製造到封裝測試都有完整的聚落。",
    heading: false,
  },
  { text: "產業的起點", heading: true },
  {
    text: "一九八七年，臺灣積體電路製造公司在新竹科學園區成立，開創了專業晶圓代工的商業模式，讓無晶圓廠的設計公司得以專注於創新。",
    heading: false,
  },
  { text: "「我們不和客戶競爭。」這句話成為代工模式的核心承諾，也是客戶信任的基礎。", heading: false },
  { text: "今日的挑戰", heading: true },
  { text: "人才培育與水電供應是產業持續發展的兩大課題。", heading: false },
  { text: "地緣政治使供應鏈的韌性受到前所未有的關注。", heading: false },
  { text: "TSMC was founded in 1987 in Hsinchu.", heading: false },
];

function expectImportError(run: () => unknown, code: string) {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ImportError);
  expect((caught as ImportError).code).toBe(code);
}

describe("a page's article as paragraphs", () => {
  afterEach(() => vi.restoreAllMocks());

  it("keeps the article's blocks in order, headings marked, and nothing of the navigation, ads or scripts", () => {
    const reading = htmlToReading(ARTICLE_PAGE, SOURCE);
    expect(reading).toEqual({
      title: "晶片之島：臺灣半導體的三十年",
      author: "王小明",
      source: SOURCE,
      publishedOn: "2026-11-30",
      paragraphs: ARTICLE_PARAGRAPHS,
    });
    const text = JSON.stringify(reading);
    for (const unwanted of ["SCRIPT TEXT", "TRACKING", "IMG ERROR", "首頁", "廣告", "贊助商", "版權所有"]) {
      expect(text).not.toContain(unwanted);
    }
  });

  it("walks the whole body when Readability finds no article, one paragraph per block, <br> or <pre> line", () => {
    vi.spyOn(Readability.prototype, "parse").mockReturnValue(null);
    const page = `<html><head><title>課表</title></head><body>
      <h3>  第一週 </h3>
      <p>第一行<br>第二行</p>
      <div>外面的字<p>裡面的段落</p>還有字</div>
      <table><tr><td>星期一</td><td>國文</td></tr></table>
      <pre>床前明月光
疑是地上霜</pre>
      <p> &nbsp; </p><p></p>
      <p>&nbsp;&nbsp;　　縮排的段落</p>
      <p>臺灣
         Taiwan  and
         其他</p>
      <noscript><p>請啟用 JavaScript</p></noscript>
      <script>alert("no")</script>
    </body></html>`;
    expect(htmlToReading(page, SOURCE).paragraphs).toEqual([
      { text: "第一週", heading: true },
      { text: "第一行", heading: false },
      { text: "第二行", heading: false },
      { text: "外面的字", heading: false },
      { text: "裡面的段落", heading: false },
      { text: "還有字", heading: false },
      { text: "星期一", heading: false },
      { text: "國文", heading: false },
      { text: "床前明月光", heading: false },
      { text: "疑是地上霜", heading: false },
      { text: "縮排的段落", heading: false },
      { text: "臺灣 Taiwan and 其他", heading: false },
    ]);
  });

  it("keeps a space typed between Chinese words but adds none where the source only broke the line", () => {
    vi.spyOn(Readability.prototype, "parse").mockReturnValue(null);
    const page = "<body><p>蔡英文 總統</p><p>半導\n體產業</p><p>𠀋\n𠀋</p></body>";
    expect(htmlToReading(page, SOURCE).paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "蔡英文 總統",
      "半導體產業",
      "𠀋𠀋",
    ]);
  });

  it("takes the title from <title> when the page has no matching heading", () => {
    const reading = htmlToReading(
      `<html><head><title> 新聞   標題 </title></head><body><p>${"內文。".repeat(200)}</p></body></html>`,
      SOURCE,
    );
    expect(reading.title).toBe("新聞 標題");
    expect(reading.author).toBeNull();
    expect(reading.publishedOn).toBeNull();
  });

  it("reads the publication date as written, and only a real one", () => {
    const page = (date: string) =>
      `<html><head><meta property="article:published_time" content="${date}"></head><body><p>內文</p></body></html>`;
    expect(htmlToReading(page("2026-12-05T00:30:00+08:00"), SOURCE).publishedOn).toBe("2026-12-05");
    expect(htmlToReading(page("2026-02-30"), SOURCE).publishedOn).toBeNull();
    expect(htmlToReading(page("yesterday"), SOURCE).publishedOn).toBeNull();
  });

  it("refuses a page with no text, and one over 200,000 characters", () => {
    expectImportError(
      () => htmlToReading("<html><body><nav> </nav><p>&nbsp;</p></body></html>", SOURCE),
      "importEmpty",
    );
    const long = `<html><body>${`<p>${"字".repeat(1000)}</p>`.repeat(201)}</body></html>`;
    expectImportError(() => htmlToReading(long, SOURCE), "importTooLarge");
  });
});

describe("a text/plain page", () => {
  it("is one paragraph a line, like pasted text", () => {
    expect(textToReading("\uFEFF第一段\r\n\r\n第二段  \n", SOURCE)).toEqual({
      title: null,
      author: null,
      source: SOURCE,
      publishedOn: null,
      paragraphs: [
        { text: "第一段", heading: false },
        { text: "第二段", heading: false },
      ],
    });
    expectImportError(() => textToReading("\n \n", SOURCE), "importEmpty");
  });
});

// 臺灣的晶片產業, in Big5.
const BIG5_TEXT = Buffer.from("bb4fc657aabab4b9a4f9b2a3b77e", "hex");

describe("the page's character encoding", () => {
  it("comes from the Content-Type header first", () => {
    expect(decodePage(BIG5_TEXT, "big5", true)).toBe("臺灣的晶片產業");
  });

  it("then from a <meta> charset, either form", () => {
    const page = (meta: string) => Buffer.concat([Buffer.from(`<html><head>${meta}</head><body>`), BIG5_TEXT]);
    expect(decodePage(page('<meta charset="big5">'), null, true)).toContain("臺灣的晶片產業");
    expect(
      decodePage(page('<meta http-equiv="Content-Type" content="text/html; charset=Big5">'), null, true),
    ).toContain("臺灣的晶片產業");
    expect(decodePage(page("<meta charset=cp950>"), null, true)).toContain("臺灣的晶片產業");
  });

  it("is UTF-8 by default, when the label is unknown, and when a byte-order mark says so", () => {
    const utf8 = Buffer.from("臺灣的晶片產業");
    expect(decodePage(utf8, null, true)).toBe("臺灣的晶片產業");
    expect(decodePage(utf8, "no-such-charset", true)).toBe("臺灣的晶片產業");
    expect(decodePage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), "big5", true)).toBe("臺灣的晶片產業");
  });

  it("ignores <meta> in plain text", () => {
    const text = Buffer.concat([Buffer.from('<meta charset="big5">'), Buffer.from("臺灣")]);
    expect(decodePage(text, null, false)).toBe('<meta charset="big5">臺灣');
  });
});
