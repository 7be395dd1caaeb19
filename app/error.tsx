"use client";

/**
 * Unexpected failures land here, with the digest that matches the server's log line. It is the one page
 * that cannot rely on anything else working, so its text is fixed and in both languages.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="narrow">
      <h1 lang="zh-Hant">發生了未預期的錯誤</h1>
      <p lang="zh-Hant" role="alert">
        請再試一次;若持續發生,請告訴老師或管理員。
      </p>
      <p lang="en">
        Something unexpected went wrong. Please try again; if it keeps happening, tell your teacher or administrator.
      </p>
      {error.digest && <p className="muted">Error id / 錯誤代碼: {error.digest}</p>}
      <button type="button" className="button" onClick={reset}>
        再試一次 / Try again
      </button>
    </section>
  );
}
