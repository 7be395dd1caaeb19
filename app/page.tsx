import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function LandingPage() {
  const t = await getTranslations("landing");
  return (
    <section className="landing">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <ul className="features">
        <li>{t("featureRead")}</li>
        <li>{t("featureQuiz")}</li>
        <li>{t("featureDebate")}</li>
      </ul>
      <p className="actions">
        <Link href="/sign-up" className="button primary">
          {t("forTeachers")}
        </Link>
        <Link href="/join" className="button">
          {t("forStudents")}
        </Link>
      </p>
      <p>
        <Link href="/sign-in">{t("haveAccount")}</Link>
      </p>
    </section>
  );
}
