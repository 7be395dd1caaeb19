"use client";

import { useEffect, useEffectEvent, useRef, useState } from "react";
import { postJson } from "@/components/post-json";
import { useRefresh } from "@/components/use-refresh";
import { useTranslations } from "@/components/use-translations";
import type { ErrorKey } from "@/lib/actions/result";
import type { RunnerProps } from "@/lib/quiz/quiz-page-props";
import { QuizArticle } from "./quiz-article";
import { QuizItemScreen } from "./quiz-item-screen";
import { QuizNav } from "./quiz-nav";
import { QuizReview, SubmitDialog } from "./quiz-review";
import { QuizStatusBar } from "./quiz-status-bar";
import { useAnswerSync } from "./use-answer-sync";
import { useQuizAnswers } from "./use-quiz-answers";

function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object")
    return Boolean((value as { type?: string; verdict?: string }).type && (value as { verdict?: string }).verdict);
  return true;
}

/**
 * Taking the quiz: one item per screen, free navigation, every answer saved as it is given (useQuizAnswers,
 * useAnswerSync), a review screen listing unanswered items, and an explicit, confirmed submit.
 */
export function QuizRunner({ attemptId, items, paragraphs, saved, deadline, articleUrl, readerHref }: RunnerProps) {
  const t = useTranslations("quiz");
  const refresh = useRefresh();
  const sync = useAnswerSync(attemptId);
  const { values, change, finishTyping, changedElsewhere } = useQuizAnswers(saved, sync);
  const [index, setIndex] = useState(0);
  const [articleOpen, setArticleOpen] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<ErrorKey | "notAllSaved" | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const moved = useRef(false);

  // The new item's heading takes focus after a move (not on arrival), so a screen reader starts there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `index` is the trigger: the heading is the same element for every item
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [index]);

  // An attempt the server has ended: show what was handed in; with time up, hand in what is saved.
  const onFinalRefusal = useEffectEvent((refusal: ErrorKey | null) => {
    if (refusal === "alreadySubmitted" || refusal === "quizClosed") void refresh();
    if (refusal === "timeUp") void submit();
  });
  useEffect(() => onFinalRefusal(sync.finalError), [sync.finalError]);

  function go(to: number) {
    finishTyping();
    moved.current = true;
    setIndex(Math.max(0, Math.min(items.length, to)));
  }

  async function submit() {
    finishTyping();
    setSubmitting(true);
    setSubmitError(null);
    const allSaved = await sync.flush();
    if (!allSaved && sync.finalError !== "timeUp") {
      setSubmitting(false);
      setSubmitError("notAllSaved");
      return;
    }
    try {
      const result = await postJson("/api/quiz/submit", { attemptId });
      // "quizClosed": the due date passed, and the server handed in what was saved by then: show that.
      if (result.ok || result.formError === "alreadySubmitted" || result.formError === "quizClosed") {
        sync.clear();
        dialog.current?.close();
        await refresh();
        return;
      }
      setSubmitError(result.formError ?? "unexpected");
    } catch {
      setSubmitError("network");
    }
    setSubmitting(false);
  }

  // An answer the server refused is not on the server: it is listed as unanswered and never shown as saved.
  const refused = (itemId: string) => Boolean(sync.itemErrors[itemId]);
  const answered = (itemId: string) => isAnswered(values[itemId]) && !refused(itemId);
  const unanswered = items.flatMap((item, i) => (answered(item.id) ? [] : [i]));
  const item = items[index];

  // A "find the evidence" item can also be answered by clicking (tapping) the paragraph in the article beside it.
  const picking = item?.type === "paragraph" ? item : null;
  const picked = picking ? values[picking.id] : undefined;

  /** The click-to-pick path is for pointers; the radio list under the item is the same choice for keyboards and screen readers. */
  function pickInArticle(event: React.MouseEvent) {
    if (!picking) return;
    const id = (event.target as HTMLElement).closest<HTMLElement>("[data-pid]")?.dataset.pid;
    if (id && paragraphs.some((p) => p.id === id)) change(picking.id, id, "now");
  }

  return (
    <div className={articleOpen ? "quiz-layout article-open" : "quiz-layout"}>
      <div className="quiz-main">
        <QuizStatusBar
          place={item ? t("progress", { n: index + 1, total: items.length }) : t("reviewTitle")}
          total={items.length}
          answeredCount={items.length - unanswered.length}
          pendingCount={Object.keys(sync.pending).length}
          refusedCount={items.filter((i) => refused(i.id)).length}
          offline={sync.offline}
          deadline={deadline}
          onTimeUp={() => void submit()}
          articleOpen={articleOpen}
          onToggleArticle={() => setArticleOpen((o) => !o)}
        />
        <QuizNav itemIds={items.map((i) => i.id)} index={index} answered={answered} onGo={go} />
        {item ? (
          <QuizItemScreen
            item={item}
            index={index}
            total={items.length}
            headingRef={heading}
            value={values[item.id]}
            paragraphs={paragraphs}
            refusal={sync.itemErrors[item.id]}
            changedElsewhere={Boolean(changedElsewhere[item.id])}
            pending={Boolean(sync.pending[item.id])}
            offline={sync.offline}
            answered={answered(item.id)}
            onChange={(v, when) => change(item.id, v, when)}
            onLeave={finishTyping}
            onGo={go}
          />
        ) : (
          <QuizReview
            headingRef={heading}
            unanswered={unanswered}
            onGo={go}
            onSubmit={() => dialog.current?.showModal()}
          />
        )}
        <SubmitDialog
          dialogRef={dialog}
          unanswered={unanswered}
          error={submitError}
          submitting={submitting}
          onConfirm={() => void submit()}
        />
      </div>

      {/* biome-ignore lint/a11y/useKeyWithClickEvents: clicking a paragraph is a shortcut for the mouse; the item's own radio list is the keyboard and screen-reader way to pick one */}
      <aside
        id="quiz-article"
        className={picking ? "quiz-article picking" : "quiz-article"}
        aria-label={t("article")}
        onClick={pickInArticle}
      >
        <QuizArticle
          url={articleUrl}
          readerHref={readerHref}
          picked={typeof picked === "string" ? picked : undefined}
        />
      </aside>
    </div>
  );
}
