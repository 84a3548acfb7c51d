/**
 * npm run bench:catalogue [-- --seconds 10 --warmup 2 --concurrency 20]
 *
 * Issue 3, item 8: 20 departments x 250 items, every subgraph in this process on its own database
 * (in-memory PGlite, or PostgreSQL when DATABASE_URL is set: one database per service, dropped at
 * the end), the centre's replica synced, the gateway in front. Then, closed loop at 20 clients:
 *   - the guide of a random item at 梁溪区 (320213) through the gateway,
 *   - the same guide operation sent straight to the centre subgraph that owns it,
 *   - the keyword search 营业执照 at 320213 through the gateway,
 *   - for interest, one department's item(code) through the gateway (planned to that department).
 * Prints requests/s, p50 and p99 per scenario and the gateway/direct ratio of the guide.
 * Not a test: figures go to docs/performance.md.
 */
import { randomBytes } from "node:crypto";
import { availableParallelism, cpus } from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { type DepartmentConfig, departmentListSchema, composeSupergraph, rootFieldOf, subgraphSdls } from "@wuxi/federation";
import { type ItemDocument, departmentDefinition, itemDocumentSchema } from "@wuxi/catalogue";
import { centreDefinition } from "@wuxi/centre";
import { dropDatabase } from "@wuxi/db";
import { startGateway, type RunningGateway } from "@wuxi/gateway";
import { GATEWAY_TOKEN_HEADER, signGatewayToken } from "@wuxi/identity";
import { department as market } from "@wuxi/market";
import { type BackgroundWork, type RunningService, type ServiceDefinition, createLogger, startService } from "@wuxi/service-kit";
import { GUIDE, SEARCH } from "../tests/support/operations.ts";
import { type LoadResult, type Send, errorRate, formatTable, graphqlSender, runLoad } from "./bench/load.ts";
import { interruptible } from "./bench/interrupt.ts";

const DEPARTMENTS = 20;
const ITEMS_PER_DEPARTMENT = 250;
/** 梁溪区行政服务中心, a COUNTY centre: every synthetic item is stationed there. */
const CENTRE_ID = "320213";
const KEYWORD = "营业执照";
const MAX_ERROR_RATE = 0.01;

// ---------------------------------------------------------------------------------------------
// Arguments

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    warmup: { type: "string", default: "2" },
    concurrency: { type: "string", default: "20" },
  },
});
function positive(name: string, value: string, allowZero = false): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0) || n > 600) {
    console.error(`--${name} must be a number of seconds or clients between ${allowZero ? 0 : 1} and 600, got "${value}"`);
    process.exit(2);
  }
  return n;
}
const seconds = positive("seconds", args.seconds);
const warmupSeconds = positive("warmup", args.warmup, true);
if (seconds + warmupSeconds > 240) {
  // The direct scenario's gateway token lives 5 minutes; a scenario must end well within it.
  console.error("--seconds plus --warmup must not exceed 240");
  process.exit(2);
}
const concurrency = Math.round(positive("concurrency", args.concurrency));

// ---------------------------------------------------------------------------------------------
// 20 synthetic departments and their catalogues

const DEPARTMENT_NAMES: [string, string][] = [
  ["交通运输局", "交通"], ["住房和城乡建设局", "住建"], ["卫生健康委员会", "卫健"], ["教育局", "教育"],
  ["人力资源和社会保障局", "人社"], ["生态环境局", "环境"], ["水利局", "水利"], ["农业农村局", "农业"],
  ["商务局", "商务"], ["文化广电和旅游局", "文旅"], ["应急管理局", "应急"], ["城市管理局", "城管"],
  ["公安局", "公安"], ["司法局", "司法"], ["财政局", "财政"], ["税务局", "税务"],
  ["医疗保障局", "医保"], ["退役军人事务局", "退役军人"], ["体育局", "体育"], ["数据局", "数据"],
];

/** bench-a … bench-t, BenchA …, BCHA …: valid by the rules of config/departments.json. */
const departments: DepartmentConfig[] = departmentListSchema.parse(
  DEPARTMENT_NAMES.slice(0, DEPARTMENTS).map(([name, short], i) => {
    const letter = String.fromCharCode(65 + i);
    return {
      id: `bench-${letter.toLowerCase()}`,
      name,
      short,
      typePrefix: `Bench${letter}`,
      codePrefix: `BCH${letter}`,
      port: 4201 + i,
    };
  }),
);

const LICENCES = [
  "道路运输经营许可", "建设工程施工许可", "排污许可", "取水许可", "食品经营许可", "药品零售许可",
  "危险化学品经营许可", "公共场所卫生许可", "民办学校办学许可", "人力资源服务许可", "娱乐场所经营许可",
  "燃气经营许可", "城市道路占用挖掘许可", "户外广告设施设置许可", "医疗机构执业登记", "高危险性体育项目经营许可",
  "出租汽车经营许可", "建筑垃圾处置核准", "涉及饮用水卫生安全产品许可", "旅行社设立许可",
];
const LICENCE_ACTIONS = ["(新办)", "(变更)", "(延续)", "(注销)", "(补办)"];
const BUSINESSES = ["个体工商户", "有限责任公司", "农民专业合作社", "个人独资企业", "合伙企业", "分公司"];
const LICENCE_DOCUMENT_ACTIONS = ["核发", "变更", "补发", "换发", "注销"];
const pad = (n: number) => String(n).padStart(3, "0");

/** Every 10th item names 营业执照 (25 per department, 500 in all); the others do not mention it. */
function itemName(departmentIndex: number, n: number): string {
  if (n % 10 === 0) {
    return `${BUSINESSES[(n / 10 + departmentIndex) % BUSINESSES.length]!}营业执照${LICENCE_DOCUMENT_ACTIONS[(n / 10) % LICENCE_DOCUMENT_ACTIONS.length]!}`;
  }
  return `${LICENCES[(n + departmentIndex * 7) % LICENCES.length]!}${LICENCE_ACTIONS[n % LICENCE_ACTIONS.length]!}`;
}

function itemDocument(d: DepartmentConfig, departmentIndex: number, n: number): ItemDocument {
  const code = `${d.codePrefix}-XK-${pad(n)}`;
  const immediate = n % 7 === 0;
  const promisedDays = immediate ? 0 : 3 + (n % 10);
  return itemDocumentSchema.parse({
    code,
    name: itemName(departmentIndex, n),
    kind: "ADMINISTRATIVE_LICENCE",
    handling: immediate ? "IMMEDIATE" : "PROMISED",
    legalBasis: `《中华人民共和国行政许可法》第十二条;《江苏省${d.short}管理条例》第${10 + (n % 40)}条`,
    conditions: ["申请人具有完全民事行为能力", "具有与申请事项相适应的场所、设施和专业人员"],
    steps: immediate
      ? [{ order: 1, name: "受理并办结", days: 0 }]
      : [
          { order: 1, name: "受理", days: 0 },
          { order: 2, name: "审查", days: promisedDays - 2 },
          { order: 3, name: "决定", days: 2 },
        ],
    statutoryDays: 20,
    promisedDays,
    clockStoppingProcedures: n % 5 === 0 ? ["INSPECTION"] : [],
    materials: [
      { name: "申请书", required: true, form: "ORIGINAL", copies: 1, electronicAccepted: true, blankForm: `${code}-申请书.docx`, sampleForm: `${code}-申请书样表.pdf` },
      { name: "申请人身份证明", required: true, form: "ORIGINAL_AND_COPY", copies: 1, electronicAccepted: true },
      { name: "场所使用证明", required: true, form: "COPY", copies: 1, electronicAccepted: true },
      ...(n % 2 === 0
        ? [{ name: "授权委托书", required: false, condition: "委托他人办理的", form: "ORIGINAL", copies: 1, electronicAccepted: false }]
        : []),
    ],
    fees:
      n % 5 === 0
        ? [{ code: `${d.codePrefix}-F${pad(n)}`, name: "证照工本费", rule: "PER_COPY", amountFen: 1000, unit: "本", legalBasis: "《江苏省行政事业性收费项目目录》" }]
        : [],
    acceptingTiers: ["COUNTY"],
    decidingTier: "COUNTY",
    coDepartments: [],
    contacts: { consultationPhone: `0510-8270${pad(departmentIndex * 10 + (n % 10)).slice(-3)}1`, complaintPhone: "12345" },
    appeal: { reconsideration: "无锡市梁溪区人民政府", litigation: "无锡市梁溪区人民法院" },
  });
}

const catalogues: ItemDocument[][] = departments.map((d, i) =>
  Array.from({ length: ITEMS_PER_DEPARTMENT }, (_, k) => itemDocument(d, i, k + 1)),
);
const expectedMatches = catalogues.flat().filter((doc) => doc.name.includes(KEYWORD)).length;
const allCodes = catalogues.flat().map((doc) => doc.code);
const randomCode = () => allCodes[Math.floor(Math.random() * allCodes.length)]!;

// ---------------------------------------------------------------------------------------------
// The network

const databaseUrl = process.env.DATABASE_URL || undefined;
const gatewaySecret = `bench-gateway-${randomBytes(24).toString("hex")}`;
const authSecret = `bench-auth-${randomBytes(24).toString("hex")}`;
/**
 * Fixed names, dropped before and after the run: a run killed before it could drop its databases
 * (tsx SIGKILLs a child busy under load that does not acknowledge Ctrl+C within 60 ms) leaves
 * nothing behind after the next run. One run at a time per PostgreSQL server.
 */
const databaseNameOf = (service: string) => `bench_catalogue_${service.replace(/-/g, "_")}`;
const allServiceNames = ["centre", ...departments.map((d) => d.id)];

function start<T extends object, B extends BackgroundWork | undefined>(definition: ServiceDefinition<T, B>) {
  return startService(definition, {
    port: 0,
    gatewaySecret,
    databaseUrl,
    databaseName: databaseUrl ? databaseNameOf(definition.name) : undefined,
    dataDir: ":memory:",
    logger: createLogger(definition.name, "silent"),
  });
}

const started: RunningService[] = [];
const createdDatabases: string[] = [];
let gateway: RunningGateway | undefined;

async function closeServices(): Promise<void> {
  await gateway?.close().catch((e) => console.error("closing the gateway:", (e as Error).message));
  // The centre first: its replica sync stops before the departments go.
  for (const s of [...started].reverse()) await s.close().catch((e) => console.error("closing a service:", (e as Error).message));
}

async function dropDatabases(names: string[]): Promise<void> {
  if (!databaseUrl) return;
  await Promise.all(names.map((name) => dropDatabase(databaseUrl, name).catch((e) => console.error(`dropping ${name}:`, (e as Error).message))));
}

async function stopEverything(): Promise<void> {
  // After Ctrl+C every Apollo Server is already stopping itself (its own signal handler), and a
  // second stop() of an Apollo Server 5 that is stopping never returns: closing is given a bounded
  // time, and the databases are dropped (terminating their connections) whatever happened.
  let timer: NodeJS.Timeout | undefined;
  const closed = await Promise.race([
    closeServices().then(() => true),
    new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), 15_000);
    }),
  ]);
  clearTimeout(timer);
  if (!closed) console.error("the services did not close within 15 s; dropping their databases anyway");
  await dropDatabases(createdDatabases);
}

async function engineDescription(service: RunningService): Promise<string> {
  const result: any = await service.db.execute("show server_version");
  const version = (Array.isArray(result) ? result[0] : result.rows?.[0])?.server_version ?? "?";
  return service.driver === "postgres"
    ? `PostgreSQL ${version} (${new URL(databaseUrl!).host}, one database per service)`
    : `PGlite (PostgreSQL ${version} in WebAssembly, in memory, one instance per service, same process)`;
}

const interrupt = interruptible();

async function main(): Promise<number> {
  console.log(`bench:catalogue — ${DEPARTMENTS} departments x ${ITEMS_PER_DEPARTMENT} items, ${databaseUrl ? "PostgreSQL" : "PGlite"}; starting …`);
  // Whatever an interrupted run left behind (not counted in the setup time).
  await dropDatabases(allServiceNames.map(databaseNameOf));

  const phases: [string, number][] = [];
  const setupStart = performance.now();
  let mark = setupStart;
  const phase = (name: string) => {
    const now = performance.now();
    phases.push([name, (now - mark) / 1000]);
    mark = now;
  };

  // Departments: the market module's tables and migrations are the shared catalogue's.
  const departmentServices = await Promise.all(
    departments.map(async (d, i) => {
      if (databaseUrl) createdDatabases.push(databaseNameOf(d.id));
      const service = await start(departmentDefinition(market, { department: d, departments, seed: catalogues[i]! }));
      started.push(service);
      return service;
    }),
  );
  const departmentUrls = Object.fromEntries(departments.map((d, i) => [d.id, departmentServices[i]!.url]));
  phase(`start ${DEPARTMENTS} department subgraphs, migrate, seed ${DEPARTMENTS * ITEMS_PER_DEPARTMENT} items`);

  const centreDef = centreDefinition({
    departments,
    departmentUrls,
    replicaSyncMs: 0,
    seedCatalogues: Object.fromEntries(
      departments.map((d, i) => [d.id, catalogues[i]!.map(({ code, handling, acceptingTiers, decidingTier }) => ({ code, handling, acceptingTiers, decidingTier }))]),
    ),
  });
  if (databaseUrl) createdDatabases.push(databaseNameOf(centreDef.name));
  const centre = await start(centreDef);
  started.push(centre as RunningService);
  phase("start the centre subgraph, seed the network and its stationings");

  const synced = await centre.background.syncNow();
  const unsynced = departments.filter((d) => typeof synced[d.id] !== "number");
  if (unsynced.length > 0) throw new Error(`the centre's replica could not sync ${unsynced.map((d) => `${d.id} (${synced[d.id]})`).join(", ")}`);
  phase("sync the centre's replica from every change feed");

  // @apollo/gateway otherwise probes the AWS, GCP, Azure and Alibaba metadata endpoints at start
  // and reports anonymous usage to apollographql.com: the benchmark stays on 127.0.0.1.
  process.env.APOLLO_TELEMETRY_DISABLED ??= "true";
  gateway = await startGateway({
    supergraphSdl: composeSupergraph(subgraphSdls(departments)),
    subgraphUrls: { centre: centre.url, ...departmentUrls },
    authSecret,
    gatewaySecret,
    port: 0,
    logger: createLogger("gateway", "silent"),
  });
  phase("compose the supergraph, start the gateway");
  const setupSeconds = (performance.now() - setupStart) / 1000;
  const gatewayUrl = gateway.url;

  // The data is what it should be before anything is measured.
  const probe = async (url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: any; errors?: { message: string }[] };
    if (res.status !== 200 || body.errors) throw new Error(`probe answered ${res.status}: ${body.errors?.[0]?.message ?? ""}`);
    return body.data;
  };
  const all = await probe(gatewayUrl, SEARCH, { centreId: CENTRE_ID, first: 1 });
  const matching = await probe(gatewayUrl, SEARCH, { centreId: CENTRE_ID, keyword: KEYWORD, first: 20 });
  if (all.searchGuides.totalCount !== DEPARTMENTS * ITEMS_PER_DEPARTMENT || matching.searchGuides.totalCount !== expectedMatches) {
    throw new Error(
      `${CENTRE_ID} offers ${all.searchGuides.totalCount} items (expected ${DEPARTMENTS * ITEMS_PER_DEPARTMENT}), ` +
        `${matching.searchGuides.totalCount} matching ${KEYWORD} (expected ${expectedMatches})`,
    );
  }

  // Scenarios, all closed loop at the same concurrency.
  const guideRequest = () => {
    const code = randomCode();
    return {
      query: GUIDE,
      variables: { centreId: CENTRE_ID, code },
      check: (data: any) => (data.guide?.item?.code === code ? undefined : `no guide for ${code} at ${CENTRE_ID}`),
    };
  };
  const searchRequest = () => ({
    query: SEARCH,
    variables: { centreId: CENTRE_ID, keyword: KEYWORD, first: 20 },
    check: (data: any) =>
      data.searchGuides?.totalCount === expectedMatches && data.searchGuides.nodes.length === 20
        ? undefined
        : `search found ${data.searchGuides?.totalCount} (expected ${expectedMatches})`,
  });
  const first = departments[0]!;
  const root = rootFieldOf(first);
  const itemQuery = `query Item($code: ID!) { ${root} { item(code: $code) { code name promisedDays materials { name required } } } }`;
  const itemRequest = () => {
    const code = `${first.codePrefix}-XK-${pad(1 + Math.floor(Math.random() * ITEMS_PER_DEPARTMENT))}`;
    return { query: itemQuery, variables: { code }, check: (data: any) => (data[root]?.item?.code === code ? undefined : `no item ${code}`) };
  };

  // Each sender is made when its scenario starts: the direct one carries a gateway token that lives 5 minutes.
  const scenarios: { name: string; sender: () => Promise<Send> }[] = [
    { name: "guide via gateway", sender: async () => graphqlSender({ url: gatewayUrl, next: guideRequest }) },
    {
      name: "guide direct to centre subgraph",
      sender: async () => {
        const token = await signGatewayToken({ id: "bench", role: "PUBLIC" }, gatewaySecret);
        return graphqlSender({ url: centre.url, headers: { [GATEWAY_TOKEN_HEADER]: token }, next: guideRequest });
      },
    },
    { name: `search "${KEYWORD}" via gateway`, sender: async () => graphqlSender({ url: gatewayUrl, next: searchRequest }) },
    { name: `${root}.item(code) via gateway`, sender: async () => graphqlSender({ url: gatewayUrl, next: itemRequest }) },
  ];

  const results: LoadResult[] = [];
  for (const scenario of scenarios) {
    if (interrupt.signal.aborted) break;
    process.stdout.write(`  ${scenario.name}: ${warmupSeconds}s warm-up + ${seconds}s at ${concurrency} clients … `);
    const send = await scenario.sender();
    const result = await runLoad({ name: scenario.name, concurrency, seconds, warmupSeconds, signal: interrupt.signal, send });
    results.push(result);
    console.log(`${result.requestsPerSecond.toFixed(1)} req/s`);
  }

  const engine = await engineDescription(centre as RunningService);
  console.log("");
  console.log(`engine:      ${engine}`);
  console.log(`node:        ${process.version} (${process.platform}/${process.arch})`);
  console.log(`cpus:        ${availableParallelism()} (${cpus()[0]?.model.trim() ?? "?"}); the services, the gateway and the load generator all run in this one Node process`);
  console.log(`data:        ${DEPARTMENTS} departments x ${ITEMS_PER_DEPARTMENT} items, stationed at ${CENTRE_ID}; ${expectedMatches} items match "${KEYWORD}"`);
  console.log(`setup:       ${setupSeconds.toFixed(1)} s`);
  for (const [name, s] of phases) console.log(`             ${s.toFixed(1).padStart(5)} s  ${name}`);
  console.log(`load:        closed loop, ${concurrency} clients, ${warmupSeconds} s warm-up then ${seconds} s measured per scenario`);
  console.log("");
  console.log(formatTable(results));

  const viaGateway = results[0];
  const direct = results[1];
  if (viaGateway && direct && viaGateway.requests > 0 && direct.requests > 0) {
    console.log("");
    console.log(
      `guide, gateway / direct: req/s ${(viaGateway.requestsPerSecond / direct.requestsPerSecond).toFixed(2)}x, ` +
        `p50 ${(viaGateway.p50Ms / direct.p50Ms).toFixed(2)}x, p99 ${(viaGateway.p99Ms / direct.p99Ms).toFixed(2)}x`,
    );
  }

  let failed = interrupt.signal.aborted;
  for (const r of results) {
    if (r.firstError) console.log(`first error in "${r.name}": ${r.firstError}`);
    if (r.requests + r.errors === 0) {
      console.error(`FAILED: no answer to "${r.name}" arrived within the measured window (give it more --seconds)`);
      failed = true;
    } else if (errorRate(r) > MAX_ERROR_RATE) {
      console.error(`FAILED: "${r.name}" had ${r.errors} errors in ${r.requests + r.errors} requests (more than ${MAX_ERROR_RATE * 100}%)`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error("bench:catalogue failed:", error instanceof Error ? error.message : error);
} finally {
  await stopEverything();
}
process.exit(interrupt.signal.aborted ? 130 : exitCode);
