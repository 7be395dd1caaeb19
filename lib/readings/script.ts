import * as ToTraditional from "opencc-js/cn2t";
import type { DictGroup, Trie } from "opencc-js/core";
import * as OpenCC from "opencc-js/t2cn";
import { plainRuns, type Run, shownText } from "./runs";

/**
 * The script a Chinese reading is shown in: its original's, or the other one as a rendering for display only
 * (a Traditional original's "simp" view, a Simplified original's "trad" view). Anchors are always on the original.
 */
export const SCRIPTS = ["trad", "simp"] as const;
export type Script = (typeof SCRIPTS)[number];

/** The script a reading is written in: "simp" for a Simplified original; "trad" for the rest (shown as written). */
export function originalScript(language: string): Script {
  return language === "zh-Hans" ? "simp" : "trad";
}

/** Whether a reading has a view in the other script: a Chinese one. */
export function isConvertible(language: string): boolean {
  return language === "zh-Hant" || language === "zh-Hans";
}

export function isScript(value: unknown): value is Script {
  return value === "trad" || value === "simp";
}

// Taiwan → Mainland with phrases: OpenCC's "tw2sp" (Converter({ from: "twp", to: "cn" })), which turns 晶片
// into 芯片 and 記憶體 into 内存. OpenCC only returns the converted string; the reader needs to know which
// original words each piece of it stands for (anchors are offsets in the original, docs/decisions/0028), so
// this replays OpenCC's own steps with its own tries and dictionaries, keeping every match beside its source:
// normalise compatibility ideographs, cut the text at OpenCC's phrases, then in each part apply the Taiwan
// phrases and variants, then Traditional → Simplified. The result is OpenCC's (script.test.ts) but for a few
// corrections (PHRASE_CORRECTIONS).
// A character's rendering depends on its neighbours (著名 stays 著名 though 著 alone becomes 着): always
// convert whole display pieces (see displayParagraph), never a quote on its own. Server only: the t2cn bundle
// is about 100 KB, and the reader's pages import this from getServerSideProps alone.

/**
 * Where OpenCC's Taiwan phrases get the library reading wrong (measured 2026-12-04, docs/decisions/0028):
 * a phrase found inside a longer word (技術長征, "a long march of technology", is not 技術長 "CTO" + 征),
 * a company's name, a word quoted as Taiwan's (「輝達」), a sense OpenCC does not know. Each gives the text
 * before Traditional → Simplified: the same words to keep them, or the Mainland words. Add to it when a
 * reading shows another.
 */
export const PHRASE_CORRECTIONS: readonly (readonly [string, string])[] = [
  ["技術長征", "技術長征"],
  ["長江儲存", "長江存儲"], // YMTC: 长江存储 on the Mainland, not 长江保存
  ["「輝達」", "「輝達」"],
  ["儲存單元", "存儲單元"],
  ["層層堆疊", "層層堆疊"], // stacked chips: 堆叠, not the data structure 堆栈
];

/** One match of a step: `from` became `to`; `phrase` when a Taiwan phrase was replaced by a Mainland one. */
type Piece = { from: string; to: string; phrase: boolean };
type Steps = { normalize: Trie; segment: Trie; first: Trie; second: Trie; regionalFirst: boolean };
type Direction = "t2cn" | "cn2t";
const steps: Partial<Record<Direction, Steps>> = {};

type OpenCCConfig = { normalizationChain: DictGroup[]; segmentation: DictGroup; conversionChain: DictGroup[] };

/**
 * OpenCC's two conversions as steps: Taiwan → Mainland ("tw2sp": Taiwan phrases and variants, then
 * Traditional → Simplified) and Mainland → Taiwan ("s2twp": Simplified → Traditional, then Taiwan phrases and
 * variants). The regional step is the one whose replaced words are whole units (see apply).
 */
function loadSteps(direction: Direction): Steps {
  // The presets' type leaves out normalizationChain; the bundles have it (opencc-js/dist/esm-lib/preset/*.js).
  const config = (direction === "t2cn"
    ? OpenCC.Locale.configs.tw2sp
    : ToTraditional.Locale.configs.s2twp) as unknown as OpenCCConfig;
  const trie = (group: DictGroup) => {
    const t = new OpenCC.Trie();
    t.loadDictGroup(group);
    return t;
  };
  const [first, second] = config.conversionChain.map(trie);
  if (direction === "t2cn") for (const [from, to] of PHRASE_CORRECTIONS) first!.addWord(from, to);
  return {
    normalize: trie(config.normalizationChain[0]!),
    segment: trie(config.segmentation),
    first: first!,
    second: second!,
    regionalFirst: direction === "t2cn",
  };
}

/** One step over `text`: each match one piece, each other character a piece of its own. */
function apply(trie: Trie, text: string, regional: boolean): Piece[] {
  const pieces: Piece[] = [];
  for (let i = 0; i < text.length; ) {
    const match = trie.matchPrefix(text, i);
    const end = match ? match.end : i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
    const from = text.slice(i, end);
    const to = match ? match.value : from;
    // A Taiwan word replaced by a Mainland one (價效比 → 性价比, 電晶體 → 晶体管) is one unit even when the
    // length is the same: its characters do not correspond one by one.
    pieces.push({ from, to, phrase: regional && to !== from && [...from].length > 1 });
    i = end;
  }
  return pieces;
}

/** Step `then` applied after step `first` (then's sources spell first's results): pieces of both, merged until their edges meet. */
function compose(first: Piece[], then: Piece[]): Piece[] {
  const out: Piece[] = [];
  let j = 0;
  let doneFirst = 0;
  let doneThen = 0;
  let group: Piece = { from: "", to: "", phrase: false };
  for (const a of first) {
    group = { from: group.from + a.from, to: group.to, phrase: group.phrase || a.phrase };
    doneFirst += a.to.length;
    while (doneThen < doneFirst && j < then.length) {
      const b = then[j++]!;
      group = { ...group, to: group.to + b.to, phrase: group.phrase || b.phrase };
      doneThen += b.from.length;
    }
    if (doneThen === doneFirst) {
      out.push(group);
      group = { from: "", to: "", phrase: false };
    }
  }
  return out;
}

const results = (pieces: Piece[]) => pieces.map((p) => p.to).join("");

/** `text` converted one way, as runs of the original (see runs.ts): phrases and changed lengths atomic. */
function convertedRuns(text: string, direction: Direction): Run[] {
  const { normalize, segment, first, second, regionalFirst } = (steps[direction] ??= loadSteps(direction));
  const normalized = apply(normalize, text, false);
  const converted = segment.segment(results(normalized)).flatMap((part) => {
    const a = apply(first, part, regionalFirst);
    return compose(a, apply(second, results(a), !regionalFirst));
  });
  const runs: Run[] = [];
  for (const p of compose(normalized, converted)) {
    const last = runs.at(-1);
    if (p.phrase || p.to.length !== p.from.length) runs.push({ shown: p.to, length: p.from.length, atomic: true });
    else if (last && !last.atomic)
      runs[runs.length - 1] = { shown: last.shown + p.to, length: last.length + p.from.length };
    else runs.push({ shown: p.to, length: p.from.length });
  }
  return runs;
}

/** The Simplified rendering of a Traditional `text` as runs of the original. */
export function simplifiedRuns(text: string): Run[] {
  return convertedRuns(text, "t2cn");
}

/** The Taiwan Traditional rendering of a Simplified `text` as runs of the original (内存 → 記憶體). */
export function traditionalRuns(text: string): Run[] {
  return convertedRuns(text, "cn2t");
}

export function toSimplified(text: string): string {
  return shownText(simplifiedRuns(text));
}

/** `text`, written in `original`'s script, as shown in `script`. */
export function inScript(text: string, script: Script, original: Script = "trad"): string {
  return shownText(runsInScript(text, script, original));
}

/** `text` as the reader shows it in `script`, in runs of the original (written in `original`'s script). */
export function runsInScript(text: string, script: Script, original: Script = "trad"): Run[] {
  if (script === original) return plainRuns(text);
  return script === "simp" ? simplifiedRuns(text) : traditionalRuns(text);
}
