import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { DomainError, ErrorCode } from './domain-error';
import { sendPlainErrorPage, wantsHtmlPage } from './error-page';
import { excerpt } from './quote';
import { isUniqueViolation } from './unique-violation';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
}

interface HealthFailure {
  status?: string;
  error?: Record<string, unknown>;
  details?: Record<string, unknown>;
}

/** The HTTP status of a DomainError's code: the one mapping the API and the pages share. */
export function statusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.NotFound:
      return HttpStatus.NOT_FOUND;
    case ErrorCode.Forbidden:
      return HttpStatus.FORBIDDEN;
    case ErrorCode.Unauthenticated:
      return HttpStatus.UNAUTHORIZED;
    case ErrorCode.Conflict:
    case ErrorCode.InvalidState:
      return HttpStatus.CONFLICT;
    case ErrorCode.Unprocessable:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case ErrorCode.BadRequest:
      return HttpStatus.BAD_REQUEST;
    case ErrorCode.TooManyRequests:
      return HttpStatus.TOO_MANY_REQUESTS;
    case ErrorCode.Unavailable:
      return HttpStatus.SERVICE_UNAVAILABLE;
  }
}

function messageOf(response: unknown, fallback: string): string {
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown })?.message;
  if (Array.isArray(message)) return message.join('; ');
  if (typeof message === 'string') return message;
  return fallback;
}

/** A refusal that says when to come back (a rate limit, a sign-in throttle) sends it as Retry-After, in seconds. */
export function sendRetryAfter(exception: unknown, reply: FastifyReply): void {
  const retryAfter = (exception as { retryAfterSeconds?: number })?.retryAfterSeconds;
  if (retryAfter) reply.header('Retry-After', String(retryAfter));
}

/**
 * Turns every error into `{ statusCode, error, message }` (or, for a browser asking for HTML outside the API, a
 * plain page with the same status and message); only genuine server faults are 500s, and they never leak details. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const body: ErrorBody & { details?: unknown } = this.toBody(exception, request);
    const health = exception instanceof HttpException ? (exception.getResponse() as HealthFailure) : undefined;
    if (health?.status === 'error' && health.details) {
      // Readiness: say which dependency is down, and keep terminus' per-dependency details.
      body.message = `Not ready: ${Object.keys(health.error ?? {}).join(', ')} down`;
      body.details = health.details;
    }
    if (body.statusCode === 500) {
      this.logger.error({ err: exception, reqId: request?.id }, 'Unhandled error');
    }
    sendRetryAfter(exception, reply);
    // A person's browser at an address with no page of its own (a mistyped path) gets a page with a way home.
    if (request && wantsHtmlPage(request)) return sendPlainErrorPage(reply, body.statusCode, body.message);
    // A route may have set its own type (text/csv, a page): an error is JSON whatever the route would have sent.
    reply.status(body.statusCode).type('application/json; charset=utf-8').send(body);
  }

  /** The status and message any error maps to; HTML pages show the same words in a page. */
  toBody(exception: unknown, request?: FastifyRequest): ErrorBody {
    if (exception instanceof DomainError) {
      return this.body(statusOf(exception.code), exception.message);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return this.body(status, messageOf(exception.getResponse(), exception.message));
    }
    // A race two clients lost to each other (same slug, same e-mail at once) is a conflict, not a fault.
    if (isUniqueViolation(exception)) {
      return this.body(409, 'This conflicts with a record that was just created; retry, or change the value you sent');
    }
    // Errors raised by Fastify itself (malformed JSON, body too large, wrong content type) carry a 4xx statusCode.
    const fastifyStatus = (exception as { statusCode?: number })?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      return this.body(fastifyStatus, this.fastifyMessage(exception as Error & { code?: string }));
    }
    const ref = request?.id ? ` (reference ${request.id})` : '';
    return this.body(500, `Something went wrong on our side${ref}. Please retry; if it persists, contact support.`);
  }

  private fastifyMessage(error: Error & { code?: string }): string {
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return 'Request body is too large; send a smaller payload';
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return 'Unsupported Content-Type; send application/json';
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return 'Body cannot be empty when Content-Type is application/json';
      default:
        return error.message.startsWith('Unexpected') || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
          ? `Body is not valid JSON: ${excerpt(error.message, 200)}`
          : excerpt(error.message, 200);
    }
  }

  private body(statusCode: number, message: string): ErrorBody {
    return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
  }
}
