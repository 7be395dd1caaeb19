import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditRow } from "@/lib/debate/moderation";
import { isPhase } from "@/lib/debate/phases";
import { isSide } from "@/lib/debate/sides";
import { isPostModeration } from "@/lib/debate/teacher-schema";
import type { SideNames } from "@/lib/debate/wording";
import { DATE_TIME_SHORT } from "@/lib/time/formats";

/** Every change to the board, newest first (as auditTrail returns it), the action in words. */
export async function AuditTable({ rows, sideNames }: { rows: AuditRow[]; sideNames: SideNames }) {
  const t = await getTranslations("debateTeacher.audit");
  const tRoot = await getTranslations("debateTeacher");
  const format = await getFormatter();
  if (rows.length === 0) return <p>{t("empty")}</p>;

  // The trail stores AuditAction strings ("phase:closed", "post:hide" …); one not known here (written by a
  // later version, say) is still shown, raw, rather than dropped.
  const words = (action: string): string => {
    const [kind, detail = ""] = action.split(":");
    if (action === "settings") return t("actions.settings");
    if (action === "ratings:reveal") return t("actions.ratingsReveal");
    if (action === "sides:balance") return t("actions.sidesBalance");
    if (action === "reports:dismiss") return t("actions.reportsDismiss");
    if (action === "student:remove") return t("actions.studentRemove");
    if (action === "student:restore") return t("actions.studentRestore");
    if (action === "post:withdraw") return t("actions.postWithdraw");
    if (action === "prompt:post") return t("actions.promptPost");
    if (action === "prompt:remove") return t("actions.promptRemove");
    if (action === "rubric") return t("actions.rubric");
    if (kind === "phase" && isPhase(detail)) return t(`actions.phase.${detail}`);
    if (kind === "side" && isSide(detail)) return t("actions.side", { side: sideNames[detail] });
    if (kind === "post" && isPostModeration(detail)) return t(`actions.post.${detail}`);
    return t("actions.unknown", { action });
  };

  return (
    // Focusable, so a keyboard user can scroll it on a narrow screen (it has no controls of its own).
    // biome-ignore lint/a11y/useSemanticElements: a scrolling wrapper named for its table, not a set of form fields (a fieldset would add a form group's semantics and frame)
    <div className="table-wrap" tabIndex={0} role="group" aria-labelledby="audit-caption">
      <table className="audit-trail">
        <caption id="audit-caption" className="visually-hidden">
          {t("caption")}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("time")}</th>
            <th scope="col">{t("action")}</th>
            <th scope="col">{t("post")}</th>
            <th scope="col">{t("student")}</th>
            <th scope="col">{t("reason")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <time dateTime={r.at.toISOString()}>{format.dateTime(r.at, DATE_TIME_SHORT)}</time>
              </th>
              <td>{words(r.action)}</td>
              <td className="answer-text">
                {r.post ? [r.post.claim, r.post.excerpt].filter(Boolean).join(" — ") : tRoot("none")}
              </td>
              <td>{r.target?.name ?? tRoot("none")}</td>
              <td className="answer-text">{r.reason || tRoot("none")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
