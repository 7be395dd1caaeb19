"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { reconnectDelay } from "@/lib/debate/reconnect-delay";

// A busy board announces several changes a second; 40 browsers refreshing on each would swamp the
// server. Each browser refreshes at most once per this interval (and once more if changes came meanwhile).
const MIN_INTERVAL_MS = 1000;

/**
 * Keeps the board current: the server announces each change over server-sent events, and the page then
 * re-renders its own view (router.refresh keeps what the student is typing).
 *
 * The connection is ours to keep, not EventSource's: EventSource gives up for good after an error response
 * (a 500 while the database is briefly away, a 503 while the server restarts). So after any failure (a
 * network error, an error response, a stream the server ended) the page says so, waits with growing,
 * jittered backoff (lib/debate/reconnect-delay.ts) and connects again, to whichever server process answers.
 * Each connection says the last event number this page knows (`seq`: the board's number when the page was
 * read, then each event's); the server answers at once with a change when the board moved past it, so a
 * page that missed nothing does not re-render. A server that is stopping says "restart" first, with how long
 * to wait.
 */
export function LiveRefresh({
  assignmentId,
  seq,
  deadlines = [],
}: {
  assignmentId: string;
  /** The board's event number when the page was read; absent on a page that shows no board (progress only). */
  seq?: number;
  deadlines?: string[];
}) {
  const t = useTranslations("debate");
  const router = useRouter();
  const [connected, setConnected] = useState(false);
  // The highest event number this page knows: from each render (a refresh brings the board's newer number)
  // and from each event. A ref, so that a refresh does not reopen the stream.
  const seen = useRef(seq);
  useEffect(() => {
    if (seq !== undefined && seq > (seen.current ?? -1)) seen.current = seq;
  }, [seq]);
  useEffect(() => {
    let source: EventSource | undefined;
    let timer: number | undefined;
    let retryTimer: number | undefined;
    let last = 0;
    let failures = 0;
    let opened = false;
    let stopped = false;
    const refresh = () => {
      if (timer !== undefined) return; // one is already scheduled and will see this change too
      const wait = Math.max(0, last + MIN_INTERVAL_MS - Date.now());
      timer = window.setTimeout(() => {
        timer = undefined;
        last = Date.now();
        router.refresh();
      }, wait);
    };
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
        const number = Number((JSON.parse((event as MessageEvent<string>).data) as { seq?: number }).seq) || 0;
        if (number > (seen.current ?? 0)) seen.current = number;
        refresh();
      });
      source.addEventListener("restart", (event) => {
        const retryMs = Number((JSON.parse((event as MessageEvent<string>).data) as { retryMs?: number }).retryMs) || 0;
        reconnectLater(retryMs);
      });
    };
    connect();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      window.clearTimeout(retryTimer);
      source?.close();
    };
  }, [assignmentId, router]);

  // A deadline moves the phase without anyone doing anything, so nothing is announced: each page refreshes
  // itself just after it (timers further than a day ahead are left to a later visit).
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
  return (
    <p role="status" className={connected ? "live-state" : "live-state off"}>
      {connected ? t("live") : t("liveReconnecting")}
    </p>
  );
}
