"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useBoardStream, useDeadlineRefresh, usePaced } from "./use-board-stream";

/**
 * Keeps a page current: the server announces each change of the board over server-sent events
 * (components/use-board-stream.ts), and the page then re-renders its own view (router.refresh keeps what the
 * user is typing), at most once a second. The teacher's pages use it; a student's board merges only what
 * changed (components/debate/live-board.tsx).
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
  // router.refresh() resolves at once; the pacing keeps it to one a second.
  const refresh = usePaced(() => router.refresh());
  const connected = useBoardStream(assignmentId, seq, refresh);
  useDeadlineRefresh(deadlines);
  return <LiveState connected={connected} label={connected ? t("live") : t("liveReconnecting")} />;
}

export function LiveState({ connected, label }: { connected: boolean; label: string }) {
  return (
    <p role="status" className={connected ? "live-state" : "live-state off"}>
      {label}
    </p>
  );
}
