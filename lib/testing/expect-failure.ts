import { expect } from "vitest";
import { ExpectedError } from "@/lib/errors";

/** Asserts that a data-layer call failed the expected way: fail(key, field), not a crash. */
export async function expectFailure(promise: Promise<unknown>, key: string, field?: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExpectedError);
  expect(error).toMatchObject({ key, field });
}
