// How dates are shown, one set for every page, so a time reads the same everywhere (next-intl's format.dateTime).

/** A date and time in running text and tables. */
export const DATE_TIME = { dateStyle: "medium", timeStyle: "short" } as const;

/** In dense lists: the board's posts, the audit trail, the reports queue. */
export const DATE_TIME_SHORT = { dateStyle: "short", timeStyle: "short" } as const;

/** A calendar date on its own (a reading's publication date). */
export const DATE = { dateStyle: "medium" } as const;
