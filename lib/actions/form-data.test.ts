import { describe, expect, it } from "vitest";
import { cleanInput } from "./form-data";

describe("cleanInput", () => {
  it("takes NUL characters out of every string, however deep, and leaves the rest as it is", () => {
    expect(
      cleanInput({ name: "王\u0000同學", note: ["a\u0000b", 3, null], nested: { quote: { text: "\u0000" } }, n: 1 }),
    ).toEqual({ name: "王同學", note: ["ab", 3, null], nested: { quote: { text: "" } }, n: 1 });
    expect(cleanInput("no nul")).toBe("no nul");
  });

  it("passes a file's bytes and other non-plain objects on untouched, NULs and all", () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0, 0]);
    const at = new Date(0);
    const out = cleanInput({ kind: "file", name: "a\u0000.docx", bytes, at }) as Record<string, unknown>;
    expect(out).toEqual({ kind: "file", name: "a.docx", bytes, at });
    expect(out.bytes).toBe(bytes);
  });

  it("closes bidirectional controls in every string but a password, which is checked as typed", () => {
    const override = "\u202E";
    expect(
      cleanInput({
        body: `看 ${override}gnp.exe`,
        notes: [`${override}x`],
        newPassword: `p${override}w`,
        password: override,
      }),
    ).toEqual({
      body: `看 ${override}gnp.exe\u202C`,
      notes: [`${override}x\u202C`],
      newPassword: `p${override}w`,
      password: override,
    });
  });
});
