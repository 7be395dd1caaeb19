import type { ShownSegment } from "@/lib/readings/reader-view";

/**
 * A segment's text. A Simplified phrase that stands for original words of another length or meaning
 * (記憶體 → 内存) is one element that carries how many units of the original it stands for: the browser
 * counts offsets on the original with it (lib/readings/dom-offsets.ts). Other runs are plain text. The
 * reader's article and the article beside the debate board both render paragraphs with it.
 */
export function ShownText({ segment }: { segment: ShownSegment }) {
  if (!segment.runs.some((r) => r.atomic)) return segment.text;
  return segment.runs.map((r, i) =>
    r.atomic ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: a segment's runs are fixed text in a fixed order
      <span key={i} data-orig-len={r.length}>
        {r.shown}
      </span>
    ) : (
      r.shown
    ),
  );
}
