const FIRST_MS = 1_000;
const MOST_MS = 30_000;

/**
 * How long to wait before reconnecting after `failures` failed tries in a row: 1 s, 2 s, 4 s … up to 30 s,
 * each with up to half again of random jitter, so a class of browsers that lost the server together does
 * not come back in one burst.
 */
export function reconnectDelay(failures: number, random: () => number = Math.random): number {
  const base = Math.min(MOST_MS, FIRST_MS * 2 ** Math.max(0, failures));
  return Math.round(base * (1 + random() / 2));
}
