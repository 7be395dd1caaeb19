import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth";
import { ChangePasswordForm } from "./_components/change-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const me = await requireUser();
  const [t, tData] = await Promise.all([getTranslations("account"), getTranslations("privacyExport")]);
  const exportUrl = `/api/privacy/students/${me.id}/export`;
  return (
    <section className="narrow">
      <h1>{t("title")}</h1>
      <dl className="facts">
        <dt>{t("loginName")}</dt>
        <dd>
          <strong>{me.loginName}</strong>
        </dd>
      </dl>
      <h2>{t("changePassword")}</h2>
      <ChangePasswordForm loginName={me.loginName} />
      {me.role === "STUDENT" && (
        <>
          <h2>{tData("heading")}</h2>
          <p className="hint">{tData("hint")}</p>
          <p className="button-row">
            <a className="button" href={`${exportUrl}?format=html`} download>
              {tData("downloadHtml")}
            </a>
            <a className="button" href={`${exportUrl}?format=json`} download>
              {tData("downloadJson")}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
