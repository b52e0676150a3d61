import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { formatMoney } from '../common/money';
import { emailCustomer, runAfterCommit } from '../notifications/outbox';
import { HandlesJob } from '../queue/job-handler.decorator';
import { JobPayloads } from '../queue/jobs';
import { transitionReturn } from '../returns/return-transitions';
import { ReturnStatus } from '../returns/return-status';
import { cardName } from './card-words';
import { PaymentOperationKind } from './payment-operations';
import { PAYMENT_PROVIDER, PaymentProvider } from './payment-provider';
import { PaymentProviderError } from './payment-provider-error';

interface OperationRow {
  id: string;
  order_id: string;
  return_id: string | null;
  kind: PaymentOperationKind;
  amount_minor: string;
  idempotency_key: string;
  state: 'pending' | 'processing' | 'succeeded' | 'failed';
  provider_ref: string | null;
  payment_state: string;
  payment_id: string | null;
  session_id: string;
  currency: string;
  card_brand: string | null;
  card_last4: string | null;
}

/** An operation's row with the payment facts it needs (OperationRow), over `o` (payment_operations) and `p` (order_payments). */
const OPERATION_COLUMNS = `o.*, p.state AS payment_state, p.payment_id, p.session_id, p.currency, p.card_brand, p.card_last4`;

/** Thrown to have the queue try again later (with backoff): the provider is down, or a refund waits for its capture. */
class TryAgainLater extends Error {}

/**
 * Runs one capture, cancel or refund at the provider (job `payment.operation`, from the outbox). The provider call
 * carries the operation's idempotency key, so a second run — a retry, a stalled job, a kill -9 between the call
 * and the commit — moves no money twice and records the same outcome. An error the provider calls ours (already
 * captured, amount too large) marks the operation failed for ops to look at and retry; an outage is retried.
 */
@Injectable()
export class PaymentOperationsRunner {
  private readonly logger = new Logger(PaymentOperationsRunner.name);

  constructor(
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @HandlesJob('payment.operation')
  async run({ operationId }: JobPayloads['payment.operation']): Promise<string> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [op] = await this.dataSource
      .query<[OperationRow[], number]>(
        `UPDATE payment_operations o SET attempts = attempts + 1
         FROM order_payments p
        WHERE o.id = $1 AND p.order_id = o.order_id
       RETURNING ${OPERATION_COLUMNS}`,
        [operationId],
      )
      .then((result) => result[0]);
    if (!op || op.state === 'succeeded') return 'done before';
    try {
      // A refund the provider is still working on is looked up, never asked for again.
      if (op.state === 'processing') return await this.settleRefund(op);
      return (await this.perform(op)) ?? 'succeeded';
    } catch (error) {
      const message = (error as Error).message;
      const retry = error instanceof TryAgainLater || (error instanceof PaymentProviderError && error.kind === 'unavailable');
      // A refund still processing stays so while its lookup is retried.
      await this.dataSource.query(
        `UPDATE payment_operations SET state = CASE WHEN state = 'processing' AND $2 = 'pending' THEN state ELSE $2 END, last_error = $3
          WHERE id = $1 AND state <> 'succeeded'`,
        [op.id, retry ? 'pending' : 'failed', message],
      );
      if (retry) throw error;
      this.logger.error(
        { operationId, orderId: op.order_id, err: error },
        `The ${op.kind} of order ${op.order_id} failed at the provider; ops can retry it`,
      );
      return 'failed';
    }
  }

  /**
   * Ops: runs a failed (or stuck) operation again with its own idempotency key — except a refund the provider made
   * and then failed: Stripe would answer that key with the failed refund again, so it gets a new key (one per try).
   */
  async retry(manager: EntityManager, operationId: string): Promise<boolean> {
    // TypeORM answers a bare UPDATE with [rows, affected].
    const [, reset] = await manager.query<[unknown[], number]>(
      `UPDATE payment_operations
          SET state = 'pending',
              idempotency_key = CASE WHEN kind = 'refund' AND provider_ref IS NOT NULL
                                     THEN split_part(idempotency_key, '#', 1) || '#' || attempts ELSE idempotency_key END,
              provider_ref = CASE WHEN kind = 'refund' THEN NULL ELSE provider_ref END
        WHERE id = $1 AND state NOT IN ('succeeded', 'processing')`,
      [operationId],
    );
    if (!reset) return false;
    await runAfterCommit(manager, 'payment.operation', { operationId });
    return true;
  }

  /** Asks the provider; 'processing' when it accepted a refund it has not finished. */
  private async perform(op: OperationRow): Promise<'processing' | void> {
    const amount = Number(op.amount_minor);
    switch (op.kind) {
      case 'capture': {
        if (op.payment_state === 'captured') return this.settle(op, op.payment_id, async () => undefined);
        const { capturedMinor } = await this.provider.capture(op.payment_id!, amount, op.idempotency_key);
        return this.settle(op, op.payment_id, async (manager) => {
          await manager.query(
            `UPDATE order_payments SET state = 'captured', captured_minor = $2, captured_at = now() WHERE order_id = $1 AND state = 'authorised'`,
            [op.order_id, capturedMinor],
          );
          await this.move(manager, op, 'capture', capturedMinor, op.payment_id!);
        });
      }
      case 'cancel': {
        // As the provider sees it now: the customer may have paid since the cancellation was asked for.
        const status = await this.provider.checkoutStatus(op.session_id);
        if (status.state === 'open') {
          await this.provider.expireCheckout(op.session_id);
        } else if (status.state === 'authorised') {
          await this.provider.cancelAuthorisation(status.paymentId!, op.idempotency_key);
        } else if (status.state === 'captured') {
          throw new PaymentProviderError('invalid', 'The payment was captured before it could be cancelled; refund it instead');
        }
        return this.settle(op, status.paymentId, async (manager) => {
          await manager.query(
            `UPDATE order_payments SET state = CASE WHEN state = 'open' THEN 'expired' ELSE 'cancelled' END, cancelled_at = now()
              WHERE order_id = $1 AND state IN ('open', 'authorised')`,
            [op.order_id],
          );
        });
      }
      case 'refund': {
        if (op.payment_state !== 'captured') throw new TryAgainLater('The payment is not captured yet; the refund waits for the capture');
        const refund = await this.provider.refund(op.payment_id!, amount, op.idempotency_key);
        if (refund.state === 'succeeded') return this.recordRefund(op, refund.refundId);
        // Accepted, not done: nothing is recorded as refunded until the refund's webhook or the sweep's lookup.
        await this.dataSource.query(
          `UPDATE payment_operations SET state = 'processing', provider_ref = $2, last_error = NULL WHERE id = $1 AND state = 'pending'`,
          [op.id, refund.refundId],
        );
        return 'processing';
      }
    }
  }

  /**
   * The provider said a refund changed (Stripe's `refund.updated` / `charge.refund.updated`), or the sweep asks
   * after one still processing: looked up afresh, it is recorded once it succeeded, or failed for ops to retry.
   * A refund id no processing operation has is ignored (already settled, or not ours).
   */
  async refundUpdated(refundId: string): Promise<void> {
    const [op]: OperationRow[] = await this.dataSource.query(
      `SELECT ${OPERATION_COLUMNS}
         FROM payment_operations o JOIN order_payments p ON p.order_id = o.order_id
        WHERE o.provider_ref = $1 AND o.state = 'processing'`,
      [refundId],
    );
    if (op) await this.settleRefund(op);
  }

  private async settleRefund(op: OperationRow): Promise<string> {
    const status = await this.provider.refundStatus(op.provider_ref!);
    if (status.state === 'succeeded') {
      await this.recordRefund(op, status.refundId);
      return 'succeeded';
    }
    if (status.state === 'failed') {
      await this.dataSource.query(`UPDATE payment_operations SET state = 'failed', last_error = $2 WHERE id = $1 AND state = 'processing'`, [
        op.id,
        `The provider could not make the refund ${status.refundId} (${status.failureReason ?? 'no reason given'}); retry it once the cause is fixed`,
      ]);
      this.logger.error(
        { operationId: op.id, orderId: op.order_id, refundId: status.refundId },
        `A refund of order ${op.order_id} failed at the provider; ops can retry it`,
      );
      return 'failed';
    }
    return 'processing';
  }

  private recordRefund(op: OperationRow, refundId: string): Promise<void> {
    const amount = Number(op.amount_minor);
    return this.settle(op, refundId, async (manager) => {
      await manager.query(`UPDATE order_payments SET refunded_minor = refunded_minor + $2 WHERE order_id = $1`, [op.order_id, amount]);
      await this.move(manager, op, 'refund', amount, refundId);
      if (op.return_id) await this.refundReturn(manager, op, refundId);
    });
  }

  /** Records the outcome once: the operation row is the guard, so a second run writes nothing twice. */
  private async settle(op: OperationRow, providerRef: string | null, record: (manager: EntityManager) => Promise<void>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [, done] = await manager.query<[unknown[], number]>(
        `UPDATE payment_operations SET state = 'succeeded', provider_ref = $2, last_error = NULL, completed_at = now()
          WHERE id = $1 AND state <> 'succeeded'`,
        [op.id, providerRef],
      );
      if (done) await record(manager);
    });
  }

  /** The ledger reconciliation sums: one row per capture or refund the provider made. */
  private async move(manager: EntityManager, op: OperationRow, kind: 'capture' | 'refund', amountMinor: number, providerRef: string): Promise<void> {
    if (amountMinor <= 0) return;
    await manager.query(
      `INSERT INTO payment_movements (order_id, kind, currency, amount_minor, provider_ref)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (kind, provider_ref) DO NOTHING`,
      [op.order_id, kind, op.currency.trim(), amountMinor, providerRef],
    );
  }

  private async refundReturn(manager: EntityManager, op: OperationRow, refundId: string): Promise<void> {
    const amount = formatMoney(Number(op.amount_minor), op.currency.trim());
    await transitionReturn(manager, {
      returnId: op.return_id!,
      to: ReturnStatus.Refunded,
      actor: 'system',
      note: `Refund of ${amount} to ${cardName({ brand: op.card_brand, last4: op.card_last4 })} (refund ${refundId}); banks take 5 to 10 days to show it`,
      set: { refunded_at: new Date(), provider_refund_id: refundId },
    });
    await emailCustomer(manager, op.order_id, 'return.refunded', { return: { id: op.return_id!, refundMinor: Number(op.amount_minor) } });
  }
}
