import { Module } from '@nestjs/common';
import { CustomerRatingController, DealerRecordsController } from './ratings.controller';
import { RatingsService } from './ratings.service';
import { RecordCountsScheduler } from './record-counts.scheduler';

@Module({
  controllers: [CustomerRatingController, DealerRecordsController],
  providers: [RatingsService, RecordCountsScheduler],
  exports: [RatingsService],
})
export class RatingsModule {}
