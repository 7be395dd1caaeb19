import { getTranslations } from "next-intl/server";
import { RemoveTermForm } from "./remove-term-form";
import { TermForm, type TermValues } from "./term-form";

/**
 * The reading's glossary: each term with its other spellings and its explanations, as students see them in
 * the reader; for the reading's own teacher, forms to add, change and remove terms.
 */
export async function GlossarySection({
  readingId,
  terms,
  language,
  editable,
}: {
  readingId: string;
  terms: TermValues[];
  language: string;
  editable: boolean;
}) {
  const t = await getTranslations("library.glossary");
  return (
    <section aria-labelledby="glossary-heading" className="panel stack">
      <h2 id="glossary-heading">
        {t("title")} <span className="hint">{t("count", { count: terms.length })}</span>
      </h2>
      <p className="hint">{t("hint")}</p>
      {terms.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <dl className="glossary-list">
          {terms.map((term) => (
            <div key={term.id} className="glossary-entry">
              <dt lang={language}>
                {term.term}
                {term.aliases.length > 0 && (
                  <span className="hint"> {t("alsoWritten", { aliases: term.aliases.join("、") })}</span>
                )}
              </dt>
              {term.explanationZhHant && <dd lang="zh-Hant">{term.explanationZhHant}</dd>}
              {term.explanationEn && <dd lang="en">{term.explanationEn}</dd>}
              {editable && (
                <dd>
                  <details>
                    <summary>{t("edit", { term: term.term })}</summary>
                    <TermForm readingId={readingId} term={term} language={language} />
                    <RemoveTermForm readingId={readingId} termId={term.id} term={term.term} />
                  </details>
                </dd>
              )}
            </div>
          ))}
        </dl>
      )}
      {editable && (
        <details>
          <summary>{t("addForm")}</summary>
          <TermForm readingId={readingId} language={language} />
        </details>
      )}
    </section>
  );
}
