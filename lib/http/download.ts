/**
 * Content-Disposition for a download named after something a teacher named (an assignment's title): the
 * plain `filename` (ASCII `fallback`) for old clients, and `filename*` (RFC 5987: percent-encoded UTF-8) that
 * browsers save it under, without the characters Windows refuses in file names.
 */
export function attachmentDisposition(name: string, fallback: string): string {
  return `attachment; filename="${fallback}"; filename*=UTF-8''${rfc5987(safeFileName(name) || fallback)}`;
}

/** A file name without control characters and the characters Windows refuses (<>:"/\|?*), trimmed. */
export function safeFileName(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, " ").trim();
}

/** RFC 5987 ext-value: percent-encoded UTF-8, with the few characters encodeURIComponent leaves alone. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
