import { idSchema } from "@/lib/id-schema";
import { startMyQuizAttempt } from "@/lib/quiz/actions";
import { formRoute } from "@/lib/routes";

/** The quiz page's start button: back to that quiz page, which then shows the attempt (or says why not). */
export const POST = formRoute(startMyQuizAttempt, "/student", ({ assignmentId }) => {
  const id = idSchema.safeParse(assignmentId);
  return id.success ? `/student/assignments/${id.data}/quiz` : null;
});
