import { Fragment } from "react";
import type { OverviewProps } from "@/lib/quiz/quiz-page-props";
import { FeedbackList } from "./feedback-list";
import { StartForm } from "./start-form";

/** The quiz before an attempt and after one: its rules, the last attempt's score and feedback, (re)start. */
export function QuizOverview({ assignmentId, overview: o }: { assignmentId: string; overview: OverviewProps }) {
  return (
    <>
      <dl className="facts">
        {o.facts.map((f) => (
          <Fragment key={f.term}>
            <dt>{f.term}</dt>
            <dd>{f.value}</dd>
          </Fragment>
        ))}
      </dl>

      {o.summary && (
        <div className="quiz-summary" role="status">
          {o.summary.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {o.summary.score && <p className="score">{o.summary.score}</p>}
          {o.summary.hint && <p className="hint">{o.summary.hint}</p>}
        </div>
      )}

      {o.next && (
        <p>
          <a href={o.next.href} className="button primary">
            {o.next.label}
          </a>
        </p>
      )}

      {o.start && (
        <>
          <p className="hint">{o.start.hint}</p>
          <StartForm assignmentId={assignmentId} label={o.start.label} pendingLabel={o.start.pendingLabel} />
        </>
      )}
      {o.noStart && <p>{o.noStart}</p>}

      {o.feedback && (
        <>
          <h2>{o.feedback.title}</h2>
          <FeedbackList items={o.feedback.items} labels={o.feedback.labels} readerHref={o.readerHref} />
        </>
      )}
    </>
  );
}
