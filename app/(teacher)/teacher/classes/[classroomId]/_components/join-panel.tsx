"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";

type Props = { joinCode: string; joinUrl: string | null; children: React.ReactNode };

/**
 * How students get into the class: the code, the full link with a copy button, the QR code (`children`, drawn
 * on the server), and a button that fills the projector with all three (the panel alone goes full screen;
 * Esc brings the page back).
 */
export function JoinPanel({ joinCode, joinUrl, children }: Props) {
  const t = useTranslations("classPage");
  const panel = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  async function copy() {
    if (!joinUrl) return;
    try {
      await navigator.clipboard.writeText(joinUrl);
      setCopied("yes");
    } catch {
      // No clipboard (an http address other than localhost, or permission refused): the link is there to select.
      setCopied("failed");
    }
  }

  return (
    <section ref={panel} className="join-panel" aria-labelledby="join-heading">
      <h2 id="join-heading">{t("joinTitle")}</h2>
      <div className="join-panel-body">
        <dl className="facts">
          <dt>{t("joinCode")}</dt>
          <dd>
            <strong className="join-code">{joinCode}</strong>
          </dd>
          <dt>{t("joinLink")}</dt>
          <dd>
            <code className="join-url">{joinUrl ?? `/join?code=${joinCode}`}</code>
          </dd>
        </dl>
        {children}
      </div>
      <p className="button-row">
        {joinUrl && (
          <button type="button" className="button" onClick={copy}>
            {t("copyLink")}
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => panel.current?.requestFullscreen?.().catch(() => undefined)}
        >
          {t("projectCode")}
        </button>
      </p>
      <p role="status" className="form-status">
        {copied === "yes" ? t("linkCopied") : copied === "failed" ? t("copyFailed") : ""}
      </p>
    </section>
  );
}
