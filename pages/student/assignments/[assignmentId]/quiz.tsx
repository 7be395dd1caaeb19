import type { GetServerSideProps } from "next";
import { NextIntlClientProvider } from "next-intl";
import { PagesNotFound } from "@/components/pages-not-found";
import { PagesShell } from "@/components/pages-shell";
import { QuizOverview } from "@/components/quiz/quiz-overview";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { RefusalAlert } from "@/components/refusal-alert";
import type { Locale } from "@/i18n/locales";
import { appTimeZone } from "@/i18n/messages";
import { loadQuizPage, type QuizPage } from "@/lib/quiz/quiz-page";

// The student's quiz: a Pages Router page like the reader, because a class reloads it while handing in and
// an App Router render costs several times as much server time here (docs/decisions/0017). Its writes are
// route handlers under app/api/quiz; its article comes from app/api/quiz/attempts/[attemptId]/article.

type Props = Exclude<QuizPage, { kind: "signIn" }> & { timeZone: string };

export const getServerSideProps: GetServerSideProps<Props, { assignmentId: string }> = async ({
  req,
  res,
  params,
  query,
}) => {
  const result = await loadQuizPage(req.cookies, params!.assignmentId, query.refused);
  if (result.kind === "signIn") return { redirect: { destination: "/sign-in", permanent: false } };
  if (result.kind === "notFound") res.statusCode = 404;
  return { props: { ...result, timeZone: appTimeZone() } };
};

export default function StudentQuizPage(props: Props) {
  if (props.kind === "notFound") return <PagesNotFound {...props} />;
  const refusal = props.refusal && <RefusalAlert text={props.refusal} />;
  if (props.view === "overview") {
    return (
      <PagesShell shell={props.shell}>
        <section className="narrow quiz-page" lang={props.lang}>
          <h1>{props.title}</h1>
          {refusal}
          <QuizOverview assignmentId={props.assignmentId} overview={props.overview} />
        </section>
      </PagesShell>
    );
  }
  return (
    <PagesShell shell={props.shell}>
      {/* In Simplified (props.lang) the quiz's own words came converted, and the locale says so: the quiz's
          components use it only for lang attributes and ICU formatting, both right with zh-Hans. */}
      <NextIntlClientProvider
        locale={(props.lang ?? props.shell.locale) as Locale}
        messages={props.messages}
        timeZone={props.timeZone}
      >
        <section className="quiz-page" lang={props.lang}>
          <h1>{props.title}</h1>
          {refusal}
          <noscript>
            <p className="form-error">{props.messages.quiz.needsJavaScript}</p>
            {props.runner.readerHref && (
              <p>
                <a href={props.runner.readerHref}>{props.messages.quiz.openReaderHere}</a>
              </p>
            )}
          </noscript>
          <QuizRunner {...props.runner} />
        </section>
      </NextIntlClientProvider>
    </PagesShell>
  );
}
