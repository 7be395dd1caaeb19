import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AssignmentForm } from "@/app/(teacher)/teacher/_components/assignment-form";
import { activeTeacherClassroom } from "@/lib/access";
import { listAssignableReadings } from "@/lib/assignments/assignments";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { appTimeZone, formatLocalDateTime } from "@/lib/time/zoned";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assignmentForm"))("title") };
}

export default async function NewAssignmentPage({ params }: { params: Promise<{ classroomId: string }> }) {
  const me = await requireUser(["TEACHER"]);
  const { classroomId } = await params;
  const classroom = await db.classroom.findFirst({
    // An archived class is read-only: no new assignment (404).
    where: { id: classroomId, ...activeTeacherClassroom(me.id) },
    select: { id: true, name: true },
  });
  if (!classroom) notFound();
  const t = await getTranslations("assignmentForm");
  const readings = await listAssignableReadings(db, me.id);
  return (
    <section>
      <p>
        <Link href={`/teacher/classes/${classroom.id}`}>← {classroom.name}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="muted">{t("for", { name: classroom.name })}</p>
      <AssignmentForm
        timeZone={appTimeZone()}
        mode="create"
        classroomId={classroom.id}
        readings={readings}
        defaults={{
          title: readings[0]?.title ?? "",
          instructions: "",
          opensAt: formatLocalDateTime(new Date()),
          dueAt: "",
          readingEnabled: true,
          quizEnabled: false,
          debateEnabled: false,
        }}
      />
    </section>
  );
}
