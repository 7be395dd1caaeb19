import { useRouter } from "next/router";
import { createContext, useCallback, useContext } from "react";

/** The key of the article text the page shows (ArticleProps.key), for the reader's refreshes. */
export const ShownArticleKey = createContext<string | undefined>(undefined);

/**
 * Fetches the reader's props again after a highlight or note is saved, keeping the scroll position. The request
 * says which text the page shows (`?shown=`), so the server leaves the article's HTML out of the answer unless
 * it changed meanwhile (the teacher edited the reading): a refresh then carries the highlights, not 37 KB of
 * text the page already has (docs/decisions/0051). The address bar keeps the page's own URL.
 */
export function useReaderRefresh(): () => Promise<boolean> {
  const router = useRouter();
  const shown = useContext(ShownArticleKey);
  return useCallback(
    () =>
      router.replace({ pathname: router.pathname, query: { ...router.query, shown } }, router.asPath, {
        scroll: false,
      }),
    [router, shown],
  );
}
