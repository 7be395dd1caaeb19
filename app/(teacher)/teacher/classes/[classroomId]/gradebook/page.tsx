import { Download } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/scroll-table";
import { requireUser } from "@/lib/auth";
import { findTeacherClassroom } from "@/lib/classes/roster";
import { db } from "@/lib/db";
import { loadGradebook } from "@/lib/gradebook/gradebook";
import {
  type GradebookPart,
  type GradebookSort,
  gradebookSortParam,
  parseGradebookSort,
  sortGradebook,
} from "@/lib/gradebook/sort";
import { cellWords } from "../_components/gradebook-cells";

type Props = {
  params: Promise<{ classroomId: string }>;
  searchParams: Promise<{ sort?: string; dir?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const me = await requireUser(["TEACHER"]);
  const classroom = await findTeacherClassroom(db, me.id, (await params).classroomId);
  return { title: classroom ? (await getTranslations("gradebook"))("pageTitle", { name: classroom.name }) : undefined };
}

/** A class's gradebook: a row per student, a column group per assignment, sortable by any column; CSV. */
export default async function GradebookPage({ params, searchParams }: Props) {
  const me = await requireUser(["TEACHER"]);
  const gradebook = await loadGradebook(db, me.id, (await params).classroomId);
  if (!gradebook) notFound();
  const query = await searchParams;
  const sort = parseGradebookSort(query.sort, gradebook.assignments.length);
  const descending = query.dir === "desc";
  const rows = sortGradebook(gradebook.rows, sort, descending);
  const t = await getTranslations("gradebook");
  const format = await getFormatter();
  const base = `/teacher/classes/${gradebook.classroom.id}`;

  const sortHeader = (label: string, target: GradebookSort, key: string, className?: string) => {
    const active = gradebookSortParam(sort) === gradebookSortParam(target);
    const dir = active && !descending ? "desc" : "asc";
    return (
      <th
        scope="col"
        key={key}
        className={className}
        aria-sort={active ? (descending ? "descending" : "ascending") : undefined}
      >
        <Link href={`?sort=${gradebookSortParam(target)}&dir=${dir}`}>
          {label}
          <span aria-hidden="true">{active ? (descending ? " ▼" : " ▲") : ""}</span>
        </Link>
      </th>
    );
  };
  const partColumns = (parts: Record<GradebookPart, boolean>) =>
    (parts.reading ? 1 : 0) + (parts.quiz ? 1 : 0) + (parts.debate ? 2 : 0);

  return (
    <section>
      <p>
        <Link href={base}>{t("backToClass", { name: gradebook.classroom.name })}</Link>
      </p>
      <h1>{t("pageTitle", { name: gradebook.classroom.name })}</h1>
      {gradebook.rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : gradebook.assignments.length === 0 ? (
        <p>{t("noAssignments")}</p>
      ) : (
        <>
          <p className="hint">{t("hint")}</p>
          {/* A plain link: the route answers with a file, which client-side navigation cannot show. */}
          <p>
            <a href={`${base}/gradebook/export`} className="button">
              <Download className="icon" aria-hidden="true" /> {t("downloadCsv")}
            </a>{" "}
            <span className="hint">{t("downloadCsvHint")}</span>
          </p>
          <ScrollTable label={t("tableLabel")}>
            <table className="gradebook">
              <thead>
                <tr>
                  <td />
                  {gradebook.assignments.map((a) => (
                    <th key={a.id} scope="colgroup" colSpan={partColumns(a.parts)} className="gradebook-assignment">
                      <Link href={`/teacher/assignments/${a.id}`}>{a.title}</Link>
                    </th>
                  ))}
                </tr>
                <tr>
                  {sortHeader(t("student"), { by: "name" }, "name", "gradebook-name")}
                  {gradebook.assignments.flatMap((a, index) => [
                    a.parts.reading && sortHeader(t("reading"), { by: "cell", index, part: "reading" }, `${a.id}-r`),
                    a.parts.quiz && sortHeader(t("quiz"), { by: "cell", index, part: "quiz" }, `${a.id}-q`),
                    a.parts.debate && sortHeader(t("rubric"), { by: "cell", index, part: "debate" }, `${a.id}-d`),
                    a.parts.debate && (
                      <th scope="col" key={`${a.id}-p`}>
                        {t("posts")}
                      </th>
                    ),
                  ])}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.studentId}>
                    <th scope="row" className="gradebook-name">
                      <Link href={`${base}/students/${r.studentId}`}>{r.displayName}</Link>
                    </th>
                    {r.cells.flatMap((cell, i) => {
                      const words = cellWords(cell, t, format);
                      const id = gradebook.assignments[i]!.id;
                      return [
                        words.reading !== null && <td key={`${id}-r`}>{words.reading}</td>,
                        words.quiz !== null && <td key={`${id}-q`}>{words.quiz}</td>,
                        words.rubric !== null && <td key={`${id}-d`}>{words.rubric}</td>,
                        words.posts !== null && <td key={`${id}-p`}>{words.posts}</td>,
                      ];
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
    </section>
  );
}
