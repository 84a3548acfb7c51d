import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidatorErrorCode } from "./errors.ts";
import { makeResidentId } from "./generate.ts";
import { RESIDENT_ID_PROVINCE_CODES, residentIdCheckChar, validateResidentId } from "./resident-id.ts";

// Fixed reference "today" (local noon, so the local calendar date is unambiguous).
const TODAY = new Date(2024, 5, 1, 12, 0, 0); // 2024-06-01
const DAY_MS = 86_400_000;
const MIN_UTC = Date.UTC(1900, 0, 1);
const MAX_DAYS = Math.round((Date.UTC(2024, 5, 1) - MIN_UTC) / DAY_MS);

const provinceArb = fc.constantFrom(...RESIDENT_ID_PROVINCE_CODES);
const regionArb = fc.tuple(provinceArb, fc.integer({ min: 0, max: 9999 })).map(([p, n]) => p + String(n).padStart(4, "0"));
// Every calendar day from 1900-01-01 to TODAY inclusive.
const birthDateArb = fc.integer({ min: 0, max: MAX_DAYS }).map((d) => new Date(MIN_UTC + d * DAY_MS).toISOString().slice(0, 10));
const seqArb = fc.integer({ min: 0, max: 999 });
const validIdArb = fc.tuple(regionArb, birthDateArb, seqArb).map(([r, b, s]) => makeResidentId(r, b, s));

describe("residentIdCheckChar — hand-worked examples", () => {
  it("11010519491231002 -> X (the GB 11643 example)", () => {
    // digits  1 1  0 1 0 5 1 9 4 9 1 2  3 1 0 0 2
    // weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
    // 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167
    // 167 mod 11 = 2 (165 = 15×11); "10X98765432"[2] = "X"
    expect(residentIdCheckChar("11010519491231002")).toBe("X");
  });

  it("32010219900101123 -> 2", () => {
    // 3×7+2×9+0×10+1×5+0×8+2×4+1×2+9×1+9×6+0×3+0×7+1×9+0×10+1×5+1×8+2×4+3×2
    // = 21+18+0+5+0+8+2+9+54+0+0+9+0+5+8+8+6 = 153
    // 153 mod 11 = 10 (143 = 13×11); "10X98765432"[10] = "2"
    expect(residentIdCheckChar("32010219900101123")).toBe("2");
  });

  it("11010520000229001 -> 3", () => {
    // 7+9+0+5+0+20+4+0+0+0+0+18+20+45+0+0+2 = 130; 130 mod 11 = 9 (121 = 11×11); "10X98765432"[9] = "3"
    expect(residentIdCheckChar("11010520000229001")).toBe("3");
  });

  it("rejects input that is not 17 digits", () => {
    expect(() => residentIdCheckChar("1101051949123100")).toThrow(RangeError);
    expect(() => residentIdCheckChar("1101051949123100X")).toThrow(RangeError);
  });
});

describe("validateResidentId — examples", () => {
  it("accepts the GB 11643 example and decodes it", () => {
    expect(validateResidentId("11010519491231002X", TODAY)).toEqual({
      ok: true,
      value: "11010519491231002X",
      birthDate: "1949-12-31",
      sex: "F", // 17th digit 2 is even
      regionCode: "110105",
    });
    const male = validateResidentId("320102199001011232", TODAY);
    expect(male).toMatchObject({ ok: true, birthDate: "1990-01-01", sex: "M", regionCode: "320102" }); // 17th digit 3 is odd
  });

  it("accepts lowercase x and trims whitespace", () => {
    expect(validateResidentId("11010519491231002x", TODAY)).toMatchObject({ ok: true, value: "11010519491231002X" });
    expect(validateResidentId("  11010519491231002X\n", TODAY)).toMatchObject({ ok: true, value: "11010519491231002X" });
  });

  it("format errors: length and characters", () => {
    for (const bad of [
      "",
      "11010519491231002", // 17
      "11010519491231002X1", // 19
      "110105491231002", // old 15-digit number
      "1101051949123100X2", // X not last
      "11010519491231002Y",
      "１１０１０５１９４９１２３１００２Ｘ", // full-width
      "110105 19491231002X",
    ]) {
      const r = validateResidentId(bad, TODAY);
      expect(r, bad).toEqual({ ok: false, code: ValidatorErrorCode.ID_FORMAT, message: expect.stringContaining("身份证号码") });
    }
  });

  it("region: unknown province codes rejected, 71/81/82/83 accepted", () => {
    // 16 is not a province code (check char is correct: 142 mod 11 = 10 -> "2").
    expect(validateResidentId("160000199001010012", TODAY)).toMatchObject({ ok: false, code: "ID_REGION" });
    expect(validateResidentId(makeResidentId("110105", "1990-01-01", 1).replace(/^11/, "00"), TODAY)).toMatchObject({ code: "ID_REGION" });
    // 830000 19900101 002: 56+27+0+0+0+0+2+9+54+0+0+9+0+5+0+0+4 = 166; 166 mod 11 = 1 -> "0"
    expect(validateResidentId("830000199001010020", TODAY)).toMatchObject({ ok: true, regionCode: "830000", sex: "F" });
    for (const p of ["71", "81", "82", "83"]) {
      expect(validateResidentId(makeResidentId(`${p}0000`, "1990-01-01", 7), TODAY).ok).toBe(true);
    }
  });

  it("leap days: 2000-02-29 valid, 1900-02-29 and 2023-02-29 invalid", () => {
    expect(validateResidentId("110105200002290013", TODAY)).toMatchObject({ ok: true, birthDate: "2000-02-29" });
    // The check chars below are correct (1900: 137 mod 11 = 5 -> "7"; 2023: 151 mod 11 = 8 -> "4"),
    // so the date is the only thing wrong.
    expect(residentIdCheckChar("11010519000229001")).toBe("7");
    expect(residentIdCheckChar("11010520230229001")).toBe("4");
    expect(validateResidentId("110105190002290017", TODAY)).toMatchObject({ ok: false, code: "ID_BIRTH_DATE" });
    expect(validateResidentId("110105202302290014", TODAY)).toMatchObject({ ok: false, code: "ID_BIRTH_DATE" });
  });

  it("birth date range: not after today, not before 1900-01-01", () => {
    expect(validateResidentId("320206202406010022", TODAY)).toMatchObject({ ok: true, birthDate: "2024-06-01" }); // today itself
    const future = validateResidentId("320206202406020028", TODAY); // tomorrow
    expect(future).toMatchObject({ ok: false, code: "ID_BIRTH_DATE" });
    expect(future.ok === false && future.message).toContain("身份证号码出生日期");
    expect(validateResidentId("320206190001010010", TODAY)).toMatchObject({ ok: true, birthDate: "1900-01-01" });
    expect(validateResidentId("320206189912310016", TODAY)).toMatchObject({ ok: false, code: "ID_BIRTH_DATE" });
    // month 13
    expect(validateResidentId("110105202313010014", TODAY)).toMatchObject({ ok: false, code: "ID_BIRTH_DATE" });
  });

  it("wrong check digit", () => {
    expect(validateResidentId("110105194912310021", TODAY)).toEqual({
      ok: false,
      code: "ID_CHECK_DIGIT",
      message: "身份证号码校验位不正确",
    });
  });

  it("defaults today to now", () => {
    expect(validateResidentId("11010519491231002X").ok).toBe(true);
    expect(validateResidentId(makeResidentId("110105", "2999-01-01", 1)).ok).toBe(false);
  });
});

describe("validateResidentId — properties", () => {
  it("every generated number validates and round-trips region, birth date and sex", () => {
    fc.assert(
      fc.property(regionArb, birthDateArb, seqArb, (region, birth, seq) => {
        const id = makeResidentId(region, birth, seq);
        const r = validateResidentId(id, TODAY);
        expect(r).toEqual({ ok: true, value: id, birthDate: birth, sex: seq % 2 === 1 ? "M" : "F", regionCode: region });
        // lowercase x is equivalent
        expect(validateResidentId(id.toLowerCase(), TODAY)).toEqual(r);
      }),
      { numRuns: 2000 },
    );
  });

  it("a single-digit change in the first 17 always changes the check digit", () => {
    // Weights are 2^k mod 11, all non-zero mod 11, and a digit change is 1..9,
    // so the weighted sum changes by a non-multiple of 11.
    fc.assert(
      fc.property(validIdArb, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (id, pos, delta) => {
        const digit = String((Number(id[pos]) + delta) % 10);
        const changed17 = id.slice(0, pos) + digit + id.slice(pos + 1, 17);
        expect(residentIdCheckChar(changed17)).not.toBe(id[17]);
        expect(validateResidentId(changed17 + id[17], TODAY).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("changing any single character (to a digit or X) makes the number invalid", () => {
    fc.assert(
      fc.property(validIdArb, fc.integer({ min: 0, max: 17 }), fc.constantFrom(..."0123456789X"), (id, pos, ch) => {
        fc.pre(id[pos] !== ch);
        const changed = id.slice(0, pos) + ch + id.slice(pos + 1);
        expect(validateResidentId(changed, TODAY).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("exhaustively: every single substitution of the GB 11643 example is rejected", () => {
    const id = "11010519491231002X";
    for (let pos = 0; pos < 18; pos++) {
      for (const ch of "0123456789X") {
        if (ch === id[pos]) continue;
        const changed = id.slice(0, pos) + ch + id.slice(pos + 1);
        expect(validateResidentId(changed, TODAY).ok, changed).toBe(false);
      }
    }
  });
});
