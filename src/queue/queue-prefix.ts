import Redis from 'ioredis';
import { DataSource } from 'typeorm';

// No Nest here: main.ts checks the prefix before it loads the app, so a refusal is the one line it prints.

/** The key under the prefix that names the database whose queues these are. */
export const ownerKey = (prefix: string) => `${prefix}:database`;

/** Another database's deployment already uses this QUEUE_PREFIX: said in one line, with what to do. */
export class QueuePrefixTaken extends Error {
  constructor(prefix: string, owner: string, mine: string) {
    super(
      `QUEUE_PREFIX "${prefix}" is already used by the deployment of ${owner} in this Redis, and this one runs on ${mine}: ` +
        `two deployments on one prefix take each other's jobs. Give this deployment its own prefix (e.g. QUEUE_PREFIX=${prefix}_2), ` +
        `or, if that database is gone for good, delete the key "${ownerKey(prefix)}" in Redis.`,
    );
  }
}

/** Which database this is: its name and PostgreSQL's system identifier (the cluster it lives in). */
export const DATABASE_IDENTITY = `SELECT (SELECT system_identifier::text FROM pg_control_system()) AS system, current_database() AS name`;
/** DATABASE_IDENTITY's one row. */
export interface DatabaseIdentity {
  system: string;
  name: string;
}
export const describeDatabase = ({ system, name }: DatabaseIdentity) => `database "${name}" of PostgreSQL system ${system}`;

/**
 * Claims `prefix` for database `mine` (describeDatabase) in the Redis at `redisUrl`: the first claim
 * writes it, a claim by the same database finds it. Throws QueuePrefixTaken when another database holds
 * it; returns false when Redis does not answer within two seconds.
 */
export async function claimQueuePrefix(redisUrl: string, prefix: string, mine: string): Promise<boolean> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2000, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
  } catch {
    return false;
  }
  try {
    const key = ownerKey(prefix);
    const owner = (await redis.set(key, mine, 'NX')) ? mine : await redis.get(key);
    if (owner !== null && owner !== mine) throw new QueuePrefixTaken(prefix, owner, mine);
    return true;
  } finally {
    redis.disconnect();
  }
}

/**
 * Before the app loads (main.ts): refuses a prefix another database holds. Anything it cannot ask (no
 * Redis or no PostgreSQL configured, or either unreachable) is left to the app, which claims the prefix
 * itself (QueuePrefixClaim) and reports an unreachable database its own way.
 */
export async function checkQueuePrefixFree(config: { REDIS_URL?: string; DATABASE_URL?: string; QUEUE_PREFIX: string }): Promise<void> {
  if (!config.REDIS_URL || !config.DATABASE_URL) return;
  const database = new DataSource({ type: 'postgres', url: config.DATABASE_URL, connectTimeoutMS: 5000, poolSize: 1 });
  let mine: string;
  try {
    await database.initialize();
    mine = describeDatabase((await database.query<DatabaseIdentity[]>(DATABASE_IDENTITY))[0]);
  } catch {
    return;
  } finally {
    if (database.isInitialized) await database.destroy();
  }
  await claimQueuePrefix(config.REDIS_URL, config.QUEUE_PREFIX, mine);
}
