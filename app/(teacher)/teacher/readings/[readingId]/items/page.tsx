import { Download, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { answerLabel } from "@/components/quiz/answer-label";
import { contentLanguage } from "@/i18n/locales";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { listBank } from "@/lib/quiz/bank";
import { localized } from "@/lib/quiz/items";
import { BankImportForm } from "./_components/bank-import-form";
import { ItemTools } from "./_components/item-tools";
import { RemoveItemForm } from "./_components/remove-item-form";

type Props = { params: Promise<{ readingId: string }> };

// Once per request, scoped in the query: another teacher's private reading is a 404.
const load = cache(async (params: Props["params"]) => {
  const me = await requireUser(["TEACHER"]);
  return listBank(db, me.id, (await params).readingId);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const bank = await load(params);
  const t = await getTranslations("bank");
  return { title: bank ? t("pageTitle", { title: bank.reading.title }) : undefined };
}

/** A reading's question bank: the items a quiz on it draws from, as teachers manage them. */
export default async function BankPage({ params }: Props) {
  const bank = await load(params);
  if (!bank) notFound();
  const t = await getTranslations("bank");
  const tResults = await getTranslations("quizResults");
  const language = contentLanguage(await getLocale());
  const { reading, items } = bank;
  return (
    <section className="stack">
      <p>
        <Link href={`/teacher/readings/${reading.id}`}>{t("back", { title: reading.title })}</Link>
      </p>
      <h1>{t("pageTitle", { title: reading.title })}</h1>
      <p className="hint">{t("hint")}</p>
      <section aria-labelledby="files-heading" className="panel stack">
        <h2 id="files-heading">{t("exportTitle")}</h2>
        <p className="hint">{t("exportHint")}</p>
        {/* Plain links: the routes answer with files. */}
        <p className="button-row">
          {(["gift", "aiken", "csv"] as const).map((format) => (
            <a key={format} href={`/teacher/readings/${reading.id}/items/export/${format}`} className="button">
              <Download className="icon" aria-hidden="true" /> {t("exportAs", { format: t(`formats.${format}`) })}
            </a>
          ))}
        </p>
        {reading.own && (
          <details>
            <summary>{t("importForm")}</summary>
            <BankImportForm readingId={reading.id} />
          </details>
        )}
      </section>
      <section aria-labelledby="items-heading">
        <h2 id="items-heading">
          {t("items")} <span className="hint">{t("count", { count: items.length })}</span>
        </h2>
        {reading.own && (
          <p>
            <Link href={`/teacher/readings/${reading.id}/items/new`} className="button primary">
              <Plus className="icon" aria-hidden="true" /> {t("addItem")}
            </Link>
          </p>
        )}
        {items.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ol className="item-list">
            {items.map(({ id, item, answers, cited, answerKey }, i) => (
              <li key={id} className="panel stack">
                <p className="hint">
                  {t("itemLabel", { n: i + 1, type: t(`type.${item.type}`), points: item.points })}
                  {cited.length > 0 && <> · {t("cites", { paragraphs: cited.join("、") })}</>}
                  {answers > 0 && <> · {t("answers", { count: answers })}</>}
                </p>
                <p lang={localized(item.prompt, language) === item.prompt.en ? "en" : "zh-Hant"}>
                  {localized(item.prompt, language)}
                </p>
                {"options" in item && (
                  <ul className="plain-list">
                    {item.options.map((o) => (
                      <li key={o.key}>
                        {o.key}. {localized(o, language)}
                      </li>
                    ))}
                  </ul>
                )}
                {answerKey.length > 0 && (
                  <p>
                    {t("answerKey", {
                      answer: answerKey
                        .map((view) => answerLabel(view, tResults, language))
                        .join(tResults("keySeparator")),
                    })}
                  </p>
                )}
                {reading.own && (
                  <ItemTools
                    readingId={reading.id}
                    itemId={id}
                    n={i + 1}
                    first={i === 0}
                    last={i === items.length - 1}
                  />
                )}
                {reading.own && <RemoveItemForm readingId={reading.id} itemId={id} n={i + 1} />}
              </li>
            ))}
          </ol>
        )}
      </section>
    </section>
  );
}
