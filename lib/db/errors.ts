/** True for a unique-constraint violation (P2002), whichever generated client threw it. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** True for a foreign-key violation (P2003): the row referred to is gone (deleted meanwhile). */
export function isForeignKeyViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2003";
}
