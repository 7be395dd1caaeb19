import { getLocale, getTranslations } from "next-intl/server";
import type { ReaderView } from "@/lib/readings/reader-view";

/** The article beside the quiz (or one click away on a phone): plain numbered paragraphs. */
export async function QuizArticle({ view, readerHref }: { view: ReaderView; readerHref: string | null }) {
  const t = await getTranslations("quiz");
  const tReader = await getTranslations("reader");
  const uiLang = await getLocale();
  return (
    <div className="quiz-article-text">
      <h2 lang={view.language}>{view.title}</h2>
      {readerHref && (
        <p>
          <a href={readerHref} target="_blank" rel="noopener">
            {t("openReader")}
          </a>
        </p>
      )}
      <div lang={view.language}>
        {view.paragraphs.map((p) => (
          <p key={p.id} className="para" data-pid={p.id}>
            {/* "¶19" is for the eye; a screen reader hears "第 19 段" / "Paragraph 19" in the UI's language. */}
            <span className="pnum" aria-hidden="true">
              ¶{p.position}
            </span>
            <span className="visually-hidden" lang={uiLang}>
              {tReader("paragraph", { n: p.position })}
            </span> {p.segments.map((s) => s.text).join("")}
          </p>
        ))}
      </div>
    </div>
  );
}
