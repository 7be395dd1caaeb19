import { describe, expect, it } from "vitest";
import { LiveBus } from "./bus";
import { forgetEverywhere, listenForForgets, registerForgetter } from "./forget";
import type { Transport } from "./transport";

/** A transport two buses share, as two processes share Redis; it can be cut and restored. */
function sharedWire() {
  const receivers: ((message: string | null) => void)[] = [];
  const transport = (): Transport => ({
    async send(message) {
      for (const receive of receivers) receive(message);
    },
    listen: (onMessage) => void receivers.push(onMessage),
    async close() {},
  });
  const reconnect = () => {
    for (const receive of receivers) receive(null);
  };
  return { transport, reconnect };
}

describe("forgetting a cached entry in every process", () => {
  it("forgets here at once and in the other process through the bus; after a lost connection, everything", async () => {
    const forgotten: (string | null)[] = [];
    registerForgetter("test-cache", (id) => forgotten.push(id));
    const wire = sharedWire();
    const here = new LiveBus(wire.transport());
    const there = new LiveBus(wire.transport());
    listenForForgets(there);
    // (Both "processes" share this test's registry: "here" does not listen, so each forget is counted once
    // for here, directly, and once for there, through the bus.)
    await forgetEverywhere(here, "test-cache", "reading-1");
    expect(forgotten).toEqual(["reading-1", "reading-1"]);
    await here.publish({ topic: "forget", kind: "unknown-cache:x", at: 1, seq: 0 });
    wire.reconnect();
    expect(forgotten).toEqual(["reading-1", "reading-1", null]);
  });
});
