"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { type RefObject, useEffect, useState } from "react";

/**
 * Once an account-creating action succeeds, sign in with the credentials just submitted and go home.
 * Returns true while that is under way, so the button stays disabled.
 */
export function useSignInAfter(succeeded: boolean, submitted: RefObject<FormData | null>, loginField: string) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const data = submitted.current;
    if (!succeeded || !data) return;
    setBusy(true);
    signIn("credentials", { login: data.get(loginField), password: data.get("password"), redirect: false }).then(
      (result) => {
        router.replace(result?.ok ? "/home" : "/sign-in");
        router.refresh();
      },
    );
  }, [succeeded, submitted, loginField, router]);
  return busy;
}
