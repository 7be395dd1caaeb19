import { z } from "zod";
import { BoundedMap } from "@/lib/bounded-map";
import type { Db } from "@/lib/db/client";
import { forgetEverywhere, registerForgetter } from "@/lib/live/forget";
import { liveBusIfRunning } from "@/lib/live/live-bus";
import { type Run, shownText } from "./runs";
import { inScript, isConvertible, originalScript, runsInScript, SCRIPTS, type Script } from "./script";
import { segmentParagraph } from "./segments";

/**
 * A piece of a paragraph as shown: plain text or glossary term number `term`. `text` is what is shown; `runs`
 * say which original text each part of it stands for (runs.ts), which offsets need once a phrase changed length.
 */
export type ShownSegment = { text: string; term?: number; runs: Run[] };

export type ReaderView = {
  id: string;
  title: string;
  author: string | null;
  source: string | null;
  publishedOn: Date | null;
  language: string;
  /** A Chinese original, which the other script's view converts; any other reading is always shown as written. */
  convertible: boolean;
  /** The script the original is written in ("trad" for a reading that is not Chinese). */
  original: Script;
  /** `heading`: a section title, shown as a heading but read, cited and highlighted like any paragraph. */
  paragraphs: { id: string; position: number; heading: boolean; segments: ShownSegment[] }[];
  glossary: { id: string; term: string; explanationZhHant: string; explanationEn: string }[];
};

const aliasesSchema = z.array(z.string()).catch([]);

type GlossarySpellings = { spellings: string[] }[];

/** A term's other spellings as stored (a JSON array); anything unreadable counts as none. */
export function parseAliases(stored: string): string[] {
  return aliasesSchema.parse(safeJson(stored));
}

export function glossarySpellings(glossary: readonly { term: string; aliases: string }[]): GlossarySpellings {
  return glossary.map((g) => ({ spellings: [g.term, ...parseAliases(g.aliases)] }));
}

/**
 * One paragraph as the reader shows it: segmented on the original, then each piece converted. The reader
 * and the highlight check both use this, so what the server compares is exactly what the student saw.
 */
export function displayParagraph(
  text: string,
  spellings: GlossarySpellings,
  script: Script,
  original: Script = "trad",
): ShownSegment[] {
  return segmentParagraph(text, spellings).map((s) => {
    const runs = runsInScript(s.text, script, original);
    return { ...s, text: shownText(runs), runs };
  });
}

/** A paragraph's runs from its shown segments: what offsets into it are counted on (runs.ts). */
export function paragraphRuns(segments: readonly ShownSegment[]): Run[] {
  return segments.flatMap((s) => s.runs);
}

/**
 * The reading as the reader shows it in one script: paragraphs split into plain text and glossary terms.
 * Readings do not change once created, so the view is computed once per (reading, script) and kept.
 */
export async function buildReaderView(db: Db, readingId: string, script: Script): Promise<ReaderView | null> {
  const reading = await db.reading.findUnique({
    where: { id: readingId },
    include: { paragraphs: { orderBy: { position: "asc" } }, glossary: { orderBy: { position: "asc" } } },
  });
  if (!reading) return null;
  const spellings = glossarySpellings(reading.glossary);
  // A Chinese original has a view in the other script (OpenCC, Taiwan phrases both ways); others show as written.
  const convertible = isConvertible(reading.language);
  const original = originalScript(reading.language);
  const shown: Script = convertible ? script : original;
  const converted = (text: string) => inScript(text, shown, original);
  return {
    id: reading.id,
    title: converted(reading.title),
    author: reading.author && converted(reading.author),
    source: reading.source,
    publishedOn: reading.publishedOn,
    // BCP 47 as screen readers pronounce it: Taiwan Mandarin for Traditional text.
    language: convertible ? (shown === "simp" ? "zh-Hans" : "zh-Hant-TW") : reading.language,
    convertible,
    original,
    paragraphs: reading.paragraphs.map((p) => ({
      id: p.id,
      position: p.position,
      heading: p.heading,
      segments: displayParagraph(p.text, spellings, shown, original),
    })),
    glossary: reading.glossary.map((g) => ({
      id: g.id,
      term: converted(g.term),
      // Explanations are written in Traditional Chinese whatever the reading's script.
      explanationZhHant: inScript(g.explanationZhHant, shown),
      explanationEn: g.explanationEn,
    })),
  };
}

// Kept beside the view it comes from, so the article's HTML cache (keyed on the view) serves it too.
const plainViews = new WeakMap<ReaderView, ReaderView>();

/** The same view with its glossary taken out: every paragraph one plain run, no terms to open. */
export function withoutGlossary(view: ReaderView): ReaderView {
  let plain = plainViews.get(view);
  if (!plain) {
    plain = {
      ...view,
      paragraphs: view.paragraphs.map((p) => ({
        ...p,
        segments: [{ text: p.segments.map((s) => s.text).join(""), runs: paragraphRuns(p.segments) }],
      })),
      glossary: [],
    };
    plainViews.set(view, plain);
  }
  return plain;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return [];
  }
}

// One per server process, on globalThis: Next bundles route handlers and pages separately, and a glossary
// change made through one must reach the reader served by the other.
const globalViews = globalThis as unknown as { classroomReaderViews?: BoundedMap<string, Promise<ReaderView | null>> };
const cache = (globalViews.classroomReaderViews ??= new BoundedMap(64));

/** buildReaderView, kept per process: a class of 40 opening the reader builds it once, not 40 times. */
export function getReaderView(db: Db, readingId: string, script: Script): Promise<ReaderView | null> {
  const key = `${readingId}:${script}`;
  let view = cache.get(key);
  if (!view) {
    view = buildReaderView(db, readingId, script);
    view.catch(() => cache.delete(key));
    cache.set(key, view);
  }
  return view;
}

/**
 * Drops the kept views of a reading, after its teacher changed its glossary: the next reader builds it anew,
 * here and (through the live bus) in every other server process.
 */
export function forgetReaderView(readingId: string): void {
  forgetLocally(readingId);
  void forgetEverywhere(liveBusIfRunning(), "reader-view", readingId);
}

function forgetLocally(readingId: string | null) {
  if (readingId === null) cache.clear();
  else for (const script of SCRIPTS) cache.delete(`${readingId}:${script}`);
}
registerForgetter("reader-view", forgetLocally);
