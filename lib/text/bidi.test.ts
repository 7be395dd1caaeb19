import { describe, expect, it } from "vitest";
import { closeBidiControls, withoutBidiControls } from "./bidi";

const RLO = "\u202E";
const PDF = "\u202C";
const RLI = "\u2067";
const PDI = "\u2069";

describe("bidirectional controls", () => {
  it("are taken out of names and addresses", () => {
    expect(withoutBidiControls(`photo${RLO}gnp.exe`)).toBe("photognp.exe");
    expect(withoutBidiControls("陳\u200F小明\u2066")).toBe("陳小明");
    expect(withoutBidiControls("王老師")).toBe("王老師");
  });

  it("are closed at the end of each line of running text, and stray closers dropped", () => {
    expect(closeBidiControls(`看這裡 ${RLO}gnp.exe`)).toBe(`看這裡 ${RLO}gnp.exe${PDF}`);
    expect(closeBidiControls(`a${RLO}b\nc`)).toBe(`a${RLO}b${PDF}\nc`);
    expect(closeBidiControls(`${PDF}a${PDI}`)).toBe("a");
    // A PDI ends the embeddings inside its isolate; closers come back in the order they must.
    expect(closeBidiControls(`${RLI}a${RLO}b${PDI}c`)).toBe(`${RLI}a${RLO}b${PDI}c`);
    expect(closeBidiControls(`${RLI}a${RLO}b`)).toBe(`${RLI}a${RLO}b${PDF}${PDI}`);
    expect(closeBidiControls(`${RLI}a${PDF}b`)).toBe(`${RLI}ab${PDI}`);
  });

  it("leave balanced and ordinary text as it was", () => {
    for (const text of ["美國為何晶片鬆口？", `a${RLO}b${PDF}c`, `x${RLI}שלום${PDI}y\r\nz`, "\u200F"])
      expect(closeBidiControls(text)).toBe(text);
  });
});
