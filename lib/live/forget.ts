import type { LiveBus, LiveEvent } from "./bus";
import { RESYNC } from "./bus";

/**
 * Caches kept per server process (a reading's quiz items, its reader view: CONTRIBUTING.md) must be dropped in
 * every process when what they hold changes, not only in the one that made the change. A cache registers how
 * to forget one entry (or, given null, everything); `forgetEverywhere` forgets here at once and tells the other
 * processes over the live bus. A process that lost its connection to the bus meanwhile forgets everything,
 * since it cannot know what it missed.
 */
type Forget = (id: string | null) => void;
export const FORGET_TOPIC = "forget";

const holder = globalThis as unknown as { classroomForgetters?: Map<string, Forget> };
const forgetters = (holder.classroomForgetters ??= new Map());

export function registerForgetter(cache: string, forget: Forget): void {
  forgetters.set(cache, forget);
}

/**
 * Forgets `id` in `cache` in this process now, and in every other process as soon as the bus carries it
 * (without a bus, in a command-line script, only here: servers started after it read afresh).
 */
export async function forgetEverywhere(bus: LiveBus | undefined, cache: string, id: string): Promise<void> {
  forgetters.get(cache)?.(id);
  await bus?.publish({ topic: FORGET_TOPIC, kind: `${cache}:${id}`, at: Date.now(), seq: 0 });
}

/** Subscribes this process's bus to everyone's forgets (once, as the bus is made). */
export function listenForForgets(bus: LiveBus): void {
  bus.subscribe(FORGET_TOPIC, (event: LiveEvent) => {
    if (event.kind === RESYNC) {
      for (const forget of forgetters.values()) forget(null);
      return;
    }
    const split = event.kind.indexOf(":");
    if (split > 0) forgetters.get(event.kind.slice(0, split))?.(event.kind.slice(split + 1));
  });
}
