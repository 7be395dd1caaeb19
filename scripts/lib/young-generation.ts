// The server processes' young generation: V8 allocates each request's short-lived objects (props, React's
// chunks, rows) there and collects it often. Doubled from V8's 16 MB default, a page burst spends less time in
// those collections: the reader served ≈ 15% more pages a second, and its p99 under saturation fell from ≈ 1 s
// to ≈ 0.3–0.5 s (measured 2026-12-06, `npm run bench:reader`; docs/decisions/0051). Costs up to ≈ 50 MB more
// memory a process.
const SEMI_SPACE_MB = 32;

/** Node's flag for it, unless NODE_OPTIONS already sets one (the administrator's choice wins). */
export function youngGeneration(nodeOptions: string | undefined): string[] {
  return /--max-semi-space-size\b/.test(nodeOptions ?? "") ? [] : [`--max-semi-space-size=${SEMI_SPACE_MB}`];
}
