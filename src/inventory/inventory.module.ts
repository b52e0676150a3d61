import { Module } from '@nestjs/common';
import { AutoBidsController } from './auto-bids.controller';
import { AutoBidsService } from './auto-bids.service';
import { DealerFeedsController } from './dealer-feeds.controller';
import { InventoryController } from './inventory.controller';
import { InventoryFeedsService } from './inventory-feeds.service';
import { StaleFeedsScheduler } from './stale-feeds.scheduler';

@Module({
  controllers: [InventoryController, AutoBidsController, DealerFeedsController],
  providers: [InventoryFeedsService, AutoBidsService, StaleFeedsScheduler],
  exports: [InventoryFeedsService, AutoBidsService],
})
export class InventoryModule {}
