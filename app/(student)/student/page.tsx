import type { Metadata } from "next";
import { getFormatter, getNow, getTranslations } from "next-intl/server";
import { StatusChip } from "@/components/status-chip";
import { hasOpened } from "@/lib/access";
import { listStudentAssignments } from "@/lib/assignments/queries";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { DATE_TIME } from "@/lib/time/formats";
import { AssignmentSteps } from "./_components/assignment-steps";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studentHome"))("title") };
}

export default async function StudentHomePage() {
  const me = await requireUser(["STUDENT"]);
  const t = await getTranslations("studentHome");
  const format = await getFormatter();
  const now = await getNow();
  const assignments = await listStudentAssignments(db, me.id, now);
  return (
    <section>
      <h1>{t("title")}</h1>
      {assignments.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="cards" aria-label={t("title")}>
          {assignments.map((a) => (
            <li key={a.id} className="card">
              {/* A plain link: the reader is a Pages Router page, and next/link's prefetch would run it (and count it as opened). */}
              <h2 id={`assignment-${a.id}`}>
                {a.steps.reading ? <a href={`/student/assignments/${a.id}`}>{a.title}</a> : a.title}
              </h2>
              <dl className="facts">
                <dt>{t("classLabel")}</dt>
                <dd>{a.classroom.name}</dd>
                <dt>{t("opens")}</dt>
                <dd>
                  {format.dateTime(a.opensAt, DATE_TIME)}{" "}
                  {!hasOpened(a, now) && <StatusChip tone="todo">{t("upcoming")}</StatusChip>}
                </dd>
                <dt>{t("due")}</dt>
                <dd>{a.dueAt ? format.dateTime(a.dueAt, DATE_TIME) : t("noDue")}</dd>
              </dl>
              {hasOpened(a, now) && <AssignmentSteps assignment={a} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
