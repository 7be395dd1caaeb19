/** Fills a catalog message's simple {placeholders}, as next-intl does for messages without plurals. */
export function fmt(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
