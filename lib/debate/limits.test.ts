import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import type { Script } from "@/lib/readings/script";
import {
  argumentInputSchema,
  cleanText,
  POSTS_PER_MINUTE,
  postRateExceeded,
  type QuoteInput,
  rateArgumentSchema,
  replyInputSchema,
  stanceSchema,
} from "./limits";

const quote = { paragraphId: "p1", start: 0, end: 2, text: "美國", script: "trad" };
const argument = {
  debateId: "d1",
  side: "first",
  claim: "美國放寬是因為管制失效。",
  reasoning: "第三段說……",
  quotes: [quote],
};

function errors(schema: z.ZodType, input: unknown) {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
}

describe("cleanText", () => {
  it("normalises line breaks to \\n and keeps tabs", () => {
    expect(cleanText("一\r\n二\r三\u2028四\t五")).toBe("一\n二\n三\n四\t五");
  });
  it("removes other control characters, C1 included", () => {
    expect(cleanText("a\u0000b\u0007c\u001bd\u007fe\u0085f")).toBe("abcdef");
  });
  it("trims, full-width spaces included, and keeps HTML as typed", () => {
    expect(cleanText("\u3000 <script>alert(1)</script>\n ")).toBe("<script>alert(1)</script>");
  });
});

describe("argumentInputSchema", () => {
  it("accepts a valid argument and trims it", () => {
    const parsed = argumentInputSchema.parse({ ...argument, claim: `  ${argument.claim}\r\n`, reasoning: "一\r\n二" });
    expect(parsed.claim).toBe(argument.claim);
    expect(parsed.reasoning).toBe("一\n二");
    expect(parsed.sourceTitle).toBeNull();
    expect(parsed.sourceUrl).toBeNull();
  });

  it("stores HTML and script payloads as text", () => {
    const parsed = argumentInputSchema.parse({
      ...argument,
      claim: '<img src=x onerror="alert(1)">',
      reasoning: "<script>alert(1)</script>",
    });
    expect(parsed.claim).toBe('<img src=x onerror="alert(1)">');
    expect(parsed.reasoning).toBe("<script>alert(1)</script>");
  });

  it("limits the claim to one line of 1 to 200 characters", () => {
    expect(argumentInputSchema.safeParse({ ...argument, claim: "字".repeat(200) }).success).toBe(true);
    expect(errors(argumentInputSchema, { ...argument, claim: "字".repeat(201) })).toEqual({ claim: ["claimTooLong"] });
    expect(errors(argumentInputSchema, { ...argument, claim: "第一句。\n第二句。" })).toEqual({
      claim: ["claimOneSentence"],
    });
    expect(errors(argumentInputSchema, { ...argument, claim: " \u3000 " })).toEqual({ claim: ["required"] });
    expect(errors(argumentInputSchema, { ...argument, claim: undefined })).toEqual({ claim: ["required"] });
  });

  it("counts the limit after trimming", () => {
    expect(argumentInputSchema.safeParse({ ...argument, claim: ` ${"字".repeat(200)}\n` }).success).toBe(true);
  });

  it("limits reasoning to 1 to 2,000 characters, line breaks allowed", () => {
    expect(argumentInputSchema.safeParse({ ...argument, reasoning: "字\n".repeat(1000).trim() }).success).toBe(true);
    expect(errors(argumentInputSchema, { ...argument, reasoning: "字".repeat(2001) })).toEqual({
      reasoning: ["reasoningTooLong"],
    });
    expect(errors(argumentInputSchema, { ...argument, reasoning: "\u0000" })).toEqual({ reasoning: ["required"] });
  });

  it("refuses an unknown side", () => {
    expect(errors(argumentInputSchema, { ...argument, side: "neither" })).toEqual({ side: ["sideInvalid"] });
  });

  it("needs 1 to 5 quotes, as an array or as JSON in a form field", () => {
    expect(errors(argumentInputSchema, { ...argument, quotes: [] })).toEqual({ quotes: ["evidenceRequired"] });
    expect(errors(argumentInputSchema, { ...argument, quotes: undefined })).toEqual({ quotes: ["evidenceRequired"] });
    expect(errors(argumentInputSchema, { ...argument, quotes: Array(6).fill(quote) })).toEqual({
      quotes: ["tooManyQuotes"],
    });
    expect(argumentInputSchema.parse({ ...argument, quotes: JSON.stringify([quote, quote]) }).quotes).toHaveLength(2);
    for (const quotes of ["[not json", '"abcdefg"', { length: 9 }, 42])
      expect(errors(argumentInputSchema, { ...argument, quotes })).toEqual({ quotes: ["quoteMismatch"] });
  });

  it("keeps a quote's text exactly as sent and refuses malformed quotes", () => {
    expect(argumentInputSchema.parse({ ...argument, quotes: [{ ...quote, text: " 美國" }] }).quotes[0]!.text).toBe(
      " 美國",
    );
    for (const broken of [
      { ...quote, start: -1 },
      { ...quote, end: 1.5 },
      { ...quote, start: "0" },
      { ...quote, text: "" },
      { ...quote, script: "hans" },
      { ...quote, paragraphId: undefined },
    ]) {
      expect(errors(argumentInputSchema, { ...argument, quotes: [broken] })).toEqual({ quotes: ["quoteMismatch"] });
    }
  });

  it("takes an optional outside source with an http(s) link to a named host", () => {
    const parsed = argumentInputSchema.parse({
      ...argument,
      sourceTitle: " 路透社報導 ",
      sourceUrl: " https://www.reuters.com/technology/x?y=1 ",
    });
    expect(parsed.sourceTitle).toBe("路透社報導");
    expect(parsed.sourceUrl).toBe("https://www.reuters.com/technology/x?y=1");
    expect(argumentInputSchema.parse({ ...argument, sourceTitle: "", sourceUrl: "" }).sourceUrl).toBeNull();
    // An override would show ".../x\u202Egnp.exe" as ending in "exe.png": it is taken out.
    expect(
      argumentInputSchema.parse({
        ...argument,
        sourceTitle: "路透",
        sourceUrl: "https://www.reuters.com/x\u202Egnp.exe",
      }).sourceUrl,
    ).toBe("https://www.reuters.com/xgnp.exe");
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "ftp://example.com/a",
    "https://example.com@evil.example/",
    "http://localhost:3000",
    "http://192.168.0.1/",
    "https://exa mple.com",
    "example.com",
    "//example.com",
  ])("refuses the link %s", (sourceUrl) => {
    expect(errors(argumentInputSchema, { ...argument, sourceTitle: "來源", sourceUrl })).toEqual({
      sourceUrl: ["urlInvalid"],
    });
  });

  it("limits the source's title and link, and needs both or neither", () => {
    expect(
      errors(argumentInputSchema, { ...argument, sourceTitle: "字".repeat(201), sourceUrl: "https://example.com" }),
    ).toEqual({ sourceTitle: ["sourceTitleTooLong"] });
    expect(
      errors(argumentInputSchema, {
        ...argument,
        sourceTitle: "來源",
        sourceUrl: `https://example.com/${"a".repeat(2000)}`,
      }),
    ).toEqual({ sourceUrl: ["urlTooLong"] });
    expect(errors(argumentInputSchema, { ...argument, sourceTitle: "來源" })).toEqual({ sourceUrl: ["required"] });
    expect(errors(argumentInputSchema, { ...argument, sourceUrl: "https://example.com" })).toEqual({
      sourceTitle: ["required"],
    });
  });

  it("gives quotes the reader's Script type, ready for checkQuote", () => {
    expectTypeOf<QuoteInput["script"]>().toEqualTypeOf<Script>();
  });
});

describe("replyInputSchema", () => {
  const reply = { parentId: "p1", kind: "rebut", body: "但第五段說……" };

  it("accepts a reply with or without quotes", () => {
    expect(replyInputSchema.parse(reply).quotes).toEqual([]);
    expect(replyInputSchema.parse({ ...reply, kind: "question", quotes: [quote] }).quotes).toHaveLength(1);
  });
  it("refuses an unknown kind, an empty or overlong body and more than 5 quotes", () => {
    expect(errors(replyInputSchema, { ...reply, kind: "agree" })).toEqual({ kind: ["replyKindInvalid"] });
    expect(errors(replyInputSchema, { ...reply, body: "\r\n" })).toEqual({ body: ["required"] });
    expect(errors(replyInputSchema, { ...reply, body: "字".repeat(2001) })).toEqual({ body: ["replyTooLong"] });
    expect(errors(replyInputSchema, { ...reply, quotes: Array(6).fill(quote) })).toEqual({ quotes: ["tooManyQuotes"] });
  });
});

describe("ratings and stance", () => {
  it("accepts whole numbers 1 to 5, from a form field too", () => {
    expect(rateArgumentSchema.parse({ postId: "p1", value: "4" }).value).toBe(4);
    for (const value of ["0", "6", "2.5", "", "abc"])
      expect(errors(rateArgumentSchema, { postId: "p1", value })).toEqual({ value: ["ratingInvalid"] });
    expect(stanceSchema.safeParse("3").success).toBe(true);
    expect(stanceSchema.safeParse(0).error?.issues[0]?.message).toBe("stanceInvalid");
  });
});

describe("post rate", () => {
  it("refuses the 21st post within a minute", () => {
    expect(POSTS_PER_MINUTE).toBe(20);
    expect(postRateExceeded(19)).toBe(false);
    expect(postRateExceeded(20)).toBe(true);
  });
});
