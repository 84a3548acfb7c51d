/**
 * A refusal the caller can understand and act on: a stable code, a Chinese message that names the
 * field, and the field's path. Thrown by use cases before anything is written.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}


/** One refused field, as mutation payloads carry it. */
export interface FieldError {
  code: string;
  message: string;
  field?: string | null;
  itemCode?: string | null;
  index?: number | null;
}

/** Several refused fields at once (一次性告知 applies to input too): nothing was written. */
export class ValidationFailed extends DomainError {
  constructor(readonly errors: FieldError[]) {
    super(errors[0]?.code ?? "INVALID_INPUT", errors.map((e) => e.message).join(";"), errors[0]?.field ?? undefined);
    this.name = "ValidationFailed";
  }
}

/**
 * Runs a use case for a mutation payload: refusals become the payload's `errors` (with `empty` for
 * the rest of the payload), anything else is a fault and propagates as a GraphQL error.
 */
export async function payload<T extends object, E extends object>(
  run: () => Promise<T>,
  empty: E,
): Promise<(T | E) & { errors: FieldError[] }> {
  try {
    return { ...(await run()), errors: [] };
  } catch (error) {
    if (error instanceof ValidationFailed) return { ...empty, errors: error.errors };
    if (error instanceof DomainError && error.code !== "FORBIDDEN") {
      return { ...empty, errors: [{ code: error.code, message: error.message, field: error.field ?? null }] };
    }
    throw error;
  }
}
