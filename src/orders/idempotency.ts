import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { IdempotencyKey } from './idempotency-key.entity';

export interface StoredResponse<T> {
  status: number;
  body: T;
}

/** Key order does not change a request's meaning, so the hash is over a canonical JSON form. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export const requestHash = (body: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(canonical(body)))
    .digest('hex');

export function checkIdempotencyKey(key: string | undefined): string {
  if (!key || !/^[\x21-\x7e]{8,255}$/.test(key)) {
    throw new DomainError(
      ErrorCode.BadRequest,
      'Send an Idempotency-Key header (8-255 visible characters, e.g. a UUID) so a retried order is never placed twice',
    );
  }
  return key;
}

/**
 * Runs `work` once per (store, key) inside the caller's transaction. The key row is claimed first: a
 * concurrent request with the same key waits on the unique index until this transaction ends, then
 * replays the stored answer. A failed `work` rolls the claim back, so nothing is kept for it.
 */
export async function once<T>(
  manager: EntityManager,
  scope: { storeId: string; key: string; hash: string },
  work: () => Promise<StoredResponse<T>>,
): Promise<StoredResponse<T>> {
  const claimed = await preparedQuery(
    manager,
    `INSERT INTO idempotency_keys (store_id, key, request_hash, response_status, response_body)
     VALUES ($1, $2, $3, 0, 'null') ON CONFLICT (store_id, key) DO NOTHING RETURNING key`,
    [scope.storeId, scope.key, scope.hash],
  );
  if (!claimed.length) {
    const previous = await manager.findOneByOrFail(IdempotencyKey, { storeId: scope.storeId, key: scope.key });
    if (previous.requestHash !== scope.hash) {
      throw new DomainError(ErrorCode.Unprocessable, 'This Idempotency-Key was already used with a different order; use a new key for a new order');
    }
    return { status: previous.responseStatus, body: previous.responseBody as T };
  }
  const response = await work();
  // Prepared raw SQL: on the hot path of every order, where the ORM's update builder cost more than the statement.
  await preparedQuery(manager, `UPDATE idempotency_keys SET response_status = $3, response_body = $4 WHERE store_id = $1 AND key = $2`, [
    scope.storeId,
    scope.key,
    response.status,
    JSON.stringify(response.body),
  ]);
  return response;
}
