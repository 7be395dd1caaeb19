import { ChartColumn, Plus } from "lucide-react";
import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { QrCode } from "@/components/qr-code";
import { schoolSettings } from "@/lib/admin/settings";
import { requireUser } from "@/lib/auth";
import { archiveClassroomAction, regenerateJoinCodeAction, removeStudentFromClassAction } from "@/lib/classes/actions";
import { findTeacherClassroom } from "@/lib/classes/roster";
import { db } from "@/lib/db";
import { originOf } from "@/lib/http/origin";
import { deletionDate, deletionNotice } from "@/lib/privacy/retention";
import { DATE_TIME } from "@/lib/time/formats";
import { formatLocalDateTime } from "@/lib/time/zoned";
import { BulkStudentsForm } from "./_components/bulk-students-form";
import { ClassEndForm } from "./_components/class-end-form";
import { JoinPanel } from "./_components/join-panel";
import { RenameForm } from "./_components/rename-form";
import { ResetCodeForm } from "./_components/reset-code-form";

type Props = { params: Promise<{ classroomId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const me = await requireUser(["TEACHER"]);
  const classroom = await findTeacherClassroom(db, me.id, (await params).classroomId);
  return { title: classroom?.name };
}

export default async function ClassroomPage({ params }: Props) {
  const me = await requireUser(["TEACHER"]);
  const classroom = await findTeacherClassroom(db, me.id, (await params).classroomId);
  if (!classroom) notFound();
  const t = await getTranslations("classPage");
  const tGradebook = await getTranslations("gradebook");
  const format = await getFormatter();
  const origin = originOf(await headers());
  const joinUrl = origin && `${origin}/join?code=${classroom.joinCode}`;
  const { retentionDays } = await schoolSettings(db);
  const now = new Date();
  const deletesOn = deletionDate(classroom, retentionDays, now);
  const deletionDay = deletesOn && format.dateTime(deletesOn, { dateStyle: "long" });
  const notice = await deletionNotice(db, classroom, retentionDays, now);
  return (
    <section>
      <p>
        <Link href="/teacher">← {t("backToClasses")}</Link>
      </p>
      <h1>{classroom.name}</h1>
      {classroom.archived && <p className="notice">{t("archivedNotice")}</p>}
      {notice && deletionDay && <p className="notice">{t("deletionNear", { date: deletionDay })}</p>}

      {!classroom.archived && (
        <div className="panel">
          <JoinPanel joinCode={classroom.joinCode} joinUrl={joinUrl}>
            {joinUrl && <QrCode text={joinUrl} label={t("qrLabel", { url: joinUrl })} className="join-qr" />}
          </JoinPanel>
          {/* Two steps, without JavaScript too: open, then confirm; the old code stops working at once. */}
          <details>
            <summary>{t("regenerate")}</summary>
            <form action={regenerateJoinCodeAction} className="stack">
              <input type="hidden" name="classroomId" value={classroom.id} />
              <p className="hint">{t("regenerateHint", { code: classroom.joinCode })}</p>
              <button type="submit" className="button">
                {t("regenerateConfirm")}
              </button>
            </form>
          </details>
        </div>
      )}

      <h2>{t("assignments")}</h2>
      {classroom.assignments.length === 0 ? (
        <p>{t("assignmentsEmpty")}</p>
      ) : (
        <ul className="item-list">
          {classroom.assignments.map((a) => (
            <li key={a.id}>
              <Link href={`/teacher/assignments/${a.id}`}>{a.title}</Link>{" "}
              <span className="muted">
                {t("opens")} {format.dateTime(a.opensAt, DATE_TIME)} ·{" "}
                {a.dueAt ? `${t("due")} ${format.dateTime(a.dueAt, DATE_TIME)}` : t("noDue")}
              </span>
            </li>
          ))}
        </ul>
      )}
      {!classroom.archived && (
        <p>
          <Link href={`/teacher/classes/${classroom.id}/assignments/new`} className="button primary">
            <Plus className="icon" aria-hidden="true" />
            {t("newAssignment")}
          </Link>
        </p>
      )}

      <h2>{t("roster")}</h2>
      <p>
        <Link href={`/teacher/classes/${classroom.id}/gradebook`} className="button">
          <ChartColumn className="icon" aria-hidden="true" />
          {tGradebook("link")}
        </Link>
      </p>
      {classroom.enrollments.length === 0 ? (
        <p>{t("rosterEmpty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("studentName")}</th>
                <th scope="col">{t("loginName")}</th>
                <th scope="col">{t("joinedAt")}</th>
                <th scope="col">{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {classroom.enrollments.map(({ user, createdAt }) => (
                <tr key={user.id}>
                  <th scope="row">
                    <Link href={`/teacher/classes/${classroom.id}/students/${user.id}`}>{user.displayName}</Link>
                  </th>
                  <td>{user.loginName}</td>
                  <td className="when">{format.dateTime(createdAt, DATE_TIME)}</td>
                  <td>
                    <details>
                      <summary>
                        {t("resetPassword")}
                        <span className="visually-hidden"> {user.displayName}</span>
                      </summary>
                      <ResetCodeForm
                        classroomId={classroom.id}
                        studentId={user.id}
                        name={user.displayName}
                        resetUrl={`${origin ?? ""}/reset-password`}
                      />
                    </details>
                    {/* A two-step removal that needs no JavaScript: open, then confirm. */}
                    <details>
                      <summary>
                        {t("remove")}
                        <span className="visually-hidden"> {user.displayName}</span>
                      </summary>
                      <form action={removeStudentFromClassAction}>
                        <input type="hidden" name="classroomId" value={classroom.id} />
                        <input type="hidden" name="studentId" value={user.id} />
                        <p className="hint">{t("removeHint")}</p>
                        <button type="submit" className="button danger">
                          {t("removeConfirm", { name: user.displayName })}
                        </button>
                      </form>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {!classroom.archived && (
        <>
          <h2>{t("bulkHeading")}</h2>
          <BulkStudentsForm classroomId={classroom.id} />
        </>
      )}

      <h2>{t("rename")}</h2>
      <RenameForm classroomId={classroom.id} name={classroom.name} />
      <ClassEndForm
        classroomId={classroom.id}
        endsOn={classroom.endsOn ? formatLocalDateTime(classroom.endsOn).slice(0, 10) : ""}
        hint={t("endsOnHint", { days: retentionDays })}
      />
      <p className="hint">{deletionDay ? t("endsOnDeletes", { date: deletionDay }) : t("endsOnNone")}</p>
      <form action={archiveClassroomAction} className="button-row">
        <input type="hidden" name="classroomId" value={classroom.id} />
        <input type="hidden" name="archived" value={String(!classroom.archived)} />
        <button type="submit" className="button">
          {classroom.archived ? t("unarchive") : t("archive")}
        </button>
      </form>
    </section>
  );
}
