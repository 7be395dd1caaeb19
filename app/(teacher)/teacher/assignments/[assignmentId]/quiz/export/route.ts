import { getLocale, getTranslations } from "next-intl/server";
import { contentLanguage } from "@/i18n/locales";
import { getCurrentUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { attachmentDisposition, safeFileName } from "@/lib/http/download";
import { notFoundResponse } from "@/lib/http/not-found-response";
import { assignmentIdParam } from "@/lib/id-schema";
import { buildResultsCsv } from "@/lib/quiz/csv";
import { loadQuizResults } from "@/lib/quiz/results";

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
  const language = contentLanguage(await getLocale());
  const csv = buildResultsCsv(
    results,
    {
      student: t("student"),
      loginName: t("loginName"),
      status: t("status"),
      score: t("score"),
      maxScore: t("maxScore"),
      item: (n) => t("itemNumber", { n }),
      statuses: {
        not_started: t("status_not_started"),
        in_progress: t("status_in_progress"),
        submitted: t("status_submitted"),
        graded: t("status_graded"),
      },
    },
    language,
  );
  const title = safeFileName(results.assignment.title) || "quiz-results";
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachmentDisposition(`${title}.csv`, "quiz-results.csv"),
      "Cache-Control": "private, no-store",
    },
  });
}
