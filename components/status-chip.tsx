import { Circle, CircleCheck, CircleDot, Clock } from "lucide-react";

export type StatusTone = "done" | "active" | "waiting" | "todo";

const ICONS = { done: CircleCheck, active: CircleDot, waiting: Clock, todo: Circle } as const;

/**
 * Where someone stands on something, as a chip: the words say it, the colour and icon (hidden from screen
 * readers) let a class's worth of them be scanned at a glance. done = finished, active = under way,
 * waiting = on someone else (the teacher), todo = not started.
 */
export function StatusChip({ tone, children }: { tone: StatusTone; children: React.ReactNode }) {
  const Icon = ICONS[tone];
  return (
    <span className={`chip ${tone}`}>
      <Icon className="icon" aria-hidden="true" />
      {children}
    </span>
  );
}
