import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { teacherSignUpPolicy } from "@/lib/accounts/sign-up-policy";
import { approveTeacherAction, setAdministratorAction, setTeacherDisabledAction } from "@/lib/admin/actions";
import { schoolSettings } from "@/lib/admin/settings";
import { findStudentForAdmin } from "@/lib/admin/students";
import { INVITE_DAYS, listTeachers } from "@/lib/admin/teachers";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { originOf } from "@/lib/http/origin";
import { AccountButton } from "./_components/account-button";
import { DeleteStudentForm } from "./_components/delete-student-form";
import { InviteForm } from "./_components/invite-form";
import { ResetTeacherForm } from "./_components/reset-teacher-form";
import { RetentionForm } from "./_components/retention-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

/** The school administrator's page: teacher accounts, invites, how teachers sign up, how long data is kept. */
export default async function AdminPage({ searchParams }: { searchParams: Promise<{ student?: string }> }) {
  const me = await requireUser(["TEACHER"]);
  // Not an administrator: the page does not exist for them (the data layer refuses them as well).
  if (!me.isAdmin) notFound();
  const [teachers, settings, t] = await Promise.all([
    listTeachers(db, me.id),
    schoolSettings(db),
    getTranslations("admin"),
  ]);
  const resetUrl = `${originOf(await headers()) ?? ""}/reset-password`;
  const { student: studentLogin } = await searchParams;
  const lookup = typeof studentLogin === "string" && studentLogin.trim() ? studentLogin.slice(0, 254) : null;
  const student = lookup ? await findStudentForAdmin(db, me.id, lookup) : null;
  const policy = teacherSignUpPolicy();
  return (
    <section>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>

      <h2>{t("teachersHeading")}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {teachers.map((teacher) => {
              const self = teacher.id === me.id;
              const status = teacher.status === "pending" || teacher.status === "disabled" ? teacher.status : "active";
              return (
                <tr key={teacher.id}>
                  <th scope="row">
                    {teacher.displayName}
                    {self && t("you")}
                    <span className="muted block">{teacher.email}</span>
                  </th>
                  <td>
                    {t(`statusLabel.${status}`)}
                    {teacher.isAdmin && ` · ${t("adminBadge")}`}
                  </td>
                  <td>
                    <fieldset className="stack plain-fieldset">
                      <legend className="visually-hidden">{t("actionsFor", { name: teacher.displayName })}</legend>
                      {status === "pending" && (
                        <AccountButton
                          action={approveTeacherAction}
                          fields={{ teacherId: teacher.id }}
                          label={t("approve")}
                          tone="primary"
                        />
                      )}
                      {status === "active" && (
                        <AccountButton
                          action={setAdministratorAction}
                          fields={{ teacherId: teacher.id, isAdmin: String(!teacher.isAdmin) }}
                          label={teacher.isAdmin ? t("removeAdmin") : t("makeAdmin")}
                        />
                      )}
                      {!self && status !== "pending" && (
                        <AccountButton
                          action={setTeacherDisabledAction}
                          fields={{ teacherId: teacher.id, disabled: String(status === "active") }}
                          label={status === "active" ? t("disable") : t("enable")}
                          tone={status === "active" ? "danger" : "plain"}
                        />
                      )}
                      {!self && (
                        <ResetTeacherForm teacherId={teacher.id} name={teacher.displayName} resetUrl={resetUrl} />
                      )}
                    </fieldset>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h2>{t("studentsHeading")}</h2>
      <p className="hint">{t("studentsHint")}</p>
      {/* A plain GET form: the result is a page of its own, and works without JavaScript. */}
      <form method="get" action="/admin" className="inline-form">
        <div className="field">
          <label htmlFor="student-login">{t("studentLogin")}</label>
          <input
            id="student-login"
            name="student"
            defaultValue={lookup ?? ""}
            autoCapitalize="off"
            spellCheck={false}
          />
        </div>
        <button type="submit" className="button">
          {t("find")}
        </button>
      </form>
      {lookup && !student && <p role="status">{t("notFoundStudent", { login: lookup })}</p>}
      {student && (
        <section className="card stack" aria-label={student.displayName}>
          <h3>
            {student.displayName} <span className="muted">{student.loginName}</span>
          </h3>
          <p>{t("studentClasses", { classes: student.enrollments.map((e) => e.classroom.name).join("、") || "—" })}</p>
          <p className="button-row">
            <a className="button" href={`/api/privacy/students/${student.id}/export?format=html`} download>
              {t("exportHtml")}
            </a>
            <a className="button" href={`/api/privacy/students/${student.id}/export?format=json`} download>
              {t("exportJson")}
            </a>
          </p>
          <details>
            <summary>{t("delete")}</summary>
            <DeleteStudentForm studentId={student.id} name={student.displayName} />
          </details>
        </section>
      )}

      <h2>{t("inviteHeading")}</h2>
      <p className="hint">{t("inviteHint", { days: INVITE_DAYS })}</p>
      <InviteForm />

      <h2>{t("policyHeading")}</h2>
      <p>{t(`policy.${policy}`)}</p>
      <p className="hint">{t("policyHint")}</p>

      <h2>{t("retentionHeading")}</h2>
      <RetentionForm retentionDays={settings.retentionDays} />
    </section>
  );
}
