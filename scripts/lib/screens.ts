// Boards on students' screens, for bench:debate's `--screens`: what a board page does when its stream says the
// board changed (components/live-refresh.tsx), timed until each new post is in what the page fetched.
import { percentile } from "./latency";

// The page's own pace: at most one refresh a second, and one more when changes came meanwhile.
const MIN_INTERVAL_MS = 1000;

/** A post in the board a screen fetched: the ids of its cards (`post-<id>`, in the HTML and in the RSC payload). */
export function postIdsIn(body: string): Set<string> {
  return new Set([...body.matchAll(/post-([a-z0-9]{20,})/g)].map((m) => m[1]!));
}

/**
 * One open board page. `changed()` is its stream's "change" event; it then fetches the board as the page's
 * refresh does, at most once a second and one at a time (the router drops a refresh's result when a newer one
 * starts, so a slower server gets no more from overlapping ones), and notes when each post id first arrived.
 */
export class BoardScreen {
  /** Post id → when it first arrived (Date.now()). */
  readonly arrived = new Map<string, number>();
  refreshes = 0;
  failures = 0;
  #timer: NodeJS.Timeout | undefined;
  #last = 0;
  #fetching: Promise<void> | undefined;
  #again = false;
  #closed = false;

  constructor(private readonly fetchBoard: () => Promise<string>) {}

  changed(): void {
    if (this.#closed || this.#timer !== undefined) return;
    if (this.#fetching) {
      this.#again = true;
      return;
    }
    const wait = Math.max(0, this.#last + MIN_INTERVAL_MS - Date.now());
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#last = Date.now();
      this.#fetching = this.#refresh();
    }, wait);
  }

  async #refresh(): Promise<void> {
    try {
      const body = await this.fetchBoard();
      const at = Date.now();
      this.refreshes++;
      // A copy of each new id: a slice would keep the whole fetched board (megabytes) alive with it.
      for (const id of postIdsIn(body)) if (!this.arrived.has(id)) this.arrived.set(Buffer.from(id).toString(), at);
    } catch {
      this.failures++;
    } finally {
      this.#fetching = undefined;
      if (this.#again) {
        this.#again = false;
        this.changed();
      }
    }
  }

  /** Waits for a refresh in flight; schedules none after. */
  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    await this.#fetching;
  }
}

export type ScreenSummary = {
  /** Posts timed: each from sending it until the last screen had fetched it. */
  posts: number;
  /** (screen, post) pairs never fetched. */
  missed: number;
  p50: number;
  p95: number;
  max: number;
};

/** For each post sent at `sentAt` (Date.now()), the time until every screen had it; pairs never fetched are missed. */
export function summarizeScreens(
  screens: { arrived: ReadonlyMap<string, number> }[],
  posts: { postId: string; sentAt: number }[],
): ScreenSummary {
  let missed = 0;
  const delays: number[] = [];
  for (const post of posts) {
    const arrivals = screens.map((s) => s.arrived.get(post.postId));
    missed += arrivals.filter((a) => a === undefined).length;
    const seen = arrivals.filter((a): a is number => a !== undefined);
    if (seen.length === screens.length) delays.push(Math.max(...seen) - post.sentAt);
  }
  delays.sort((a, b) => a - b);
  return {
    posts: posts.length,
    missed,
    p50: percentile(delays, 50),
    p95: percentile(delays, 95),
    max: delays.at(-1) ?? NaN,
  };
}
