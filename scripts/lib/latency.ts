import { performance } from "node:perf_hooks";

// Latency samples and their summary, for the load scripts (bench:quiz, bench:reader).

export type Sample<K extends string = string> = {
  kind: K;
  /** When the request was sent, in ms from the start of the measured window. */
  sentAt: number;
  /** Request sent → whole reply body read. */
  ms: number;
  ok: boolean;
  /** Why it counts as an error (status, result, network failure). */
  problem?: string;
};

/** Nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export type Summary = { requests: number; errors: number; p50: number; p95: number; p99: number; max: number };

export function summarize(samples: Sample[]): Summary {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    requests: samples.length,
    errors: samples.filter((s) => !s.ok).length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
  };
}

/** One table: a row per kind, then all of them together. */
export function latencyTable(samples: Sample[], kinds: readonly string[]): string[] {
  const ms = (n: number) => `${Math.round(n)} ms`.padStart(10);
  const row = (name: string, s: Summary) =>
    `${name.padEnd(8)}${String(s.requests).padStart(9)}${String(s.errors).padStart(8)}${ms(s.p50)}${ms(s.p95)}${ms(s.p99)}${ms(s.max)}`;
  return [
    `${"kind".padEnd(8)}${"requests".padStart(9)}${"errors".padStart(8)}${"p50".padStart(10)}${"p95".padStart(10)}${"p99".padStart(10)}${"max".padStart(10)}`,
    ...kinds.map((kind) => row(kind, summarize(samples.filter((s) => s.kind === kind)))),
    row("all", summarize(samples)),
  ];
}

/**
 * One request, timed from sending to the last byte of the reply; `t0` is the start of the measured window.
 * `problemOf` says why a reply counts as an error (undefined: it does not).
 */
export async function measure<K extends string>(
  t0: number,
  kind: K,
  send: () => Promise<Response>,
  problemOf: (status: number, body: string) => string | undefined,
): Promise<Sample<K>> {
  const start = performance.now();
  let problem: string | undefined;
  try {
    const reply = await send();
    problem = problemOf(reply.status, await reply.text());
  } catch (error) {
    problem = String(error);
  }
  return { kind, sentAt: start - t0, ms: performance.now() - start, ok: !problem, problem };
}
