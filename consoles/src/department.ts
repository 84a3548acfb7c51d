/**
 * Each entering department has its own namespace in the supergraph (market, civilAffairs, planning);
 * the department operations select the same fields under each, and `@include` keeps the caller's one.
 */
export type Namespace = "market" | "civilAffairs" | "planning";

export function namespaceOf(departmentId: string): Namespace {
  const ns = departmentId.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  if (ns !== "market" && ns !== "civilAffairs" && ns !== "planning") throw new Error(`部门 ${departmentId} 尚未接入工作台`);
  return ns;
}

/** The variables that switch on one department's namespace. */
export const only = (ns: Namespace) => ({ market: ns === "market", civilAffairs: ns === "civilAffairs", planning: ns === "planning" });

/** The caller's namespace out of a result that selected one of them. */
export function pick<T>(data: Partial<Record<Namespace, T | null>>, ns: Namespace): T {
  const value = data[ns];
  if (value == null) throw new Error(`响应缺少部门 ${ns} 的数据`);
  return value;
}
