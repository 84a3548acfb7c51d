import { DomainError, type FieldError, ValidationFailed } from "@wuxi/service-kit";
import { validateMobile } from "@wuxi/validators";
import { eq } from "drizzle-orm";
import type { CentreContext } from "../context.ts";
import { requireCentreManager } from "../use-cases/authorize.ts";
import { agents, type AgentTraining } from "../tables.ts";
import { AgentRepository, type AgentRecord } from "./agent-repository.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkTraining(t: AgentTraining, field: string, today: string, errors: FieldError[]) {
  if (!t.course?.trim() || t.course.length > 100) errors.push({ code: "INVALID_COURSE", message: "培训课程名称不能为空且不超过100字", field: `${field}.course` });
  if (!ISO_DATE.test(t.completedOn) || t.completedOn > today) errors.push({ code: "INVALID_COMPLETED_ON", message: "培训完成日期格式应为 YYYY-MM-DD,且不能晚于今天", field: `${field}.completedOn` });
  if (!Number.isInteger(t.hours) || t.hours < 1 || t.hours > 200) errors.push({ code: "INVALID_HOURS", message: "培训学时须为1到200的整数", field: `${field}.hours` });
}

/** 代办员登记: a centre registers its free, full-process agents with the training it gave them. */
export async function registerAgent(
  ctx: CentreContext,
  centreId: string,
  input: { id: string; name: string; phone: string; trainings: AgentTraining[] },
): Promise<{ agent: AgentRecord }> {
  requireCentreManager(ctx, centreId);
  const errors: FieldError[] = [];
  if (!/^[A-Za-z0-9-]{1,32}$/.test(input.id)) errors.push({ code: "INVALID_AGENT_ID", message: "代办员编号只能由字母、数字和连字符组成,不超过32位", field: "id" });
  if (!input.name.trim() || input.name.length > 30) errors.push({ code: "INVALID_NAME", message: "姓名不能为空且不超过30个字", field: "name" });
  const mobile = validateMobile(input.phone);
  if (!mobile.ok) errors.push({ code: mobile.code, message: mobile.message, field: "phone" });
  input.trainings.forEach((t, i) => checkTraining(t, `trainings.${i}`, ctx.today(), errors));
  if (errors.length > 0) throw new ValidationFailed(errors);
  const [row] = await ctx.db
    .insert(agents)
    .values({ id: input.id, centreId, name: input.name.trim(), phone: input.phone, trainings: input.trainings })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new DomainError("AGENT_EXISTS", `代办员编号 ${input.id} 已登记`, "id");
  return { agent: row };
}

/** 代办员培训: the centre records another course an agent completed. */
export async function recordAgentTraining(ctx: CentreContext, agentId: string, training: AgentTraining): Promise<{ agent: AgentRecord }> {
  const agent = await new AgentRepository(ctx.db).byId(agentId);
  if (!agent) throw new DomainError("AGENT_NOT_FOUND", `代办员 ${agentId} 未登记`, "agentId");
  requireCentreManager(ctx, agent.centreId);
  const errors: FieldError[] = [];
  checkTraining(training, "training", ctx.today(), errors);
  if (errors.length > 0) throw new ValidationFailed(errors);
  const [row] = await ctx.db.update(agents).set({ trainings: [...agent.trainings, training] }).where(eq(agents.id, agentId)).returning();
  return { agent: row! };
}

/** An agent may file a case only at the centre that registered them, active and trained. */
export async function requireFilingAgent(ctx: CentreContext, agentId: string, centreId: string): Promise<void> {
  const agent = await new AgentRepository(ctx.db).byId(agentId);
  if (!agent || !agent.active) throw new DomainError("AGENT_NOT_REGISTERED", `代办员 ${agentId} 未在行政服务中心登记`, "agentId");
  if (agent.centreId !== centreId) throw new DomainError("AGENT_OF_ANOTHER_CENTRE", `代办员 ${agent.name} 登记在其他中心,只能在登记中心代办`, "agentId");
  if (agent.trainings.length === 0) throw new DomainError("AGENT_NOT_TRAINED", `代办员 ${agent.name} 尚未参加中心组织的培训,不能代办`, "agentId");
}
