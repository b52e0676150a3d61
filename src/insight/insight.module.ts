import { Module } from '@nestjs/common';
import { ResolutionModule } from '../resolution/resolution.module';
import { ManufacturerInsightController, OpsInsightController } from './insight.controller';
import { InsightRefresh } from './insight-refresh.service';
import { InsightService } from './insight.service';

/** Fulfilment insight: summary tables rebuilt on a schedule, read by the API, the workspace and the console. */
@Module({
  imports: [ResolutionModule],
  controllers: [ManufacturerInsightController, OpsInsightController],
  providers: [InsightService, InsightRefresh],
  exports: [InsightService],
})
export class InsightModule {}
