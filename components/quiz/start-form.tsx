import { useState } from "react";
import { SubmitButton } from "@/components/submit-button";

/**
 * A plain form post (app/api/quiz/start), so the quiz can be started before any script has loaded; the
 * browser comes back to the quiz page, which shows the attempt, or says why not (`?refused=`).
 */
export function StartForm({
  assignmentId,
  label,
  pendingLabel,
}: {
  assignmentId: string;
  label: string;
  pendingLabel: string;
}) {
  const [pending, setPending] = useState(false);
  return (
    <form method="post" action="/api/quiz/start" className="start-quiz" onSubmit={() => setPending(true)}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <SubmitButton label={label} pendingLabel={pendingLabel} pending={pending} />
    </form>
  );
}
