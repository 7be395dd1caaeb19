"use client";

import { useLocale } from "next-intl";
import { useEffect, useState } from "react";
import { useTranslations } from "@/components/use-translations";

type Article = { title: string; language: string; paragraphs: { id: string; position: number; text: string }[] };

/**
 * The article beside the quiz (or one click away on a phone): plain numbered paragraphs, fetched from
 * app/api/quiz/attempts/[attemptId]/article, which the browser keeps, so a reload of the quiz does not
 * carry the whole text again. `picked`: the paragraph a "find the evidence" item is answered with, marked.
 */
export function QuizArticle({ url, readerHref, picked }: { url: string; readerHref: string | null; picked?: string }) {
  const t = useTranslations("quiz");
  const uiLang = useLocale();
  const [article, setArticle] = useState<Article | "failed" | null>(null);
  const [tries, setTries] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `tries` is the retry button's trigger: each press fetches again
  useEffect(() => {
    let current = true;
    fetch(url)
      .then((response) =>
        response.ok ? (response.json() as Promise<Article>) : Promise.reject(new Error(String(response.status))),
      )
      .then(
        (a) => current && setArticle(a),
        () => current && setArticle("failed"),
      );
    return () => {
      current = false;
    };
  }, [url, tries]);

  const readerLink = readerHref && (
    <p>
      <a href={readerHref} target="_blank" rel="noopener">
        {t("openReader")}
      </a>
    </p>
  );
  if (article === null) return <p role="status">{t("articleLoading")}</p>;
  if (article === "failed") {
    return (
      <div>
        <p className="form-error" role="alert">
          {t("articleFailed")}
        </p>
        <button
          type="button"
          className="button small"
          onClick={() => {
            setArticle(null);
            setTries((n) => n + 1);
          }}
        >
          {t("articleRetry")}
        </button>
        {readerLink}
      </div>
    );
  }
  return (
    <div className="quiz-article-text">
      <h2 lang={article.language}>{article.title}</h2>
      {readerLink}
      <div lang={article.language}>
        {article.paragraphs.map((p) => (
          <p key={p.id} className={p.id === picked ? "para picked" : "para"} data-pid={p.id}>
            {/* "¶19" is for the eye; a screen reader hears "第 19 段" / "Paragraph 19" in the UI's language. */}
            <span className="pnum" aria-hidden="true">
              ¶{p.position}
            </span>
            <span className="visually-hidden" lang={uiLang}>
              {t("paragraphSpoken", { n: p.position })}
            </span>{" "}
            {p.text}
          </p>
        ))}
      </div>
    </div>
  );
}
