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

