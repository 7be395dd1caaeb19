import { z } from "zod";
import { idSchema as id } from "@/lib/id-schema";
import { clientKeySchema } from "@/lib/idempotency";
import { MAX_QUOTE_LENGTH } from "@/lib/readings/anchors";
import type { Script } from "@/lib/readings/script";
import { withoutBidiControls } from "@/lib/text/bidi";
import { REPLY_KINDS } from "./phases";
import { SIDES } from "./sides";

/**
 * What a post may contain. Error messages are keys of the "errors" message catalog. Nothing here imports
 * server code (not even lib/readings/script.ts, which loads the OpenCC dictionaries), so forms can use the
 * same limits for maxLength and live counters.
 *
 * Posts are plain text: HTML typed into a post is stored as typed and rendered as text by React, never
 * stripped or refused (a student may well quote "<script>" while discussing it). Only what no one can see
 * or mean is removed: control characters other than line breaks and tabs.
 */
// Lengths are UTF-16 code units, as the browser's maxlength counts them, so the form and the server agree.
export const CLAIM_MAX = 200;
export const REASONING_MAX = 2000;
export const REPLY_MAX = 2000;
export const QUOTES_MAX = 5;
export const SOURCE_TITLE_MAX = 200;
export const URL_MAX = 2000;
/** More posts than this from one student within POST_WINDOW_MS are refused with "tooManyPosts". */
export const POSTS_PER_MINUTE = 20;
export const POST_WINDOW_MS = 60_000;

export function postRateExceeded(postsInWindow: number): boolean {
  return postsInWindow >= POSTS_PER_MINUTE;
}

/** Line breaks to "\n" (CRLF from form posts, lone CR, Unicode line/paragraph separators), other controls out, trimmed. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(/[^\P{Cc}\n\t]/gu, "")
    .trim();
}

const cleaned = z
  .string({ error: "required" })
  .optional()
  .transform((v) => cleanText(v ?? ""));
const requiredText = (max: number, tooLong: string) =>
  cleaned.pipe(z.string().min(1, { error: "required" }).max(max, { error: tooLong }));

// One sentence, pragmatically: one line. Counting 。?! would refuse a claim that quotes a sentence.
const oneLine = (s: string) => !s.includes("\n");
const claimSchema = requiredText(CLAIM_MAX, "claimTooLong").refine(oneLine, { error: "claimOneSentence" });

// A quote is checked against the text on the server (checkQuote), so its text is kept exactly as sent:
// trimming it would make an honest selection fail to match.
const bad = { error: "quoteMismatch" };
export const quoteInputSchema = z.object(
  {
    paragraphId: z.string(bad).min(1, bad).max(64, bad),
    start: z.number(bad).int(bad).min(0, bad),
    end: z.number(bad).int(bad).min(1, bad),
    text: z.string(bad).min(1, bad).max(MAX_QUOTE_LENGTH, bad),
    script: z.enum(["trad", "simp"] satisfies Script[], bad),
  },
  bad,
);

// Quotes arrive as an array (JSON requests) or as one form field holding JSON; absent or empty means none.
const quotesField = (min: number) =>
  z.preprocess(
    (v, ctx) => {
      const list = v === undefined || v === null || v === "" ? [] : typeof v === "string" ? parseJson(v) : v;
      if (Array.isArray(list)) return list;
      ctx.addIssue({ code: "custom", message: "quoteMismatch" });
      return z.NEVER;
    },
    z.array(quoteInputSchema).min(min, { error: "evidenceRequired" }).max(QUOTES_MAX, { error: "tooManyQuotes" }),
  );

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// http(s) to a named host only: no javascript:/data: links, no bare IPs or localhost on a class board,
// and no user@host, a classic way to disguise where a link goes.
const webUrl = z.url({ protocol: z.regexes.httpProtocol, hostname: z.regexes.domain });
function isWebUrl(v: string): boolean {
  if (/\s/.test(v) || !webUrl.safeParse(v).success) return false;
  const url = new URL(v);
  return url.username === "" && url.password === "";
}

/** An optional outside source: both fields empty = none; one without the other is refused on the empty one. */
const sourceFields = {
  sourceTitle: cleaned.pipe(z.string().max(SOURCE_TITLE_MAX, { error: "sourceTitleTooLong" })),
  // An address is never right-to-left on purpose: its bidi controls go, so it shows as it leads.
  sourceUrl: cleaned.pipe(
    z
      .string()
      .overwrite(withoutBidiControls)
      .max(URL_MAX, { error: "urlTooLong" })
      .refine((v) => v === "" || isWebUrl(v), { error: "urlInvalid" }),
  ),
};

type Sourced = { sourceTitle: string; sourceUrl: string };

/** A source is both a title and an address, or neither. */
function sourceBothOrNeither(v: Sourced, ctx: z.RefinementCtx) {
  if (v.sourceTitle && !v.sourceUrl) ctx.addIssue({ code: "custom", path: ["sourceUrl"], message: "required" });
  if (v.sourceUrl && !v.sourceTitle) ctx.addIssue({ code: "custom", path: ["sourceTitle"], message: "required" });
}

/** No source is stored as null. */
function sourceOrNull<T extends Sourced>({ sourceTitle, sourceUrl, ...rest }: T) {
  return { ...rest, sourceTitle: sourceTitle || null, sourceUrl: sourceUrl || null };
}

export const argumentInputSchema = z
  .object({
    debateId: id,
    side: z.enum(SIDES, { error: "sideInvalid" }),
    claim: claimSchema,
    reasoning: requiredText(REASONING_MAX, "reasoningTooLong"),
    quotes: quotesField(1),
    ...sourceFields,
    clientKey: clientKeySchema,
  })
  .superRefine(sourceBothOrNeither)
  .transform(sourceOrNull);

/**
 * A student's edit of their own post: the words and the source, not the quotes (evidence is checked when
 * posted; to quote other passages, withdraw the post and write it again). The claim is required only of
 * an argument, which the data layer knows; a reply sends none.
 */
export const editPostSchema = z
  .object({
    debateId: id,
    postId: id,
    claim: cleaned.pipe(
      z.string().max(CLAIM_MAX, { error: "claimTooLong" }).refine(oneLine, { error: "claimOneSentence" }),
    ),
    body: requiredText(REASONING_MAX, "reasoningTooLong"),
    ...sourceFields,
  })
  .superRefine(sourceBothOrNeither)
  .transform(sourceOrNull);

export const withdrawPostSchema = z.object({ debateId: id, postId: id });

/** A reply of any kind may quote the text: a rebuttal cites counter-evidence, a support reply more evidence. */
export const replyInputSchema = z.object({
  parentId: id,
  kind: z.enum(REPLY_KINDS, { error: "replyKindInvalid" }),
  body: requiredText(REPLY_MAX, "replyTooLong"),
  quotes: quotesField(0),
  clientKey: clientKeySchema,
});

const scale = (key: string) =>
  z.coerce.number({ error: key }).int({ error: key }).min(1, { error: key }).max(5, { error: key });

/** A rating of an argument's strength; withdrawing one needs only the post id. */
export const rateArgumentSchema = z.object({ postId: id, value: scale("ratingInvalid") });

/** Stance on the question, 1 = the first side … 5 = the second, given before and after the debate. */
export const stanceSchema = scale("stanceInvalid");

export type ArgumentInput = z.infer<typeof argumentInputSchema>;
export type ReplyInput = z.infer<typeof replyInputSchema>;
export type EditPostInput = z.infer<typeof editPostSchema>;
export type WithdrawPostInput = z.infer<typeof withdrawPostSchema>;
export type QuoteInput = z.infer<typeof quoteInputSchema>;
