"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

const COALESCE_MS = 250;

/**
 * Keeps the board current: the server announces each change over server-sent events, and the page then
 * re-renders its own view (router.refresh keeps what the student is typing). EventSource reconnects by
 * itself after a dropped connection; on reconnect we refresh once, in case we missed something.
 */
export function LiveRefresh({ assignmentId }: { assignmentId: string }) {
  const t = useTranslations("debate");
  const router = useRouter();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const source = new EventSource(`/api/debate/${assignmentId}/events`);
    let timer: number | undefined;
    const refresh = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => router.refresh(), COALESCE_MS);
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
  return (
    <p role="status" className={connected ? "live-state" : "live-state off"}>
      {connected ? t("live") : t("liveReconnecting")}
    </p>
  );
}
