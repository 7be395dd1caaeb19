"use client";

import { useTranslations } from "@/components/use-translations";
import { CLAIM_TYPES, VERDICTS } from "@/lib/quiz/items";
import type { RunnerProps } from "@/lib/quiz/quiz-page-props";

type RunnerItem = RunnerProps["items"][number];
type RunnerParagraph = RunnerProps["paragraphs"][number];

export const SHORT_MAX = 5000;

/** "now": save at once; "soon": save when typing pauses or the field is left; "never": not a whole answer yet. */
export type SaveWhen = "now" | "soon" | "never";

type Props = {
  item: RunnerItem;
  value: unknown;
  paragraphs: RunnerParagraph[];
  onChange: (value: unknown, when: SaveWhen) => void;
  onLeave: () => void;
};

/** The controls for one item, by type. Every control is a native input with a label. */
export function ItemInput({ item, value, paragraphs, onChange, onLeave }: Props) {
  const onAnswer = (v: unknown) => onChange(v, "now");
  const t = useTranslations("quiz");
  const name = `answer-${item.id}`;
  switch (item.type) {
    case "single":
      return (
        <div className="choices">
          {item.options!.map((o) => (
            <label key={o.key} className="choice">
              <input type="radio" name={name} checked={value === o.key} onChange={() => onAnswer(o.key)} />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
      );
    case "multiple": {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <div className="choices">
          <p className="hint">{t("multipleHint")}</p>
          {item.options!.map((o) => (
            <label key={o.key} className="choice">
              <input
                type="checkbox"
                checked={chosen.includes(o.key)}
                onChange={(e) => onAnswer(e.target.checked ? [...chosen, o.key] : chosen.filter((k) => k !== o.key))}
              />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
      );
    }
    case "true_false":
      return (
        <div className="choices">
          {([true, false] as const).map((v) => (
            <label key={String(v)} className="choice">
              <input type="radio" name={name} checked={value === v} onChange={() => onAnswer(v)} />
              <span>{v ? t("true") : t("false")}</span>
            </label>
          ))}
        </div>
      );
    case "classify": {
      const current = (value ?? {}) as { type?: string; verdict?: string };
      // Saved once both halves are chosen: the server only accepts a whole classification.
      const choose = (part: "type" | "verdict", v: string) => {
        const next = { ...current, [part]: v };
        onChange(next, next.type && next.verdict ? "now" : "never");
      };
      return (
        <div className="classify">
          <p className="hint">{t("classifyHint")}</p>
          <fieldset>
            <legend>{t("claimTypeLegend")}</legend>
            {CLAIM_TYPES.map((c) => (
              <label key={c} className="choice">
                <input
                  type="radio"
                  name={`${name}-type`}
                  checked={current.type === c}
                  onChange={() => choose("type", c)}
                />
                <span>{t(`claimType.${c}`)}</span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t("verdictLegend")}</legend>
            {VERDICTS.map((v) => (
              <label key={v} className="choice">
                <input
                  type="radio"
                  name={`${name}-verdict`}
                  checked={current.verdict === v}
                  onChange={() => choose("verdict", v)}
                />
                <span>{t(`verdict.${v}`)}</span>
              </label>
            ))}
          </fieldset>
        </div>
      );
    }
    case "paragraph":
      return (
        <div className="choices paragraph-pick">
          <p className="hint">{t("paragraphHint")}</p>
          {paragraphs.map((p) => (
            <label key={p.id} className="choice">
              <input type="radio" name={name} checked={value === p.id} onChange={() => onAnswer(p.id)} />
              <span>
                <b>{t("paragraphNumber", { n: p.position })}</b> {p.text}
              </span>
            </label>
          ))}
        </div>
      );
    case "short": {
      const text = typeof value === "string" ? value : "";
      return (
        <div className="field">
          <label htmlFor={`${name}-text`}>{t("shortLabel")}</label>
          <textarea
            id={`${name}-text`}
            rows={8}
            maxLength={SHORT_MAX}
            value={text}
            aria-describedby={`${name}-count`}
            onChange={(e) => onChange(e.target.value, "soon")}
            onBlur={onLeave}
          />
          <p id={`${name}-count`} className="hint">
            {t("charCount", { count: text.length, max: SHORT_MAX })}
          </p>
        </div>
      );
    }
  }
}
