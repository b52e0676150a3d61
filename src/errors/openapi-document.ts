import type { OpenAPIObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import { STATUS_CODES } from 'node:http';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { ERROR_DESCRIPTIONS } from './api-errors.decorator';

type Schema = Record<string, unknown> & { type?: string; properties?: Record<string, Schema>; items?: Schema; $ref?: string; format?: string };
type Response = Record<string, unknown> & { headers?: Record<string, unknown> };
type Operation = { responses: Record<string, Response>; security?: unknown[]; parameters?: { in: string }[]; 'x-roles'?: string[] };

/**
 * The largest string the API returns where the view does not say: stored text comes through inputs bounded at
 * 5,000 characters at most (a product description); longer ones (an e-mail's HTML) declare their own bound.
 */
const RESPONSE_STRING_MAX = 5000;
const DATE_TIME_MAX = 35;

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** JSON Schema keywords for class-validator's checks, so a DTO is validated and documented from the same decorators. */
function keywordsOf(rule: ValidationMetadata): Schema {
  const [first, second] = (rule.constraints ?? []) as unknown[];
  switch (rule.name) {
    case 'maxLength':
      return { maxLength: first };
    case 'minLength':
      return { minLength: first };
    case 'isLength':
      return { minLength: first, ...(second !== undefined ? { maxLength: second } : {}) };
    case 'min':
      return { minimum: first };
    case 'max':
      return { maximum: first };
    case 'arrayMaxSize':
      return { maxItems: first };
    case 'arrayMinSize':
      return { minItems: first };
    case 'matches':
      return { pattern: (first as RegExp).source };
    case 'isInt':
      return { type: 'integer' };
    case 'isUuid':
      return { format: 'uuid', maxLength: 36 };
    case 'isEmail':
      return { format: 'email', maxLength: 254 };
    case 'isUrl':
      return { format: 'uri' };
    case 'isLatitude':
      return { minimum: -90, maximum: 90 };
    case 'isLongitude':
      return { minimum: -180, maximum: 180 };
    case 'isDate':
    case 'isIso8601':
    case 'isDateString':
    case 'isIsoDate':
      return { format: 'date-time', maxLength: DATE_TIME_MAX };
    case 'isISO4217CurrencyCode':
      return { pattern: '^[A-Z]{3}$', maxLength: 3 };
    default:
      return {};
  }
}

/** Copies each validated DTO's bounds into its schema; a documented value (in @ApiProperty) wins. */
function documentValidation(schemas: Record<string, Schema>): Set<string> {
  const validated = new Set<string>();
  // class-validator keeps its rules per class in this map; it has no public way to list the classes.
  const classes = (getMetadataStorage() as unknown as { validationMetadatas: Map<{ name: string }, ValidationMetadata[]> }).validationMetadatas;
  for (const target of classes.keys()) {
    const schema = schemas[target.name];
    if (!schema?.properties) continue;
    validated.add(target.name);
    // With the rules a class inherits (PartialType(...) keeps its parent's rules on an intermediate class).
    for (const rule of getMetadataStorage().getTargetValidationMetadatas(target as never, '', true, false)) {
      const property = schema.properties[rule.propertyName];
      if (!property) continue;
      const keywords = keywordsOf(rule);
      const holder = property.type === 'array' && rule.each ? (property.items ?? property) : property;
      for (const [key, value] of Object.entries(keywords)) if (holder[key] === undefined) holder[key] = value;
      // A UUID or an e-mail address is a string whatever the decorator order gave Swagger.
      if ((rule.name === 'isUuid' || rule.name === 'isEmail') && holder.type !== 'string') holder.type = 'string';
    }
  }
  return validated;
}

/**
 * Query parameters come from a query DTO's properties (Swagger lists them one by one): the DTO whose properties
 * are exactly an operation's query parameters lends them its validation bounds, as for body schemas.
 */
function documentQueryValidation(document: OpenAPIObject): void {
  const storage = getMetadataStorage();
  const classes = [...(storage as unknown as { validationMetadatas: Map<object, ValidationMetadata[]> }).validationMetadatas.keys()].map((target) => {
    const rules = storage.getTargetValidationMetadatas(target as never, '', true, false);
    return { rules, names: new Set(rules.map((rule) => rule.propertyName)) };
  });
  for (const item of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      const parameters = (
        (item as Record<string, { parameters?: { in: string; name: string; schema?: Schema }[] } | undefined>)[method]?.parameters ?? []
      ).filter((p) => p.in === 'query');
      if (!parameters.length) continue;
      const dto = classes.find(({ names }) => names.size === parameters.length && parameters.every((p) => names.has(p.name)));
      for (const rule of dto?.rules ?? []) {
        const schema = parameters.find((p) => p.name === rule.propertyName)?.schema;
        if (!schema) continue;
        for (const [key, value] of Object.entries(keywordsOf(rule))) if (schema[key] === undefined) schema[key] = value;
      }
    }
  }
}

/** Bounds every string of a response schema that does not state one (see RESPONSE_STRING_MAX). */
function boundResponseStrings(schema: Schema | undefined, seen = new Set<Schema>()): void {
  if (!schema || seen.has(schema)) return;
  seen.add(schema);
  if (schema.type === 'string' && schema.maxLength === undefined && schema.enum === undefined) {
    schema.maxLength = schema.format === 'date-time' ? DATE_TIME_MAX : RESPONSE_STRING_MAX;
  }
  for (const property of Object.values(schema.properties ?? {})) boundResponseStrings(property, seen);
  boundResponseStrings(schema.items, seen);
}

/** Integers say their size (int32 or int64), as OWASP asks, from their documented range. */
function sizeIntegers(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(sizeIntegers);
  if (!node || typeof node !== 'object') return;
  const schema = node as Schema & { minimum?: number; maximum?: number };
  if (schema.type === 'integer' && !schema.format) {
    const int32 = schema.maximum !== undefined && schema.maximum <= 2 ** 31 - 1 && (schema.minimum ?? 0) >= -(2 ** 31);
    schema.format = int32 ? 'int32' : 'int64';
  }
  Object.values(node).forEach(sizeIntegers);
}

function errorResponse(status: number): Response {
  return { description: ERROR_DESCRIPTIONS[status], content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } } };
}

/** The header fields of the answers: rate limits (RequestLimits) and the allowed origin (app.factory.ts). */
const RESPONSE_HEADERS = {
  'RateLimit-Policy': {
    description:
      'The quota that counted this request (IETF draft-ietf-httpapi-ratelimit-headers-10): `"<policy>";q=<requests>;w=<seconds>`, the policy being ' +
      '"api-key", "user" or (without credentials) "address". Absent on requests refused before they were counted (malformed, too large).',
    schema: { type: 'string', maxLength: 100, pattern: '^"[a-z-]+";q=\\d+;w=\\d+$', example: '"user";q=1200;w=60' },
  },
  RateLimit: {
    description: 'What is left of that quota: `"<policy>";r=<requests remaining>;t=<seconds until the window resets>`.',
    schema: { type: 'string', maxLength: 100, pattern: '^"[a-z-]+";r=\\d+;t=\\d+$', example: '"user";r=1187;t=42' },
  },
  'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 1, maximum: 86_400 } },
  'Access-Control-Allow-Origin': {
    description: "The only origin whose pages may read the answer: the app's own (PUBLIC_BASE_URL). No other site's script can call the API.",
    schema: { type: 'string', format: 'uri', maxLength: 200, example: 'https://nearfill.example' },
  },
};
const headerRef = (name: keyof typeof RESPONSE_HEADERS) => ({ $ref: `#/components/headers/${name}` });

/**
 * What every operation can answer, documented once for all of them (and for endpoints added later):
 * 400 for input the edge refuses (any operation: a NUL in the path, a body where none is taken), 401 where
 * credentials are required, 403 where only some roles or only people may call, 413 and 415 for bodies, 414 for
 * overlong path parameters, 429 past the caller's rate limit (with Retry-After), 500 for our own faults; the
 * RateLimit header fields on every success and client error, and the allowed origin on every answer.
 */
function documentCommonResponses(document: OpenAPIObject): void {
  document.components ??= {};
  document.components.headers = { ...document.components.headers, ...RESPONSE_HEADERS };
  for (const item of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      const { responses } = operation;
      responses['400'] ??= errorResponse(400);
      if (operation.security?.length) responses['401'] ??= errorResponse(401);
      if (operation['x-roles'] || (operation.security?.length && !operation.security.some((s) => 'api-key' in (s as object)))) {
        responses['403'] ??= errorResponse(403);
      }
      if (method !== 'get') for (const status of [413, 415]) responses[status] ??= errorResponse(status);
      if (operation.parameters?.some((p) => p.in === 'path')) responses['414'] ??= errorResponse(414);
      responses['429'] ??= errorResponse(429);
      responses['429'].headers = { ...responses['429'].headers, 'Retry-After': headerRef('Retry-After') };
      responses['500'] ??= errorResponse(500);
      for (const [status, response] of Object.entries(responses)) {
        response.headers = { ...response.headers, 'Access-Control-Allow-Origin': headerRef('Access-Control-Allow-Origin') };
        if (/^[24]/.test(status))
          response.headers = { ...response.headers, 'RateLimit-Policy': headerRef('RateLimit-Policy'), RateLimit: headerRef('RateLimit') };
      }
    }
  }
}

/** A message each error status really carries (from the guard, the filter, the services), shown as its example. */
const ERROR_EXAMPLES: Record<number, string> = {
  400: 'shippingAddress.postalCode is required',
  401: 'Sign in first: send "Authorization: Bearer <token>" from POST /api/v1/auth/login, or an "X-Api-Key" header',
  403: 'This requires a signed-in user, not an API key',
  404: 'Order not found',
  409: 'Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed',
  413: 'Request body is too large; send a smaller payload',
  414: "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length",
  415: 'Unsupported Content-Type; send application/json',
  422: 'This Idempotency-Key was already used with a different order; use a new key for a new order',
  429: 'Too many failed sign-in attempts for this account. Wait 15 minutes, then try again.',
  500: 'Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support.',
  503: 'The payment provider cannot be reached right now. Try again in a few minutes.',
};

/** Every error response shows the error shape filled in for its status. */
function exampleErrors(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      for (const [status, response] of Object.entries(operation?.responses ?? {})) {
        const code = Number(status);
        if (code < 400 || !ERROR_EXAMPLES[code]) continue;
        // Errors are JSON on every route, also where the success is CSV or Prometheus text.
        for (const media of Object.values((response.content ?? {}) as Record<string, { schema?: Schema; example?: unknown }>)) {
          if (media.schema?.$ref?.endsWith('/ErrorResponse'))
            media.example ??= { statusCode: code, error: STATUS_CODES[code], message: ERROR_EXAMPLES[code] };
        }
      }
    }
  }
}

// Placeholders by format for a required value whose property documents no example of its own.
const FORMAT_EXAMPLES: Record<string, unknown> = {
  uuid: '3f6c1e5a-8b2d-4c7e-9a10-5d4e3b2a1f00',
  email: 'ana@velo.example',
  'date-time': '2026-12-01T09:00:00.000Z',
  uri: 'https://erp.example.com/nearfill/events',
};

/**
 * An example of a body built from its schema: each property's documented example, required properties without one
 * filled from their format, bounds or first enum value; optional properties without an example are left out.
 */
function exampleOf(schema: Schema | undefined, schemas: Record<string, Schema>, depth = 0): unknown {
  if (!schema || depth > 8) return undefined;
  if (schema.$ref) return exampleOf(schemas[schema.$ref.split('/').pop()!], schemas, depth + 1);
  if (schema.example !== undefined) return schema.example;
  const all = (schema.allOf as Schema[] | undefined) ?? [];
  if (all.length) return Object.assign({}, ...all.map((part) => exampleOf(part, schemas, depth + 1)));
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (schema.type === 'array') return [exampleOf(schema.items, schemas, depth + 1)];
  if (schema.type === 'object' || schema.properties) {
    const required = new Set((schema.required as string[] | undefined) ?? []);
    const entries = Object.entries(schema.properties ?? {})
      .filter(([name, property]) => required.has(name) || property.example !== undefined || hasExample(property, schemas))
      .map(([name, property]) => [name, exampleOf(property, schemas, depth + 1)]);
    return Object.fromEntries(entries);
  }
  if (schema.format && FORMAT_EXAMPLES[schema.format] !== undefined) return FORMAT_EXAMPLES[schema.format];
  if (schema.type === 'integer' || schema.type === 'number') return schema.minimum ?? 1;
  if (schema.type === 'boolean') return false;
  return 'text';
}

/** Whether a nested object documents an example somewhere inside (then it is worth showing though optional). */
function hasExample(schema: Schema, schemas: Record<string, Schema>, seen = new Set<Schema>()): boolean {
  const target = schema.$ref ? schemas[schema.$ref.split('/').pop()!] : schema.type === 'array' ? schema.items : schema;
  if (!target || seen.has(target)) return false;
  seen.add(target);
  if (target.example !== undefined) return true;
  return Object.values(target.properties ?? {}).some((property) => hasExample(property, schemas, seen));
}

/** Every request body shows an example: its own when documented, else one built from its schema. */
function exampleRequestBodies(document: OpenAPIObject): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  for (const item of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      const body = (item as Record<string, { requestBody?: { content?: Record<string, { schema?: Schema; example?: unknown }> } } | undefined>)[
        method
      ]?.requestBody;
      for (const [type, media] of Object.entries(body?.content ?? {})) {
        if (type === 'multipart/form-data') continue; // a file: nothing to show as text
        media.example ??= exampleOf(media.schema, schemas);
      }
    }
  }
}

/**
 * The generated OpenAPI document made to say what the API enforces: DTO bounds from their validation, bounded
 * response strings, the responses every operation shares, and an example of every request body and error. Linted with Spectral's OWASP rules in the tests.
 */
export function completeOpenApiDocument(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const validated = documentValidation(schemas);
  for (const [name, schema] of Object.entries(schemas)) if (!validated.has(name)) boundResponseStrings(schema);
  documentQueryValidation(document);
  documentCommonResponses(document);
  sizeIntegers(document);
  exampleRequestBodies(document);
  exampleErrors(document);
  return document;
}
