import { describe, expect, it } from "vitest";
import { segment, wrapText } from "./layout.ts";

/** Full-width characters are 1 wide, everything else 0.5. */
const measure = (text: string): number =>
  [...text].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 || "“”‘’—…".includes(ch) ? 1 : 0.5), 0);

describe("wrapText", () => {
  it("breaks between Chinese characters and fills each line", () => {
    expect(wrapText("无锡市梁溪区行政服务中心", 5, measure)).toEqual(["无锡市梁溪", "区行政服务", "中心"]);
  });

  it("narrows the first line for an indent", () => {
    expect(wrapText("无锡市梁溪区行政服务中心", 5, measure, 3)).toEqual(["无锡市", "梁溪区行政", "服务中心"]);
  });

  it("never starts a line with closing punctuation nor ends one with an opening bracket", () => {
    const text = "经审查，申请材料齐全。营业执照（副本）复印件、“承诺书”原件；逾期未补正的，视为放弃申请。";
    for (let width = 3; width <= 12; width++) {
      const lines = wrapText(text, width, measure);
      expect(lines.join("")).toBe(text);
      for (const line of lines.slice(1)) expect("，。、；）”").not.toContain(line[0]);
      for (const line of lines.slice(0, -1)) expect("（“").not.toContain(line[line.length - 1]);
    }
  });

  it("keeps Latin words, numbers and amounts whole", () => {
    const lines = wrapText("办件编号LX20261127000123，金额¥1,234.50元，共计-¥12.00元", 12, measure);
    expect(lines.join("")).toBe("办件编号LX20261127000123，金额¥1,234.50元，共计-¥12.00元");
    expect(lines.some((l) => l.includes("LX20261127000123"))).toBe(true);
    expect(lines.some((l) => l.includes("¥1,234.50"))).toBe(true);
    expect(lines.some((l) => l.includes("-¥12.00"))).toBe(true);
  });

  it("breaks a hyphenated code or a web address only after a hyphen or slash", () => {
    expect(segment("编号LX-2026-000123").map((s) => s.text)).toEqual(["编", "号", "LX-", "2026-", "000123"]);
    expect(wrapText("登录zwfw.wuxi.gov.cn/bsdt/index查询", 12, measure)).toEqual(["登录zwfw.wuxi.gov.cn/", "bsdt/index查询"]);
  });

  it("splits a word wider than the line, and drops spaces at line ends", () => {
    expect(wrapText("abcdefghij", 2, measure)).toEqual(["abcd", "efgh", "ij"]);
    expect(wrapText("call 12345 now", 3, measure)).toEqual(["call", "12345", "now"]);
  });

  it("honours explicit line breaks", () => {
    expect(wrapText("第一行\n第二行", 10, measure)).toEqual(["第一行", "第二行"]);
    expect(wrapText("第一行\r\n第二行\r第三行", 10, measure)).toEqual(["第一行", "第二行", "第三行"]);
  });

  it("glues paired dashes and ellipses", () => {
    expect(segment("等等……").map((s) => s.text)).toEqual(["等", "等……"]);
    expect(segment("甲——乙").map((s) => s.text)).toEqual(["甲", "——", "乙"]);
  });
});
