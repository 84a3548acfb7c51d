import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import { type Logger } from "@wuxi/service-kit";
import { type DocumentNode, type FragmentDefinitionNode, GraphQLError, Kind, type OperationDefinitionNode, type SelectionNode } from "graphql";
import { RateLimiterMemory, type RateLimiterAbstract, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { GatewayContext } from "./context.ts";

/**
 * Fields that open a case to whoever holds its number and query code: the public status lookup
 * (办件查询) and the rating (好差评). Any future citizen login goes here too.
 */
export const GUARDED_FIELDS: Record<string, { caseArgument: string; wrongCode: (value: unknown) => boolean }> = {
  caseStatus: { caseArgument: "caseNumber", wrongCode: (v) => v === null },
  rateCase: {
    caseArgument: "caseNumber",
    wrongCode: (v) => Array.isArray((v as { errors?: unknown })?.errors) && (v as { errors: { code: string }[] }).errors.some((e) => e.code === "CASE_NOT_FOUND"),
  },
};

/**
 * The limits, and why they are enough (docs/security.md has the arithmetic): a client gets
 * CLIENT_POINTS guarded lookups a minute; one case takes CASE_WRONG_CODES wrong codes an hour from
 * all clients together, then refuses even the right code for LOCKOUT_SECONDS. At most
 * 5 × 24 × 365 = 43,800 wrong guesses a year reach one case, against 10^10 query codes.
 */
export const LIMITS = {
  clientPointsPerMinute: 30,
  casePointsPerMinute: 20,
  caseWrongCodesPerHour: 5,
  lockoutSeconds: 3600,
  /**
   * Query cost (gateway/src/cost.ts) one anonymous client may spend a minute: about seven of the
   * heaviest citizens' pages (the network of centres and windows costs ~14,600), hundreds of status
   * lookups. Past it the public is refused RATE_LIMITED until the minute turns, so a few clients
   * sending the largest allowed query back to back cannot starve the clerks (docs/security.md).
   */
  publicCostPerMinute: 100_000,
};

export interface RateLimiters {
  client: RateLimiterAbstract;
  caseLookups: RateLimiterAbstract;
  wrongCodes: RateLimiterAbstract;
  publicCost: RateLimiterAbstract;
}

/** In memory by default (one gateway); in Redis when REDIS_URL is set, shared by every replica. */
export async function createRateLimiters(redisUrl?: string, limits = LIMITS): Promise<RateLimiters & { close(): Promise<void> }> {
  const options = [
    { keyPrefix: "rl-client", points: limits.clientPointsPerMinute, duration: 60 },
    { keyPrefix: "rl-case", points: limits.casePointsPerMinute, duration: 60 },
    { keyPrefix: "rl-wrong-code", points: limits.caseWrongCodesPerHour, duration: 3600, blockDuration: limits.lockoutSeconds },
    { keyPrefix: "rl-public-cost", points: limits.publicCostPerMinute, duration: 60 },
  ];
  if (!redisUrl) {
    const [client, caseLookups, wrongCodes, publicCost] = options.map((o) => new RateLimiterMemory(o));
    return { client: client!, caseLookups: caseLookups!, wrongCodes: wrongCodes!, publicCost: publicCost!, close: async () => {} };
  }
  const { Redis } = await import("ioredis");
  const redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  const [client, caseLookups, wrongCodes, publicCost] = options.map((o) => new RateLimiterRedis({ ...o, storeClient: redis }));
  return { client: client!, caseLookups: caseLookups!, wrongCodes: wrongCodes!, publicCost: publicCost!, close: async () => void redis.disconnect() };
}

interface GuardedCall {
  responseKey: string;
  field: string;
  caseNumber: string;
}

/** The guarded root fields of an operation, through inline fragments and fragment spreads too. */
function guardedCalls(operation: OperationDefinitionNode, document: DocumentNode, variables: Record<string, unknown>): GuardedCall[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const calls: GuardedCall[] = [];
  const seen = new Set<string>();
  const walk = (selections: readonly SelectionNode[]) => {
    for (const selection of selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet.selections);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value)) {
          seen.add(fragment.name.value);
          walk(fragment.selectionSet.selections);
        }
      } else {
        const guard = GUARDED_FIELDS[selection.name.value];
        if (!guard) continue;
        const argument = selection.arguments?.find((a) => a.name.value === guard.caseArgument)?.value;
        let caseNumber = "";
        if (argument?.kind === Kind.STRING) caseNumber = argument.value;
        else if (argument?.kind === Kind.VARIABLE) caseNumber = String(variables[argument.name.value] ?? "");
        calls.push({ responseKey: selection.alias?.value ?? selection.name.value, field: selection.name.value, caseNumber: caseNumber.trim() });
      }
    }
  };
  walk(operation.selectionSet.selections);
  return calls;
}

export function refused(message: string, retrySeconds: number): GraphQLError {
  // Apollo Server reads `http.headers` as a Map; Hive Gateway's packages (installed beside it)
  // augment the extensions type with a record instead, so the literal is typed loosely here.
  const extensions: Record<string, unknown> = {
    code: "RATE_LIMITED",
    retryAfterSeconds: retrySeconds,
    http: { status: 429, headers: new Map([["retry-after", String(retrySeconds)]]) },
  };
  return new GraphQLError(message, { extensions });
}

export const seconds = (r: unknown) => Math.max(1, Math.ceil(((r as RateLimiterRes).msBeforeNext ?? 1000) / 1000));

/**
 * Refuses before execution: every guarded field (aliases count one each) spends a point of the
 * client's and of the case's budget; a case locked by wrong codes refuses even the right one.
 * After execution, each guarded field that answered "wrong code" spends a point of the case's
 * wrong-code budget, the last of which locks the case.
 */
export function rateLimitPlugin(limiters: RateLimiters, logger: Logger): ApolloServerPlugin<GatewayContext> {
  const calls = new WeakMap<object, GuardedCall[]>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc: GraphQLRequestContext<GatewayContext>) {
          if (!rc.operation) return;
          const found = guardedCalls(rc.operation, rc.document!, rc.request.variables ?? {});
          if (found.length === 0) return;
          calls.set(rc.contextValue, found);
          try {
            await limiters.client.consume(rc.contextValue.client, found.length);
          } catch (r) {
            if (!(r instanceof RateLimiterRes)) throw r;
            throw refused("查询过于频繁,请稍后再试", seconds(r));
          }
          for (const [caseNumber, n] of countBy(found.map((c) => c.caseNumber))) {
            // Every attempt reserves a wrong-code point before it runs (refunded when the code was
            // right), so neither aliases nor parallel requests can try more codes than remain.
            try {
              await limiters.wrongCodes.consume(caseNumber, n);
            } catch (r) {
              if (!(r instanceof RateLimiterRes)) throw r;
              throw refused("该办件查询码输错次数过多,已暂时锁定,请稍后再试或携带受理通知书到窗口查询", seconds(r));
            }
            try {
              await limiters.caseLookups.consume(caseNumber, n);
            } catch (r) {
              if (!(r instanceof RateLimiterRes)) throw r;
              throw refused("该办件查询过于频繁,请稍后再试", seconds(r));
            }
          }
        },
        async willSendResponse(rc: GraphQLRequestContext<GatewayContext>) {
          const found = calls.get(rc.contextValue);
          const body = rc.response.body;
          if (!found || body?.kind !== "single") return;
          const data = body.singleResult.data as Record<string, unknown> | null | undefined;
          for (const call of found) {
            const answered = data && call.responseKey in data;
            // Refunded only when the code opened the case; a fault or a refusal keeps the point.
            if (!answered || GUARDED_FIELDS[call.field]!.wrongCode(data[call.responseKey])) continue;
            await limiters.wrongCodes.reward(call.caseNumber, 1).catch((e: unknown) => logger.warn({ err: e }, "rate limiter store failed"));
          }
        },
      };
    },
  };
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
