import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth";
import { ChangePasswordForm } from "./_components/change-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const me = await requireUser();
  const t = await getTranslations("account");
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
    </section>
  );
}
