import { type Actor, InvalidTokenError, PUBLIC_ACTOR, signGatewayToken, verifyUserToken } from "@wuxi/identity";

export interface GatewayContext {
  actor: Actor;
  /** Signed once per request, sent with every subgraph fetch of the request. */
  gatewayToken: string;
  /** The caller's address, the key of the per-client rate limits. */
  client: string;
}

/** The verified actor of a request: the public without a token, refused with a bad one. */
export async function actorFromAuthorization(header: string | undefined, authSecret: string): Promise<Actor> {
  if (!header) return PUBLIC_ACTOR;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new InvalidTokenError("invalid", "Authorization must be 'Bearer <token>'");
  return verifyUserToken(match[1]!, authSecret);
}

export async function gatewayContext(actor: Actor, gatewaySecret: string, client = "unknown"): Promise<GatewayContext> {
  return { actor, gatewayToken: await signGatewayToken(actor, gatewaySecret), client };
}
