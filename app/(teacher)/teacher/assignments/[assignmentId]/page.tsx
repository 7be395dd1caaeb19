import { Pencil, Trash2 } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { LiveRefresh } from "@/components/live-refresh";
import { contentLanguage } from "@/i18n/locales";
import { findTeacherAssignment } from "@/lib/assignments/assignments";
import {
  listStudentProgress,
  PROGRESS_SORTS,
  type ProgressSort,
  sortProgress,
} from "@/lib/assignments/progress-report";
import { countStudentWork, hasStudentWork } from "@/lib/assignments/student-work";
import { requireUser } from "@/lib/auth";
import { listTeacherClassrooms } from "@/lib/classes/classrooms";
import { db } from "@/lib/db";
import { currentItems } from "@/lib/quiz/item-bank";
import { localized } from "@/lib/quiz/items";
import { resultsReleased } from "@/lib/quiz/release";
import { ITEM_SELECTIONS, type ItemSelection, parseChosenKeys } from "@/lib/quiz/selection";
import { getQuizSettings } from "@/lib/quiz/settings";
import { newestRevision } from "@/lib/readings/revisions";
import { sentenceExcerpt } from "@/lib/text/excerpt";
import { DATE_TIME } from "@/lib/time/formats";
import { DuplicateAssignmentForm } from "./_components/duplicate-assignment-form";
import { ExtraTimeForm } from "./_components/extra-time-form";
import { MoveToNewestForm } from "./_components/move-to-newest-form";
import { QuizItemsForm } from "./_components/quiz-items-form";
import { QuizSettingsForm } from "./_components/quiz-settings-form";
import { ReleaseForm } from "./_components/release-form";

type Props = { params: Promise<{ assignmentId: string }>; searchParams: Promise<{ sort?: string; dir?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const me = await requireUser(["TEACHER"]);
  const assignment = await findTeacherAssignment(db, me.id, (await params).assignmentId);
  return { title: assignment?.title };
}

const COLUMN_LABEL: Record<ProgressSort, "student" | "progress" | "read" | "lastActivity"> = {
  name: "student",
  progress: "progress",
  read: "read",
  activity: "lastActivity",
};

export default async function TeacherAssignmentPage({ params, searchParams }: Props) {
  const me = await requireUser(["TEACHER"]);
  const assignment = await findTeacherAssignment(db, me.id, (await params).assignmentId);
  if (!assignment) notFound();
  const query = await searchParams;
  const sort: ProgressSort = PROGRESS_SORTS.includes(query.sort as ProgressSort)
    ? (query.sort as ProgressSort)
    : "name";
  const descending = query.dir === "desc";
  const t = await getTranslations("assignmentPage");
  const format = await getFormatter();
  const paragraphCount = assignment.reading._count.paragraphs;
  const rows = sortProgress(await listStudentProgress(db, me.id, assignment.id, paragraphCount), sort, descending);
  const quiz = await getQuizSettings(db, me.id, assignment.id);
  const activeClasses = (await listTeacherClassrooms(db, me.id)).filter((c) => !c.archived);
  const tForm = await getTranslations("assignmentForm");
  const language = contentLanguage(await getLocale());
  const bankItems = (await currentItems(db, assignment.readingId)).map(({ key, item }, i) => {
    const label = localized(item.prompt, language);
    return { key, n: i + 1, label: sentenceExcerpt(label, 80), lang: label === item.prompt.en ? "en" : "zh-Hant" };
  });
  const tQuiz = await getTranslations("quizSettings");
  const tDebate = await getTranslations("debateTeacher.panel");
  // "After the due date": released by the date itself, but with late work allowed the key waits for a release by hand (see keyWait).
  // An earlier revision of its reading: the assignment keeps it, or moves to the newest while no one has worked on it.
  const newest = assignment.reading.supersededAt ? await newestRevision(db, me.id, assignment.reading) : null;
  const work = newest && (await countStudentWork(db, me.id, assignment.id));
  const revision = newest && { newest: newest.revision, hasWork: !work || hasStudentWork(work) };
  const selectionSummary =
    quiz.itemSelection === "chosen"
      ? tQuiz("items.summaryChosen", { count: parseChosenKeys(quiz.chosenKeys).length })
      : quiz.itemSelection === "random"
        ? tQuiz("items.summaryRandom", { count: quiz.randomCount })
        : tQuiz("items.summaryAll", { count: bankItems.length });
  const releasedAtDue = !quiz.releasedAt && resultsReleased(quiz, assignment.dueAt, new Date());
  const keyHeld = quiz.release === "after_due" && quiz.lateWorkAllowed && !quiz.releasedAt;
  const releaseStatus = quiz.releasedAt
    ? tQuiz("releasedAt", { date: format.dateTime(quiz.releasedAt, DATE_TIME) })
    : releasedAtDue
      ? tQuiz(keyHeld ? "scoresReleasedKeyHeld" : "releasedAtDue")
      : tQuiz("notReleasedYet");

  const header = (column: ProgressSort) => {
    const active = sort === column;
    const nextDir = active && !descending ? "desc" : "asc";
    return (
      <th scope="col" aria-sort={active ? (descending ? "descending" : "ascending") : undefined}>
        {/* The header's name stays the column's name; aria-sort says how it is sorted. */}
        <Link href={`?sort=${column}&dir=${nextDir}`}>
          {t(COLUMN_LABEL[column])}
          <span aria-hidden="true">{active ? (descending ? " ▼" : " ▲") : ""}</span>
        </Link>
      </th>
    );
  };

  return (
    <section>
      <p>
        <Link href={`/teacher/classes/${assignment.classroom.id}`}>← {assignment.classroom.name}</Link>
      </p>
      <h1>{assignment.title}</h1>
      <dl className="facts">
        <dt>{t("reading")}</dt>
        <dd>
          {assignment.reading.title} · {/* the reader's own URL: for the class's teacher it is a preview */}
          <a href={`/student/assignments/${assignment.id}`}>{t("previewReading")}</a>
        </dd>
        {revision && (
          <dd>
            <p className="notice">
              {tForm("revision.older", { n: assignment.reading.revision, newest: revision.newest })}
            </p>
            {revision.hasWork ? (
              <p className="hint">{tForm("revision.hasWork")}</p>
            ) : (
              <MoveToNewestForm assignmentId={assignment.id} newest={revision.newest} />
            )}
          </dd>
        )}
        <dt>{t("opens")}</dt>
        <dd>{format.dateTime(assignment.opensAt, DATE_TIME)}</dd>
        <dt>{t("due")}</dt>
        <dd>{assignment.dueAt ? format.dateTime(assignment.dueAt, DATE_TIME) : t("noDue")}</dd>
      </dl>
      {/* An archived class is read-only; its assignments can still be copied into a class taught now. */}
      <div className="button-row">
        {!assignment.classroom.archived && (
          <>
            <Link href={`/teacher/assignments/${assignment.id}/edit`} className="button">
              <Pencil className="icon" aria-hidden="true" /> {tForm("editLink")}
            </Link>
            <Link href={`/teacher/assignments/${assignment.id}/delete`} className="button">
              <Trash2 className="icon" aria-hidden="true" /> {tForm("deleteLink")}
            </Link>
          </>
        )}
      </div>
      {activeClasses.length > 0 && (
        <details>
          <summary>{tForm("duplicateTitle")}</summary>
          <DuplicateAssignmentForm
            assignmentId={assignment.id}
            classes={activeClasses.map((c) => ({ id: c.id, name: c.name }))}
            currentClassId={assignment.classroom.id}
          />
        </details>
      )}

      <section aria-labelledby="quiz-heading" className="panel">
        <h2 id="quiz-heading">{tQuiz("title")}</h2>
        {assignment.quizEnabled && (
          <p>
            <Link href={`/teacher/assignments/${assignment.id}/quiz`}>{tQuiz("resultsLink")}</Link>
          </p>
        )}
        <details>
          <summary>{tQuiz("settings")}</summary>
          <QuizSettingsForm
            assignmentId={assignment.id}
            settings={{
              quizEnabled: assignment.quizEnabled,
              attemptsAllowed: quiz.attemptsAllowed,
              timeLimitMinutes: quiz.timeLimitMinutes,
              release: quiz.release,
              betweenAttempts: quiz.betweenAttempts,
              lateWorkAllowed: quiz.lateWorkAllowed,
              glossaryDuringQuiz: quiz.glossaryDuringQuiz,
            }}
          />
        </details>
        <details>
          <summary>{tQuiz("items.summary", { summary: selectionSummary })}</summary>
          <QuizItemsForm
            assignmentId={assignment.id}
            items={bankItems}
            selection={{
              itemSelection: (ITEM_SELECTIONS as readonly string[]).includes(quiz.itemSelection)
                ? (quiz.itemSelection as ItemSelection)
                : "all",
              chosenKeys: parseChosenKeys(quiz.chosenKeys),
              randomCount: quiz.randomCount,
              orderByParagraph: quiz.orderByParagraph,
            }}
          />
          <p>
            <Link href={`/teacher/readings/${assignment.readingId}/items`}>{tQuiz("items.bankLink")}</Link>
          </p>
        </details>
        {assignment.quizEnabled && quiz.release !== "on_submit" && <p>{releaseStatus}</p>}
        {assignment.quizEnabled && quiz.release !== "on_submit" && !quiz.releasedAt && (!releasedAtDue || keyHeld) && (
          <ReleaseForm assignmentId={assignment.id} />
        )}
        {quiz.timeLimitMinutes && rows.length > 0 && (
          <details>
            <summary>{tQuiz("extraTime")}</summary>
            {quiz.accommodations.length > 0 && (
              <ul>
                {quiz.accommodations.map((a) => (
                  <li key={a.id}>{tQuiz("extraTimeFor", { name: a.user.displayName, minutes: a.extraMinutes })}</li>
                ))}
              </ul>
            )}
            <ExtraTimeForm
              assignmentId={assignment.id}
              students={rows.map((r) => ({ id: r.studentId, displayName: r.displayName }))}
            />
          </details>
        )}
      </section>

      <section aria-labelledby="debate-heading" className="panel">
        <h2 id="debate-heading">{tDebate("title")}</h2>
        <p>{assignment.debateEnabled ? tDebate("on") : tDebate("off")}</p>
        <p>
          <Link href={`/teacher/assignments/${assignment.id}/debate`}>{tDebate("link")}</Link>
        </p>
      </section>

      <h2>{t("progressTitle")}</h2>
      {/* Updates as students read: the assignment's live stream carries their progress to its teacher. */}
      <ClientMessages namespaces={["debate"]}>
        <LiveRefresh assignmentId={assignment.id} />
      </ClientMessages>
      {rows.length === 0 ? (
        <p>{t("progressEmpty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                {header("name")}
                <th scope="col">{t("opened")}</th>
                {header("progress")}
                {header("read")}
                {header("activity")}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.studentId}>
                  <th scope="row">{r.displayName}</th>
                  <td>{r.opened ? t("yes") : t("no")}</td>
                  <td>
                    {r.furthestPosition
                      ? t("progressValue", { position: r.furthestPosition, percent: r.percent })
                      : t("never")}
                  </td>
                  <td>{r.markedRead ? t("yes") : t("no")}</td>
                  <td className="when">
                    {r.lastActivityAt ? format.dateTime(r.lastActivityAt, DATE_TIME) : t("never")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
