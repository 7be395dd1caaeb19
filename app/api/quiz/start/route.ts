import { startMyQuizAttempt } from "@/lib/quiz/actions";
import { formRoute } from "@/lib/routes";

/** The quiz page's start button: back to the quiz page, which then shows the attempt (or why not). */
export const POST = formRoute(startMyQuizAttempt, "/student");
