import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { BoardReport } from "@/lib/debate/board-report";
import { rubricTotal } from "@/lib/debate/rubric";
import type { Side } from "@/lib/debate/sides";
import { AssignSideForm } from "./assign-side-form";
import { RemoveStudentForm } from "./remove-student-form";
import { RestoreStudentForm } from "./restore-student-form";

type Props = { assignmentId: string; report: BoardReport; sides: { side: Side; label: string }[] };

/**
 * One row per enrolled student: what they did on the board, the teacher's forms for them, and their rubric
 * total with a link to grade them (the grading page shows their posts beside the rubric). The row
 * header is the student's name, so a screen reader announces whose side or rubric a control changes.
 */
export async function StudentsTable({ assignmentId, report, sides }: Props) {
  const t = await getTranslations("debateTeacher.students");
  const tRoot = await getTranslations("debateTeacher");
  const format = await getFormatter();
  if (report.students.length === 0) return <p>{t("empty")}</p>;
  const none = tRoot("none");
  const num = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  return (
    <div className="table-wrap">
      <table className="students-table">
        <thead>
          <tr>
            <th scope="col">{t("student")}</th>
            <th scope="col">{t("side")}</th>
            <th scope="col">{t("arguments")}</th>
            <th scope="col">{t("replies")}</th>
            <th scope="col">{t("quotes")}</th>
            <th scope="col">{t("ratingsGiven")}</th>
            <th scope="col">{t("stance")}</th>
            <th scope="col">{t("participation")}</th>
            <th scope="col">{t("rubric")}</th>
          </tr>
        </thead>
        <tbody>
          {report.students.map((s) => {
            const replies = s.replies.support + s.replies.rebut + s.replies.question;
            const { total, max } = rubricTotal(s.rubric);
            const who = { assignmentId, studentId: s.studentId, studentName: s.displayName };
            return (
              <tr key={s.studentId}>
                <th scope="row">{s.displayName}</th>
                <td>
                  {!s.seated && <p className="hint">{t("notSeated")}</p>}
                  <AssignSideForm {...who} current={s.side} sides={sides} />
                </td>
                <td>
                  {s.arguments}
                  {s.hiddenPosts > 0 && <p className="hint">{t("hiddenPosts", { count: s.hiddenPosts })}</p>}
                </td>
                <td>{t("repliesValue", { total: replies, ...s.replies })}</td>
                <td>{t("quotesValue", { quotes: s.quotes, paragraphs: s.paragraphsQuoted })}</td>
                <td>
                  {s.ratingsGiven.average === null
                    ? none
                    : t("ratingsValue", { count: s.ratingsGiven.count, average: num(s.ratingsGiven.average) })}
                </td>
                <td>
                  {t("stanceValue", { before: s.stanceBefore ?? none, after: s.stanceAfter ?? none })}
                  {s.shift !== null && (
                    <> {t("shiftValue", { shift: format.number(s.shift, { signDisplay: "exceptZero" }) })}</>
                  )}
                </td>
                <td>
                  <p>{s.removed ? t("removed") : t("active")}</p>
                  {s.removed ? <RestoreStudentForm {...who} /> : <RemoveStudentForm {...who} />}
                </td>
                <td>
                  <p>{total === null ? t("notGraded") : t("rubricTotal", { total, max })}</p>
                  <Link href={`/teacher/assignments/${assignmentId}/debate/students/${s.studentId}`}>
                    {t("gradeLink", { name: s.displayName })}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
