/**
 * The server process's stop, as the app's code sees it. The process-level part (signals, connections, the
 * time limit) is scripts/server/graceful-stop.cjs, loaded before Next; both share this object on globalThis.
 * Without that preload (tests, `next dev`) nothing ever drains.
 */
type Lifecycle = { draining: boolean; onDrain: Set<() => void> };

const holder = globalThis as unknown as { classroomLifecycle?: Lifecycle };
const lifecycle: Lifecycle = (holder.classroomLifecycle ??= { draining: false, onDrain: new Set() });

/** True once the server has been told to stop: it finishes what is in flight and takes nothing new. */
export function isDraining(): boolean {
  return lifecycle.draining;
}

/** Runs `callback` when the server starts to stop (an event stream closes itself). Returns the unsubscribe. */
export function onDrain(callback: () => void): () => void {
  lifecycle.onDrain.add(callback);
  return () => lifecycle.onDrain.delete(callback);
}
