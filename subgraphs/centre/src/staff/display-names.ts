import DataLoader from "dataloader";
import type { CentreContext } from "../context.ts";
import { StaffRepository } from "./staff-repository.ts";

/**
 * Development logins (`npm run token`, the console's login page) have ids such as
 * `dev-window_clerk-320213-A01` that no staff register knows. A screen must never print them, so in
 * development each gets a realistic name, the same one every time for the same id.
 */
const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "钱"];
const GIVEN = ["晓燕", "建国", "丽华", "志强", "秀英", "伟", "敏", "静", "磊", "婷", "海峰", "春梅", "国栋", "雪", "文杰", "慧", "明", "佳怡", "玉兰", "振华"];

export function developmentName(id: string): string {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return SURNAMES[h % SURNAMES.length]! + GIVEN[Math.floor(h / SURNAMES.length) % GIVEN.length]!;
}

const ROLE_WORDS: Record<string, string> = {
  WINDOW_CLERK: "窗口工作人员",
  DEPARTMENT_APPROVER: "部门审批人员",
  CENTRE_MANAGER: "中心管理员",
  SUPERVISOR: "监察人员",
  CHARGE_CLERK: "收费窗口工作人员",
  AGENT: "代办员",
  SYSTEM: "系统",
  PUBLIC: "申请人",
};

/** The name a person is shown by: the staff register's, a development login's, or their role's word. */
export function displayName(id: string, role: string, registered: string | undefined): string {
  if (registered) return registered;
  if (role === "SYSTEM") return "系统自动";
  if (id.startsWith("dev-")) return developmentName(id);
  return ROLE_WORDS[role] ?? "工作人员";
}

const loaders = new WeakMap<CentreContext, DataLoader<string, string | undefined>>();

/** Registered names by staff id, one query per request's batch. */
export function registeredNames(ctx: CentreContext): DataLoader<string, string | undefined> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => (await new StaffRepository(ctx.db).byIds(ids)).map((s) => s?.name));
    loaders.set(ctx, loader);
  }
  return loader;
}
