/**
 * Writes sample notices to a folder (default /tmp) to look at:
 *
 *   npx tsx packages/documents/scripts/render-sample.ts [outDir]
 *   pdftoppm -r 100 -png /tmp/wuxi-acceptance.pdf /tmp/wuxi-acceptance
 *
 * Prints each file's size and render time.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { type DocumentSpec, formatChineseDate, formatFen, renderPdf } from "../src/index.ts";

const outDir = process.argv[2] ?? "/tmp";
const CENTRE = "梁溪区行政服务中心";
const SEAL = "梁溪区行政服务中心(盖章)";
const FOOTNOTES = [
  "查询方式：登录“无锡政务服务网”或“灵锡”App，输入办件编号和查询码查询办理进度；也可拨打窗口电话0510-81826712。",
  "如对窗口服务有意见或建议，请拨打12345政务服务便民热线投诉。",
];

const acceptance: DocumentSpec = {
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
    { label: "办理地点", value: "梁溪区行政服务中心二楼市场准入综合窗口（无锡市梁溪区广石路1号）" },
  ],
  footnotes: FOOTNOTES,
  seal: SEAL,
};

const MATERIALS = [
  "营业执照副本复印件（加盖公章）",
  "法定代表人（负责人）身份证复印件",
  "经营场所平面布局图，须标明食品处理区、就餐区及设施设备位置",
  "食品安全管理制度文本",
  "从业人员健康证明复印件（须在有效期内）",
  "食品安全管理人员培训合格证明",
  "经营场所使用证明（房屋产权证明或租赁合同）",
  "设备布局和工艺流程图",
  "委托代理人办理的，提交授权委托书及代理人身份证复印件",
];

const oneTimeNotice: DocumentSpec = {
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
  lists: [
    {
      heading: "需补正的材料",
      items: Array.from({ length: 27 }, (_, i) => `${MATERIALS[i % MATERIALS.length] ?? ""}（第${Math.floor(i / MATERIALS.length) + 1}门店）`),
    },
    {
      heading: "需更正的内容",
      items: ["申请书第2页“经营项目”一栏应勾选“热食类食品制售”，不得填写“餐饮服务”等笼统表述；", "申请人签字与身份证姓名不一致（“张伟”与“张玮”），请核对后重新签字。"],
    },
  ],
  footnotes: FOOTNOTES,
  seal: SEAL,
};

const feeReceipt: DocumentSpec = {
  title: "收费票据",
  number: "锡梁行服费〔2026〕000321号",
  date: "2026-11-27",
  issuer: CENTRE,
  addressee: "缴款人：无锡**物流有限公司",
  paragraphs: ["下列款项已收讫，请妥善保管本票据。"],
  table: {
    columns: ["序号", "收费项目", "数量", "单价", "金额"],
    rows: [
      ["1", "不动产登记费（住宅）", "1", formatFen(8000), formatFen(8000)],
      ["2", "工本费（不动产权证书）", "2", formatFen(1000), formatFen(2000)],
      ["3", "档案查询复印费", "15", formatFen(50), formatFen(750)],
      ["4", "退还多收的工本费", "1", formatFen(-1000), formatFen(-1000)],
    ],
    footer: ["", "合计", "", "", formatFen(9750)],
  },
  footnotes: ["本票据为非税收入电子票据的纸质打印件，可通过“江苏省财政电子票据查验平台”查验真伪。"],
  seal: "梁溪区行政服务中心(财务专用章)",
};

const refusal: DocumentSpec = {
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

const samples: [string, DocumentSpec][] = [
  ["wuxi-acceptance.pdf", acceptance],
  ["wuxi-one-time-notice.pdf", oneTimeNotice],
  ["wuxi-fee-receipt.pdf", feeReceipt],
  ["wuxi-refusal.pdf", refusal],
];

for (const [file, spec] of samples) {
  const started = performance.now();
  const pdf = await renderPdf(spec);
  const ms = performance.now() - started;
  const path = join(outDir, file);
  writeFileSync(path, pdf);
  console.log(`${path}  ${(pdf.length / 1024).toFixed(1)} KB  ${ms.toFixed(0)} ms`);
}
