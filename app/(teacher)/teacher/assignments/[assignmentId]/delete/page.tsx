import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { findChangeableAssignment } from "@/lib/assignments/assignments";
import { countStudentWork, hasStudentWork } from "@/lib/assignments/student-work";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { StudentWorkList } from "../_components/student-work-list";
import { DeleteAssignmentForm } from "./_components/delete-assignment-form";

type Props = { params: Promise<{ assignmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assignmentForm"))("deleteTitle") };
}

/** The confirmation before an assignment goes: what students' work goes with it, and one button. */
export default async function DeleteAssignmentPage({ params }: Props) {
  const me = await requireUser(["TEACHER"]);
  const assignment = await findChangeableAssignment(db, me.id, (await params).assignmentId);
  if (!assignment) notFound();
  const work = (await countStudentWork(db, me.id, assignment.id))!;
  const t = await getTranslations("assignmentForm");
  return (
    <section>
      <p>
        <Link href={`/teacher/assignments/${assignment.id}`}>← {assignment.title}</Link>
      </p>
      <h1>{t("deleteTitle")}</h1>
      <p>{t("deleteWhat", { title: assignment.title, name: assignment.classroom.name })}</p>
      {hasStudentWork(work) ? (
        <div className="notice">
          <p>{t("deleteWork")}</p>
          <StudentWorkList work={work} />
        </div>
      ) : (
        <p>{t("deleteNoWork")}</p>
      )}
      <DeleteAssignmentForm assignmentId={assignment.id} needsConfirmation={hasStudentWork(work)} />
    </section>
  );
}
