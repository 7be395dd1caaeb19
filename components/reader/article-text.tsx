import type { ArticleProps } from "@/lib/readings/reader-page";
import { moveBetweenTerms } from "./term-keys";

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
      <div onKeyDown={moveBetweenTerms} dangerouslySetInnerHTML={{ __html: article.html }} />
    </article>
  );
}
