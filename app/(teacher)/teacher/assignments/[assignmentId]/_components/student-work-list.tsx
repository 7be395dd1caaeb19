import { getTranslations } from "next-intl/server";
import type { StudentWork } from "@/lib/assignments/student-work";

/** What students have done on an assignment, in words: only the kinds there are. */
export async function StudentWorkList({ work }: { work: StudentWork }) {
  const t = await getTranslations("assignmentForm");
  const lines = [
    work.readers > 0 && t("workReaders", { count: work.readers }),
    work.highlights > 0 && t("workHighlights", { count: work.highlights }),
    work.quizAttempts > 0 && t("workAttempts", { count: work.quizAttempts, handedIn: work.handedIn }),
    work.debatePosts > 0 && t("workPosts", { count: work.debatePosts }),
  ].filter((line): line is string => Boolean(line));
  return (
    <ul>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
