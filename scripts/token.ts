/**
 * npm run token -- --role WINDOW_CLERK --centre 320213 --window 320213-A01 [--department market] [--id clerk-01] [--ttl 12h]
 * npm run token -- --role DEPARTMENT_APPROVER --department market --head --name 王建国   (本行政机关负责人: approves Art. 42 extensions)
 * Mints a development token signed with AUTH_SECRET (the development default unless set).
 */
import { parseArgs } from "node:util";
import { ROLES, type Role, signUserToken, missingScope } from "@wuxi/identity";
import { DEV_AUTH_SECRET } from "@wuxi/service-kit";

const { values } = parseArgs({
  options: {
    role: { type: "string" },
    centre: { type: "string" },
    department: { type: "string" },
    window: { type: "string" },
    id: { type: "string" },
    head: { type: "boolean" },
    name: { type: "string" },
    ttl: { type: "string", default: "12h" },
  },
});

const role = values.role?.toUpperCase().replace(/-/g, "_") as Role | undefined;
if (!role || !ROLES.includes(role) || role === "SYSTEM") {
  console.error(`--role is one of: ${ROLES.filter((r) => r !== "SYSTEM").join(", ")}`);
  process.exit(2);
}
const actor = {
  id: values.id ?? `dev-${role.toLowerCase()}`,
  role,
  centreId: values.centre,
  departmentId: values.department,
  windowId: values.window,
  ...(values.head ? { head: true } : {}),
  ...(values.name ? { name: values.name } : {}),
};
const missing = missingScope(actor);
if (missing.length > 0) {
  const flags: Record<string, string> = { centreId: "--centre", departmentId: "--department", windowId: "--window" };
  console.error(`${role} needs ${missing.map((m) => flags[m]).join(" and ")}`);
  process.exit(2);
}
console.log(await signUserToken(actor, process.env.AUTH_SECRET || DEV_AUTH_SECRET, values.ttl));
