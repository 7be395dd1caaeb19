"use client";

type Props = {
  label: string;
  pendingLabel: string;
  pending: boolean;
  /** Sent with the form when this is the button pressed (useFormAction passes the submitter). */
  name?: string;
  value?: string;
  pressed?: boolean;
  primary?: boolean;
};

/**
 * A small submit button for the many short forms on the teacher's board. Like SubmitButton it stays
 * focusable while the form is sending (aria-disabled, not disabled), so a keyboard user keeps their place.
 */
export function PendingButton({ label, pendingLabel, pending, name, value, pressed, primary }: Props) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      className={primary ? "button small primary" : "button small"}
      aria-pressed={pressed}
      aria-disabled={pending}
      onClick={(e) => pending && e.preventDefault()}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
