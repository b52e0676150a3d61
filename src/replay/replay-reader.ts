import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';

/** Runs one read-only statement and answers its rows. */
export type ReadQuery = <Row>(sql: string, parameters: unknown[]) => Promise<Row[]>;

/**
 * Where replays read: REPLICA_DATABASE_URL when it is set (a replica keeps a long replay's reads off the primary),
 * else the app's own database. Every read is one READ ONLY transaction with one snapshot, so a replay can write
 * nothing there and sees one consistent past.
 */
@Injectable()
export class ReplayReader implements OnApplicationShutdown {
  // One connection: replays run one at a time (the maintenance queue's concurrency).
  private readonly replica?: Pool;

  constructor(
    private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    if (config.REPLICA_DATABASE_URL) this.replica = new Pool({ connectionString: config.REPLICA_DATABASE_URL, max: 1 });
  }

  async read<T>(work: (query: ReadQuery) => Promise<T>): Promise<T> {
    if (!this.replica) {
      return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
        await manager.query('SET TRANSACTION READ ONLY');
        return work((sql, parameters) => manager.query(sql, parameters));
      });
    }
    const client = await this.replica.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const result = await work(async <Row>(sql: string, parameters: unknown[]) => (await client.query(sql, parameters)).rows as Row[]);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.replica?.end();
  }
}
