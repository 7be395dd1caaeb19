// Event delivery to many stream clients, for the load scripts (bench:debate).
import { percentile } from "./latency";

/** One event as one client read it: the server's sequence number and clock, and the client's clock on reading. */
export type Delivery = { seq: number; at: number; receivedAt: number };

export type DeliverySummary = {
  /** (client, event) pairs read. */
  pairs: number;
  /** Distinct events read by at least one client. */
  events: number;
  /** (client, event) pairs that should have been read and were not. */
  missed: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
};

/**
 * Delay = receivedAt − at for every pair. A client missed every event that another client read and it did
 * not; when fewer distinct events were read than `announced` (one per acknowledged post), the events nobody
 * read are missed by every client too.
 */
export function summarizeDeliveries(perClient: Delivery[][], announced: number): DeliverySummary {
  const seen = new Set(perClient.flatMap((ds) => ds.map((d) => d.seq)));
  const unseenByAnyone = Math.max(0, announced - seen.size);
  const missed = perClient.reduce(
    (sum, ds) => sum + seen.size - new Set(ds.map((d) => d.seq)).size + unseenByAnyone,
    0,
  );
  const delays = perClient.flatMap((ds) => ds.map((d) => d.receivedAt - d.at)).sort((a, b) => a - b);
  return {
    pairs: delays.length,
    events: seen.size,
    missed,
    p50: percentile(delays, 50),
    p95: percentile(delays, 95),
    p99: percentile(delays, 99),
    max: delays.at(-1) ?? NaN,
  };
}
