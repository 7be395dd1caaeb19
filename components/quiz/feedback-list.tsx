import type { OverviewProps } from "@/lib/quiz/quiz-page-props";

type Feedback = NonNullable<OverviewProps["feedback"]>;

/** The graded attempt, item by item: right or wrong, the score, and (once allowed) the key and why. */
export function FeedbackList({
  items,
  labels,
  readerHref,
}: {
  items: Feedback["items"];
  labels: Feedback["labels"];
  readerHref: string | null;
}) {
  return (
    <ol className="feedback-list">
      {items.map((item) => (
        <li key={item.id} className={`feedback ${item.state}`}>
          <h3>{item.heading}</h3>
          <p className="prompt">{item.prompt}</p>
          <p>
            <b>{labels.yourAnswer}</b> <span className="answer-text">{item.given}</span>
          </p>
          {item.key !== null && (
            <p>
              <b>{labels.correctAnswer}</b> {item.key}
            </p>
          )}
          {item.teacherNote && (
            <p>
              <b>{labels.teacherNote}</b> <span className="answer-text">{item.teacherNote}</span>
            </p>
          )}
          {item.explanation && <p className="explanation">{item.explanation}</p>}
          {item.paragraphs.length > 0 && readerHref && (
            <p>
              {labels.seeParagraphs}{" "}
              {item.paragraphs.map((p) => (
                <a key={p.n} href={`${readerHref}#p-${p.n}`} className="para-link">
                  {p.label}
                </a>
              ))}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
