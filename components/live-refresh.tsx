"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

// A busy board announces several changes a second; 40 browsers refreshing on each would swamp the
// server. Each browser refreshes at most once per this interval (and once more if changes came meanwhile).
const MIN_INTERVAL_MS = 1000;

/**
 * Keeps the board current: the server announces each change over server-sent events, and the page then
 * re-renders its own view (router.refresh keeps what the student is typing). EventSource reconnects by
 * itself after a dropped connection; on reconnect we refresh once, in case we missed something.
 */
export function LiveRefresh({ assignmentId, deadlines = [] }: { assignmentId: string; deadlines?: string[] }) {
  const t = useTranslations("debate");
  const router = useRouter();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const source = new EventSource(`/api/debate/${assignmentId}/events`);
    let timer: number | undefined;
    let last = 0;
    const refresh = () => {
      if (timer !== undefined) return; // one is already scheduled and will see this change too
      const wait = Math.max(0, last + MIN_INTERVAL_MS - Date.now());
      timer = window.setTimeout(() => {
        timer = undefined;
        last = Date.now();
        router.refresh();
      }, wait);
    };
    let opened = false;
    source.onopen = () => {
      setConnected(true);
      if (opened) refresh();
      opened = true;
    };
    source.onerror = () => setConnected(false);
    source.addEventListener("change", refresh);
    return () => {
      window.clearTimeout(timer);
      source.close();
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
    return () => timers.forEach((t) => window.clearTimeout(t));
  }, [deadlineKey, router]);
  return (
    <p role="status" className={connected ? "live-state" : "live-state off"}>
      {connected ? t("live") : t("liveReconnecting")}
    </p>
  );
}
