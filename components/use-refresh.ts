import { useRouter } from "next/router";
import { useCallback } from "react";

/** Fetches the page's props again (getServerSideProps) and re-renders in place, keeping the scroll position. */
export function useRefresh(): () => Promise<boolean> {
  const router = useRouter();
  return useCallback(() => router.replace(router.asPath, undefined, { scroll: false }), [router]);
}
