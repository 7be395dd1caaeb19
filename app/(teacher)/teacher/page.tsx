import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusChip } from "@/components/status-chip";
import { schoolSettings } from "@/lib/admin/settings";
import { requireUser } from "@/lib/auth";
import { listTeacherClassrooms } from "@/lib/classes/classrooms";
import { db } from "@/lib/db";
import { deletionNotice } from "@/lib/privacy/retention";
import { CreateClassForm } from "./_components/create-class-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teacherHome"))("title") };
}

export default async function TeacherHomePage() {
  const me = await requireUser(["TEACHER"]);
  const t = await getTranslations("teacherHome");
  const [classrooms, { retentionDays }, format] = await Promise.all([
    listTeacherClassrooms(db, me.id),
    schoolSettings(db),
    getFormatter(),
  ]);
  const now = new Date();
  const notices = await Promise.all(classrooms.map((c) => deletionNotice(db, c, retentionDays, now)));
  return (
    <section>
      <h1>{t("title")}</h1>
      {classrooms.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="cards" aria-label={t("title")}>
          {classrooms.map((c, i) => (
            <li key={c.id} className="card">
              <h2>
                <Link href={`/teacher/classes/${c.id}`}>{c.name}</Link>{" "}
                {c.archived && <StatusChip tone="todo">{t("archived")}</StatusChip>}
              </h2>
              <dl className="facts">
                <dt>{t("joinCode")}</dt>
                <dd>
                  <strong className="join-code">{c.joinCode}</strong>
                </dd>
              </dl>
              <p className="muted">
                {t("students", { count: c._count.enrollments })} · {t("assignments", { count: c._count.assignments })}
              </p>
              {notices[i] && (
                <p className="notice">
                  {t("deletionNear", { date: format.dateTime(notices[i], { dateStyle: "long" }) })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2>{t("createClass")}</h2>
      <CreateClassForm />
    </section>
  );
}
