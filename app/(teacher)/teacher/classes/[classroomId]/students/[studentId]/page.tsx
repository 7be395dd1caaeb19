import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { loadGradebook } from "@/lib/gradebook/gradebook";
import { DATE_TIME } from "@/lib/time/formats";
import { cellWords } from "../../_components/gradebook-cells";

type Props = { params: Promise<{ classroomId: string; studentId: string }> };

async function load(props: Props) {
  const me = await requireUser(["TEACHER"]);
  const { classroomId, studentId } = await props.params;
  const gradebook = await loadGradebook(db, me.id, classroomId, { studentId });
  const row = gradebook?.rows[0];
  return gradebook && row ? { gradebook, row } : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props);
  return {
    title: found ? (await getTranslations("gradebook"))("studentTitle", { name: found.row.displayName }) : undefined,
  };
}

/** One student's row of the gradebook, an assignment at a time, with links to where each part is graded. */
export default async function StudentGradesPage(props: Props) {
  const found = await load(props);
  if (!found) notFound();
  const { gradebook, row } = found;
  const t = await getTranslations("gradebook");
  const tPage = await getTranslations("assignmentPage");
  const format = await getFormatter();
  const tData = await getTranslations("privacyExport");
  const exportUrl = `/api/privacy/students/${(await props.params).studentId}/export`;
  const base = `/teacher/classes/${gradebook.classroom.id}`;
  return (
    <section>
      <p>
        <Link href={`${base}/gradebook`}>← {t("pageTitle", { name: gradebook.classroom.name })}</Link>
      </p>
      <h1>{t("studentTitle", { name: row.displayName })}</h1>
      <p className="muted">{row.loginName}</p>
      <p>
        {tData("teacherExport")}{" "}
        <a href={`${exportUrl}?format=html`} download>
          {tData("exportHtml")}
        </a>
        {" · "}
        <a href={`${exportUrl}?format=json`} download>
          {tData("exportJson")}
        </a>
      </p>
      {gradebook.assignments.length === 0 ? (
        <p>{t("noAssignments")}</p>
      ) : (
        <ul className="cards" aria-label={t("studentTitle", { name: row.displayName })}>
          {gradebook.assignments.map((a, i) => {
            const words = cellWords(row.cells[i]!, t, format);
            return (
              <li key={a.id} className="card">
                <h2>
                  <Link href={`/teacher/assignments/${a.id}`}>{a.title}</Link>
                </h2>
                <p className="muted">
                  {tPage("due")} {a.dueAt ? format.dateTime(a.dueAt, DATE_TIME) : tPage("noDue")}
                </p>
                <dl className="facts">
                  {words.reading !== null && (
                    <>
                      <dt>{t("reading")}</dt>
                      <dd>{words.reading}</dd>
                    </>
                  )}
                  {words.quiz !== null && (
                    <>
                      <dt>{t("quiz")}</dt>
                      <dd>
                        {words.quiz} · <Link href={`/teacher/assignments/${a.id}/quiz`}>{t("quizResults")}</Link>
                      </dd>
                    </>
                  )}
                  {words.rubric !== null && (
                    <>
                      <dt>{t("rubric")}</dt>
                      <dd>
                        {words.rubric} · {words.posts} ·{" "}
                        <Link href={`/teacher/assignments/${a.id}/debate`}>{t("board")}</Link>
                      </dd>
                    </>
                  )}
                </dl>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
