import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { type DocumentSpec, findMissingGlyphs, formatChineseDate, formatFen, renderPdf } from "./index.ts";

// ---- spec builders (what the domain code would hand over) -------------------

const CENTRE = "梁溪区行政服务中心";
const SEAL = "梁溪区行政服务中心(盖章)";
const FOOTNOTES = [
  "查询方式：登录“无锡政务服务网”或“灵锡”App，输入办件编号和查询码查询办理进度；也可拨打窗口电话0510-81826712。",
  "如对窗口服务有意见或建议，请拨打12345政务服务便民热线投诉。",
];

function acceptance(): DocumentSpec {
  return {
    title: "受理通知书",
    number: "锡梁行服受〔2026〕000123号",
    date: "2026-11-27",
    issuer: CENTRE,
    addressee: "张**:",
    paragraphs: [
      "你（单位）于2026年11月27日提出的食品经营许可（新办）申请，经审查，申请材料齐全、符合法定形式，根据《中华人民共和国行政许可法》第三十二条第一款第（五）项的规定，决定予以受理。",
      "我中心将在承诺时限内作出决定，请凭本通知书及有效身份证件领取办理结果。",
    ],
    fields: [
      { label: "办件编号", value: "LX-2026-1127-000123" },
      { label: "查询码", value: "7K4Q9P" },
      { label: "事项名称", value: "食品经营许可（新办）" },
      { label: "受理日期", value: formatChineseDate("2026-11-27") },
      { label: "承诺办结日期", value: formatChineseDate("2026-12-04") },
    ],
    footnotes: FOOTNOTES,
    seal: SEAL,
  };
}

function oneTimeNotice(missing: string[]): DocumentSpec {
  return {
    title: "一次性告知书",
    number: "锡梁行服告〔2026〕000456号",
    date: "2026-11-27",
    issuer: CENTRE,
    addressee: "无锡市**餐饮管理有限公司:",
    paragraphs: [
      "你单位于2026年11月27日申请的食品经营许可（新办），经审查，申请材料不齐全、不符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，现一次性告知需要补正的全部内容如下。",
    ],
    closing: [
      "请于收到本告知书之日起30日内一次性补正上述材料。补正材料齐全后，本中心将依法受理；逾期未补正的，视为放弃本次申请。",
    ],
    lists: [{ heading: "需补正的材料", items: missing }],
    footnotes: FOOTNOTES,
    seal: SEAL,
  };
}

function nonAcceptance(): DocumentSpec {
  return {
    title: "不予受理通知书",
    number: "锡梁行服不受〔2026〕000078号",
    date: "2026-11-28",
    issuer: CENTRE,
    addressee: "李**:",
    paragraphs: [
      "你于2026年11月28日提出的建设工程消防验收申请，经审查，该申请事项依法不属于本行政机关职权范围，根据《中华人民共和国行政许可法》第三十二条第一款第（二）项的规定，决定不予受理。",
      "请向无锡市住房和城乡建设局申请办理。",
      "如不服本决定，可以自收到本通知书之日起六十日内向无锡市梁溪区人民政府申请行政复议，或者在六个月内依法向无锡市梁溪区人民法院提起行政诉讼。",
    ],
    footnotes: FOOTNOTES,
    seal: SEAL,
  };
}

function suspension(): DocumentSpec {
  return {
    title: "特别程序告知书",
    number: "锡梁行服特〔2026〕000031号",
    date: "2026-12-01",
    issuer: CENTRE,
    addressee: "王**:",
    paragraphs: [
      "你申请的公共场所卫生许可（新办）（办件编号LX-2026-1120-000087）需要进行现场核查。根据《中华人民共和国行政许可法》第四十五条的规定，现场核查所需时间不计算在办理期限内，特此告知。",
    ],
    fields: [
      { label: "特别程序种类", value: "现场核查" },
      { label: "起始日期", value: formatChineseDate("2026-12-02") },
      { label: "预计所需时间", value: "5个工作日（不计入办理时限）" },
      { label: "联系人及电话", value: "赵**  0510-81826735" },
    ],
    footnotes: FOOTNOTES,
    seal: SEAL,
  };
}

function extension(): DocumentSpec {
  return {
    title: "延长期限告知书",
    number: "锡梁行服延〔2026〕000012号",
    date: "2026-12-03",
    issuer: CENTRE,
    addressee: "无锡**科技有限公司:",
    paragraphs: [
      "你单位申请的建设项目环境影响报告表审批（办件编号LX-2026-1110-000045），因情况复杂，在法定期限内不能作出决定。经本行政机关负责人批准，根据《中华人民共和国行政许可法》第四十二条第一款的规定，办理期限延长十日。",
    ],
    fields: [
      { label: "原承诺办结日期", value: formatChineseDate("2026-12-08") },
      { label: "延长后办结日期", value: formatChineseDate("2026-12-22") },
      { label: "延长理由", value: "项目涉及饮用水水源保护区边界核实，需征求市生态环境局意见" },
    ],
    footnotes: FOOTNOTES,
    seal: SEAL,
  };
}

function refusal(): DocumentSpec {
  return {
    title: "不予行政许可决定书",
    number: "锡梁行服不许〔2026〕000005号",
    date: "2026-12-10",
    issuer: CENTRE,
    addressee: "陈**:",
    paragraphs: [
      "你于2026年11月20日提出的户外广告设施设置许可申请（办件编号LX-2026-1120-000102），本行政机关已于当日受理。经审查，你的申请不符合法定条件，根据《中华人民共和国行政许可法》第三十八条第二款的规定，决定不予行政许可。",
    ],
    lists: [
      {
        heading: "不予许可的理由",
        items: [
          "拟设置位置位于《无锡市户外广告设施设置规划》划定的禁设区域（中山路历史文化街区）内；",
          "设施尺寸（长12米、高4.5米）超过该路段允许的最大尺寸。",
        ],
      },
    ],
    closing: [
      "如不服本决定，可以自收到本决定书之日起六十日内向无锡市梁溪区人民政府申请行政复议，也可以自收到本决定书之日起六个月内直接向无锡市梁溪区人民法院提起行政诉讼。",
    ],
    footnotes: FOOTNOTES,
    seal: SEAL,
  };
}

interface FeeLine {
  item: string;
  quantity: number;
  unitFen: number;
}

function feeReceipt(lines: FeeLine[]): DocumentSpec {
  const total = lines.reduce((sum, l) => sum + l.quantity * l.unitFen, 0);
  return {
    title: "收费票据",
    number: "锡梁行服费〔2026〕000321号",
    date: "2026-11-27",
    issuer: CENTRE,
    addressee: "缴款人：无锡**物流有限公司",
    paragraphs: ["下列款项已收讫，请妥善保管本票据。"],
    table: {
      columns: ["序号", "收费项目", "数量", "单价", "金额"],
      rows: lines.map((l, i) => [
        String(i + 1),
        l.item,
        String(l.quantity),
        formatFen(l.unitFen),
        formatFen(l.quantity * l.unitFen),
      ]),
      footer: ["", "合计", "", "", formatFen(total)],
    },
    footnotes: ["本票据为非税收入电子票据的纸质打印件，可通过“江苏省财政电子票据查验平台”查验真伪。"],
    seal: "梁溪区行政服务中心(财务专用章)",
  };
}

const MATERIALS = [
  "营业执照副本复印件（加盖公章）",
  "法定代表人身份证复印件",
  "经营场所平面布局图",
  "食品安全管理制度文本",
  "经营场所使用证明（房屋产权证明或租赁合同）",
];

const FEES: FeeLine[] = [
  { item: "不动产登记费（住宅）", quantity: 1, unitFen: 8000 },
  { item: "工本费（不动产权证书）", quantity: 2, unitFen: 1000 },
  { item: "档案查询复印费", quantity: 15, unitFen: 50 },
];

// ---- reading the PDF back ------------------------------------------------

interface Extracted {
  numPages: number;
  /** Text of each page with all whitespace removed. */
  pages: string[];
  /** All pages' text, without the page numbers. */
  all: string;
}

async function extract(pdf: Buffer): Promise<Extracted> {
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ("str" in item ? item.str : "")).join("");
      pages.push(squash(text));
    }
    // the page numbers are drawn last on each page; leave them out of the running text
    const all = pages.map((p) => p.replace(/第\d+页\/共\d+页$/, "")).join("");
    return { numPages: doc.numPages, pages, all };
  } finally {
    await doc.destroy();
  }
}

const squash = (s: string): string => s.replace(/\s+/g, "");

function expectAllText(text: string, spec: DocumentSpec): void {
  const expected = [
    spec.title,
    spec.number,
    formatChineseDate(spec.date),
    spec.seal ?? spec.issuer,
    ...(spec.addressee ? [spec.addressee] : []),
    ...spec.paragraphs,
    ...(spec.fields ?? []).flatMap((f) => [f.label, f.value]),
    ...(spec.lists ?? []).flatMap((l) => [l.heading, ...l.items]),
    ...(spec.table ? [...spec.table.columns, ...spec.table.rows.flat(), ...(spec.table.footer ?? [])] : []),
    ...(spec.closing ?? []),
    ...(spec.footnotes ?? []),
  ];
  for (const piece of expected) expect(text).toContain(squash(piece));
}

/** Every page carries "第 i 页 / 共 n 页" and some content besides it (no blank pages). */
function expectPageNumbers(text: Extracted): void {
  text.pages.forEach((page, i) => {
    const footer = `第${i + 1}页/共${text.numPages}页`;
    expect(page).toContain(footer);
    expect(page.replace(footer, "").length).toBeGreaterThan(0);
  });
}

// ---- tests -------------------------------------------------------------------

const KINDS: [string, () => DocumentSpec][] = [
  ["受理通知书", acceptance],
  ["一次性告知书", () => oneTimeNotice(["营业执照副本复印件（加盖公章）", "法定代表人身份证复印件", "经营场所平面布局图"])],
  ["不予受理通知书", nonAcceptance],
  ["特别程序告知书", suspension],
  ["延长期限告知书", extension],
  ["不予行政许可决定书", refusal],
  ["收费票据", () => feeReceipt(FEES)],
];

describe("renderPdf", () => {
  it.each(KINDS)("renders a one-page %s whose Chinese text can be extracted", async (title, build) => {
    const spec = build();
    const pdf = await renderPdf(spec);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeLessThan(200_000);
    const text = await extract(pdf);
    expect(text.numPages).toBe(1);
    expect(text.all.startsWith(squash(title))).toBe(true);
    expectAllText(text.all, spec);
    // one page: no page numbers
    expect(text.all).not.toContain("第1页");
  });

  it("embeds only a subset of Noto Sans SC with a ToUnicode map, and no standard font", async () => {
    const pdf = (await renderPdf(acceptance())).toString("latin1");
    expect(pdf).toMatch(/\/FontName \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(pdf).toMatch(/\/FontName \/[A-Z]{6}\+NotoSansSC-Bold/);
    expect(pdf).toContain("/ToUnicode");
    expect(pdf).not.toContain("Helvetica");
  });

  it("prints the fee table with formatted amounts and the total row", async () => {
    const text = (await extract(await renderPdf(feeReceipt(FEES)))).all;
    for (const cell of ["¥80.00", "¥20.00", "¥0.50", "¥7.50", "合计", "¥107.50"]) expect(text).toContain(cell);
  });

  it("renders a 2-page 一次性告知书 with page numbers on both pages", async () => {
    const missing = Array.from({ length: 30 }, (_, i) => `${MATERIALS[i % MATERIALS.length] ?? ""}（第${i + 1}份）`);
    const spec = oneTimeNotice(missing);
    const pdf = await renderPdf(spec);
    const text = await extract(pdf);
    expect(text.numPages).toBe(2);
    expect(pdf.length).toBeLessThan(200_000);
    expectAllText(text.all, spec);
    expect(text.pages[0]).toContain("第1页/共2页");
    expect(text.pages[1]).toContain("第2页/共2页");
    // the list continues on page 2 and the signature block follows it
    expect(text.pages[0]).toContain(squash(missing[0] ?? ""));
    expect(text.pages[1]).toContain(squash(missing[29] ?? ""));
    expect(text.pages[1]).toContain(squash(SEAL));
  });

  it("never leaves the signature block alone on a page: the closing paragraph goes with it", async () => {
    // Lists of every length around a page break: wherever the page ends, seal and closing share a page.
    for (let n = 17; n <= 24; n++) {
      const missing = Array.from({ length: n }, (_, i) => `${MATERIALS[i % MATERIALS.length] ?? ""}（第${i + 1}份）`);
      const spec = { ...oneTimeNotice(missing), closing: ["请一次性补齐上列全部材料。补正材料齐全、符合法定形式的，本机关当即予以受理。"] };
      const text = await extract(await renderPdf(spec));
      const sealPage = text.pages.findIndex((p) => p.includes(squash(SEAL)));
      expect(sealPage, `${n} items`).toBeGreaterThanOrEqual(0);
      expect(text.pages[sealPage], `${n} items`).toContain(squash(spec.closing[0]!));
    }
  });

  it("flows a 60-item list over the following pages", async () => {
    const missing = Array.from(
      { length: 60 },
      (_, i) =>
        i % 3 === 0
          ? `从业人员健康证明复印件及食品安全培训合格证明（第${i + 1}名从业人员，须在有效期内并加盖单位公章）`
          : `${MATERIALS[i % MATERIALS.length] ?? ""}（第${i + 1}份）`,
    );
    const spec = oneTimeNotice(missing);
    const text = await extract(await renderPdf(spec));
    expect(text.numPages).toBeGreaterThanOrEqual(2);
    expectAllText(text.all, spec);
    expectPageNumbers(text);
    expect(text.pages[0]).toContain(squash(missing[0] ?? ""));
    expect(text.pages.findIndex((p) => p.includes(squash(missing[59] ?? "")))).toBeGreaterThan(0);
  });

  it("flows a 60-row table over the following pages and repeats the header on each", async () => {
    const lines = Array.from({ length: 60 }, (_, i) => ({
      item: i % 4 === 0 ? `档案查询复印费（第${i + 1}卷，含权属来源、登记审批表等附件）` : `工本费（第${i + 1}证）`,
      quantity: (i % 5) + 1,
      unitFen: 1000 + i * 37,
    }));
    const spec = feeReceipt(lines);
    const pdf = await renderPdf(spec);
    expect(pdf.length).toBeLessThan(200_000);
    const text = await extract(pdf);
    expect(text.numPages).toBeGreaterThanOrEqual(2);
    expectAllText(text.all, spec);
    expectPageNumbers(text);
    const header = squash(spec.table?.columns.join("") ?? "");
    for (const page of text.pages) expect(page).toContain(header);
    expect(text.pages.at(-1)).toContain(squash(spec.table?.footer?.join("") ?? ""));
  });

  it("dates the PDF with the document date, so the same spec renders the same bytes", async () => {
    const a = await renderPdf(acceptance());
    const b = await renderPdf(acceptance());
    expect(a.equals(b)).toBe(true);
    const doc = await getDocument({ data: new Uint8Array(a), verbosity: 0 }).promise;
    const { info } = await doc.getMetadata();
    await doc.destroy();
    // midnight China Standard Time on 2026-11-27
    expect((info as { CreationDate?: string }).CreationDate).toMatch(/^D:20261126160000/);
  });

  it("refuses characters the font cannot draw instead of printing empty boxes", async () => {
    const spec = { ...acceptance(), addressee: "𠮷**:" };
    expect(findMissingGlyphs(spec)).toEqual([{ char: "𠮷", codePoint: "U+20BB7", where: "addressee" }]);
    await expect(renderPdf(spec)).rejects.toThrow(/𠮷 \(U\+20BB7\) in addressee/);
    // Extension A and the common rare name characters are covered
    expect(findMissingGlyphs({ ...acceptance(), addressee: "刘䶮、王堃、张喆、李赟、朱镕:" })).toEqual([]);
  });

  it("rejects a spec it cannot render", async () => {
    await expect(renderPdf({ ...acceptance(), date: "2026-02-30" })).rejects.toThrow(/calendar date/);
    await expect(
      renderPdf({ ...feeReceipt(FEES), table: { columns: ["项目", "金额"], rows: [["工本费"]] } }),
    ).rejects.toThrow(/row 1 has 1 cells/);
  });
});

describe("formatFen", () => {
  it.each([
    [0, "¥0.00"],
    [5, "¥0.05"],
    [50, "¥0.50"],
    [100, "¥1.00"],
    [123456, "¥1,234.56"],
    [100000000, "¥1,000,000.00"],
    [-1200, "-¥12.00"],
    [-5, "-¥0.05"],
    [Number.MAX_SAFE_INTEGER, "¥90,071,992,547,409.91"],
  ])("%d fen -> %s", (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });

  it.each([12.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])("rejects %d", (fen) => {
    expect(() => formatFen(fen)).toThrow(RangeError);
  });
});

describe("formatChineseDate", () => {
  it("writes year, month and day without leading zeros", () => {
    expect(formatChineseDate("2026-11-27")).toBe("2026年11月27日");
    expect(formatChineseDate("2026-01-05")).toBe("2026年1月5日");
    expect(formatChineseDate("2028-02-29")).toBe("2028年2月29日");
  });

  it.each(["2026-02-29", "2026-13-01", "2026-00-10", "2026-1-5", "27/11/2026", ""])("rejects %j", (d) => {
    expect(() => formatChineseDate(d)).toThrow(RangeError);
  });
});
