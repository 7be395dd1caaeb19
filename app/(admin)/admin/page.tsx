import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { teacherSignUpPolicy } from "@/lib/accounts/sign-up-policy";
import { approveTeacherAction, setAdministratorAction, setTeacherDisabledAction } from "@/lib/admin/actions";
import { schoolSettings } from "@/lib/admin/settings";
import { INVITE_DAYS, listTeachers } from "@/lib/admin/teachers";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { originOf } from "@/lib/http/origin";
import { AccountButton } from "./_components/account-button";
import { InviteForm } from "./_components/invite-form";
import { ResetTeacherForm } from "./_components/reset-teacher-form";
import { RetentionForm } from "./_components/retention-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

/** The school administrator's page: teacher accounts, invites, how teachers sign up, how long data is kept. */
export default async function AdminPage() {
  const me = await requireUser(["TEACHER"]);
  // Not an administrator: the page does not exist for them (the data layer refuses them as well).
  if (!me.isAdmin) notFound();
  const [teachers, settings, t] = await Promise.all([
    listTeachers(db, me.id),
    schoolSettings(db),
    getTranslations("admin"),
  ]);
  const resetUrl = `${originOf(await headers()) ?? ""}/reset-password`;
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
              <th scope="col">{t("email")}</th>
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
                  </th>
                  <td>{teacher.email}</td>
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
