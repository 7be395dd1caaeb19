"use client";

export function SubmitButton({
  label,
  pendingLabel,
  pending,
}: {
  label: string;
  pendingLabel: string;
  pending: boolean;
}) {
  return (
    // aria-disabled, not disabled: a disabled button loses focus, and keyboard users would land on <body>.
    <button
      type="submit"
      className="button primary"
      aria-disabled={pending}
      onClick={(e) => pending && e.preventDefault()}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
