import type { GetServerSideProps } from "next";
import { PagesNotFound } from "@/components/pages-not-found";
import { PagesShell } from "@/components/pages-shell";
import { articleHtml } from "@/components/reader/article-html";
import { ReaderBody } from "@/components/reader/reader-body";
import { isDataRequest, renderOnly } from "@/lib/http/render-only";
import { loadReaderPage, type ReaderPageResult } from "@/lib/readings/reader-page";

// The reader is a Pages Router page (as the quiz is, decision 0017): it ships about 20 KB less framework JavaScript than an App
// Router page, which the reader's budget needs (docs/decisions/0014). Same URL, same access rules.

type Props = Exclude<ReaderPageResult, { kind: "signIn" }>;

export const getServerSideProps: GetServerSideProps<Props, { assignmentId: string }> = async ({
  req,
  res,
  params,
  query,
}) => {
  const result = await loadReaderPage(req.cookies, params!.assignmentId, query.refused, articleHtml);
  if (result.kind === "signIn") return { redirect: { destination: "/sign-in", permanent: false } };
  if (result.kind === "notFound") res.statusCode = 404;
  // The article is in the page's HTML (components/reader/article-text.tsx); a refresh's JSON carries it only when
  // the text changed since the page showed it (`?shown=`, components/reader/reader-refresh.tsx).
  if (result.kind === "reader" && (!isDataRequest(req) || query.shown === result.article.key))
    renderOnly(result.article, "html");
  return { props: result };
};

export default function ReaderPage(props: Props) {
  if (props.kind === "notFound") return <PagesNotFound {...props} />;
  return (
    <PagesShell shell={props.shell}>
      {props.kind === "upcoming" && (
        <section className="narrow">
          <h1>{props.title}</h1>
          <p>{props.message}</p>
        </section>
      )}
      {props.kind === "reader" && <ReaderBody {...props} uiLang={props.shell.locale} />}
    </PagesShell>
  );
}
