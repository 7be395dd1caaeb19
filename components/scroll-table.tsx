/**
 * A table that may scroll sideways on a phone. The scrolling box takes keyboard focus, so keyboard users can
 * scroll it too (axe: scrollable-region-focusable), and is named after what it holds.
 */
export function ScrollTable({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
