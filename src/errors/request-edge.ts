import { STATUS_CODES } from 'node:http';
import { HttpException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode } from './domain-error';
import { excerpt } from './quote';
import { isStorePath, sendPlainErrorPage, StorePageAnswer, storeSlugOf, wantsHtmlPage } from './error-page';

/** Deepest nesting of arrays and objects a JSON body may have; our documents nest four levels at most. */
export const MAX_JSON_DEPTH = 32;

/** Headers whose values reach the database or a lookup (others are only logged or ignored). */
const CHECKED_HEADERS = ['idempotency-key', 'x-api-key', 'authorization'];

const badRequest = (message: string) => new DomainError(ErrorCode.BadRequest, message);

/** How deep `json` nests, counted without parsing it (so a hostile body cannot exhaust the parser's stack). */
export function jsonDepth(json: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/**
 * Text PostgreSQL and URI decoding cannot take: a NUL character (refused by PostgreSQL's text types) or an
 * unpaired UTF-16 surrogate (not encodable as UTF-8). Returns the first field path holding such text.
 */
export function findUnstorableText(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\0') || !value.isWellFormed() ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnstorableText(key, path ? `${path}.${key}` : key) ?? findUnstorableText(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return undefined;
}

/** The query string's parameters that do not percent-decode as UTF-8 (the parser would keep them as typed). */
function badlyEncodedQuery(url: string): string | undefined {
  const query = url.split('?', 2)[1] ?? '';
  for (const pair of query.split('&')) {
    const [name, value = ''] = pair.split('=', 2);
    for (const part of [name, value]) {
      try {
        decodeURIComponent(part.replace(/\+/g, ' '));
      } catch {
        return name;
      }
    }
  }
  return undefined;
}

function checkText(request: FastifyRequest): void {
  const badQuery = badlyEncodedQuery(request.url);
  if (badQuery !== undefined) {
    throw badRequest(`query parameter ${badQuery} is not correctly percent-encoded UTF-8; encode it as a URL component`);
  }
  const headers = Object.fromEntries(CHECKED_HEADERS.map((name) => [name, request.headers[name]]));
  const sources: [string, unknown][] = [
    ['path parameter ', request.params],
    ['query parameter ', request.query],
    ['header ', headers],
    ['', request.body],
  ];
  for (const [kind, value] of sources) {
    const field = findUnstorableText(value, '');
    if (field !== undefined) {
      throw badRequest(`${kind}${field || 'body'} contains a NUL character or broken Unicode (a lone surrogate); send plain UTF-8 text`);
    }
  }
}

/**
 * Answers an error raised before any route or filter runs, in the form the client reads: a store address gets
 * the store's page, a browser elsewhere outside the API a plain page, anyone else the JSON error shape.
 * Returns false when the caller should answer JSON itself.
 */
async function answerAsPage(exception: unknown, request: FastifyRequest, reply: FastifyReply, storePage: StorePageAnswer): Promise<boolean> {
  if (isStorePath(request.url)) {
    const { statusCode, message } = edgeError(exception);
    await storePage(new HttpException(message, statusCode), request, reply, storeSlugOf(request.url));
    return true;
  }
  if (wantsHtmlPage(request)) {
    const { statusCode, message } = edgeError(exception);
    sendPlainErrorPage(reply, statusCode, message);
    return true;
  }
  return false;
}

function edgeError(exception: unknown): { statusCode: number; message: string } {
  if (exception instanceof DomainError) return { statusCode: 400, message: exception.message };
  const error = exception as FastifyError;
  const statusCode = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  const message =
    error.code === 'FST_ERR_BAD_URL'
      ? 'The address is not valid: part of it is not correctly percent-encoded UTF-8'
      : `The request could not be routed: ${excerpt(error.message, 200)}`;
  return { statusCode, message };
}

/**
 * The first line of input checks, before any route runs: JSON bodies nested too deeply, and text that cannot
 * be stored or decoded, anywhere in the body, query, path or the headers we read, are a 400 naming the field
 * (as a page for store addresses and browsers, see answerAsPage).
 */
export function guardRequestEdge(app: NestFastifyApplication, bodyLimit: number, storePage: StorePageAnswer): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser('application/json', { bodyLimit }, (request, body, done) => {
    const json = body.toString('utf8');
    if (jsonDepth(json) > MAX_JSON_DEPTH) {
      return done(badRequest(`Body nests deeper than ${MAX_JSON_DEPTH} levels of arrays and objects; send a flatter document`), undefined);
    }
    void parseJson(request as FastifyRequest, json, done);
  });
  fastify.addHook('preValidation', async (request, reply) => {
    try {
      checkText(request);
    } catch (error) {
      if (await answerAsPage(error, request, reply, storePage)) return reply;
      throw error;
    }
  });
}

/**
 * Errors the router raises before any route or filter runs (a path that does not percent-decode as UTF-8):
 * a page for store addresses and browsers, else the one error shape, with a message that says what to fix.
 */
export function routerErrorAnswer(storePage: () => StorePageAnswer) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    void answerAsPage(error, request, reply, storePage()).then((answered) => {
      if (answered) return;
      const { statusCode, message } = edgeError(error);
      void reply
        .status(statusCode)
        .type('application/json; charset=utf-8')
        .send({ statusCode, error: STATUS_CODES[statusCode] ?? 'Bad Request', message });
    });
  };
}

/**
 * A Location value as an HTTP header can carry it: every character outside printable ASCII (non-ASCII letters,
 * spaces, controls) percent-encoded as UTF-8, a lone surrogate as U+FFFD; escapes already there are kept.
 */
export function asciiLocation(location: string): string {
  return location.replace(/[^\x21-\x7e]/gu, (c) => (c.isWellFormed() ? encodeURIComponent(c) : '%EF%BF%BD'));
}

/**
 * Every redirect leaves with a Location a header can carry, whatever address it was built from (a `next` typed
 * with accents, a page path with an emoji): Node refuses to write a non-ASCII header and the answer was a 500.
 */
export function encodeLocationHeaders(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (_request, reply, payload) => {
      const location = reply.getHeader('location');
      if (typeof location === 'string' && /[^\x21-\x7e]/.test(location)) reply.header('location', asciiLocation(location));
      return payload;
    });
}
