import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { PromptView } from "@/lib/debate/view";
import { DATE_TIME_SHORT } from "@/lib/time/formats";

/**
 * The teacher's prompts above a board's columns, on the students' board, the teacher's and the projector's,
 * each marked as the teacher's. `action` adds the teacher's own control (remove) to each.
 */
export async function BoardPrompts({
  prompts,
  action,
  title,
  headingLevel = 2,
}: {
  prompts: PromptView[];
  action?: (prompt: PromptView) => ReactNode;
  /** The heading, when not the students' "from your teacher". */
  title?: string;
  headingLevel?: 2 | 3;
}) {
  if (prompts.length === 0) return null;
  const t = await getTranslations("debate.prompts");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const format = await getFormatter();
  return (
    <section aria-labelledby="board-prompts-heading" className="board-prompts">
      <Heading id="board-prompts-heading">{title ?? t("title")}</Heading>
      <ol className="stack">
        {prompts.map((p) => (
          <li key={p.id} className="prompt-card">
            <p className="post-meta">
              <span className="badge teacher-badge">{t("teacherBadge")}</span> <span>{p.author}</span>{" "}
              <time dateTime={p.createdAt.toISOString()}>{format.dateTime(p.createdAt, DATE_TIME_SHORT)}</time>
            </p>
            <p className="answer-text">{p.body}</p>
            {action?.(p)}
          </li>
        ))}
      </ol>
    </section>
  );
}
