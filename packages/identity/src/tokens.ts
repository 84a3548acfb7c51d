import { SignJWT, errors, jwtVerify } from "jose";
import { type Actor, actorSchema, missingScope } from "./actor.ts";

/** Header on which the gateway passes the verified actor to subgraphs. */
export const GATEWAY_TOKEN_HEADER = "x-gateway-token";

const USER_ISSUER = "wuxi-service-network";
const USER_AUDIENCE = "wuxi-gateway";
const INTERNAL_ISSUER = "wuxi-gateway";
const INTERNAL_AUDIENCE = "wuxi-subgraph";

const key = (secret: string) => new TextEncoder().encode(secret);

export class InvalidTokenError extends Error {
  constructor(readonly reason: "expired" | "invalid" | "scope", message: string) {
    super(message);
    this.name = "InvalidTokenError";
  }
}

async function sign(actor: Actor, secret: string, issuer: string, audience: string, ttl: string): Promise<string> {
  const { id, ...claims } = actorSchema.parse(actor);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(id)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(key(secret));
}

/**
 * The longest a user's token may live: one working day and a bit (a clerk's shift). A token
 * without `exp` or `iat`, or whose `exp` lies further than this after its `iat`, is refused:
 * a leaked token must stop working by itself.
 */
export const MAX_USER_TOKEN_SECONDS = 12 * 3600;
export const MAX_GATEWAY_TOKEN_SECONDS = 5 * 60;

async function verify(token: string, secret: string, issuer: string, audience: string, allowSystem: boolean, maxSeconds: number): Promise<Actor> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, key(secret), { issuer, audience, algorithms: ["HS256"], requiredClaims: ["exp", "iat"], maxTokenAge: maxSeconds }));
  } catch (e) {
    if (e instanceof errors.JWTExpired) throw new InvalidTokenError("expired", "token expired");
    throw new InvalidTokenError("invalid", "token invalid");
  }
  if (payload.exp! - payload.iat! > maxSeconds) throw new InvalidTokenError("invalid", "token lifetime exceeds the limit");
  const parsed = actorSchema.safeParse({ ...payload, id: payload.sub });
  if (!parsed.success) throw new InvalidTokenError("invalid", "token claims invalid");
  // Only the platform's own services speak as SYSTEM, and never with a user's token.
  if (parsed.data.role === "SYSTEM" && !allowSystem) throw new InvalidTokenError("invalid", "SYSTEM is not a user role");
  const missing = missingScope(parsed.data);
  if (missing.length > 0) throw new InvalidTokenError("scope", `token lacks ${missing.join(", ")} for ${parsed.data.role}`);
  return parsed.data;
}

/** A user's token, as the identity provider (or `npm run token` in development) issues it. */
export const signUserToken = (actor: Actor, secret: string, ttl = "12h") =>
  sign(actor, secret, USER_ISSUER, USER_AUDIENCE, ttl);
export const verifyUserToken = (token: string, secret: string) => verify(token, secret, USER_ISSUER, USER_AUDIENCE, false, MAX_USER_TOKEN_SECONDS);

/** The gateway's short-lived statement of the verified actor, sent to each subgraph. */
export const signGatewayToken = (actor: Actor, secret: string) =>
  sign(actor, secret, INTERNAL_ISSUER, INTERNAL_AUDIENCE, "5m");
export const verifyGatewayToken = (token: string, secret: string) =>
  verify(token, secret, INTERNAL_ISSUER, INTERNAL_AUDIENCE, true, MAX_GATEWAY_TOKEN_SECONDS);
