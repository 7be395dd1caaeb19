/** Which items a quiz asks (lib/quiz/selection.ts); apart so the teacher's form can list them in the browser. */
export const ITEM_SELECTIONS = ["all", "chosen", "random"] as const;
export type ItemSelection = (typeof ITEM_SELECTIONS)[number];
