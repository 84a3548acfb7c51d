import { DomainError, payload } from "@wuxi/service-kit";
import { maskPhone } from "@wuxi/validators";
import { AgentRepository } from "../agents/agent-repository.ts";
import { recordAgentTraining, registerAgent } from "../agents/register-agent.ts";
import { CaseRepository } from "../cases/case-repository.ts";
import type { AgentResolvers, MutationResolvers, QueryResolvers } from "../generated/graphql.ts";

export const Agent: AgentResolvers = {
  phone: (a, _x, { actor }) => (actor.id === a.id ? a.phone : maskPhone(a.phone)),
  centre: async (a, _x, { centreById }) => (await centreById.load(a.centreId))!,
};

export const agentQueries: QueryResolvers = {
  agents: async (_p, { centreId }, { actor, db }) => {
    if (actor.centreId !== centreId || actor.role === "PUBLIC") throw new DomainError("FORBIDDEN", "只能查看本中心登记的代办员");
    return new AgentRepository(db).ofCentre(centreId);
  },
  myEntrustedCases: async (_p, { first }, { actor, db }) => {
    if (actor.role !== "AGENT") throw new DomainError("FORBIDDEN", "只有代办员可以查看受托办件");
    return new CaseRepository(db).entrustedTo(actor.id, Math.min(Math.max(first ?? 100, 1), 500));
  },
};

export const agentMutations: MutationResolvers = {
  registerAgent: (_p, { centreId, input }, ctx) => payload(() => registerAgent(ctx, centreId, input), { agent: null }),
  recordAgentTraining: (_p, { agentId, training }, ctx) => payload(() => recordAgentTraining(ctx, agentId, training), { agent: null }),
};
