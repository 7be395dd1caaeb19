/**
 * A table that may scroll sideways on a phone. The scrolling box takes keyboard focus, so keyboard users can
 * scroll it too (axe: scrollable-region-focusable), and is named after what it holds.
 */
export function ScrollTable({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a scrolling wrapper named for its table, not a set of form fields (a fieldset would add a form group's semantics and frame)
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
