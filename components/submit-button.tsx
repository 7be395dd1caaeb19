"use client";

export function SubmitButton({
  label,
  pendingLabel,
  pending,
  tone = "primary",
}: {
  label: string;
  pendingLabel: string;
  pending: boolean;
  /** "danger" for a write that cannot be undone (a deletion); "plain" for a side action beside the page's main one. */
  tone?: "primary" | "danger" | "plain";
}) {
  return (
    // aria-disabled, not disabled: a disabled button loses focus, and keyboard users would land on <body>.
    <button
      type="submit"
      className={tone === "plain" ? "button" : `button ${tone}`}
      aria-disabled={pending}
      onClick={(e) => pending && e.preventDefault()}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
