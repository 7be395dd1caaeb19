"use client";

import { useEffect, useEffectEvent, useState } from "react";
import { useTranslations } from "@/components/use-translations";

/**
 * Minutes left on a timed attempt, updated every 15 s (screen readers are not interrupted by it). When time
 * is up the attempt is submitted with what was saved; the server enforces the limit either way.
 */
export function TimeLeft({ deadline, onExpired }: { deadline: string; onExpired: () => void }) {
  const t = useTranslations("quiz");
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, []);
  const expired = now >= new Date(deadline).getTime();
  // Only when time runs out, not each time the parent passes a new onExpired.
  const expire = useEffectEvent(onExpired);
  useEffect(() => {
    if (expired) expire();
  }, [expired]);
  const minutes = Math.max(0, Math.ceil((new Date(deadline).getTime() - now) / 60_000));
  return <p className="time-left">{t("timeLeft", { minutes })}</p>;
}
