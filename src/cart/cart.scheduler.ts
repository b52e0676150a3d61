import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { CartService } from './cart.service';

/**
 * Nightly, removes carts untouched for a month. One idempotent DELETE: instances that run it at the same
 * time delete each cart once between them, so no slot key or queue is needed.
 */
@Injectable()
export class CartScheduler {
  private readonly logger = new Logger(CartScheduler.name);

  constructor(private readonly carts: CartService) {}

  @Cron('30 3 * * *')
  async removeStale(): Promise<void> {
    const removed = await this.carts.removeStale();
    if (removed) this.logger.log(`Removed ${removed} carts untouched for a month`);
  }
}
