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

/** `?reading=<id>` (from a reading's page) chooses that reading, if it is one this teacher may assign. */
export default async function NewAssignmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ classroomId: string }>;
  searchParams: Promise<{ reading?: string | string[] }>;
}) {
  const me = await requireUser(["TEACHER"]);
  const { classroomId } = await params;
  const { reading: asked } = await searchParams;
  const classroom = await db.classroom.findFirst({
    // An archived class is read-only: no new assignment (404).
    where: { id: classroomId, ...activeTeacherClassroom(me.id) },
    select: { id: true, name: true },
  });
  if (!classroom) notFound();
  const t = await getTranslations("assignmentForm");
  const readings = await listAssignableReadings(db, me.id);
  const chosen = readings.find((r) => r.id === asked) ?? readings[0];
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
        readingId={chosen?.id ?? ""}
        defaults={{
          title: chosen?.title ?? "",
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
