// Server code: only getServerSideProps imports this (Next drops it, and all it imports, from the browser bundle).

import { isErrorKey, MESSAGES } from "@/i18n/messages";
import { db } from "@/lib/db/app-db";
import { pagesRequest } from "@/lib/http/pages-request";
import { idSchema } from "@/lib/id-schema";
import { getReaderView } from "@/lib/readings/reader-view";
import { inScript, isScript, type Script } from "@/lib/readings/script";
import { excerpt } from "@/lib/text/excerpt";
import { attemptItems, currentItems } from "./item-bank";
import { overviewProps } from "./quiz-overview-props";
import type { QuizPageResult } from "./quiz-page-props";
import { loadAttemptForStudent, loadFeedback, loadStudentQuiz } from "./student-quiz";

// Everything the student's quiz page (pages/student/assignments/[assignmentId]/quiz.tsx) shows, worked out
// on the server: access, the attempt, the feedback the release setting allows, and every piece of text
// that comes from data, in the student's language and script. Plain JSON: it is the page's props.
// The page is on the Pages Router and its article is fetched separately (docs/decisions/0017): a class
// reloads it while handing in, and on this kind of machine an App Router render cost too much.

const EXCERPT_CHARS = 48;

/** Access: a signed-in student of the class, the quiz switched on and open, else 404 (lib/access.ts). */
export async function loadQuizPage(
  cookies: Partial<Record<string, string>>,
  assignmentId: string,
  refused?: unknown,
): Promise<QuizPageResult> {
  const request = await pagesRequest(cookies);
  if (!request) return { kind: "signIn" };
  const { me, locale, t, format, shell, notFound } = request;
  if (me.role !== "STUDENT" || !idSchema.safeParse(assignmentId).success) return notFound();
  const state = await loadStudentQuiz(db, me.id, assignmentId);
  if (!state) return notFound();
  const { quiz } = state;
  const { assignment } = quiz;
  const script: Script = isScript(me.preferredScript) ? me.preferredScript : "trad";
  const view = await getReaderView(db, assignment.readingId, script);
  if (!view) return notFound();

  // Items are written in zh-Hant and English; students reading Simplified get the zh-Hant text converted.
  const text = (pair: { zhHant: string; en: string }) => (locale === "en" ? pair.en : inScript(pair.zhHant, script));
  const readerHref = assignment.readingEnabled ? `/student/assignments/${assignment.id}` : null;
  const title = t("quiz.pageTitle", { title: assignment.title });
  const page = {
    kind: "quiz" as const,
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
      messages: { quiz: MESSAGES[locale].quiz, errors: MESSAGES[locale].errors },
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
          text: excerpt(p.segments.map((s) => s.text).join(""), EXCERPT_CHARS),
        })),
        saved,
        deadline: state.deadline?.toISOString() ?? null,
        articleUrl: `/api/quiz/attempts/${state.inProgress.id}/article?script=${script}`,
        readerHref,
      },
    };
  }

  const submitted = state.submitted;
  // The latest attempt's own items once there is one (see itemsOfAttempt), else the quiz as it stands.
  const itemCount = (
    submitted ? await attemptItems(db, assignment.readingId, submitted) : await currentItems(db, assignment.readingId)
  ).length;
  const showKey = state.released && state.keyWait === null;
  const feedback =
    submitted && state.released ? await loadFeedback(db, me.id, submitted, assignment.readingId, showKey) : null;
  return {
    ...page,
    view: "overview",
    overview: overviewProps(
      { t, format, text },
      { state, itemCount, feedback, paragraphs: view.paragraphs, readerHref },
    ),
  };
}
