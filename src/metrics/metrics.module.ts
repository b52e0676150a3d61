import { Global, Module } from '@nestjs/common';
import { MarketplaceMetrics } from './marketplace-metrics.service';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';
import { QueueDepthMetrics } from './queue-depth.service';
import { ScrapeTokenGuard } from './scrape-token.guard';

/** Prometheus metrics at /metrics; global so any feature can count what it does or add its own gauge. */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [MetricsService, MarketplaceMetrics, QueueDepthMetrics, ScrapeTokenGuard],
  exports: [MetricsService, MarketplaceMetrics],
})
export class MetricsModule {}
