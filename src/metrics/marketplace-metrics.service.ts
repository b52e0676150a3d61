import { Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';
import { AwardKind } from '../resolution/award.entity';
import { MetricsService } from './metrics.service';

/** How an order came to its fulfiller: the daily resolver, or a re-route after a decline or a missed ship-by date. */
export type AwardedVia = 'resolution' | 'declined' | 'overdue' | 'rerouted';

/**
 * Marketplace activity. Callers count only after their transaction has committed, so rolled-back work
 * is never counted. Labels stay low-cardinality on purpose: no store, tenant or order ids.
 */
@Injectable()
export class MarketplaceMetrics {
  private readonly orders: Counter<'currency'>;
  private readonly bidsPlaced: Counter;
  private readonly bidsWithdrawn: Counter;
  private readonly awards: Counter<'kind' | 'via'>;

  constructor(metrics: MetricsService) {
    const registers = [metrics.registry];
    this.orders = new Counter({
      name: 'nearfill_orders_placed_total',
      help: 'Orders placed by customers, by store currency (a replayed request is not counted again)',
      labelNames: ['currency'],
      registers,
    });
    this.bidsPlaced = new Counter({
      name: 'nearfill_bids_placed_total',
      help: 'Bids placed by retailers (placing an open bid again is not a new bid)',
      registers,
    });
    this.bidsWithdrawn = new Counter({ name: 'nearfill_bids_withdrawn_total', help: 'Open bids withdrawn by retailers', registers });
    this.awards = new Counter({
      name: 'nearfill_awards_total',
      help: 'Orders awarded, by who fulfils them (retailer or manufacturer) and how (resolution, declined, overdue)',
      labelNames: ['kind', 'via'],
      registers,
    });
    // Every series exists from the start at 0, so rate() and increase() see the first award too.
    for (const kind of Object.values(AwardKind)) {
      for (const via of ['resolution', 'declined', 'overdue', 'rerouted'] satisfies AwardedVia[]) this.awards.inc({ kind, via }, 0);
    }
  }

  orderPlaced(currency: string): void {
    this.orders.inc({ currency });
  }

  bidPlaced(): void {
    this.bidsPlaced.inc();
  }

  bidWithdrawn(): void {
    this.bidsWithdrawn.inc();
  }

  awarded(kind: `${AwardKind}`, via: AwardedVia, count = 1): void {
    this.awards.inc({ kind, via }, count);
  }

  /** One committed resolver batch: `decided` orders, `retailer` of them to a retailer, the rest to their manufacturer. */
  resolved(batch: { decided: number; retailer: number }): void {
    this.awarded(AwardKind.Retailer, 'resolution', batch.retailer);
    this.awarded(AwardKind.Manufacturer, 'resolution', batch.decided - batch.retailer);
  }
}
