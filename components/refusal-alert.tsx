import { useRouter } from "next/router";
import { useEffect, useEffectEvent, useRef } from "react";

/**
 * Why a plain form post changed nothing (a Pages Router page gets it as `?refused=`, see lib/http/routes.ts).
 * Focus moves to it, so a screen reader says it on arrival, and the address drops `refused`, so a reload
 * or a later refresh of the page does not say it again.
 */
export function RefusalAlert({ text }: { text: string }) {
  const router = useRouter();
  const alert = useRef<HTMLParagraphElement>(null);
  const arrive = useEffectEvent(() => {
    alert.current?.focus();
    const { refused: _, ...query } = router.query;
    void router.replace({ pathname: router.pathname, query }, undefined, { shallow: true, scroll: false });
  });
  // Once, on arrival.
  useEffect(() => arrive(), []);
  return (
    <p ref={alert} tabIndex={-1} className="form-error" role="alert">
      {text}
    </p>
  );
}
