"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { postJson } from "@/components/post-json";
import { useRefresh } from "@/components/use-refresh";
import type { ErrorKey } from "@/lib/actions/result";
import { mergeWithSaved } from "@/lib/quiz/answer-queue";
import type { RunnerProps } from "@/lib/quiz/quiz-page";
import { ItemInput, type SaveWhen } from "./item-input";
import { QuizArticle } from "./quiz-article";
import { TimeLeft } from "./time-left";
import { useAnswerSync } from "./use-answer-sync";

const TYPING_PAUSE_MS = 800;

function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object")
    return Boolean((value as { type?: string; verdict?: string }).type && (value as { verdict?: string }).verdict);
  return true;
}

/**
 * Taking the quiz: one item per screen, free navigation, every answer saved as it is given (see
 * useAnswerSync), a review screen listing unanswered items, and an explicit, confirmed submit.
 */
export function QuizRunner({ attemptId, items, paragraphs, saved, deadline, articleUrl, readerHref }: RunnerProps) {
  const t = useTranslations("quiz");
  const tErrors = useTranslations("errors");
  const refresh = useRefresh();
  const sync = useAnswerSync(attemptId);
  const [values, setValues] = useState<Record<string, unknown>>(() =>
    Object.fromEntries(Object.entries(saved).map(([k, v]) => [k, v.value])),
  );
  const valuesRef = useRef(values);
  const seqs = useRef<Record<string, number>>(Object.fromEntries(Object.entries(saved).map(([k, v]) => [k, v.seq])));
  const [index, setIndex] = useState(0);
  const [articleOpen, setArticleOpen] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<ErrorKey | "notAllSaved" | null>(null);
  const typing = useRef<{ itemId: string; timer: number } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    const merged = mergeWithSaved(saved, sync.stored());
    seqs.current = merged.seqs;
    valuesRef.current = merged.values;
    setValues(merged.values);
    sync.restore(merged.pending);
    // Only on arrival: later changes come from the student.
  }, []);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [index]);

  useEffect(() => {
    if (sync.finalError === "alreadySubmitted" || sync.finalError === "quizClosed") void refresh();
    if (sync.finalError === "timeUp") void submit();
    // Reacts to a new refusal only; submit() reads the latest state itself.
  }, [sync.finalError]);

  function save(itemId: string, value: unknown) {
    const seq = (seqs.current[itemId] ?? 0) + 1;
    seqs.current[itemId] = seq;
    sync.enqueue(itemId, value, seq);
  }

  function finishTyping() {
    if (!typing.current) return;
    window.clearTimeout(typing.current.timer);
    const { itemId } = typing.current;
    typing.current = null;
    save(itemId, valuesRef.current[itemId] ?? "");
  }

  function change(itemId: string, value: unknown, when: SaveWhen) {
    valuesRef.current = { ...valuesRef.current, [itemId]: value };
    setValues(valuesRef.current);
    if (when === "now") save(itemId, value);
    if (when === "soon") {
      if (typing.current && typing.current.itemId !== itemId) finishTyping();
      if (typing.current) window.clearTimeout(typing.current.timer);
      typing.current = { itemId, timer: window.setTimeout(finishTyping, TYPING_PAUSE_MS) };
    }
  }

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
  const unanswered = items.map((item, i) => ({ item, i })).filter(({ item }) => !answered(item.id));
  const pendingCount = Object.keys(sync.pending).length;
  const refusedCount = items.filter((i) => refused(i.id)).length;
  const item = items[index];
  const itemError = item && sync.itemErrors[item.id];
  const onReview = index === items.length;
  const [answeredLabel, notAnsweredLabel] = [t("answered"), t("notAnswered")];

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
        <div className="quiz-bar">
          <p>{onReview ? t("reviewTitle") : t("progress", { n: index + 1, total: items.length })}</p>
          <progress
            max={items.length}
            value={items.length - unanswered.length}
            aria-label={t("answeredCount", { count: items.length - unanswered.length, total: items.length })}
          />
          <p role="status" className={pendingCount || refusedCount ? "save-state pending" : "save-state"}>
            {pendingCount > 0
              ? sync.offline
                ? t(sync.offline === "server" ? "serverPending" : "offlinePending", { count: pendingCount })
                : t("saving")
              : refusedCount > 0
                ? t("someRefused", { count: refusedCount })
                : t("allSaved")}
          </p>
          {deadline && <TimeLeft deadline={deadline} onExpired={() => void submit()} />}
          <button
            type="button"
            className="button small article-toggle"
            aria-expanded={articleOpen}
            aria-controls="quiz-article"
            onClick={() => setArticleOpen((o) => !o)}
          >
            {articleOpen ? t("hideArticle") : t("showArticle")}
          </button>
        </div>

        <nav aria-label={t("itemsNav")} className="quiz-nav">
          <ol>
            {items.map((it, i) => (
              <li key={it.id}>
                <button
                  type="button"
                  className={answered(it.id) ? "answered" : undefined}
                  aria-current={i === index ? "step" : undefined}
                  onClick={() => go(i)}
                >
                  {i + 1}
                  <span className="visually-hidden">{answered(it.id) ? answeredLabel : notAnsweredLabel}</span>
                </button>
              </li>
            ))}
            <li>
              <button type="button" aria-current={onReview ? "step" : undefined} onClick={() => go(items.length)}>
                {t("reviewTitle")}
              </button>
            </li>
          </ol>
        </nav>

        {item ? (
          <section className="quiz-item" aria-labelledby="item-heading">
            <h2 id="item-heading" tabIndex={-1} ref={heading}>
              {t("itemHeading", { n: index + 1, points: item.points })}
            </h2>
            <fieldset>
              <legend className="prompt">{item.prompt}</legend>
              <ItemInput
                item={item}
                value={values[item.id]}
                paragraphs={paragraphs}
                onChange={(v, when) => change(item.id, v, when)}
                onLeave={finishTyping}
              />
            </fieldset>
            {itemError && (
              <p className="form-error" role="alert">
                {tErrors(itemError)}
              </p>
            )}
            <p className="hint">
              {sync.pending[item.id]
                ? sync.offline
                  ? t(sync.offline === "server" ? "itemNotSavedServer" : "itemNotSaved")
                  : t("saving")
                : answered(item.id)
                  ? t("itemSaved")
                  : ""}
            </p>
            <div className="button-row">
              <button type="button" className="button" onClick={() => go(index - 1)} disabled={index === 0}>
                {t("previous")}
              </button>
              <button type="button" className="button primary" onClick={() => go(index + 1)}>
                {index === items.length - 1 ? t("toReview") : t("next")}
              </button>
            </div>
          </section>
        ) : (
          <section className="quiz-item" aria-labelledby="item-heading">
            <h2 id="item-heading" tabIndex={-1} ref={heading}>
              {t("reviewTitle")}
            </h2>
            {unanswered.length === 0 ? (
              <p>{t("allAnswered")}</p>
            ) : (
              <>
                <p>{t("unansweredIntro", { count: unanswered.length })}</p>
                <ul className="unanswered">
                  {unanswered.map(({ i }) => (
                    <li key={i}>
                      <button type="button" className="link-button" onClick={() => go(i)}>
                        {t("goToItem", { n: i + 1 })}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <button type="button" className="button primary" onClick={() => dialog.current?.showModal()}>
              {t("submit")}
            </button>
          </section>
        )}

        <dialog ref={dialog} aria-labelledby="confirm-heading" className="confirm-dialog">
          <h2 id="confirm-heading">{t("confirmTitle")}</h2>
          <p>{unanswered.length ? t("confirmUnanswered", { count: unanswered.length }) : t("confirmAllAnswered")}</p>
          {unanswered.length > 0 && <p>{t("unansweredList", { list: unanswered.map(({ i }) => i + 1).join("、") })}</p>}
          <p>{t("confirmFinal")}</p>
          {submitError && (
            <p className="form-error" role="alert">
              {submitError === "notAllSaved" ? t("notAllSaved") : tErrors(submitError)}
            </p>
          )}
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              aria-disabled={submitting}
              onClick={() => !submitting && void submit()}
            >
              {submitting ? t("submitting") : t("confirmSubmit")}
            </button>
            <button type="button" className="button" onClick={() => dialog.current?.close()}>
              {t("cancel")}
            </button>
          </div>
        </dialog>
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
