import { useState } from "react";
import type { ArticleProps } from "@/lib/readings/reader-page";
import { moveBetweenTerms } from "./term-keys";

const ARTICLE_HTML_ID = "article-html";

/**
 * The reading: title and byline, then `beforeText` (the teacher's instructions, a hint), then the
 * paragraphs as HTML the server rendered once for this reading and script (article-paragraphs.tsx).
 * That HTML is React's escaped output of the stored text, never markup anyone typed. Its glossary terms are
 * one tab stop, with the arrow keys between them (term-keys.ts).
 */
export function ArticleText({
  article,
  uiLang,
  beforeText,
}: {
  article: ArticleProps;
  uiLang: string;
  beforeText?: React.ReactNode;
}) {
  const html = useArticleHtml(article);
  return (
    <article className="reading" lang={article.language}>
      <header>
        <h1>{article.title}</h1>
        <p className="byline" lang={uiLang}>
          {article.byline.map((part) => (
            <span key={part}>{part}</span>
          ))}
        </p>
      </header>
      <div lang={uiLang}>{beforeText}</div>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the server rendered it with React from the reading (every text escaped), components/reader/article-html.tsx */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: one listener for the term buttons inside (real buttons), delegated because the HTML is static */}
      <div id={ARTICLE_HTML_ID} onKeyDown={moveBetweenTerms} dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}

/**
 * The article's HTML: on the server and in a refresh's props it comes with the props; a page's first props leave
 * it out (decision 0051), and the browser takes it from the page the server sent. It is kept until a refresh
 * brings another key (the teacher changed the text), so a refresh with the same text leaves the DOM alone.
 */
function useArticleHtml(article: ArticleProps): string {
  const [shown, setShown] = useState(() => ({
    key: article.key,
    html: article.html ?? document.getElementById(ARTICLE_HTML_ID)?.innerHTML ?? "",
  }));
  if (article.html !== undefined && article.key !== shown.key) {
    const next = { key: article.key, html: article.html };
    setShown(next);
    return next.html;
  }
  return shown.html;
}
