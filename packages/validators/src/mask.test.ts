import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeResidentId } from "./generate.ts";
import { maskName, maskPhone, maskResidentId } from "./mask.ts";

const len = (s: string) => Array.from(s).length;
const digits = (n: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: n, maxLength: n });
const idShapeArb = fc.tuple(digits(17), fc.constantFrom(..."0123456789Xx")).map(([a, b]) => a + b);
const mobileArb = fc.tuple(fc.constantFrom(..."3456789"), digits(9)).map(([b, rest]) => `1${b}${rest}`);
// Arbitrary strings including non-BMP characters.
const anyString = fc.string({ unit: "grapheme", maxLength: 30 });

describe("mask — examples", () => {
  it("maskResidentId keeps the first 3 and last 4", () => {
    expect(maskResidentId("320102199001011234")).toBe("320***********1234");
    expect(maskResidentId("11010519491231002x")).toBe("110***********002x");
    expect(maskResidentId(makeResidentId("320206", "1990-01-01", 1))).toMatch(/^320\*{11}\d{4}$/);
  });

  it("maskPhone keeps the first 3 and last 4", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
  });

  it("maskName keeps the first character", () => {
    expect(maskName("张三丰")).toBe("张**");
    expect(maskName("李四")).toBe("李*");
    expect(maskName("𠀾小明")).toBe("𠀾**"); // non-BMP first character stays whole
    expect(maskName("张")).toBe("*"); // one character would otherwise be fully revealed
    expect(maskName("")).toBe("");
  });

  it("malformed values are masked entirely, same length", () => {
    expect(maskResidentId("32010219900101123")).toBe("*".repeat(17));
    expect(maskResidentId(" 320102199001011234")).toBe("*".repeat(19));
    expect(maskResidentId("320102-1990-0101-1234")).toBe("*".repeat(21));
    expect(maskPhone("12812345678")).toBe("*".repeat(11));
    expect(maskPhone("+8613812345678")).toBe("*".repeat(14));
    expect(maskPhone("138 1234 5678")).toBe("*".repeat(13));
    expect(maskPhone("")).toBe("");
  });
});

describe("mask — properties", () => {
  it("well-formed resident IDs: same length, first 3 and last 4 kept, middle hidden", () => {
    fc.assert(
      fc.property(idShapeArb, (id) => {
        const m = maskResidentId(id);
        expect(m).toHaveLength(id.length);
        expect(m.slice(0, 3)).toBe(id.slice(0, 3));
        expect(m.slice(-4)).toBe(id.slice(-4));
        expect(m.slice(3, -4)).toBe("*".repeat(11));
      }),
    );
  });

  it("well-formed phones: same length, first 3 and last 4 kept, middle hidden", () => {
    fc.assert(
      fc.property(mobileArb, (p) => {
        expect(maskPhone(p)).toBe(`${p.slice(0, 3)}****${p.slice(-4)}`);
      }),
    );
  });

  it("names: same length, everything after the first character hidden", () => {
    fc.assert(
      fc.property(anyString, (name) => {
        const m = maskName(name);
        const chars = Array.from(m);
        expect(chars).toHaveLength(len(name));
        if (chars.length >= 2) expect(chars[0]).toBe(Array.from(name)[0]);
        expect(chars.slice(1).every((c) => c === "*")).toBe(true);
        if (chars.length === 1) expect(m).toBe("*");
      }),
    );
  });

  it("any string: masks keep length and either follow the pattern or hide everything", () => {
    fc.assert(
      fc.property(fc.oneof(anyString, idShapeArb, mobileArb), (s) => {
        for (const [mask, head, tail] of [
          [maskResidentId, 3, 4],
          [maskPhone, 3, 4],
        ] as const) {
          const m = mask(s);
          expect(len(m)).toBe(len(s));
          const allHidden = /^\**$/.test(m);
          const partial =
            s.length > head + tail && m === s.slice(0, head) + "*".repeat(s.length - head - tail) + s.slice(s.length - tail);
          expect(allHidden || partial).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
