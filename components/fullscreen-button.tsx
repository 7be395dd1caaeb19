"use client";

/**
 * Puts one element (by id) full screen, as a projector wants it: the page's header and controls stay behind.
 * Esc brings the page back. Browsers without the Fullscreen API get a button that does nothing harmful.
 */
export function FullscreenButton({ targetId, label }: { targetId: string; label: string }) {
  return (
    <button
      type="button"
      className="button"
      onClick={() =>
        document
          .getElementById(targetId)
          ?.requestFullscreen?.()
          .catch(() => undefined)
      }
    >
      {label}
    </button>
  );
}
