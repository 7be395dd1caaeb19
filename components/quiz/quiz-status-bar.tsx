"use client";

import { useTranslations } from "@/components/use-translations";
import { TimeLeft } from "./time-left";

type Props = {
  /** "Item 3 of 12", or the review's title. */
  place: string;
  total: number;
  answeredCount: number;
  /** Answers not yet confirmed by the server, and answers it refused. */
  pendingCount: number;
  refusedCount: number;
  offline: "network" | "server" | false;
  deadline: string | null;
  onTimeUp: () => void;
  articleOpen: boolean;
  onToggleArticle: () => void;
};

/** Where the student is, whether every answer is saved (a live status), the time left, the article toggle. */
export function QuizStatusBar(props: Props) {
  const t = useTranslations("quiz");
  const { place, total, answeredCount, pendingCount, refusedCount, offline, deadline, articleOpen } = props;
  return (
    <div className="quiz-bar">
      <p>{place}</p>
      <progress max={total} value={answeredCount} aria-label={t("answeredCount", { count: answeredCount, total })} />
      <p role="status" className={pendingCount || refusedCount ? "save-state pending" : "save-state"}>
        {pendingCount > 0
          ? offline
            ? t(offline === "server" ? "serverPending" : "offlinePending", { count: pendingCount })
            : t("saving")
          : refusedCount > 0
            ? t("someRefused", { count: refusedCount })
            : t("allSaved")}
      </p>
      {deadline && <TimeLeft deadline={deadline} onExpired={props.onTimeUp} />}
      <button
        type="button"
        className="button small article-toggle"
        aria-expanded={articleOpen}
        aria-controls="quiz-article"
        onClick={props.onToggleArticle}
      >
        {articleOpen ? t("hideArticle") : t("showArticle")}
      </button>
    </div>
  );
}
