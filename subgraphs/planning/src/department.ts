import type { DepartmentModule } from "@wuxi/catalogue";
import * as tables from "./tables.ts";

export const department: DepartmentModule = { id: "planning", tables, root: new URL("..", import.meta.url) };
