import type { DepartmentModule } from "@wuxi/catalogue";
import * as tables from "./tables.ts";

export const department: DepartmentModule = { id: "market", tables, root: new URL("..", import.meta.url) };
