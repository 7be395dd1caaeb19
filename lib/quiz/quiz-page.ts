// Server code: only getServerSideProps imports this (Next drops it, and all it imports, from the browser bundle).

import { createTranslator } from "next-intl";
import { appTimeZone, isErrorKey, MESSAGES } from "@/i18n/messages";
import type { translator } from "@/i18n/pages";
import { db } from "@/lib/db/app-db";
import { pagesRequest } from "@/lib/http/pages-request";
import { idSchema } from "@/lib/id-schema";
import { localized } from "@/lib/quiz/items";
import { getReaderView } from "@/lib/readings/reader-view";
import { inScript, isScript, type Script, toSimplified } from "@/lib/readings/script";
import { sentenceExcerpt } from "@/lib/text/excerpt";
import { attemptItems, currentItems } from "./item-bank";
import { overviewProps } from "./quiz-overview-props";
import { PARAGRAPH_EXCERPT_CHARS, type QuizMessages, type QuizPageResult } from "./quiz-page-props";
import { attemptSize } from "./selection";
import { loadAttemptForStudent, loadFeedback, loadStudentQuiz } from "./student-quiz";

// Everything the student's quiz page (pages/student/assignments/[assignmentId]/quiz.tsx) shows, worked out
// on the server: access, the attempt, the feedback the release setting allows, and every piece of text
// that comes from data, in the student's language and script. Plain JSON: it is the page's props.
// The page is on the Pages Router and its article is fetched separately (docs/decisions/0017): a class
// reloads it while handing in, and on this kind of machine an App Router render cost too much.

// A preview ends where a sentence or clause does (sentenceExcerpt), so it is long enough to hold one.

/** The page's props; `lang` is "zh-Hans" when the quiz's own words were converted for a student reading 简. */
export type QuizPage = QuizPageResult & { lang?: "zh-Hans" };

// A student reading the zh-Hant UI who chose 简 sees the quiz's own words (buttons, headings, navigator,
// results, refusals) in Simplified too, not only its items. The catalog's namespaces the quiz uses are
// converted here, once per process and namespace; the browser gets them converted, with no converter.
type Catalog = (typeof MESSAGES)["zh-Hant"];
const simplifiedNamespaces = new Map<keyof Catalog, unknown>();
let simplifiedTranslator: ReturnType<typeof translator> | undefined;

function simplifiedNamespace<N extends keyof Catalog>(namespace: N): Catalog[N] {
  let converted = simplifiedNamespaces.get(namespace);
  if (!converted) simplifiedNamespaces.set(namespace, (converted = convertStrings(MESSAGES["zh-Hant"][namespace])));
  return converted as Catalog[N];
}

// ICU syntax ({n}, {count, plural, other {…}}) is ASCII, which conversion leaves as it is.
function convertStrings(value: unknown): unknown {
  if (typeof value === "string") return toSimplified(value);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convertStrings(v)]));
}

/** next-intl's translator over the zh-Hant catalog with the quiz's two namespaces in Simplified. */
function simplifiedQuizTranslator(): ReturnType<typeof translator> {
  simplifiedTranslator ??= createTranslator({
    locale: "zh-Hant",
    messages: { ...MESSAGES["zh-Hant"], quiz: simplifiedNamespace("quiz"), errors: simplifiedNamespace("errors") },
    timeZone: appTimeZone(),
  });
  return simplifiedTranslator;
}

/** Access: a signed-in student of the class, the quiz switched on and open, else 404 (lib/access.ts). */
export async function loadQuizPage(
  cookies: Partial<Record<string, string>>,
  assignmentId: string,
  refused?: unknown,
): Promise<QuizPage> {
  const request = await pagesRequest(cookies);
  if (!request) return { kind: "signIn" };
  const { me, locale, format, shell, notFound } = request;
  if (me.role !== "STUDENT" || !idSchema.safeParse(assignmentId).success) return notFound();
  const state = await loadStudentQuiz(db, me.id, assignmentId);
  if (!state) return notFound();
  const { quiz } = state;
  const { assignment } = quiz;
  const script: Script = isScript(me.preferredScript) ? me.preferredScript : "trad";
  const view = await getReaderView(db, assignment.readingId, script);
  if (!view) return notFound();
  const simplified = locale === "zh-Hant" && script === "simp";
  const t = simplified ? simplifiedQuizTranslator() : request.t;

  // Items are written in zh-Hant and English; students reading Simplified get the zh-Hant text converted.
  const text = (pair: { zhHant: string; en: string }) =>
    locale === "en" ? localized(pair, "en") : inScript(localized(pair, "zhHant"), script);
  const readerHref = assignment.readingEnabled ? `/student/assignments/${assignment.id}` : null;
  const title = t("quiz.pageTitle", { title: assignment.title });
  const page = {
    kind: "quiz" as const,
    ...(simplified && { lang: "zh-Hans" as const }),
    shell: shell(title),
    assignmentId: assignment.id,
    title,
    // Why the start button changed nothing (a form post, see app/api/quiz/start): only the catalog's words reach the page.
    refusal: typeof refused === "string" ? t(`errors.${isErrorKey(refused) ? refused : "unexpected"}`) : null,
  };

  if (state.inProgress) {
    const { items, saved } = await loadAttemptForStudent(db, me.id, state.inProgress, assignment.readingId);
    return {
      ...page,
      view: "taking",
      // The runner formats as the student goes (progress, counts), so it takes the two catalogs it uses.
      messages: (simplified
        ? { quiz: simplifiedNamespace("quiz"), errors: simplifiedNamespace("errors") }
        : { quiz: MESSAGES[locale].quiz, errors: MESSAGES[locale].errors }) satisfies QuizMessages,
      runner: {
        attemptId: state.inProgress.id,
        items: items.map((i) => ({
          id: i.id,
          type: i.type,
          points: i.points,
          prompt: text(i.prompt),
          ...(i.options && { options: i.options.map((o) => ({ key: o.key, label: text(o) })) }),
        })),
        paragraphs: view.paragraphs.map((p) => ({
          id: p.id,
          position: p.position,
          text: sentenceExcerpt(p.segments.map((s) => s.text).join(""), PARAGRAPH_EXCERPT_CHARS),
        })),
        saved,
        deadline: state.deadline?.toISOString() ?? null,
        articleUrl: `/api/quiz/attempts/${state.inProgress.id}/article?script=${script}`,
        readerHref,
      },
    };
  }

  const submitted = state.submitted;
  // The latest attempt's own items once there is one (see itemsOfAttempt), else what a new attempt would ask.
  const itemCount = submitted
    ? (await attemptItems(db, assignment.readingId, submitted)).length
    : attemptSize(await currentItems(db, assignment.readingId), quiz.selection, me.id, quiz.id);
  const showKey = state.released && state.keyWait === null;
  const feedback =
    submitted && state.itemFeedback ? await loadFeedback(db, me.id, submitted, assignment.readingId, showKey) : null;
  return {
    ...page,
    view: "overview",
    overview: overviewProps(
      { t, format, text },
      { state, itemCount, feedback, paragraphs: view.paragraphs, readerHref },
    ),
  };
}
