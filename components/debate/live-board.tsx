"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from "react";
import { LiveState } from "@/components/live-refresh";
import { useBoardStream, useDeadlineRefresh, usePaced } from "@/components/use-board-stream";
import { type BoardChangesJson, type BoardState, mergeChanges, takeRender } from "@/lib/debate/board-changes";

/**
 * Changes that merging posts cannot show (the board's settings, events missed while away, or what this student
 * may now do with their own post, which stamps no post: lib/debate/events.ts authorBus): re-render.
 */
const WHOLE_VIEW_EVENTS = new Set(["phase", "settings", "resync", "ownPost"]);

const LiveBoardContext = createContext<BoardState | null>(null);

/** The board as this page last knew it, for the columns below a LiveBoard. */
export function useLiveBoard(): BoardState {
  const state = useContext(LiveBoardContext);
  if (!state) throw new Error("useLiveBoard outside a LiveBoard");
  return state;
}

/**
 * Keeps a student's board current without re-rendering it: on each announced change (at most once a second)
 * the page asks for the posts changed since its last read (app/api/debate/[assignmentId]/board, decided by
 * the same read model as the page) and merges them (lib/debate/board-changes.ts). A change merging cannot
 * show (a phase, the board's settings, a withdrawn post, a reconnect after missed events) re-renders the page
 * as before, which brings a whole new board. A failed request does the same.
 */
export function LiveBoard({
  assignmentId,
  initial,
  deadlines,
  children,
}: {
  assignmentId: string;
  /** The board as the server rendered it. */
  initial: BoardState;
  deadlines: string[];
  children: ReactNode;
}) {
  const t = useTranslations("debate");
  const router = useRouter();
  const [state, setState] = useState(initial);
  // The board as the page holds it now, kept in step with every change of `state` below, so an answer that
  // arrives after a re-render is merged into the re-render's board (and dropped if read before it).
  const latest = useRef(state);
  const hold = (next: BoardState) => {
    latest.current = next;
    setState(next);
  };
  // A re-render of the page brings a whole board: newer than ours unless changes overtook it (takeRender).
  const renderAsked = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: hold only sets the ref and the state; sync is paced
  useEffect(() => {
    const take = takeRender(latest.current, initial, renderAsked.current);
    if (take === "keep") return;
    renderAsked.current = false;
    hold(initial);
    if (take === "takeAndCatchUp") sync();
  }, [initial]);
  const rerender = () => {
    renderAsked.current = true;
    router.refresh();
  };

  const wholeView = useRef(false);
  const sync = usePaced(async () => {
    if (wholeView.current) {
      wholeView.current = false;
      rerender();
      return;
    }
    const changes = await fetchChanges(assignmentId, latest.current.seq);
    // Merged into what the page holds now: a re-render may have come while this was on its way.
    const merged = changes ? mergeChanges(latest.current, changes) : "reload";
    if (merged === "reload") rerender();
    else hold(merged);
  });
  const connected = useBoardStream(assignmentId, initial.seq, (kind) => {
    // A closed board is quiet, and its summary is rendered by the server: every change re-renders it.
    if (WHOLE_VIEW_EVENTS.has(kind) || latest.current.phase === "closed") wholeView.current = true;
    sync();
  });
  useDeadlineRefresh(deadlines);
  return (
    <LiveBoardContext.Provider value={state}>
      <LiveState connected={connected} label={connected ? t("live") : t("liveReconnecting")} />
      {children}
    </LiveBoardContext.Provider>
  );
}

/** The changes after `since`, or null when they could not be had (the page then re-renders instead). */
async function fetchChanges(assignmentId: string, since: number): Promise<BoardChangesJson | null> {
  try {
    const response = await fetch(`/api/debate/${assignmentId}/board?since=${since}`, { cache: "no-store" });
    return response.ok ? ((await response.json()) as BoardChangesJson) : null;
  } catch {
    return null;
  }
}
