import { formRoute } from "@/lib/http/routes";
import { idSchema } from "@/lib/id-schema";
import { startAttemptAction } from "@/lib/quiz/route-writes";

/** The quiz page's start button: back to that quiz page, which then shows the attempt (or says why not). */
export const POST = formRoute(startAttemptAction, "/student", ({ assignmentId }) => {
  const id = idSchema.safeParse(assignmentId);
  return id.success ? `/student/assignments/${id.data}/quiz` : null;
});
