import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { HandlesJob } from '../queue/job-handler.decorator';
import { JobQueue } from '../queue/job-queue';
import { enqueueForSlot } from '../queue/slot-job';
import { Clock } from '../resolution/clock';
import { CLEAR_SUMMARY, DISTANCE_BIN_EDGES_KM, ORDER_FACTS, WRITE_BINS, WRITE_DAYS, WRITE_DEALER_DAYS, WRITE_MONTHS } from './insight-refresh.sql';

/**
 * Days a quarter-hourly refresh rebuilds: orders placed in them still change (awards, shipments, deliveries, returns
 * within the return window after delivery, ratings). The nightly refresh rebuilds everything.
 */
export const RECENT_DAYS = 60;
const DAY_MS = 86_400_000;

/**
 * Keeps the insight summary tables: per store, the days from a start day are deleted and written again from the
 * orders in one transaction, so a read never sees half a store. Idempotent (a job run twice writes the same rows).
 */
@Injectable()
export class InsightRefresh {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  @Cron('*/15 * * * *')
  tick(): Promise<void> {
    return enqueueForSlot(this.jobs, 'insight.refresh', 'insight-refresh', this.clock.now());
  }

  /** Every store: the recent days each quarter hour, all days in the 03:45 UTC slot (late ratings and returns). */
  @HandlesJob('insight.refresh')
  async refreshAll({ slotKey }: { slotKey: string }): Promise<number> {
    const full = slotKey.endsWith('T03:45Z');
    const since = full ? null : new Date(this.clock.now().getTime() - RECENT_DAYS * DAY_MS);
    const stores: { id: string }[] = await this.dataSource.query(`SELECT id FROM stores ORDER BY id`);
    for (const { id } of stores) await this.refresh(id, since);
    return stores.length;
  }

  /**
   * Rebuilds store `storeId`'s summary for orders placed from `since`'s UTC day on (null: all of them).
   * Returns when it finished and how long it took (ms).
   */
  async refresh(storeId: string, since: Date | null = null): Promise<{ refreshedAt: Date; tookMs: number }> {
    const started = Date.now();
    const fromDay = since ? since.toISOString().slice(0, 10) : '-infinity';
    const refreshedAt = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      // One refresh of a store at a time: a second one waits, then writes the same rows again.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('insight:' || $1))`, [storeId]);
      await manager.query(ORDER_FACTS, [storeId, fromDay]);
      for (const statement of CLEAR_SUMMARY) await manager.query(statement, [storeId, fromDay]);
      await manager.query(WRITE_DAYS, [storeId]);
      await manager.query(WRITE_BINS, [storeId, DISTANCE_BIN_EDGES_KM]);
      await manager.query(WRITE_DEALER_DAYS, [storeId]);
      for (const statement of WRITE_MONTHS) await manager.query(statement, [storeId, fromDay]);
      const tookMs = Date.now() - started;
      await manager.query(
        `INSERT INTO insight_refreshes (store_id, refreshed_at, from_day, took_ms) VALUES ($1, $2, $3::date, $4)
         ON CONFLICT (store_id) DO UPDATE SET refreshed_at = EXCLUDED.refreshed_at, from_day = EXCLUDED.from_day, took_ms = EXCLUDED.took_ms`,
        [storeId, refreshedAt, since ? fromDay : null, tookMs],
      );
    });
    return { refreshedAt, tookMs: Date.now() - started };
  }
}
