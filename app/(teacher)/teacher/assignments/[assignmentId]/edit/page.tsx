import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AssignmentForm } from "@/app/(teacher)/teacher/_components/assignment-form";
import { findChangeableAssignment } from "@/lib/assignments/assignments";
import { countStudentWork, hasStudentWork } from "@/lib/assignments/student-work";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { appTimeZone, formatLocalDateTime } from "@/lib/time/zoned";
import { StudentWorkList } from "../_components/student-work-list";

type Props = { params: Promise<{ assignmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assignmentForm"))("editTitle") };
}

/** Changes to an assignment, with what students have already done on it (what a change affects) above the form. */
export default async function EditAssignmentPage({ params }: Props) {
  const me = await requireUser(["TEACHER"]);
  const { assignmentId } = await params;
  const assignment = await findChangeableAssignment(db, me.id, assignmentId);
  if (!assignment) notFound(); // also for an archived class's: read-only
  const work = (await countStudentWork(db, me.id, assignment.id))!;
  const t = await getTranslations("assignmentForm");
  return (
    <section>
      <p>
        <Link href={`/teacher/assignments/${assignment.id}`}>← {assignment.title}</Link>
      </p>
      <h1>{t("editTitle")}</h1>
      <p className="muted">{t("for", { name: assignment.classroom.name })}</p>
      {hasStudentWork(work) && (
        <div className="notice">
          <p>{t("studentsStarted")}</p>
          <StudentWorkList work={work} />
          <ul>
            <li>{t("effectDates")}</li>
            <li>{t("effectParts")}</li>
          </ul>
        </div>
      )}
      <AssignmentForm
        timeZone={appTimeZone()}
        mode="edit"
        assignmentId={assignment.id}
        readingTitle={assignment.reading.title}
        defaults={{
          title: assignment.title,
          instructions: assignment.instructions,
          opensAt: formatLocalDateTime(assignment.opensAt),
          dueAt: assignment.dueAt ? formatLocalDateTime(assignment.dueAt) : "",
          readingEnabled: assignment.readingEnabled,
          quizEnabled: assignment.quizEnabled,
          debateEnabled: assignment.debateEnabled,
        }}
      />
    </section>
  );
}
