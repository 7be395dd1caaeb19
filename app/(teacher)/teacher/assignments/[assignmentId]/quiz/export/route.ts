import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { assignmentIdParam } from "@/lib/id-schema";
import { notFoundResponse } from "@/lib/not-found-response";
import { buildResultsCsv } from "@/lib/quiz/csv";
import { loadQuizResults } from "@/lib/quiz/results";

/** RFC 5987 ext-value: percent-encoded UTF-8, with the few characters encodeURIComponent leaves alone. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The results as a CSV download, in the teacher's language. Anyone but the owning teacher gets 404, so
 * the response does not confirm that the assignment exists.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  const me = await getCurrentUser();
  if (me?.role !== "TEACHER") return notFoundResponse();
  const assignmentId = await assignmentIdParam(params);
  const results = assignmentId && (await loadQuizResults(db, me.id, assignmentId));
  if (!results) return notFoundResponse();
  const t = await getTranslations("quizResults");
  const language = (await getLocale()) === "en" ? "en" : "zhHant";
  const csv = buildResultsCsv(
    results,
    {
      student: t("student"),
      loginName: t("loginName"),
      status: t("status"),
      score: t("score"),
      maxScore: t("maxScore"),
      statuses: {
        not_started: t("status_not_started"),
        in_progress: t("status_in_progress"),
        submitted: t("status_submitted"),
        graded: t("status_graded"),
      },
    },
    language,
  );
  // The plain filename is for old clients; browsers that read filename* save it under the assignment's
  // title, without the characters Windows refuses in file names.
  const title = results.assignment.title.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, " ").trim() || "quiz-results";
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="quiz-results.csv"; filename*=UTF-8''${rfc5987(`${title}.csv`)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
