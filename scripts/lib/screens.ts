// Boards on students' screens, for bench:debate: what a student's board page does when its stream says the
// board changed (components/debate/live-board.tsx), timed until each new post is in what the page fetched.
import { percentile } from "./latency";

// The page's own pace: at most one fetch a second, and one more when changes came meanwhile.
const MIN_INTERVAL_MS = 1000;

/** What the board's changes answer holds that a screen uses (app/api/debate/[assignmentId]/board). */
export type Changes = { seq: number; posts: { id: string }[]; visible: number };

/**
 * One open board page. `start()` reads the whole board (as the page's first render does); `changed()` is its
 * stream's "change" event: it then asks for the changes since its last read, at most once a second and one
 * at a time, and notes when each post id first arrived. A page whose count of posts disagrees with the
 * server's would re-render: counted as `reloads`, and read whole again.
 */
export class BoardScreen {
  /** Post id → when it first arrived (Date.now()). */
  readonly arrived = new Map<string, number>();
  refreshes = 0;
  failures = 0;
  reloads = 0;
  /** The ids the page holds now, and how many the server said it may see. */
  readonly #known = new Set<string>();
  #visible = 0;
  #seq = 0;
  #timer: NodeJS.Timeout | undefined;
  #last = 0;
  #fetching: Promise<void> | undefined;
  #again = false;
  #closed = false;

  constructor(private readonly fetchChanges: (since: number) => Promise<Changes>) {}

  async start(): Promise<void> {
    await this.#read(0);
  }

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
      await this.#read(this.#seq);
      this.refreshes++;
      if (this.#known.size !== this.#visible) {
        this.reloads++;
        await this.#read(0);
      }
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

  async #read(since: number): Promise<void> {
    const changes = await this.fetchChanges(since);
    const at = Date.now();
    if (since === 0) this.#known.clear();
    for (const { id } of changes.posts) {
      this.#known.add(id);
      if (!this.arrived.has(id)) this.arrived.set(id, at);
    }
    this.#seq = Math.max(this.#seq, changes.seq);
    this.#visible = changes.visible;
  }

  /** Waits for a fetch in flight; schedules none after. */
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
