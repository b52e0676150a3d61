import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { MetricsService } from '../metrics/metrics.service';

/**
 * How far the outbox is behind, read at scrape time: it grows while Redis is away. One index lookup
 * (notifications_unrelayed), so a scrape stays cheap with millions of delivered rows.
 */
@Injectable()
export class OutboxMetrics {
  constructor(@InjectDataSource() dataSource: DataSource, metrics: MetricsService) {
    new Gauge({
      name: 'nearfill_outbox_lag_seconds',
      help: 'Age of the oldest notification not yet handed to the queue (0 when none waits)',
      registers: [metrics.registry],
      async collect() {
        const [{ lag }] = await dataSource.query<{ lag: number }[]>(
          `SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS lag FROM notifications WHERE relayed_at IS NULL`,
        );
        this.set(lag);
      },
    });
  }
}
