import { Module } from '@nestjs/common';
import { CustomerRatingController, DealerRecordsController } from './ratings.controller';
import { RatingsService } from './ratings.service';

@Module({
  controllers: [CustomerRatingController, DealerRecordsController],
  providers: [RatingsService],
  exports: [RatingsService],
})
export class RatingsModule {}
