/**
 * The address people reach this app at, for links shown to them (a class's join link and its QR code): the
 * one the teacher is using right now, so a laptop at 192.168.1.20:3000 or a school's https name both come out
 * right. NEXTAUTH_URL, when set, pins it. A reverse proxy's X-Forwarded-Proto/-Host win over Host, as they
 * say what the browser asked for; a host that is not a plain name or address (with an optional port) is
 * ignored, so a forged header cannot put anything else into a link.
 */
const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;

export function originOf(
  headers: { get(name: string): string | null },
  pinned = process.env.NEXTAUTH_URL,
): string | null {
  if (pinned) {
    try {
      return new URL(pinned).origin;
    } catch {
      // a malformed setting: fall back to the request
    }
  }
  const first = (value: string | null) => value?.split(",")[0]?.trim() || null;
  const host = first(headers.get("x-forwarded-host")) ?? first(headers.get("host"));
  if (!host || !HOST.test(host)) return null;
  const proto = first(headers.get("x-forwarded-proto")) === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
