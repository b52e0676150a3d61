import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';

/**
 * Generative requests for every operation of an OpenAPI 3 document: bodies, queries, path ids and headers drawn
 * from each operation's own schemas, mixed with the inputs hostile clients send (NUL, lone surrogates, nulls,
 * 64-bit numbers, impossible dates, deep nesting, unknown fields, broken percent-encoding). Driven by the document
 * alone, so a new endpoint is covered the day it is documented.
 */

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> }; responses?: Record<string, unknown> }>
  >;
  components?: { schemas?: Record<string, Schema> };
}

export interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: Schema;
}

export interface FuzzRequest {
  operation: Operation;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  credential: string;
}

/** Who can call: a name and the headers that authenticate as it (none for an anonymous caller). */
export type Credentials = Record<string, Record<string, string>>;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({
      method: method.toUpperCase(),
      path,
      parameters: item[method].parameters ?? [],
      body: item[method].requestBody?.content?.['application/json']?.schema,
    })),
  );
}

// Values that have given servers 500s: each is a kind a client may send anywhere.
const HOSTILE_VALUES: unknown[] = [
  null,
  '',
  ' ',
  'Ann\u0000Lee',
  '\ud800',
  'x\udc00y',
  '9223372036854775808',
  2 ** 63,
  -(2 ** 63),
  1e308,
  -1,
  0,
  1.5,
  '2026-02-30',
  '0000-01-01',
  '+275760-09-13T00:00:00Z',
  "'; DROP TABLE orders; --",
  '../../etc/passwd',
  'x'.repeat(5000),
  [],
  [null],
  {},
  { nested: { deeper: [1, 'two', null] } },
  true,
  '2',
  'NaN',
  '-0',
  // Denormal and underflowing numbers: JavaScript keeps them, PostgreSQL's float8 input refuses them.
  1e-320,
  -5e-324,
  '1e-320',
  '5e-324',
  '1e-400',
  '1e400',
];

/** Already percent-encoded path segments and query values, including sequences that do not decode. */
const HOSTILE_URL_PARTS = [
  '%00',
  '%',
  '%zz',
  '%E0%A4%A',
  '%ED%A0%80',
  '%C0%AF',
  '..',
  '%2F',
  'a%20b',
  'x'.repeat(300),
  '-1',
  '9223372036854775808',
  'null',
  '%F0%9F%98%80',
  '1e-320',
  '5e-324',
  '-1e-320',
  '1e-400',
  '1e400',
];

/**
 * Multipart bodies that do not parse, with the content types they come under: no boundary, a boundary the body
 * never uses, a part without its headers' end, a part that never ends, a file field on a route that takes none.
 */
const MALFORMED_MULTIPART: [string, string][] = [
  ['multipart/form-data', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n'],
  ['multipart/form-data; boundary=fuzz', 'not multipart at all'],
  ['multipart/form-data; boundary=fuzz', '--fuzz\r\nContent-Disposition: form-data; name="a"'],
  ['multipart/form-data; boundary=fuzz', '--fuzz\r\nContent-Disposition: form-data; name="a"\r\n\r\nunterminated'],
  [
    'multipart/form-data; boundary=fuzz',
    '--fuzz\r\nContent-Disposition: form-data; name="image"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\u0089PNG\r\n--fuzz--\r\n',
  ],
  ['multipart/form-data; boundary=fuzz', '--fuzz\r\nContent-Disposition: form-data; name="__proto__"\r\n\r\n{}\r\n--fuzz--\r\n'],
  ['multipart/form-data; boundary=fuzz', '--fuzz\r\n\r\n\r\n--fuzz--\r\n'],
  ['multipart/form-data; boundary=' + 'b'.repeat(200), '--' + 'b'.repeat(200) + '--\r\n'],
  ['multipart/mixed; boundary=fuzz', '--fuzz\r\n\r\nx\r\n--fuzz--\r\n'],
];

/** Raw JSON bodies that are not what any schema describes. */
const HOSTILE_BODIES = [
  '['.repeat(5000),
  '{"a":'.repeat(2000),
  '{"email": ',
  'null',
  '[]',
  '"text"',
  '12',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{}}}',
  '\u0000',
];

export const hostileValue = (): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HOSTILE_VALUES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) });

function resolve(document: OpenApiDocument, schema: Schema | undefined): Schema {
  let current = schema ?? {};
  for (let hops = 0; current.$ref && hops < 20; hops++) {
    current = document.components?.schemas?.[current.$ref.split('/').pop()!] ?? {};
  }
  if (current.allOf)
    return current.allOf.reduce<Schema>((merged, part) => {
      const resolved = resolve(document, part);
      return {
        ...merged,
        ...resolved,
        properties: { ...merged.properties, ...resolved.properties },
        required: [...(merged.required ?? []), ...(resolved.required ?? [])],
      };
    }, {});
  return current;
}

/** A value the schema describes (within its bounds), or now and then a hostile one. */
export function valueOf(document: OpenApiDocument, raw: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: validValueOf(document, raw, depth) }, { weight: 1, arbitrary: hostileValue() });
}

function validValueOf(document: OpenApiDocument, raw: Schema | undefined, depth: number): fc.Arbitrary<unknown> {
  const schema = resolve(document, raw);
  const variant = schema.oneOf ?? schema.anyOf;
  if (variant?.length) return fc.oneof(...variant.map((part) => validValueOf(document, part, depth)));
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 4 ? fc.constant([]) : fc.array(valueOf(document, schema.items, depth + 1), { maxLength: 3 });
    case 'object':
      return objectOf(document, schema, depth);
    case 'string':
    default:
      if (schema.properties) return objectOf(document, schema, depth);
      return stringOf(schema);
  }
}

function stringOf(schema: Schema): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'date-time':
    case 'date':
      return fc
        .date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => (schema.format === 'date' ? d.toISOString().slice(0, 10) : d.toISOString()));
    case 'email':
      return fc.emailAddress();
    case 'uri':
    case 'url':
      return fc.webUrl();
    default:
      return fc.string({ minLength: Math.min(schema.minLength ?? 0, 40), maxLength: Math.min(schema.maxLength ?? 40, 40) });
  }
}

function objectOf(document: OpenApiDocument, schema: Schema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  if (depth > 4 || !schema.properties) return fc.constant({});
  const record = Object.fromEntries(Object.entries(schema.properties).map(([name, property]) => [name, valueOf(document, property, depth + 1)]));
  const required = (schema.required ?? []).filter((name) => name in record);
  // Mostly every required field present; sometimes one missing, sometimes a field nobody documented.
  return fc
    .tuple(
      fc.record(record, { requiredKeys: required }),
      fc.record(record, { requiredKeys: [] }),
      fc.option(fc.constantFrom('unknownField', 'isAdmin', 'id', 'role'), { freq: 6 }),
      fc.boolean(),
    )
    .map(([full, partial, extra, complete]) => ({ ...(complete ? full : partial), ...(extra ? { [extra]: 'x' } : {}) }));
}

/** Percent-encodes like a browser; text a URL cannot carry as UTF-8 (a lone surrogate) goes as its raw UTF-16 bytes. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...value]
      .map((c) => (c.isWellFormed() ? encodeURIComponent(c) : `%ED%${(0xa0 + ((c.charCodeAt(0) >> 6) & 0x1f)).toString(16).toUpperCase()}%80`))
      .join('');
  }
}

const asText = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

/** Ids and names of real objects, per path parameter name (`id`, `orderId`, `token`, `slug`...). */
export type IdPool = Record<string, string[]>;

/**
 * One generated request for `operation`: path ids from the pool of real objects (or random, or hostile), query and
 * header parameters from their schemas, a body from the request schema (or a hostile raw body), and one of the
 * credentials (mostly those the operation accepts).
 */
export function requestFor(
  document: OpenApiDocument,
  operation: Operation,
  pool: IdPool,
  credentials: Credentials,
  fitting: string[],
): fc.Arbitrary<FuzzRequest> {
  const pathParameters = operation.parameters.filter((p) => p.in === 'path');
  const queryParameters = operation.parameters.filter((p) => p.in === 'query');
  const headerParameters = operation.parameters.filter((p) => p.in === 'header');
  const segment = (name: string) =>
    fc.oneof(
      { weight: (pool[name] ?? []).length ? 6 : 0, arbitrary: fc.constantFrom(...(pool[name] ?? ['-'])).map(encode) },
      { weight: 2, arbitrary: fc.uuid() },
      { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_URL_PARTS) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }).map(encode) },
    );
  const query = fc.tuple(
    fc.tuple(
      ...queryParameters.map((p) =>
        fc.option(
          fc.oneof(
            {
              weight: 6,
              arbitrary: valueOf(document, p.schema).map((v) =>
                (Array.isArray(v) ? v.map(asText) : [asText(v)]).map((v) => `${encode(p.name)}=${encode(v)}`).join('&'),
              ),
            },
            { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_URL_PARTS).map((raw) => `${p.name}=${raw}`) },
          ),
          { freq: 2 },
        ),
      ),
    ),
    fc.option(fc.constantFrom('unknown=1', 'limit=1&limit=2', '%00=1', 'a[b]=c'), { freq: 8 }),
  );
  const body = operation.body
    ? fc.oneof(
        { weight: 8, arbitrary: valueOf(document, operation.body).map((v) => JSON.stringify(v) ?? 'null') },
        { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_BODIES) },
      )
    : fc.option(fc.constantFrom('{"unexpected":true}', '{}', '[1]', '"x"'), { freq: 4 });
  const credential = fc.oneof(
    { weight: fitting.length ? 8 : 0, arbitrary: fc.constantFrom(...(fitting.length ? fitting : ['anonymous'])) },
    { weight: 1, arbitrary: fc.constantFrom(...Object.keys(credentials)) },
  );
  const headerValues = fc.tuple(
    ...headerParameters.map(() =>
      fc.option(fc.oneof(fc.uuid(), fc.string({ unit: 'grapheme-ascii', maxLength: 300 }), fc.constantFrom('x'.repeat(1000), 'é', '\u00ff\u00fe')), {
        freq: 8,
      }),
    ),
  );
  const contentType = fc.constantFrom(
    'application/json',
    'application/json',
    'application/json',
    'application/json; charset=utf-8',
    'text/plain',
    'application/x-www-form-urlencoded',
    '',
  );
  // Now and then a malformed multipart body in place of the operation's own, under its content type.
  const typedBody = fc.oneof(
    { weight: 9, arbitrary: fc.tuple(body, contentType) },
    { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_MULTIPART).map(([type, payload]) => [payload, type] as [string | null, string]) },
  );
  return fc
    .tuple(fc.tuple(...pathParameters.map((p) => segment(p.name))), query, typedBody, credential, headerValues)
    .map(([segments, [queryParts, extra], [payload, type], who, headerValuesDrawn]) => {
      let url = operation.path;
      pathParameters.forEach((p, i) => (url = url.replace(`{${p.name}}`, segments[i])));
      const search = [...queryParts, extra].filter((part): part is string => !!part).join('&');
      const headers: Record<string, string> = { ...credentials[who] };
      headerParameters.forEach((p, i) => {
        if (headerValuesDrawn[i] !== null) headers[p.name.toLowerCase()] = headerValuesDrawn[i]!;
      });
      if (payload !== null && payload !== undefined && type) headers['content-type'] = type;
      return {
        operation,
        method: operation.method,
        url: search ? `${url}?${search}` : url,
        headers,
        payload: payload ?? undefined,
        credential: who,
      };
    });
}

export interface FuzzResult {
  request: FuzzRequest;
  status: number;
  problem?: string;
}

/** Sends one request and says what is wrong with its answer: a 5xx, or an error not in the one error shape. */
export async function send(fastify: FastifyInstance, request: FuzzRequest): Promise<FuzzResult> {
  const response = await fastify.inject({ method: request.method as 'GET', url: request.url, headers: request.headers, payload: request.payload });
  const status = response.statusCode;
  if (status >= 500) return { request, status, problem: `${status}: ${response.body.slice(0, 300)}` };
  if (status >= 400) {
    let body: Record<string, unknown> | undefined;
    try {
      body = response.json();
    } catch {
      body = undefined;
    }
    const shaped =
      !!body &&
      Object.keys(body).sort().join() === 'error,message,statusCode' &&
      body.statusCode === status &&
      typeof body.error === 'string' &&
      typeof body.message === 'string' &&
      body.message.length > 0;
    if (!shaped || !String(response.headers['content-type']).startsWith('application/json')) {
      return {
        request,
        status,
        problem: `${status} not in the error shape: ${String(response.headers['content-type'])} ${response.body.slice(0, 300)}`,
      };
    }
  }
  return { request, status };
}

/** The credentials an operation accepts: those a plain request with real path ids is not refused with 401/403 for. */
export async function fittingCredentials(fastify: FastifyInstance, operation: Operation, pool: IdPool, credentials: Credentials): Promise<string[]> {
  let url = operation.path;
  for (const p of operation.parameters.filter((p) => p.in === 'path'))
    url = url.replace(`{${p.name}}`, encode(pool[p.name]?.[0] ?? '00000000-0000-4000-8000-000000000000'));
  const fitting: string[] = [];
  for (const [name, headers] of Object.entries(credentials)) {
    // A GET shows the caller's access; for a write, an empty body is enough to be refused for access before anything else.
    const response = await fastify.inject({
      method: operation.method as 'GET',
      url,
      headers: operation.method === 'GET' ? headers : { ...headers, 'content-type': 'application/json' },
      payload: operation.method === 'GET' ? undefined : '{}',
    });
    if (response.statusCode !== 401 && response.statusCode !== 403) fitting.push(name);
  }
  return fitting;
}

/** Operations after which the credentials they were sent with no longer work (signing out). */
export const endsSession = (operation: Operation) => /\/auth\/logout/.test(operation.path);

/** Every request of a run, generated from `seed`: the same seed always sends the same requests. */
export function generateRequests(
  document: OpenApiDocument,
  operations: Operation[],
  fitting: Map<Operation, string[]>,
  pool: IdPool,
  credentials: Credentials,
  count: number,
  seed: number,
): FuzzRequest[] {
  const arbitraries = operations.map((operation) => requestFor(document, operation, pool, credentials, fitting.get(operation) ?? []));
  // Round-robin over the operations, so each is tried about count / operations times.
  const perOperation = Math.ceil(count / operations.length);
  const samples = arbitraries.map((arbitrary, i) => fc.sample(arbitrary, { seed: seed + i, numRuns: perOperation }));
  const requests: FuzzRequest[] = [];
  for (let round = 0; round < perOperation && requests.length < count; round++) {
    for (const batch of samples) if (requests.length < count) requests.push(batch[round]);
  }
  return requests;
}

/** A workspace a browser signs in to: its base path, a user of its role, and the form session of its sign-in page. */
export interface SignInTarget {
  basePath: string;
  email: string;
  password: string;
  /** The cookie and form token a GET of the sign-in page gave. */
  cookie: string;
  formToken: string;
}

/** Addresses to come back to after signing in that no header may carry as they are: non-ASCII, controls, CR LF, bidi marks. */
const HOSTILE_NEXT = [
  'é',
  '/wón',
  '/won?q=日本',
  '/\u0001',
  '/won\r\nSet-Cookie: x=1',
  '/😀',
  '/%E9',
  '/won#ä',
  '\u202e/x',
  '/\u00a0',
  '/\u007f',
  '/won\ttab',
  '//evil.example/é',
];

/**
 * Requests that end in a redirect built from the client's input: a correct sign-in to each workspace with a
 * hostile `next` (under the workspace or not), the sign-in page asked for with one, and a workspace page opened
 * without a session at a hostile address (which redirects to sign-in with it as `next`).
 */
export function redirectRequests(targets: SignInTarget[], count: number, seed: number): FuzzRequest[] {
  const next = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NEXT) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }) },
  );
  const request = fc
    .tuple(fc.constantFrom(...targets), next, fc.boolean(), fc.constantFrom('sign-in', 'sign-in', 'form', 'page'))
    .map(([target, suffix, inside, kind]): FuzzRequest => {
      const value = inside ? `${target.basePath}${suffix}` : suffix;
      const operation = { method: kind === 'sign-in' ? 'POST' : 'GET', path: `${target.basePath}/login`, parameters: [] };
      const html = { accept: 'text/html' };
      if (kind === 'page')
        return { operation, method: 'GET', url: `${target.basePath}/won/${encode(suffix)}`, headers: html, credential: 'anonymous' };
      if (kind === 'form')
        return { operation, method: 'GET', url: `${target.basePath}/login?next=${encode(value)}`, headers: html, credential: 'anonymous' };
      const form = new URLSearchParams({ _csrf: target.formToken, email: target.email, password: target.password, next: value });
      return {
        operation,
        method: 'POST',
        url: operation.path,
        headers: { ...html, cookie: target.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: form.toString(),
        credential: target.basePath.slice(1),
      };
    });
  return fc.sample(request, { seed, numRuns: count });
}

/** Sends a redirecting request and says what is wrong with its answer: a 5xx, or a Location that leaves the site or a header could not carry. */
export async function sendRedirect(fastify: FastifyInstance, request: FuzzRequest): Promise<FuzzResult> {
  const response = await fastify.inject({ method: request.method as 'GET', url: request.url, headers: request.headers, payload: request.payload });
  const status = response.statusCode;
  if (status >= 500) return { request, status, problem: `${status}: ${response.body.slice(0, 300)}` };
  const location = response.headers.location;
  if (location !== undefined && !(typeof location === 'string' && /^\/(?![/\\])[\x21-\x7e]*$/.test(location))) {
    return { request, status, problem: `Location not a same-site ASCII path: ${JSON.stringify(location)}` };
  }
  return { request, status };
}
