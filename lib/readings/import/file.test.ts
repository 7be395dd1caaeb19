import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { READING_MAX_CHARS } from "../split";
import { DOCX_UNPACKED_MAX_BYTES, IMPORT_FILE_MAX_BYTES, importFile } from "./file";

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);
const hex = (digits: string) => Uint8Array.from(Buffer.from(digits, "hex"));
const concat = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((part) => [...part]));
const plain = (...texts: string[]) => texts.map((text) => ({ text, heading: false }));

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const view = new DataView(new ArrayBuffer(2 + text.length * 2));
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return new Uint8Array(view.buffer);
}

// The first bytes of a real PNG: signature, then the IHDR chunk's length and type.
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1);

describe("importFile: which files", () => {
  it("goes by the extension in any case, and keeps only the file's own name as the source", async () => {
    const reading = await importFile("C:\\fakepath\\Notes.TXT", utf8("One line"));
    expect(reading).toEqual({
      title: null,
      author: null,
      source: "Notes.TXT",
      publishedOn: null,
      paragraphs: plain("One line"),
    });
  });

  it("refuses other types, and a name without an extension", async () => {
    await expect(importFile("article.pdf", utf8("%PDF-1.7"))).rejects.toMatchObject({ code: "importWrongType" });
    await expect(importFile("article.doc", utf8("text"))).rejects.toMatchObject({ code: "importWrongType" });
    await expect(importFile("txt", utf8("text"))).rejects.toMatchObject({ code: "importWrongType" });
    await expect(importFile("x.constructor", utf8("text"))).rejects.toMatchObject({ code: "importWrongType" });
  });

  it("refuses a file over 2 MB before reading it, whatever its type", async () => {
    const tooBig = new Uint8Array(IMPORT_FILE_MAX_BYTES + 1).fill(0x61);
    expect(IMPORT_FILE_MAX_BYTES).toBe(2 * 1024 * 1024);
    await expect(importFile("long.txt", tooBig)).rejects.toMatchObject({ code: "importTooLarge" });
    tooBig.set(utf8("PK\x03\x04"));
    await expect(importFile("long.docx", tooBig)).rejects.toMatchObject({ code: "importTooLarge" });
  });

  it("refuses an empty file and one with nothing but blank lines", async () => {
    await expect(importFile("empty.txt", new Uint8Array())).rejects.toMatchObject({ code: "importEmpty" });
    await expect(importFile("blank.txt", utf8("\uFEFF \r\n\t\r\n"))).rejects.toMatchObject({ code: "importEmpty" });
  });

  it("allows 200,000 characters of text as the form counts them (a line break between paragraphs), not one more", async () => {
    const half = "字".repeat(READING_MAX_CHARS / 2 - 2);
    const atLimit = `${half}\n\n${half}\n`; // 99,998 + 1 + 99,998, then 1 + "ab" = 200,000
    await expect(importFile("at-limit.txt", utf8(`${atLimit}ab`))).resolves.toMatchObject({
      paragraphs: [{ text: half }, { text: half }, { text: "ab" }],
    });
    await expect(importFile("over.txt", utf8(`${atLimit}abc`))).rejects.toMatchObject({ code: "importTooLarge" });
  });
});

describe("importFile: .txt", () => {
  it("reads UTF-8 with a byte-order mark: one paragraph a line, trailing spaces dropped, the rest as written", async () => {
    const text = "\uFEFF第一段  有兩個空格。 \r\n\r\n\u3000\u3000全形縮排的第二段。\r\nThe third, in English.\t\n";
    const reading = await importFile("essay.txt", utf8(text));
    expect(reading.paragraphs).toEqual(
      plain("第一段  有兩個空格。", "\u3000\u3000全形縮排的第二段。", "The third, in English."),
    );
    expect(reading.title).toBeNull();
  });

  it("reads Big5 when the bytes are not UTF-8", async () => {
    // 「臺灣」 in Big5 is BB 4F C6 57; 0xBB cannot start a UTF-8 character.
    const big5 = concat(utf8("Taiwan "), bytes(0xbb, 0x4f, 0xc6, 0x57), utf8("\r\nline two"));
    const reading = await importFile("big5.txt", big5);
    expect(reading.paragraphs).toEqual(plain("Taiwan 臺灣", "line two"));
  });

  it("falls back to GB18030 when the bytes are not Big5 either", async () => {
    // "价格 €100" as Windows GBK writes it; 0x80 (€) is not a Big5 byte.
    const gbk = bytes(0xbc, 0xdb, 0xb8, 0xf1, 0x20, 0x80, 0x31, 0x30, 0x30);
    const reading = await importFile("gbk.txt", gbk);
    expect(reading.paragraphs).toEqual(plain("价格 €100"));
  });

  it("reads GBK that Big5 would also accept as GB18030, and Big5 of the same length as Big5", async () => {
    // One sentence, written by Windows in GBK (Simplified) and in Big5 (Traditional). Every byte pair of the
    // GBK one is also Big5, which reads it as 「藝弊峈睡郋侂諳…」; the character statistics tell them apart.
    const simplified = "美国为何芯片松口？作者认为，美国允许英伟达向中国出口芯片，是被迫的战略退却。";
    const gbk = hex(
      "c3c0b9faceaabaced0bec6accbc9bfdaa3bfd7f7d5dfc8cfceaaa3acc3c0b9fad4cad0edd3a2ceb0b4efcff2d6d0b9fab3f6bfdad0bec6aca3accac7b1bbc6c8b5c4d5bdc2d4cdcbc8b4a1a3",
    );
    expect(new TextDecoder("big5", { fatal: true }).decode(gbk)).not.toBe(simplified);
    expect((await importFile("gbk.txt", gbk)).paragraphs).toEqual(plain(simplified));

    const traditional = "美國為何晶片鬆口？作者認為，美國允許英偉達向中國出口晶片，是被迫的戰略退卻。";
    const big5 = hex(
      "acfcb0eaacb0a6f3b4b9a4f9c350a466a148a740aaccbb7bacb0a141acfcb0eaa4b9b35cad5eb0b6b946a656a4a4b0eaa558a466b4b9a4f9a141ac4fb351ada2aababed4b2a4b068ab6fa143",
    );
    expect(new TextDecoder("gb18030", { fatal: true }).decode(big5)).not.toBe(traditional);
    expect((await importFile("big5.txt", big5)).paragraphs).toEqual(plain(traditional));
  });

  it("reads UTF-16 with a byte-order mark, little- and big-endian", async () => {
    const text = "臺灣\r\nSecond line";
    for (const littleEndian of [true, false]) {
      const reading = await importFile("utf16.txt", utf16(text, littleEndian));
      expect(reading.paragraphs).toEqual(plain("臺灣", "Second line"));
    }
  });

  it("refuses bytes that no encoding we know reads", async () => {
    // A file cut off in the middle of a two-byte character: invalid in UTF-8, Big5 and GB18030 alike.
    await expect(importFile("cut.txt", bytes(0x61, 0x62, 0xa4))).rejects.toMatchObject({ code: "importUnreadable" });
  });

  it("refuses a binary file renamed to .txt", async () => {
    await expect(importFile("photo.txt", PNG)).rejects.toMatchObject({ code: "importWrongType" });
    const controls = utf8(`ok${"\x01\x02\x03\x1b".repeat(10)}`);
    await expect(importFile("controls.txt", controls)).rejects.toMatchObject({ code: "importWrongType" });
  });
});

describe("importFile: .md", () => {
  it("keeps the visible text: headings, list items, link and emphasis text; drops images, URLs and markup", async () => {
    const markdown = [
      "# The *Island*",
      "",
      "Read [the report](https://example.com/report) on **Taiwan**'s `hills`. ![a map](https://example.com/map.png)",
      "",
      "- first point",
      "- second *point*",
      "",
      "<script>alert(1)</script>",
      "",
      "Subtitle",
      "--------",
    ].join("\r\n");
    const reading = await importFile("notes.markdown", utf8(markdown));
    expect(reading.title).toBe("The Island");
    expect(reading.paragraphs).toEqual([
      { text: "The Island", heading: true },
      // The image's alt text goes with it; the space before it is trailing, so it goes too.
      { text: "Read the report on Taiwan's hills.", heading: false },
      { text: "first point", heading: false },
      { text: "second point", heading: false },
      { text: "Subtitle", heading: true },
    ]);
    const all = JSON.stringify(reading);
    expect(all).not.toContain("<script");
    expect(all).not.toContain("alert");
    expect(all).not.toContain("example.com");
    expect(all).not.toContain("map");
  });

  it("refuses Markdown whose only content is an image, a script and a rule", async () => {
    const markdown = "![photo](photo.jpg)\n\n<script>alert(1)</script>\n\n---\n";
    await expect(importFile("photo.md", utf8(markdown))).rejects.toMatchObject({ code: "importEmpty" });
  });
});

describe("importFile: .docx", () => {
  it("reads headings, body paragraphs and table cells as plain text, and nothing but text", async () => {
    const docx = await buildDocx([
      paragraph("The Island", "Heading1"),
      `<w:p><w:r><w:t xml:space="preserve">Read </w:t></w:r><w:hyperlink r:id="rIdLink"><w:r><w:t>the report</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r>${IMAGE_RUN}</w:p>`,
      // A line break (Shift+Enter) inside a paragraph, and a tab.
      "<w:p><w:r><w:t>臺灣是一座島。</w:t><w:br/><w:t>島上有山。</w:t></w:r></w:p>",
      "<w:p><w:r><w:t>Year</w:t><w:tab/><w:t>1990</w:t></w:r></w:p>",
      `<w:tbl>${row("年份", "人口")}${row("1990", "2,000 萬")}</w:tbl>`,
      paragraph("   "),
      // A Chinese Word's Heading 2: the style id is translated, the style name is not.
      paragraph("第二章", "2"),
    ]);
    const reading = await importFile("island.docx", docx);
    expect(reading).toEqual({
      title: "The Island",
      author: null,
      source: "island.docx",
      publishedOn: null,
      paragraphs: [
        { text: "The Island", heading: true },
        ...plain("Read the report.", "臺灣是一座島。", "島上有山。", "Year\t1990", "年份", "人口", "1990", "2,000 萬"),
        { text: "第二章", heading: true },
      ],
    });
    const all = JSON.stringify(reading);
    expect(all).not.toContain("evil.example");
    expect(all).not.toContain("A map of the island");
  });

  it("takes the title from the document properties when it has one", async () => {
    const docx = await buildDocx([paragraph("Chapter 1", "Heading1"), paragraph("Text.")], {
      coreTitle: "臺灣的山 &amp; 海",
    });
    expect((await importFile("t.docx", docx)).title).toBe("臺灣的山 & 海");
  });

  it("has no title without properties' title or heading, and refuses a document without text", async () => {
    expect((await importFile("t.docx", await buildDocx([paragraph("Only text.")]))).title).toBeNull();
    await expect(importFile("blank.docx", await buildDocx([paragraph("")]))).rejects.toMatchObject({
      code: "importEmpty",
    });
  });

  it("refuses a .docx that is not a ZIP at all", async () => {
    await expect(importFile("photo.docx", PNG)).rejects.toMatchObject({ code: "importWrongType" });
  });

  it("refuses a ZIP that is not a Word document, and a Word document that is damaged", async () => {
    const zip = new JSZip().file("hello.txt", "hello");
    const notWord = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    await expect(importFile("hello.docx", notWord)).rejects.toMatchObject({ code: "importUnreadable" });

    const damagedXml = await buildDocx(["<w:p><w:r><w:t>unclosed"]);
    await expect(importFile("damaged.docx", damagedXml)).rejects.toMatchObject({ code: "importUnreadable" });

    const truncated = (await buildDocx([paragraph("Text.")])).slice(0, 200);
    await expect(importFile("truncated.docx", truncated)).rejects.toMatchObject({ code: "importUnreadable" });
  });

  it("refuses a small .docx whose XML unpacks to too much (a ZIP bomb) before mammoth reads it", async () => {
    // Valid XML that deflates 1000 to 1: without the check mammoth would parse all of it and succeed.
    const padding = " ".repeat(DOCX_UNPACKED_MAX_BYTES);
    const document = `<w:document xmlns:w="${W}"><w:body>${paragraph("Text.")}${padding}</w:body></w:document>`;
    const docx = await buildDocx([], { extraFiles: { "word/document.xml": document } });
    expect(docx.byteLength).toBeLessThan(IMPORT_FILE_MAX_BYTES);
    await expect(importFile("bomb.docx", docx)).rejects.toMatchObject({ code: "importTooLarge" });
  });
});

// ---- A minimal Word document, built the way Word lays one out ----

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

function paragraph(text: string, styleId?: string): string {
  const style = styleId ? `<w:pPr><w:pStyle w:val="${styleId}"/></w:pPr>` : "";
  return `<w:p>${style}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

function row(...cells: string[]): string {
  return `<w:tr>${cells.map((cell) => `<w:tc>${paragraph(cell)}</w:tc>`).join("")}</w:tr>`;
}

const IMAGE_RUN = `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">
<wp:docPr id="1" name="Picture 1" descr="A map of the island"/>
<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">
<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rIdImage"/></pic:blipFill></pic:pic>
</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;

async function buildDocx(
  body: string[],
  options: { coreTitle?: string; extraFiles?: Record<string, Uint8Array | string> } = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="png" ContentType="image/png"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<Relationships xmlns="${RELS}">
<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="${RELS}/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<Relationships xmlns="${RELS}">
<Relationship Id="rIdStyles" Type="${R}/styles" Target="styles.xml"/>
<Relationship Id="rIdLink" Type="${R}/hyperlink" Target="https://evil.example/track" TargetMode="External"/>
<Relationship Id="rIdImage" Type="${R}/image" Target="media/image1.png"/>
</Relationships>`,
  );
  zip.file(
    "word/styles.xml",
    `<w:styles xmlns:w="${W}">
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/></w:style>
</w:styles>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body.join("\n")}</w:body></w:document>`,
  );
  zip.file("word/media/image1.png", PNG);
  if (options.coreTitle !== undefined) {
    zip.file(
      "docProps/core.xml",
      `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
 xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${options.coreTitle}</dc:title><dc:creator>Teacher</dc:creator></cp:coreProperties>`,
    );
  }
  for (const [path, content] of Object.entries(options.extraFiles ?? {})) zip.file(path, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
