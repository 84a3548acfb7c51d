import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeLines, type FeeStandard, linesOutsideStandard, MAX_FEN, requireFen, yuan } from "./money.ts";

const fees: FeeStandard[] = [
  { code: "DJF", name: "登记费", rule: "FIXED", amountFen: 5000, legalBasis: "依据", reductions: "小微企业免收" },
  { code: "GBF", name: "工本费", rule: "PER_COPY", amountFen: 1000, unit: "本", legalBasis: "依据" },
  { code: "MJF", name: "测绘费", rule: "PER_AREA", amountFen: 137, unit: "平方米", legalBasis: "依据", departmentId: "planning" },
];

describe("money in fen", () => {
  it("accepts whole fen within 32 bits and names the field of anything else", () => {
    expect(requireFen(1, "amountFen")).toBe(1);
    expect(requireFen(MAX_FEN, "amountFen")).toBe(MAX_FEN);
    for (const [value, code] of [[0.5, "AMOUNT_NOT_INTEGER_FEN"], [-1, "AMOUNT_NEGATIVE"], [0, "AMOUNT_ZERO"], [MAX_FEN + 1, "AMOUNT_TOO_LARGE"], [Number.NaN, "AMOUNT_NOT_INTEGER_FEN"], ["100", "AMOUNT_NOT_INTEGER_FEN"]] as const) {
      expect(() => requireFen(value, "amountFen")).toThrow(expect.objectContaining({ code, field: "amountFen" }));
    }
    expect(requireFen(0, "x", { allowZero: true })).toBe(0);
  });

  it("prints fen as yuan by string arithmetic", () => {
    expect([yuan(0), yuan(5), yuan(80), yuan(123456), yuan(-1000)]).toEqual(["0.00", "0.05", "0.80", "1234.56", "-10.00"]);
  });

  it("finds the lines that name no published standard", () => {
    expect(linesOutsideStandard(fees, [{ feeCode: "DJF" }, { feeCode: "XXF" }])).toEqual(["XXF"]);
    expect(linesOutsideStandard([], [{ feeCode: "DJF" }])).toEqual(["DJF"]);
  });

  it("computes per-copy and per-area lines, the fee's own department of a joint item, and refuses a sum beyond 32 bits", () => {
    const { lines, totalFen } = computeLines(fees, "market", [{ feeCode: "GBF", quantity: 2 }, { feeCode: "MJF", quantity: 85 }]);
    expect(lines.map((l) => [l.departmentId, l.amountFen])).toEqual([["market", 2000], ["planning", 11645]]);
    expect(totalFen).toBe(13645);
    const big: FeeStandard[] = [{ code: "BIG", name: "大额", rule: "PER_COPY", amountFen: 1_000_000_000, unit: "件", legalBasis: "依据" }];
    expect(() => computeLines(big, "market", [{ feeCode: "BIG", quantity: 3 }])).toThrow(expect.objectContaining({ code: "AMOUNT_TOO_LARGE" }));
  });

  it("never bills two standards the item version declares mutually exclusive", () => {
    const registration: FeeStandard[] = [
      { code: "DJF-ZZ", name: "不动产登记费(住宅类)", rule: "PER_COPY", amountFen: 8000, unit: "件", legalBasis: "依据", exclusiveGroup: "不动产登记费" },
      { code: "DJF-FZZ", name: "不动产登记费(非住宅类)", rule: "PER_COPY", amountFen: 55000, unit: "件", legalBasis: "依据", exclusiveGroup: "不动产登记费" },
      { code: "GBF", name: "工本费", rule: "PER_COPY", amountFen: 1000, unit: "本", legalBasis: "依据" },
    ];
    expect(() => computeLines(registration, "planning", [{ feeCode: "DJF-ZZ" }, { feeCode: "GBF" }, { feeCode: "DJF-FZZ" }])).toThrow(
      expect.objectContaining({ code: "EXCLUSIVE_FEES", field: "lines.2.feeCode", message: "「不动产登记费(住宅类)」与「不动产登记费(非住宅类)」只能收取其一" }),
    );
    expect(computeLines(registration, "planning", [{ feeCode: "DJF-FZZ" }, { feeCode: "GBF" }]).totalFen).toBe(56000);
  });

  it("keeps every total an exact integer equal to the sum of its lines", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 5000 }), (copies, area, reduction) => {
        const { lines, totalFen } = computeLines(fees, "market", [{ feeCode: "DJF", reductionFen: reduction, reductionReason: reduction ? "小微企业" : null }, { feeCode: "GBF", quantity: copies }, { feeCode: "MJF", quantity: area }]);
        expect(Number.isSafeInteger(totalFen)).toBe(true);
        expect(totalFen).toBe(lines.reduce((s, l) => s + l.amountFen, 0));
        expect(totalFen).toBe(5000 - reduction + copies * 1000 + area * 137);
      }),
    );
  });
});
