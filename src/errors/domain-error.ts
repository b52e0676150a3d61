/** What went wrong, independent of transport; mapped to an HTTP status in one place (http-error.filter.ts). */
export enum ErrorCode {
  NotFound = 'NOT_FOUND',
  Forbidden = 'FORBIDDEN',
  Unauthenticated = 'UNAUTHENTICATED',
  Conflict = 'CONFLICT',
  InvalidState = 'INVALID_STATE',
  Unprocessable = 'UNPROCESSABLE',
  BadRequest = 'BAD_REQUEST',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  /** A service we depend on (the payment provider) cannot be reached: try again shortly. */
  Unavailable = 'UNAVAILABLE',
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The request field at fault, when there is one (forms show the error next to it). */
    readonly field?: string,
  ) {
    super(message);
  }

  static notFound(what: string): DomainError {
    return new DomainError(ErrorCode.NotFound, `${what} not found`);
  }
}
