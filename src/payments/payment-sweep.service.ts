import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SHIP_BY } from '../resolution/award.entity';
import { Clock } from '../resolution/clock';
import { HandlesJob } from '../queue/job-handler.decorator';
import { JobQueue } from '../queue/job-queue';
import { enqueueForSlot } from '../queue/slot-job';
import { requestCapture } from './payment-operations';
import { PaymentsService } from './payments.service';

// An open payment is looked up at the provider once it is this old (the return and the webhook usually come first).
const LOOK_UP_AFTER = `interval '2 minutes'`;
// An authorisation is captured at the latest this long before it lapses, whatever the order's state.
const CAPTURE_MARGIN = `interval '1 day'`;
const BATCH = 200;

/**
 * Every minute: looks up payments still open at the provider (a lost return and a lost webhook cannot leave an
 * authorised order off the board, and an unpaid one expires with its page), and captures authorisations that would
 * lapse before the order ships — at the award when the card's authorisation (Stripe's `capture_before`, about 7
 * days for cards) ends before the ship-by deadline, and in any case a day before it ends.
 */
@Injectable()
export class PaymentSweep {
  private readonly logger = new Logger(PaymentSweep.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly payments: PaymentsService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  @Cron('* * * * *')
  tick(): Promise<void> {
    return enqueueForSlot(this.jobs, 'payments.sweep', 'payments-sweep', this.clock.now());
  }

  @HandlesJob('payments.sweep')
  async run(): Promise<{ lookedUp: number; captures: number }> {
    const now = this.clock.now();
    const open: { order_id: string }[] = await this.dataSource.query(
      `SELECT order_id FROM order_payments
        WHERE state = 'open' AND (session_expires_at <= $1 OR created_at <= $1::timestamptz - ${LOOK_UP_AFTER})
        ORDER BY created_at LIMIT ${BATCH}`,
      [now],
    );
    for (const { order_id: orderId } of open) {
      // One payment's provider trouble must not stop the others; the next sweep tries it again.
      await this.payments.refresh(orderId).catch((error: unknown) => this.logger.warn({ err: error, orderId }, 'Payment lookup failed'));
    }
    const lapsing: { order_id: string }[] = await this.dataSource.query(
      `SELECT p.order_id FROM order_payments p
         JOIN orders o ON o.id = p.order_id
         JOIN stores s ON s.id = o.store_id
         LEFT JOIN awards a ON a.order_id = o.id AND a.superseded_at IS NULL
        WHERE p.state = 'authorised' AND p.capture_before IS NOT NULL
          AND o.status NOT IN ('cancelled', 'expired', 'awaiting_payment')
          AND (p.capture_before <= $1::timestamptz + ${CAPTURE_MARGIN} OR (a.id IS NOT NULL AND p.capture_before < ${SHIP_BY}))
          AND NOT EXISTS (SELECT 1 FROM payment_operations op WHERE op.order_id = p.order_id AND op.kind = 'capture')
        LIMIT ${BATCH}`,
      [now],
    );
    for (const { order_id: orderId } of lapsing) {
      await this.dataSource.transaction((manager) => requestCapture(manager, orderId));
    }
    return { lookedUp: open.length, captures: lapsing.length };
  }
}
