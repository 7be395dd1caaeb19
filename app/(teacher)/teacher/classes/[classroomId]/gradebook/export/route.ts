import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { buildGradebookCsv } from "@/lib/gradebook/csv";
import { loadGradebook } from "@/lib/gradebook/gradebook";
import { attachmentDisposition, safeFileName } from "@/lib/http/download";
import { notFoundResponse } from "@/lib/http/not-found-response";
import { idSchema } from "@/lib/id-schema";

/** The gradebook as a CSV download, in the teacher's language; 404 to anyone but the class's teacher. */
export async function GET(_request: Request, { params }: { params: Promise<{ classroomId: string }> }) {
  const me = await getCurrentUser();
  if (me?.role !== "TEACHER") return notFoundResponse();
  const classroomId = idSchema.safeParse((await params).classroomId);
  const gradebook = classroomId.success && (await loadGradebook(db, me.id, classroomId.data));
  if (!gradebook) return notFoundResponse();
  const t = await getTranslations("gradebook");
  const csv = buildGradebookCsv(gradebook, {
    student: t("student"),
    loginName: (await getTranslations("quizResults"))("loginName"),
    reading: (title) => t("csvReading", { title }),
    quiz: (title) => t("csvQuiz", { title }),
    rubric: (title) => t("csvRubric", { title }),
    posts: (title) => t("csvPosts", { title }),
    notOpened: t("notOpened"),
    read: t("read"),
    notStarted: t("notStarted"),
    inProgress: t("inProgress"),
    waiting: t("waiting"),
  });
  const name = safeFileName(t("pageTitle", { name: gradebook.classroom.name })) || "gradebook";
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachmentDisposition(`${name}.csv`, "gradebook.csv"),
      "Cache-Control": "private, no-store",
    },
  });
}
