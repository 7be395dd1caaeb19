// Server code: only getServerSideProps imports this (Next drops it, and all it imports, from the browser bundle).

import type { Locale } from "@/i18n/locales";
import { perLocale } from "@/i18n/pages";
import { hasOpened } from "@/lib/access";
import { findTeacherAssignment } from "@/lib/assignments/assignments";
import { db } from "@/lib/db/app-db";
import { type NotFoundProps, pagesRequest } from "@/lib/http/pages-request";
import { idSchema } from "@/lib/id-schema";
import type { Shell } from "@/lib/site-header";
import { recordOpened } from "./progress";
import { readMyHighlights, readStudentReader } from "./reader-rows";
import { getReaderView, paragraphRuns, type ReaderView, withoutGlossary } from "./reader-view";
import { shownSlice } from "./runs";
import { isScript, SCRIPTS, type Script } from "./script";

// Everything the reader page (pages/student/assignments/[assignmentId].tsx) shows, worked out on the
// server: access, data and every piece of text, already in the user's language. Plain JSON: it is the
// page's props.

/** The paragraphs and glossary as HTML, rendered once per reading, script and language (article-html.tsx). */
export type RenderedArticle = { html: string; key: string };

/**
 * `html` is in the page as HTML but not in its data for the browser (decision 0051): the browser takes it from
 * the page; `key` tells it whether the text it holds is still the one to show.
 */
export type ArticleProps = { title: string; language: string; byline: string[]; key: string; html?: string };

export type MyHighlight = {
  id: string;
  paragraphId: string;
  start: number;
  end: number;
  position: number;
  shown: string;
  note: string;
};

export type ReaderProps = {
  assignmentId: string;
  /** The class's teacher looking at what students read: no highlights, progress or "mark as read". */
  preview: boolean;
  script: Script;
  furthest: number;
  markedRead: boolean;
  instructions: string | null;
  /** Why the glossary is not shown (the teacher's quiz setting, during the student's attempt), or null. */
  glossaryNote: string | null;
  article: ArticleProps;
  highlights: MyHighlight[];
  labels: Record<ReaderLabel, string>;
  scriptButtons: { script: Script; short: string; label: string }[];
  continueLabel: string | null;
  jumpLabels: Record<number, string>;
  errorMessages: Record<string, string>;
  refusal: string | null;
  /** Where the student goes after reading: the assignment's quiz, else its board; null without either. */
  nextStep: { href: string; label: string } | null;
};

const READER_LABELS = [
  "toolbar",
  "script",
  "textSize",
  "smaller",
  "larger",
  "myHighlights",
  "instructions",
  "selectionHint",
  "markRead",
  "keyboardHighlight",
  "pickParagraph",
  "pickSentences",
  "pickSentencesHint",
  "pickSubmit",
  "pickNothing",
  "markUnread",
  "markedRead",
  "highlightSelection",
  "crossParagraph",
  "noteLabel",
  "notePlaceholder",
  "saving",
  "saveHighlight",
  "cancel",
  "noHighlights",
  "editNote",
  "saveNote",
  "deleteHighlight",
  "saved",
  "preview",
  "skipArticle",
] as const;
type ReaderLabel = (typeof READER_LABELS)[number];
const ERRORS = [
  "highlightMismatch",
  "tooManyHighlights",
  "noteTooLong",
  "notFound",
  "notAllowed",
  "tooLarge",
  "network",
  "unexpected",
] as const;

const readerLabels = perLocale(
  (t) => Object.fromEntries(READER_LABELS.map((k) => [k, t(`reader.${k}`)])) as Record<ReaderLabel, string>,
);
const errorMessages = perLocale((t) => Object.fromEntries(ERRORS.map((k) => [k, t(`errors.${k}`)])));

export type ReaderPageResult =
  | { kind: "signIn" }
  | NotFoundProps
  | { kind: "upcoming"; shell: Shell; title: string; message: string }
  | ({ kind: "reader"; shell: Shell } & ReaderProps);

/** The labels the article's HTML needs, in the reader's language. */
export type ArticleLabels = { paragraph: (n: number) => string; closeGlossary: string; termKeys: string };

/**
 * Renders the article's paragraphs and glossary to HTML (components/reader/article-html.tsx). The page passes
 * it in, so this module stays below the UI (lib/ imports no components).
 */
export type ArticleRenderer = (view: ReaderView, locale: Locale, labels: ArticleLabels) => RenderedArticle;

/**
 * Access as the App Router pages check it: a student of the class, the reading switched on and open, else
 * 404; or the class's own teacher, who previews it (any time, nothing recorded).
 */
export async function loadReaderPage(
  cookies: Partial<Record<string, string>>,
  assignmentId: string,
  refused: unknown,
  renderArticle: ArticleRenderer,
): Promise<ReaderPageResult> {
  const request = await pagesRequest(cookies);
  if (!request) return { kind: "signIn" };
  const { me, locale, t, format, shell, notFound } = request;
  if (!idSchema.safeParse(assignmentId).success) return notFound();
  const preview = me.role === "TEACHER";
  const student = me.role === "STUDENT" ? await readStudentReader(db, me.id, assignmentId) : null;
  const assignment = student
    ? student.assignment
    : preview
      ? await findTeacherAssignment(db, me.id, assignmentId)
      : null;
  if (!assignment || (!preview && !assignment.readingEnabled)) {
    return notFound();
  }
  const now = new Date();
  if (!preview && !hasOpened(assignment, now)) {
    const date = format.dateTime(assignment.opensAt, { dateStyle: "full", timeStyle: "short" });
    return {
      kind: "upcoming",
      shell: shell(assignment.title),
      title: assignment.title,
      message: t("reader.upcoming", { date }),
    };
  }

  const preferred = isScript(me.preferredScript) ? me.preferredScript : "trad";
  const [progress, view, highlights] = await Promise.all([
    student
      ? recordOpened(db, me.id, assignment.id, student.progress, now)
      : { furthestPosition: 0, markedReadAt: null },
    getReaderView(db, assignment.readingId, preferred),
    student ? readMyHighlights(db, me.id, assignment.id) : [],
  ]);
  // The teacher may keep the glossary from a student while their quiz attempt is in progress (its
  // explanations would answer some items); the text and its offsets stay the same.
  const glossaryHeldBack = student?.glossaryHeldBack ?? false;
  if (!view) return notFound();
  // The script the text is shown in: a reading that is not Traditional Chinese is always shown as written.
  const script = view.convertible ? preferred : "trad";
  const shown = glossaryHeldBack ? withoutGlossary(view) : view;

  // A highlight's quote as the reader shows it: in the chosen script, converted in context.
  const shownQuote = (h: { paragraphId: string; start: number; end: number; quote: string }) => {
    const paragraph = view.paragraphs.find((p) => p.id === h.paragraphId);
    return paragraph ? shownSlice(paragraphRuns(paragraph.segments), h.start, h.end) : h.quote;
  };
  const positions = [...new Set(highlights.map((h) => h.position))];
  return {
    kind: "reader",
    shell: shell(assignment.title),
    assignmentId: assignment.id,
    preview,
    script,
    furthest: progress.furthestPosition,
    markedRead: progress.markedReadAt !== null,
    instructions: assignment.instructions || null,
    glossaryNote: glossaryHeldBack ? t("reader.glossaryHeldBack") : null,
    article: {
      title: view.title,
      language: view.language,
      byline: [
        view.author && t("reader.byline", { author: view.author }),
        view.publishedOn && t("reader.published", { date: format.dateTime(view.publishedOn, { dateStyle: "long" }) }),
        view.source && t("reader.source", { source: view.source }),
      ].filter((part): part is string => Boolean(part)),
      ...renderArticle(shown, locale, {
        paragraph: (n) => t("reader.paragraph", { n }),
        closeGlossary: t("reader.closeGlossary"),
        termKeys: t("reader.termKeys"),
      }),
    },
    highlights: highlights.map((h) => ({
      id: h.id,
      paragraphId: h.paragraphId,
      start: h.start,
      end: h.end,
      position: h.position,
      shown: shownQuote(h),
      note: h.note,
    })),
    labels: readerLabels(locale),
    scriptButtons: view.convertible
      ? SCRIPTS.map((s) => {
          // The button of the script the reading is written in says so: 繁 for most, 简 for a Simplified original.
          const label = t(`reader.${s}Label`);
          return {
            script: s,
            short: t(`reader.${s}`),
            label: s === view.original ? t("reader.originalLabel", { script: label }) : label,
          };
        })
      : [],
    continueLabel: progress.furthestPosition > 1 ? t("reader.continue", { n: progress.furthestPosition }) : null,
    jumpLabels: Object.fromEntries(positions.map((n) => [n, t("reader.jump", { n })])),
    errorMessages: errorMessages(locale),
    // Why a form post (mark as read, 繁/简, delete) changed nothing; only the catalog's words reach the page.
    refusal: typeof refused === "string" ? t(`errors.${ERRORS.find((k) => k === refused) ?? "unexpected"}`) : null,
    nextStep: preview
      ? null
      : assignment.quizEnabled
        ? { href: `/student/assignments/${assignment.id}/quiz`, label: t("reader.nextQuiz") }
        : assignment.debateEnabled
          ? { href: `/student/assignments/${assignment.id}/debate`, label: t("reader.nextDebate") }
          : null,
  };
}
