import createFetchClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, paths };
/** The error every Nearfill endpoint answers with: `{ statusCode, error, message }`; `message` says what to do. */
export type ApiError = components['schemas']['ErrorResponse'];
export type NearfillClient = Client<paths>;

export interface NearfillClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** Where Nearfill runs, e.g. `https://nearfill.example` (no `/api/v1`: the paths carry it). */
  baseUrl: string;
  /** A retailer's API key, sent as `X-Api-Key`. */
  apiKey?: string;
  /** Or a signed-in user's access token from `POST /api/v1/auth/login`, sent as `Authorization: Bearer`. */
  accessToken?: string;
}

/**
 * A typed client for the Nearfill API: every path, parameter, body and answer is checked against the OpenAPI
 * document `schema.d.ts` was generated from. Calls return `{ data, error, response }` and never throw on an
 * HTTP error status: read `error.message` for what to change.
 */
export function createNearfillClient({ apiKey, accessToken, headers, ...options }: NearfillClientOptions): NearfillClient {
  return createFetchClient<paths>({
    ...options,
    headers: {
      ...(apiKey ? { 'x-api-key': apiKey } : {}),
      ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
      ...headers,
    },
  });
}
