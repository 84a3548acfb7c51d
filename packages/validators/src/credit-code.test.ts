import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CREDIT_CODE_ALPHABET,
  CREDIT_CODE_AUTHORITY_CODES,
  creditCodeCheckChar,
  validateCreditCode,
} from "./credit-code.ts";
import { ValidatorErrorCode } from "./errors.ts";
import { CREDIT_CODE_SERIAL_LIMIT, makeCreditCode } from "./generate.ts";
import { RESIDENT_ID_PROVINCE_CODES } from "./resident-id.ts";

const alphabetChar = fc.constantFrom(...CREDIT_CODE_ALPHABET);
const digit = fc.constantFrom(..."0123456789");
// Any code the (liberal) structure allows, with its check char computed.
/** A division code of a real province (GB/T 2260's first two digits) and any four digits. */
const divisionArb = fc
  .tuple(fc.constantFrom(...RESIDENT_ID_PROVINCE_CODES), fc.string({ unit: digit, minLength: 4, maxLength: 4 }))
  .map(([province, rest]) => province + rest);
const validCodeArb = fc
  .tuple(
    fc.constantFrom(...CREDIT_CODE_AUTHORITY_CODES),
    alphabetChar,
    divisionArb,
    fc.string({ unit: alphabetChar, minLength: 9, maxLength: 9 }),
  )
  .map(([a, c, div, body]) => {
    const first17 = a + c + div + body;
    return first17 + creditCodeCheckChar(first17);
  });

describe("creditCodeCheckChar — hand-worked examples", () => {
  it("91110000802100433B (a real published code, check char verified by hand)", () => {
    // The brief cited this as a real, public code; the check char below was
    // verified by hand (the owning organisation was not independently verified).
    // chars   9 1 1  1  0  0  0  0  8  0  2  1  0  0  4  3  3
    // values  9 1 1  1  0  0  0  0  8  0  2  1  0  0  4  3  3
    // weights 1 3 9 27 19 26 16 17 20 29 25 13  8 24 10 30 28
    // 9+3+9+27+0+0+0+0+160+0+50+13+0+0+40+90+84 = 485
    // 485 mod 31 = 20 (465 = 15×31); c = 31 - 20 = 11; alphabet[11] = "B"
    expect(creditCodeCheckChar("91110000802100433")).toBe("B");
    expect(validateCreditCode("91110000802100433B")).toEqual({
      ok: true,
      value: "91110000802100433B",
      authority: "9",
      divisionCode: "110000",
    });
  });

  it("c = 31 maps to 0: 91320214000000004 -> 0", () => {
    // 9×1 + 1×3 + 3×9 + 2×27 + 0×19 + 2×26 + 1×16 + 4×17 + 0… + 4×28
    // = 9+3+27+54+0+52+16+68+112 = 341 = 11×31, so 341 mod 31 = 0; c = 31 -> "0"
    expect(creditCodeCheckChar("91320214000000004")).toBe("0");
    expect(validateCreditCode("913202140000000040").ok).toBe(true);
  });

  it("a letter at position 17 is accepted (GB 11714 check not enforced): 9132021400000000A -> J", () => {
    // as above without the final 4×28: 229, plus A(10)×28 = 280 -> 509
    // 509 mod 31 = 13 (496 = 16×31); c = 31 - 13 = 18; alphabet[18] = "J"
    expect(creditCodeCheckChar("9132021400000000A")).toBe("J");
    expect(validateCreditCode("9132021400000000AJ")).toMatchObject({ ok: true, divisionCode: "320214" });
  });

  it("91310000775785552L (also listed in the brief) checks out", () => {
    // values 9,1,3,1,0,0,0,0,7,7,5,7,8,5,5,5,2
    // ×weights: 9,3,27,27,0,0,0,0,140,203,125,91,64,120,50,150,56 = 1065
    // 1065 mod 31 = 11 (1054 = 34×31); c = 20; alphabet[20] = "L"
    expect(creditCodeCheckChar("91310000775785552")).toBe("L");
    expect(validateCreditCode("91310000775785552L")).toMatchObject({ ok: true, divisionCode: "310000" });
  });

  it("lowercase is accepted", () => {
    expect(creditCodeCheckChar("9132021400000000a")).toBe("J");
    expect(validateCreditCode(" 9132021400000000aj ")).toMatchObject({ ok: true, value: "9132021400000000AJ" });
  });

  it("throws on bad input", () => {
    expect(() => creditCodeCheckChar("9132021400000000")).toThrow(RangeError);
    expect(() => creditCodeCheckChar("9132021400000000I")).toThrow(RangeError);
  });
});

describe("validateCreditCode — examples", () => {
  it("the regex character class equals the 31-character alphabet", () => {
    expect(CREDIT_CODE_ALPHABET).toHaveLength(31);
    for (let i = 0; i < 128; i++) {
      const ch = String.fromCharCode(i);
      const code = `91320214${ch.repeat(9)}`;
      const inAlphabet = CREDIT_CODE_ALPHABET.includes(ch);
      if (inAlphabet) {
        expect(validateCreditCode(code + creditCodeCheckChar(code)).ok, JSON.stringify(ch)).toBe(true);
      } else if (!/[a-z]/.test(ch) || !CREDIT_CODE_ALPHABET.includes(ch.toUpperCase())) {
        expect(validateCreditCode(`${code}0`)).toMatchObject({ ok: false, code: "CREDIT_CODE_FORMAT" });
      }
    }
  });

  it("wrong check char", () => {
    expect(validateCreditCode("91110000802100433C")).toEqual({
      ok: false,
      code: ValidatorErrorCode.CREDIT_CODE_CHECK_CHAR,
      message: "统一社会信用代码校验位不正确",
    });
    // "91320214MA1MYDNY5K" circulates as an example but its check char should be L.
    expect(validateCreditCode("91320214MA1MYDNY5K")).toMatchObject({ ok: false, code: "CREDIT_CODE_CHECK_CHAR" });
    expect(creditCodeCheckChar("91320214MA1MYDNY5")).toBe("L");
  });

  it("format errors", () => {
    for (const bad of [
      "",
      "91110000802100433", // 17
      "91110000802100433BB", // 19
      "01110000802100433B", // authority 0
      "B1110000802100433B", // authority B
      "9111A000802100433B", // letter in the division code
      "91110000802100I33B", // I not in alphabet
      "91110000802100O33B",
      "91110000802100S33B",
      "91110000802100V33B",
      "91110000802100Z33B",
      "91110000-802100433", // punctuation
      "９1110000802100433B", // full-width digit
      "91110000802100433ﬀ", // would become "FF" under String#toUpperCase
    ]) {
      expect(validateCreditCode(bad), bad).toMatchObject({ ok: false, code: "CREDIT_CODE_FORMAT", message: expect.stringContaining("统一社会信用代码") });
    }
  });

  it("is liberal about position 2 and accepts every authority code", () => {
    for (const a of CREDIT_CODE_AUTHORITY_CODES) {
      for (const c of CREDIT_CODE_ALPHABET) {
        const first17 = `${a}${c}320214MA1MYDNY5`;
        expect(validateCreditCode(first17 + creditCodeCheckChar(first17)), first17).toMatchObject({ ok: true, authority: a });
      }
    }
  });
});

describe("validateCreditCode — properties", () => {
  it("every generated code validates", () => {
    fc.assert(
      fc.property(validCodeArb, (code) => {
        expect(validateCreditCode(code)).toEqual({ ok: true, value: code, authority: code[0], divisionCode: code.slice(2, 8) });
        expect(validateCreditCode(code.toLowerCase()).ok).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("makeCreditCode produces valid codes with the given division", () => {
    fc.assert(
      fc.property(divisionArb, fc.integer({ min: 0, max: CREDIT_CODE_SERIAL_LIMIT - 1 }), (div, serial) => {
        const code = makeCreditCode(div, serial);
        expect(code).toMatch(/^91/);
        expect(validateCreditCode(code)).toMatchObject({ ok: true, authority: "9", divisionCode: div });
      }),
    );
    // distinct serials give distinct codes
    expect(new Set([0, 1, 30, 31, 961, CREDIT_CODE_SERIAL_LIMIT - 1].map((n) => makeCreditCode("320200", n))).size).toBe(6);
    expect(() => makeCreditCode("32020", 1)).toThrow(RangeError);
    expect(() => makeCreditCode("320200", -1)).toThrow(RangeError);
    expect(() => makeCreditCode("320200", CREDIT_CODE_SERIAL_LIMIT)).toThrow(RangeError);
  });

  it("any single-character substitution is detected by the mod-31 check", () => {
    // Weights are 3^i mod 31 (31 is prime, so all are invertible) and two
    // alphabet values differ by 1..30, so Σ value·weight changes mod 31 and the
    // expected check char changes; changing the check char itself is detected trivially.
    fc.assert(
      fc.property(validCodeArb, fc.integer({ min: 0, max: 17 }), alphabetChar, (code, pos, ch) => {
        fc.pre(code[pos] !== ch);
        const changed = code.slice(0, pos) + ch + code.slice(pos + 1);
        if (pos < 17) expect(creditCodeCheckChar(changed.slice(0, 17))).not.toBe(code[17]);
        expect(validateCreditCode(changed).ok).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it("exhaustively: every single substitution of 91110000802100433B is rejected", () => {
    const code = "91110000802100433B";
    for (let pos = 0; pos < 18; pos++) {
      for (const ch of CREDIT_CODE_ALPHABET) {
        if (ch === code[pos]) continue;
        const changed = code.slice(0, pos) + ch + code.slice(pos + 1);
        expect(validateCreditCode(changed).ok, changed).toBe(false);
      }
    }
  });
});

describe("the division code must name a place", () => {
  it("refuses region 000000 even with a correct check character", () => {
    const first17 = "91000000802100433";
    expect(validateCreditCode(first17 + creditCodeCheckChar(first17))).toMatchObject({ ok: false, code: "CREDIT_CODE_REGION" });
  });
});
