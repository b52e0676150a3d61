import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { RatingsService } from './ratings.service';

/**
 * Hourly, folds the dealer-record count rows of ended database sessions into one row per dealer. One statement that
 * deletes what it folds: instances that run it at the same time fold each row once between them.
 */
@Injectable()
export class RecordCountsScheduler {
  private readonly logger = new Logger(RecordCountsScheduler.name);

  constructor(private readonly ratings: RatingsService) {}

  @Cron('41 * * * *')
  async fold(): Promise<void> {
    const folded = await this.ratings.foldRecordCounts();
    if (folded) this.logger.log(`Folded ${folded} dealer-record count rows of ended database sessions`);
  }
}
