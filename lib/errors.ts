import type { ErrorKey } from "@/lib/actions/result";

/**
 * An expected failure (bad join code, name taken…). `key` is a message key of the "errors" namespace;
 * `field` names the form field to show it beside. The action wrapper turns it into a result value;
 * anything else thrown is unexpected and goes to error.tsx.
 */
export class ExpectedError extends Error {
  constructor(
    readonly key: ErrorKey,
    readonly field?: string,
  ) {
    super(field ? `${field}: ${key}` : key);
  }
}

export function fail(key: ErrorKey, field?: string): never {
  throw new ExpectedError(key, field);
}
