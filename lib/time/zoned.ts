/**
 * <input type="datetime-local"> sends a wall-clock time with no zone ("2025-09-01T08:00"). The school's
 * zone (TIME_ZONE, else the server's) says what instant that is. Intl knows every zone's offsets, so no
 * date library is needed for these two conversions.
 */
export function appTimeZone(): string {
  // The server's own zone is asked once: building a DateTimeFormat to learn it costs more than a page's queries.
  return process.env.TIME_ZONE || (serverTimeZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
}
let serverTimeZone: string | undefined;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function parseLocalDateTime(value: string, timeZone = appTimeZone()): Date | null {
  const m = LOCAL.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59)
    return null;
  // Two passes settle times next to a daylight-saving change.
  let instant = asUtc - offsetMs(asUtc, timeZone);
  instant = asUtc - offsetMs(instant, timeZone);
  return new Date(instant);
}

export function formatLocalDateTime(date: Date, timeZone = appTimeZone()): string {
  const local = new Date(date.getTime() + offsetMs(date.getTime(), timeZone));
  return local.toISOString().slice(0, 16);
}

function offsetMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - Math.floor(instant / 1000) * 1000;
}
