import { Download } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { findTeacherAssignment } from "@/lib/assignments/assignments";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { releaseMode } from "@/lib/quiz/release";
import { loadQuizResults } from "@/lib/quiz/results";
import { CorrectedItemsNotice } from "./_components/corrected-items-notice";
import { GradingQueue } from "./_components/grading-queue";
import { ItemStatsTable } from "./_components/item-stats-table";
import { ScoreChart } from "./_components/score-chart";
import { StudentAnswers } from "./_components/student-answers";
import { StudentsTable } from "./_components/students-table";

type Props = { params: Promise<{ assignmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const me = await requireUser(["TEACHER"]);
  const assignment = await findTeacherAssignment(db, me.id, (await params).assignmentId);
  const t = await getTranslations("quizResults");
  return { title: assignment ? t("pageTitle", { title: assignment.title }) : undefined };
}

/** The teacher's view of one assignment's quiz: scores, grading, item analysis, export. */
export default async function QuizResultsPage({ params }: Props) {
  const me = await requireUser(["TEACHER"]);
  const results = await loadQuizResults(db, me.id, (await params).assignmentId);
  if (!results) notFound();
  const t = await getTranslations("quizResults");
  const tBank = await getTranslations("bank");
  const { assignment, quiz } = results;
  const base = `/teacher/assignments/${assignment.id}`;
  const outdated = results.students.filter((s) => s.outdatedKeys.length > 0);
  return (
    <section>
      <p>
        <Link href={base}>{t("backToAssignment", { title: assignment.title })}</Link>
      </p>
      <h1>{t("pageTitle", { title: assignment.title })}</h1>
      {!assignment.quizEnabled && <p className="notice">{t("quizOff")}</p>}
      {results.items.length === 0 && (
        <p className="notice">
          {tBank("quizWillBeEmpty")}{" "}
          <Link href={`/teacher/readings/${assignment.readingId}/items`}>{tBank("items")}</Link>
        </p>
      )}
      <ClientMessages namespaces={["errors", "quizResults"]}>
        <CorrectedItemsNotice
          assignmentId={assignment.id}
          attempts={outdated.length}
          items={results.items
            .filter((item) => outdated.some((s) => s.outdatedKeys.includes(item.key)))
            .map((item) => t("itemNumber", { n: item.position }))}
        />
      </ClientMessages>
      <dl className="facts">
        <dt>{t("attemptsAllowed")}</dt>
        <dd>{quiz.attemptsAllowed}</dd>
        <dt>{t("timeLimit")}</dt>
        <dd>{quiz.timeLimitMinutes ? t("minutes", { minutes: quiz.timeLimitMinutes }) : t("noTimeLimit")}</dd>
        <dt>{t("release")}</dt>
        <dd>{t(`release_${releaseMode(quiz.release)}`)}</dd>
        <dt>{t("lateWork")}</dt>
        <dd>{quiz.lateWorkAllowed ? t("yes") : t("no")}</dd>
      </dl>
      {/* A plain link: the route answers with a file, which client-side navigation cannot show. */}
      <p>
        <a href={`${base}/quiz/export`} className="button">
          <Download className="icon" aria-hidden="true" /> {t("downloadCsv")}
        </a>{" "}
        <span className="hint">{t("downloadCsvHint")}</span>
      </p>

      <h2>{t("studentsTitle")}</h2>
      <StudentsTable results={results} />

      <h2>{t("queueTitle")}</h2>
      <GradingQueue results={results} />

      <h2>{t("distributionTitle")}</h2>
      <ScoreChart buckets={results.distribution} />

      <h2>{t("itemsTitle")}</h2>
      <p className="hint">{t("itemsHint")}</p>
      <ItemStatsTable results={results} />

      <h2>{t("answersTitle")}</h2>
      <p className="hint">{t("answersHint")}</p>
      <StudentAnswers results={results} />
    </section>
  );
}
