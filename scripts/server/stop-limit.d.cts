/** Types for stop-limit.cjs. */
export function stopLimitMs(value: string | undefined): number;
