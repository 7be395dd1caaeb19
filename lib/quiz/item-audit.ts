import type { QuizItem } from "./items";

/**
 * Checks that keep a reading's quiz fair, for any reading: quotations are the reading's own words, paragraph
 * numbers point where the item says its evidence is, both languages say the same thing, the key cannot be
 * told by its length, and the glossary (which students see while reading) gives no item's answer away.
 * Each check returns what it found as sentences naming the item, so a failing test says what to fix.
 *
 * Conventions the checks rely on: 「…」 in the zh-Hant text quotes the reading (… marks a cut); any other
 * quotation uses “…”. Paragraphs are cited as 第N段 (or 第3、13段) in zh-Hant and ¶N in English.
 */

export type AuditParagraph = { id: string; position: number; text: string };
export type AuditGlossaryEntry = { term: string; aliases?: string[]; zhHant: string; en: string };

type Language = "zhHant" | "en";

/** Every text of an item in one language: prompt, options, explanation, rubric. */
export function itemTexts(item: QuizItem, language: Language): string[] {
  return [
    item.prompt[language],
    ...("options" in item ? item.options.map((o) => o[language]) : []),
    item.explanation[language],
    ...(item.type === "short" ? [item.rubric[language]] : []),
  ];
}

// The reading writes its own quotation marks as “…”; an item quoting it may nest them as “…”, "…" or 『…』.
const sameMarks = (text: string) => text.replace(/[“”"『』]/g, '"');

/** The paragraph numbers a text cites: 第3段, 第3、13段, 第9段和第31段, ¶3, ¶3 and ¶13. */
export function citedNumbers(text: string): number[] {
  const numbers: number[] = [];
  for (const m of text.matchAll(/第([\d、,，和與及至\s]+)段/g))
    numbers.push(...[...m[1]!.matchAll(/\d+/g)].map(Number));
  for (const m of text.matchAll(/¶\s?(\d+)/g)) numbers.push(Number(m[1]));
  return numbers;
}

function positionsOf(item: QuizItem, paragraphs: AuditParagraph[]): Set<number> {
  return new Set(paragraphs.filter((p) => item.paragraphs.includes(p.id)).map((p) => p.position));
}

/**
 * Every 「quotation」 in the zh-Hant text appears word for word in the reading (each piece of it, in order,
 * when … marks a cut); a quotation right after a paragraph number appears in that paragraph, which the item
 * must cite.
 */
export function quotationProblems(items: QuizItem[], paragraphs: AuditParagraph[]): string[] {
  const problems: string[] = [];
  const contains = (text: string, quote: string) => {
    let from = 0;
    for (const piece of sameMarks(quote)
      .split(/…+|\.\.\./)
      .filter(Boolean)) {
      const at = sameMarks(text).indexOf(piece, from);
      if (at < 0) return false;
      from = at + piece.length;
    }
    return true;
  };
  for (const item of items) {
    const cited = positionsOf(item, paragraphs);
    for (const text of itemTexts(item, "zhHant")) {
      for (const m of text.matchAll(/「([^」]+)」/g)) {
        const quote = m[1]!;
        const before = text.slice(Math.max(0, m.index - 12), m.index);
        const named = citedNumbers(before);
        const where = named.length ? paragraphs.filter((p) => named.includes(p.position)) : paragraphs;
        if (!where.some((p) => contains(p.text, quote)))
          problems.push(
            `${item.key}: 「${quote}」 is not in ${named.length ? `¶${named.join(", ¶")}` : "the reading"} word for word`,
          );
        for (const n of named)
          if (!cited.has(n))
            problems.push(`${item.key}: 「${quote}」 is quoted from ¶${n}, which the item does not cite`);
      }
    }
  }
  return problems;
}

/** Every paragraph number a prompt or explanation names exists and is one of the item's cited paragraphs. */
export function paragraphNumberProblems(items: QuizItem[], paragraphs: AuditParagraph[]): string[] {
  const problems: string[] = [];
  const exists = new Set(paragraphs.map((p) => p.position));
  for (const item of items) {
    const unknown = item.paragraphs.filter((id) => !paragraphs.some((p) => p.id === id));
    if (unknown.length) problems.push(`${item.key}: cites paragraphs that do not exist: ${unknown.join(", ")}`);
    const cited = positionsOf(item, paragraphs);
    for (const language of ["zhHant", "en"] as const) {
      const named = new Set(itemTexts(item, language).flatMap(citedNumbers));
      for (const n of named) {
        if (!exists.has(n)) problems.push(`${item.key} (${language}): names ¶${n}, which does not exist`);
        else if (!cited.has(n)) problems.push(`${item.key} (${language}): names ¶${n} but does not cite it`);
      }
    }
  }
  return problems;
}

const ZH_UNITS: Record<string, number> = { 億: 1e8, 萬: 1e4 };
const EN_UNITS: Record<string, number> = { billion: 1e9, bn: 1e9, b: 1e9, million: 1e6, m: 1e6, trillion: 1e12 };

/**
 * The figures of a text as values (80億 and $8B are both 8,000,000,000). Left out: paragraph numbers (compared
 * on their own), months (3月 has no digits in English), whole numbers below 10 without a unit (English often
 * writes them in words: "three years"), and in English text the 「quotations」 of the reading it carries.
 */
export function figuresOf(text: string, language: Language): Set<number> {
  const plain = text
    .replace(/第[\d、,，和與及至\s]+段|¶\s?\d+/g, " ")
    .replace(language === "zhHant" ? /\d{1,2}月/g : /「[^」]*」/g, " ");
  const figures = new Set<number>();
  const pattern =
    language === "zhHant"
      ? /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(億|萬)?/g
      : /(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*(billion|bn|trillion|million|B|M)\b)?/gi;
  for (const m of plain.matchAll(pattern)) {
    const unit = m[2] ? (language === "zhHant" ? ZH_UNITS[m[2]] : EN_UNITS[m[2].toLowerCase()]) : undefined;
    const value = Number(m[1]!.replace(/,/g, "")) * (unit ?? 1);
    if (!unit && Number.isInteger(value) && value < 10) continue;
    figures.add(Math.round(value * 1000) / 1000);
  }
  return figures;
}

/** The zh-Hant and English versions of each item cite the same paragraphs and give the same figures. */
export function languageProblems(items: QuizItem[]): string[] {
  const problems: string[] = [];
  const differ = (a: Set<number>, b: Set<number>) => [...a].filter((x) => !b.has(x));
  for (const item of items) {
    const texts = { zhHant: itemTexts(item, "zhHant"), en: itemTexts(item, "en") };
    texts.zhHant.forEach((zh, i) => {
      const en = texts.en[i]!;
      const [zhCites, enCites] = [new Set(citedNumbers(zh)), new Set(citedNumbers(en))];
      const citeGaps = [
        ...differ(zhCites, enCites).map((n) => `¶${n} only in zh-Hant`),
        ...differ(enCites, zhCites).map((n) => `¶${n} only in English`),
      ];
      const [zhFigures, enFigures] = [figuresOf(zh, "zhHant"), figuresOf(en, "en")];
      const figureGaps = [
        ...differ(zhFigures, enFigures).map((n) => `${n} only in zh-Hant`),
        ...differ(enFigures, zhFigures).map((n) => `${n} only in English`),
      ];
      if (citeGaps.length || figureGaps.length)
        problems.push(`${item.key} text ${i + 1}: ${[...citeGaps, ...figureGaps].join("; ")}`);
    });
  }
  return problems;
}

/** The single-choice items whose key is the longest option (ties count), per language. */
export function longestOptionKeys(items: QuizItem[]): { single: number; zhHant: string[]; en: string[] } {
  const single = items.filter((i) => i.type === "single");
  const longest = (language: Language) =>
    single
      .filter((item) => {
        const key = item.options.find((o) => o.key === item.answer)!;
        return item.options.every((o) => o[language].length <= key[language].length);
      })
      .map((i) => i.key);
  return { single: single.length, zhHant: longest("zhHant"), en: longest("en") };
}

const GIVEAWAY_CHARS = 5;
const hanOnly = (text: string) => text.replace(/[^\p{Script=Han}]/gu, "");

/**
 * Where a glossary entry repeats what an item's explanation says: a run of five or more Chinese characters
 * in both (figures, names in Latin letters and punctuation aside, and the term and its aliases too, which
 * both naturally name). A definition that states a fact-check verdict answers the item before the quiz.
 */
export function glossaryGiveaways(items: QuizItem[], glossary: AuditGlossaryEntry[]): string[] {
  const found: string[] = [];
  for (const entry of glossary) {
    const names = [entry.term, ...(entry.aliases ?? [])].map(hanOnly).filter(Boolean);
    const strip = (text: string) => names.reduce((t, name) => t.split(name).join("|"), hanOnly(text));
    const definition = strip(entry.zhHant);
    for (const item of items) {
      const shared = longestSharedRun(definition, strip(item.explanation.zhHant));
      if (shared.length >= GIVEAWAY_CHARS) found.push(`${entry.term} ~ ${item.key}: 「${shared}」`);
    }
  }
  return found;
}

function longestSharedRun(a: string, b: string): string {
  let best = "";
  for (let i = 0; i < a.length; i++)
    for (let j = i + best.length + 1; j <= a.length; j++) {
      const run = a.slice(i, j);
      if (run.includes("|") || !b.includes(run)) break;
      best = run;
    }
  return best;
}
