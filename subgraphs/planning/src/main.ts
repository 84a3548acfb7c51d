import { runDepartmentService } from "@wuxi/catalogue";
import { department } from "./department.ts";

runDepartmentService(department);
