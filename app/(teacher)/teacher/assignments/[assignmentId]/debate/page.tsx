import { Download, Presentation } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { BoardPrompts } from "@/components/debate/board-prompts";
import { LiveRefresh } from "@/components/live-refresh";
import { StatusChip } from "@/components/status-chip";
import { localeFrom } from "@/i18n/messages";
import { findTeacherAssignment } from "@/lib/assignments/assignments";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { loadBoardReport } from "@/lib/debate/board-report";
import { auditTrail, listReports } from "@/lib/debate/moderation";
import { rubricLevelWords } from "@/lib/debate/rubric-words";
import { SIDES } from "@/lib/debate/sides";
import { SIDE_MODES, type SideMode } from "@/lib/debate/teacher-schema";
import { loadBoardView } from "@/lib/debate/view";
import { parseSideLabels } from "@/lib/debate/wording";
import { boardWording, stanceLabels } from "@/lib/debate/wording-words";
import { excerpt } from "@/lib/text/excerpt";
import { DATE_TIME } from "@/lib/time/formats";
import { appTimeZone, formatLocalDateTime } from "@/lib/time/zoned";
import { AuditTable } from "./_components/audit-table";
import { BalanceSidesForm } from "./_components/balance-sides-form";
import { BoardColumns } from "./_components/board-columns";
import { BoardSettingsForm } from "./_components/board-settings-form";
import { EvidenceMap } from "./_components/evidence-map";
import { PhaseForm } from "./_components/phase-form";
import { PromptForm, RemovePromptForm } from "./_components/prompt-form";
import { ReportsQueue } from "./_components/reports-queue";
import { RevealRatingsForm } from "./_components/reveal-ratings-form";
import { RubricTable } from "./_components/rubric-table";
import { RubricWordingForm } from "./_components/rubric-wording-form";
import { StanceSummary } from "./_components/stance-summary";
import { StudentsTable } from "./_components/students-table";

type Props = { params: Promise<{ assignmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const me = await requireUser(["TEACHER"]);
  const assignment = await findTeacherAssignment(db, me.id, (await params).assignmentId);
  const t = await getTranslations("debateTeacher");
  return { title: assignment ? t("pageTitle", { title: assignment.title }) : undefined };
}

/**
 * The teacher's debate board: phase and sides, settings, each student's work and rubric, the board itself
 * with moderation, reports, the evidence map, the audit trail and exports. Server-rendered; only the forms
 * are client components, and LiveRefresh re-renders the page when students post.
 */
export default async function TeacherDebatePage({ params }: Props) {
  const me = await requireUser(["TEACHER"]);
  const { assignmentId } = await params;
  // Scoped to the teacher in the query: another teacher's assignment (or a made-up id) is a 404.
  const assignment = await findTeacherAssignment(db, me.id, assignmentId);
  if (!assignment) notFound();
  const now = new Date();
  const locale = localeFrom(await getLocale());
  const [report, view] = await Promise.all([
    loadBoardReport(db, me.id, assignment.id, now),
    loadBoardView(db, { id: me.id, role: "TEACHER" }, assignment.id, locale, now),
  ]);
  if (!report || !view) notFound();
  const [reports, audit] = await Promise.all([
    listReports(db, me.id, assignment.id),
    auditTrail(db, me.id, assignment.id),
  ]);

  const t = await getTranslations("debateTeacher");
  const tDebate = await getTranslations("debate");
  const format = await getFormatter();
  const { board } = report;
  const words = await boardWording(view.board.wording);
  const sides = board.sides.map((side) => ({ side, label: words.sides[side] }));
  // The evidence map also keeps a side switched off since, if quotes still count for it.
  const evidenceSides = SIDES.filter(
    (side) => board.sides.includes(side) || report.evidence.some((p) => p.bySide[side] > 0),
  ).map((side) => ({
    side,
    label: words.sides[side],
  }));
  const sideMode: SideMode = (SIDE_MODES as readonly string[]).includes(board.sideMode)
    ? (board.sideMode as SideMode)
    : "choose";
  const base = `/teacher/assignments/${assignment.id}`;
  const levels = await rubricLevelWords(board.rubricWording);
  const onOff = (on: boolean) => t(on ? "settings.on" : "settings.off");

  return (
    <section className="debate-page">
      <p>
        <Link href={base}>{t("backToAssignment", { title: assignment.title })}</Link>
      </p>
      <header className="debate-header">
        <h1>{t("pageTitle", { title: assignment.title })}</h1>
        <p className="motion">{words.motion}</p>
        <p>
          {t("phaseLabel")}{" "}
          <StatusChip tone={board.phase === "closed" ? "done" : "active"}>{tDebate(`phase.${board.phase}`)}</StatusChip>
        </p>
        {(board.rebuttalAt || board.closesAt) && (
          <p className="hint">
            {board.rebuttalAt && tDebate("rebuttalAt", { date: format.dateTime(board.rebuttalAt, DATE_TIME) })}{" "}
            {board.closesAt && tDebate("closesAt", { date: format.dateTime(board.closesAt, DATE_TIME) })}
          </p>
        )}
        {!assignment.debateEnabled && <p className="notice">{t("boardOff")}</p>}
        <p>
          <Link href={`${base}/debate/projector`} className="button">
            <Presentation className="icon" aria-hidden="true" /> {t("projector.link")}
          </Link>
        </p>
        {/* LiveRefresh speaks the students' "debate" words; the page's other client parts use the teacher layout's. */}
        <ClientMessages namespaces={["debate"]}>
          <LiveRefresh
            assignmentId={assignment.id}
            seq={view.board.eventSeq}
            deadlines={[board.rebuttalAt, board.closesAt].flatMap((d) => (d ? [d.toISOString()] : []))}
          />
        </ClientMessages>
      </header>

      <section aria-labelledby="controls-heading" className="panel">
        <h2 id="controls-heading">{t("controls.title")}</h2>
        <PhaseForm assignmentId={assignment.id} current={board.phase} />
        {board.ratingsRevealedAt ? (
          <p>{t("controls.revealedAt", { date: format.dateTime(board.ratingsRevealedAt, DATE_TIME) })}</p>
        ) : board.phase === "closed" ? (
          <p>{t("controls.ratingsVisibleClosed")}</p>
        ) : (
          <RevealRatingsForm assignmentId={assignment.id} />
        )}
        <BalanceSidesForm assignmentId={assignment.id} sides={sides} />
      </section>

      <section aria-labelledby="settings-heading" className="panel">
        <h2 id="settings-heading">{t("settings.title")}</h2>
        <dl className="facts">
          <dt>{t("settings.debateEnabled")}</dt>
          <dd>{onOff(assignment.debateEnabled)}</dd>
          <dt>{t("settings.sideMode")}</dt>
          <dd>{t(sideMode === "choose" ? "settings.sideModeChoose" : "settings.sideModeAssigned")}</dd>
          <dt>{t("settings.thirdSide", { side: words.sides.other })}</dt>
          <dd>{onOff(board.thirdSideEnabled)}</dd>
          <dt>{t("settings.steelman")}</dt>
          <dd>{onOff(board.steelman)}</dd>
          <dt>{t("settings.anonymous")}</dt>
          <dd>{onOff(board.anonymous)}</dd>
        </dl>
        <details>
          <summary>{t("settings.edit")}</summary>
          <BoardSettingsForm
            timeZone={appTimeZone()}
            assignmentId={assignment.id}
            defaults={await boardWording({ ...view.board.wording, motion: "", sideLabels: "" })}
            values={{
              debateEnabled: assignment.debateEnabled,
              motion: board.motion,
              sideLabels: parseSideLabels(view.board.wording.sideLabels),
              thirdSideEnabled: board.thirdSideEnabled,
              sideMode,
              steelman: board.steelman,
              anonymous: board.anonymous,
              rebuttalAt: board.rebuttalAt ? formatLocalDateTime(board.rebuttalAt) : "",
              closesAt: board.closesAt ? formatLocalDateTime(board.closesAt) : "",
            }}
          />
        </details>
      </section>

      <section aria-labelledby="rubric-heading" className="panel">
        <h2 id="rubric-heading">{t("rubric.title")}</h2>
        <p className="hint">{t("rubric.hint")}</p>
        <RubricTable levels={levels} />
        <details>
          <summary>{t("rubric.edit")}</summary>
          <RubricWordingForm assignmentId={assignment.id} levels={levels} />
        </details>
      </section>

      <section aria-labelledby="students-heading">
        <h2 id="students-heading">{t("students.title")}</h2>
        <StudentsTable assignmentId={assignment.id} report={report} sides={sides} />
        <h3>{t("students.stanceTitle")}</h3>
        <StanceSummary stances={report.stances} sideNames={words.sides} labels={await stanceLabels(words)} />
      </section>

      <section aria-labelledby="board-heading">
        <h2 id="board-heading">{t("board.title")}</h2>
        <p className="hint">{t("board.hint")}</p>
        <details className="panel">
          <summary>{t("prompts.form")}</summary>
          <p className="hint">{t("prompts.hint")}</p>
          <PromptForm assignmentId={assignment.id} />
        </details>
        <BoardPrompts
          prompts={view.prompts}
          title={t("prompts.title")}
          headingLevel={3}
          action={(prompt) => (
            <RemovePromptForm
              assignmentId={assignment.id}
              postId={prompt.id}
              label={t("prompts.removeLabel", { excerpt: excerpt(prompt.body, 30) })}
            />
          )}
        />
        <BoardColumns columns={view.columns} sideNames={words.sides} />
      </section>

      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading">{t("reports.title")}</h2>
        <ReportsQueue reports={reports} />
      </section>

      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">{t("evidence.title")}</h2>
        <p className="hint">{t("evidence.hint")}</p>
        <EvidenceMap evidence={report.evidence} sides={evidenceSides} />
      </section>

      <section aria-labelledby="audit-heading">
        <h2 id="audit-heading">{t("audit.title")}</h2>
        <AuditTable rows={audit} sideNames={words.sides} />
      </section>

      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t("export.title")}</h2>
        <p className="hint">{t("export.hint")}</p>
        {/* Plain links: the routes answer with files, which client-side navigation cannot show. */}
        <p className="button-row">
          <a href={`${base}/debate/export/csv`} className="button">
            <Download className="icon" aria-hidden="true" /> {t("export.csv")}
          </a>
          <a href={`${base}/debate/export/markdown`} className="button">
            <Download className="icon" aria-hidden="true" /> {t("export.markdown")}
          </a>
        </p>
      </section>
    </section>
  );
}
