"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { reconnectDelay } from "@/lib/debate/reconnect-delay";

/**
 * The board's server-sent events: calls `onChange(kind)` for each change and returns whether the stream is
 * open.
 *
 * The connection is ours to keep, not EventSource's: EventSource gives up for good after an error response
 * (a 500 while the database is briefly away, a 503 while the server restarts). So after any failure (a
 * network error, an error response, a stream the server ended) the page says so, waits with growing,
 * jittered backoff (lib/debate/reconnect-delay.ts) and connects again, to whichever server process answers.
 * Each connection says the last event number this page knows (`seq`: the board's number when the page was
 * read, then each event's); the server answers at once with a change (kind "resync") when the board moved
 * past it, so a page that missed nothing does not re-read. A server that is stopping says "restart" first,
 * with how long to wait.
 */
export function useBoardStream(assignmentId: string, seq: number | undefined, onChange: (kind: string) => void) {
  const [connected, setConnected] = useState(false);
  // The highest event number this page knows: from each render (a refresh brings the board's newer number)
  // and from each event. A ref, so that a refresh does not reopen the stream.
  const seen = useRef(seq);
  useEffect(() => {
    if (seq !== undefined && seq > (seen.current ?? -1)) seen.current = seq;
  }, [seq]);
  const handler = useRef(onChange);
  handler.current = onChange;
  useEffect(() => {
    let source: EventSource | undefined;
    let retryTimer: number | undefined;
    let failures = 0;
    let opened = false;
    let stopped = false;
    const reconnectLater = (atLeastMs = 0) => {
      source?.close();
      setConnected(false);
      if (stopped || retryTimer !== undefined) return;
      retryTimer = window.setTimeout(
        () => {
          retryTimer = undefined;
          connect();
        },
        Math.max(atLeastMs, reconnectDelay(failures++)),
      );
    };
    const connect = () => {
      const query = new URLSearchParams();
      if (seen.current !== undefined) query.set("after", String(seen.current));
      if (opened) query.set("again", "1");
      source = new EventSource(`/api/debate/${assignmentId}/events?${query}`);
      source.onopen = () => {
        failures = 0;
        opened = true;
        setConnected(true);
      };
      source.onerror = () => reconnectLater();
      source.addEventListener("change", (event) => {
        const data = JSON.parse((event as MessageEvent<string>).data) as { seq?: number; kind?: string };
        const number = Number(data.seq) || 0;
        if (number > (seen.current ?? 0)) seen.current = number;
        handler.current(String(data.kind ?? ""));
      });
      source.addEventListener("restart", (event) => {
        const retryMs = Number((JSON.parse((event as MessageEvent<string>).data) as { retryMs?: number }).retryMs) || 0;
        reconnectLater(retryMs);
      });
    };
    connect();
    return () => {
      stopped = true;
      window.clearTimeout(retryTimer);
      source?.close();
    };
  }, [assignmentId]);
  return connected;
}

// A busy board announces several changes a second; 40 browsers re-reading on each would swamp the server.
// Each browser re-reads at most once per this interval, one read at a time, and once more if changes came
// meanwhile.
export const MIN_INTERVAL_MS = 1000;

/**
 * Paces `work` (a refresh, a fetch of changes): `request()` runs it at most once a second, never two at once,
 * and once more after a run if requests came during it.
 */
export function usePaced(work: () => Promise<void> | void) {
  const current = useRef(work);
  current.current = work;
  const [pacer] = useState(() => {
    let timer: number | undefined;
    let running = false;
    let again = false;
    let last = 0;
    let stopped = true;
    const request = () => {
      if (stopped) return;
      if (running) {
        again = true;
        return;
      }
      if (timer !== undefined) return; // one is already scheduled and will see this change too
      timer = window.setTimeout(
        async () => {
          timer = undefined;
          last = Date.now();
          running = true;
          try {
            await current.current();
          } finally {
            running = false;
            if (again) {
              again = false;
              request();
            }
          }
        },
        Math.max(0, last + MIN_INTERVAL_MS - Date.now()),
      );
    };
    // Started by the effect below, so React's development double mount (which unmounts once) leaves it running.
    const start = () => {
      stopped = false;
      return () => {
        stopped = true;
        window.clearTimeout(timer);
        timer = undefined;
      };
    };
    return { request, start };
  });
  useEffect(() => pacer.start(), [pacer]);
  return pacer.request;
}

/**
 * A deadline moves the phase without anyone doing anything, so nothing is announced: the page refreshes
 * itself just after it (timers further than a day ahead are left to a later visit).
 */
export function useDeadlineRefresh(deadlines: readonly string[]) {
  const router = useRouter();
  const deadlineKey = deadlines.join(",");
  useEffect(() => {
    const timers = deadlineKey
      .split(",")
      .filter(Boolean)
      .map((iso) => new Date(iso).getTime() - Date.now() + 500)
      .filter((ms) => ms > 0 && ms < 86_400_000)
      .map((ms) => window.setTimeout(() => router.refresh(), ms));
    return () => {
      for (const t of timers) window.clearTimeout(t);
    };
  }, [deadlineKey, router]);
}
