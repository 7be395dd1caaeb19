import { getTranslations } from "next-intl/server";
import type { ScoreBucket } from "@/lib/quiz/results";

const HEIGHT = 120;
const BAR = 24;
const GAP = 8;
// Room on the left for the count axis's title, and below for the score ticks and the score axis's title.
const LEFT = 18;
const BELOW = 56;

/**
 * The distribution as a server-drawn SVG (no chart library, nothing to load). Screen readers get the
 * chart's summary as its name, and everyone can open the same counts as a table.
 */
export async function ScoreChart({ buckets }: { buckets: ScoreBucket[] }) {
  const t = await getTranslations("quizResults");
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  if (total === 0) return <p>{t("distributionEmpty")}</p>;
  const highest = Math.max(...buckets.map((b) => b.count));
  const range = (b: ScoreBucket) => t("bucketRange", { from: b.from, to: b.to });
  const summary = t("distributionSummary", {
    count: total,
    buckets: buckets
      .filter((b) => b.count > 0)
      .map((b) => t("bucketSummary", { range: range(b), count: b.count }))
      .join(t("bucketSeparator")),
  });
  const width = LEFT + buckets.length * (BAR + GAP) + GAP;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${width} ${HEIGHT + BELOW}`}
        style={{ width: "100%", maxWidth: "36rem", height: "auto" }}
      >
        <line x1={LEFT} x2={width} y1={HEIGHT + 20} y2={HEIGHT + 20} stroke="currentColor" strokeWidth={1} />
        <line x1={LEFT} x2={LEFT} y1={12} y2={HEIGHT + 20} stroke="currentColor" strokeWidth={1} />
        <text
          x={-(HEIGHT + 20) / 2 - 6}
          y={11}
          transform="rotate(-90)"
          textAnchor="middle"
          fontSize={9}
          fill="currentColor"
        >
          {t("axisStudents")}
        </text>
        <text x={LEFT + (width - LEFT) / 2} y={HEIGHT + 50} textAnchor="middle" fontSize={9} fill="currentColor">
          {t("axisScore")}
        </text>
        {buckets.map((b, i) => {
          const x = LEFT + GAP + i * (BAR + GAP);
          const h = Math.round((b.count / highest) * HEIGHT);
          return (
            <g key={b.from}>
              <rect x={x} y={HEIGHT + 20 - h} width={BAR} height={h} style={{ fill: "var(--accent)" }} />
              {b.count > 0 && (
                <text x={x + BAR / 2} y={HEIGHT + 16 - h} textAnchor="middle" fontSize={10} fill="currentColor">
                  {b.count}
                </text>
              )}
              <text x={x + BAR / 2} y={HEIGHT + 34} textAnchor="middle" fontSize={9} fill="currentColor">
                {b.from}
              </text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{t("distributionTable")}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("bucket")}</th>
              <th scope="col">{t("students")}</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.from}>
                <th scope="row">{range(b)}</th>
                <td>{b.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
