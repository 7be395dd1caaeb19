import { getFormatter, getTranslations } from "next-intl/server";
import { StatusChip } from "@/components/status-chip";
import type { BoardView } from "@/lib/debate/view";
import { DATE_TIME } from "@/lib/time/formats";

/**
 * The motion, the phase and what it allows, the deadlines, and who sees the student's name: above every
 * state of the page (also for a removed student and before the first stance), so each page names the board.
 */
export async function BoardHeader({
  board,
  motion,
  pseudonym,
}: {
  board: NonNullable<BoardView>["board"];
  motion: string;
  pseudonym: string;
}) {
  const t = await getTranslations("debate");
  const format = await getFormatter();
  return (
    <header className="debate-header">
      <h1>{t("title")}</h1>
      <p className="motion">{motion}</p>
      <p>
        <StatusChip tone={board.phase === "closed" ? "done" : "active"}>{t(`phase.${board.phase}`)}</StatusChip>{" "}
        {t(`phaseHelp.${board.phase}`)}
      </p>
      {(board.rebuttalAt || board.closesAt) && (
        <p className="hint">
          {board.rebuttalAt && t("rebuttalAt", { date: format.dateTime(board.rebuttalAt, DATE_TIME) })}{" "}
          {board.closesAt && t("closesAt", { date: format.dateTime(board.closesAt, DATE_TIME) })}
        </p>
      )}
      <p className="notice">{board.anonymous ? t("whoSeesNameAnonymous", { pseudonym }) : t("whoSeesName")}</p>
    </header>
  );
}
