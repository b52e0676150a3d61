import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * The app's own registry, not prom-client's global one, so several apps in one process (tests) never
 * clash on metric names. Other modules add their metrics to `registry`; a value read at scrape time is a
 * gauge with a collect() callback:
 *
 *   new Gauge({ name: 'nearfill_outbox_lag_seconds', help: '…', registers: [metrics.registry],
 *               async collect() { this.set(await oldestUndeliveredAgeSeconds()) } });
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'nearfill_' });
  }

  /** Every metric in the Prometheus text format. */
  render(): Promise<string> {
    return this.registry.metrics();
  }
}
