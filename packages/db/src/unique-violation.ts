/**
 * Whether a database error is a unique-constraint violation (SQLSTATE 23505). drizzle wraps the
 * driver's error (DrizzleQueryError), so the code may sit on the error or on its cause.
 */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (e.code === "23505") return true;
  }
  return false;
}
