import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { schoolSettings } from "@/lib/admin/settings";
import { db } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy"))("title") };
}

const STORED = ["account", "classes", "reading", "quiz", "debate", "audit"] as const;
const WHO = ["student", "teacher", "admin"] as const;

/** What is stored, who sees it, for how long: linked from every page's footer, open to everyone. */
export default async function PrivacyPage() {
  const [t, settings] = await Promise.all([getTranslations("privacy"), schoolSettings(db)]);
  return (
    <section className="narrow">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <h2>{t("storedHeading")}</h2>
      <ul>
        {STORED.map((key) => (
          <li key={key}>{t(`stored.${key}`)}</li>
        ))}
      </ul>
      <h2>{t("notStoredHeading")}</h2>
      <p>{t("notStored")}</p>
      <h2>{t("whoHeading")}</h2>
      <ul>
        {WHO.map((key) => (
          <li key={key}>{t(`who.${key}`)}</li>
        ))}
      </ul>
      <h2>{t("howLongHeading")}</h2>
      <p>{t("howLong", { days: settings.retentionDays })}</p>
      <h2>{t("rightsHeading")}</h2>
      <p>{t("rights")}</p>
    </section>
  );
}
