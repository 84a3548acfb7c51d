import { describe, expect, it } from "vitest";
import { validateMobile } from "./mobile.ts";

describe("validateMobile", () => {
  it("accepts 11 digits starting 1[3-9]", () => {
    for (const p of ["13012345678", "13812345678", "19912345678", " 15912345678 "]) {
      expect(validateMobile(p), p).toEqual({ ok: true, value: p.trim() });
    }
  });

  it("rejects everything else with MOBILE_FORMAT", () => {
    for (const p of ["", "12812345678", "1381234567", "138123456789", "+8613812345678", "138-1234-5678", "23812345678", "１３８１２３４５６７８"]) {
      expect(validateMobile(p), p).toEqual({ ok: false, code: "MOBILE_FORMAT", message: "手机号码格式不正确" });
    }
  });
});
