import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  CheckoutRequest,
  CheckoutSession,
  PaymentEvent,
  PaymentProvider,
  PaymentState,
  PaymentStatus,
  PayoutAccountRequest,
  PayoutAccountStatus,
  RefundResult,
  RefundStatus,
  TransferRequest,
} from './payment-provider';
import { PaymentProviderError } from './payment-provider-error';
import { testCardOutcome } from './test-cards';

/** How long the test provider's authorisations last, as Stripe's card authorisations do (about 7 days). */
export const TEST_AUTHORISATION_DAYS = 7;

/** What the hosted test page did with a card: where to send the shopper next. */
export type TestCardResult =
  | { outcome: 'authorised'; redirectUrl: string }
  | { outcome: 'declined'; message: string; redirectUrl: string }
  | { outcome: 'closed'; redirectUrl: string };

interface SessionRow {
  id: string;
  payment_id: string;
  order_id: string;
  order_number: string;
  currency: string;
  amount_minor: string;
  state: PaymentState;
  amount_capturable_minor: string;
  amount_captured_minor: string;
  amount_refunded_minor: string;
  capture_before: Date | null;
  card_brand: string | null;
  card_last4: string | null;
  decline_message: string | null;
  success_url: string;
  cancel_url: string;
  expires_at: Date;
}

/**
 * The test provider: no money moves. Its hosted page is served by the app itself (`/test-payments/pay`, marked TEST
 * MODE) and Stripe's public test card numbers behave there as Stripe documents. Its sessions (once used) and the
 * answers to its idempotent calls live in PostgreSQL (tables `test_payment_sessions`, `test_payment_requests`), so a
 * restart or a second instance sees the same payments. It sends no webhooks: the return from its page and the lookup sweep post
 * the order.
 */
export class TestPaymentProvider implements PaymentProvider {
  readonly name = 'test' as const;

  constructor(
    private readonly dataSource: DataSource,
    /** The app's public base URL: the hosted page lives under it. */
    private readonly baseUrl: string,
  ) {}

  // ---- The customer's card ----

  /**
   * Touches no database: the session's facts travel in its id and its row is written the first time the session is
   * used. So a checkout inside the caller's transaction never waits for a second connection (the embedded database
   * has one), and the same request (idempotency key included) gives the same session.
   */
  async createCheckout(request: CheckoutRequest): Promise<CheckoutSession> {
    const facts: SessionFacts = {
      k: request.idempotencyKey,
      o: request.orderId,
      n: request.orderNumber,
      c: request.currency,
      a: request.amountMinor,
      s: request.successUrl,
      x: request.cancelUrl,
      e: request.expiresAt.toISOString(),
    };
    const id = `tcs_${Buffer.from(JSON.stringify(facts)).toString('base64url')}`;
    return { id, url: this.pageUrl(id), expiresAt: request.expiresAt };
  }

  async checkoutStatus(sessionId: string): Promise<PaymentStatus> {
    await this.expireIfLapsed(sessionId);
    const row = await this.session(this.dataSource.manager, 'id', sessionId);
    return {
      sessionId: row.id,
      paymentId: row.state === 'open' || row.state === 'expired' ? null : row.payment_id,
      state: row.state,
      amountCapturableMinor: Number(row.amount_capturable_minor),
      amountCapturedMinor: Number(row.amount_captured_minor),
      currency: row.currency,
      captureBefore: row.capture_before,
      card: row.card_last4 ? { brand: row.card_brand ?? 'card', last4: row.card_last4 } : null,
      declineMessage: row.decline_message,
    };
  }

  async expireCheckout(sessionId: string): Promise<void> {
    await this.expireIfLapsed(sessionId);
    await this.dataSource.query(`UPDATE test_payment_sessions SET state = 'expired' WHERE id = $1 AND state = 'open'`, [sessionId]);
  }

  async capture(paymentId: string, amountMinor: number, idempotencyKey: string): Promise<{ capturedMinor: number }> {
    return this.once(idempotencyKey, async (manager) => {
      const row = await this.session(manager, 'payment_id', paymentId);
      if (row.state !== 'authorised') {
        throw new PaymentProviderError('invalid', `This payment cannot be captured: it is ${row.state}`, 'payment_intent_unexpected_state');
      }
      if (amountMinor <= 0 || amountMinor > Number(row.amount_capturable_minor)) {
        throw new PaymentProviderError('invalid', 'The amount to capture is more than the authorised amount', 'amount_too_large');
      }
      await manager.query(
        `UPDATE test_payment_sessions
            SET state = 'captured', amount_captured_minor = $2, amount_capturable_minor = 0
          WHERE payment_id = $1`,
        [paymentId, amountMinor],
      );
      return { capturedMinor: amountMinor };
    });
  }

  async cancelAuthorisation(paymentId: string, idempotencyKey: string): Promise<void> {
    await this.once(idempotencyKey, async (manager) => {
      const row = await this.session(manager, 'payment_id', paymentId);
      if (row.state !== 'authorised' && row.state !== 'open') {
        throw new PaymentProviderError('invalid', `This payment cannot be cancelled: it is ${row.state}`, 'payment_intent_unexpected_state');
      }
      await manager.query(`UPDATE test_payment_sessions SET state = 'cancelled', amount_capturable_minor = 0 WHERE payment_id = $1`, [paymentId]);
      return {};
    });
  }

  async refund(paymentId: string, amountMinor: number, idempotencyKey: string): Promise<RefundResult> {
    return this.once(idempotencyKey, async (manager) => {
      const row = await this.session(manager, 'payment_id', paymentId);
      const refundable = Number(row.amount_captured_minor) - Number(row.amount_refunded_minor);
      if (row.state !== 'captured') {
        throw new PaymentProviderError('invalid', `This payment cannot be refunded: it is ${row.state}`, 'charge_not_refundable');
      }
      if (amountMinor <= 0 || amountMinor > refundable) {
        throw new PaymentProviderError('invalid', 'The refund is more than what is left to refund', 'amount_too_large');
      }
      await manager.query(`UPDATE test_payment_sessions SET amount_refunded_minor = amount_refunded_minor + $2 WHERE payment_id = $1`, [
        paymentId,
        amountMinor,
      ]);
      return { refundId: `tre_${token()}`, state: 'succeeded' as const };
    });
  }

  /** The test provider's refunds succeed at once. */
  async refundStatus(refundId: string): Promise<RefundStatus> {
    return { refundId, state: 'succeeded', failureReason: null };
  }

  readEvent(_rawBody: Buffer, _signatureHeader: string): PaymentEvent {
    throw new PaymentProviderError('signature', 'The test payment provider sends no webhooks');
  }

  // ---- The hosted test page ----

  pageUrl(sessionId: string): string {
    // In the query: the id carries the session's facts, longer than a path segment may be.
    return `${this.baseUrl}/test-payments/pay?session=${encodeURIComponent(sessionId)}`;
  }

  /** The session as its hosted page shows it; null when there is no such session. */
  async pageSession(
    sessionId: string,
  ): Promise<{ orderNumber: string; currency: string; amountMinor: number; state: PaymentState; cancelUrl: string } | null> {
    if (!isSessionId(sessionId)) return null;
    await this.expireIfLapsed(sessionId);
    const [row]: SessionRow[] = await this.dataSource.query(`SELECT * FROM test_payment_sessions WHERE id = $1`, [sessionId]);
    return {
      orderNumber: row.order_number,
      currency: row.currency,
      amountMinor: Number(row.amount_minor),
      state: row.state,
      cancelUrl: row.cancel_url,
    };
  }

  /**
   * The shopper submitted a card on the hosted page: a test card that authorises holds the whole amount for
   * TEST_AUTHORISATION_DAYS; a declining one records the decline in Stripe's words. Throws 'invalid' for an unknown
   * session.
   */
  async submitCard(sessionId: string, cardNumber: string, now = new Date()): Promise<TestCardResult> {
    await this.expireIfLapsed(sessionId);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.session(manager, 'id', sessionId);
      if (row.state !== 'open') return { outcome: 'closed', redirectUrl: returnUrl(row) };
      const card = testCardOutcome(cardNumber);
      if (card.outcome === 'declined') {
        await manager.query(`UPDATE test_payment_sessions SET decline_message = $2, card_brand = $3, card_last4 = $4 WHERE id = $1`, [
          sessionId,
          card.message,
          card.brand,
          card.last4,
        ]);
        return { outcome: 'declined', message: card.message, redirectUrl: returnUrl(row, row.cancel_url) };
      }
      const captureBefore = new Date(now.getTime() + TEST_AUTHORISATION_DAYS * 86_400_000);
      await manager.query(
        `UPDATE test_payment_sessions
            SET state = 'authorised', amount_capturable_minor = amount_minor, capture_before = $2,
                card_brand = $3, card_last4 = $4, decline_message = NULL
          WHERE id = $1`,
        [sessionId, captureBefore, card.brand, card.last4],
      );
      return { outcome: 'authorised', redirectUrl: returnUrl(row) };
    });
  }

  /** Writes the session's row from the facts in its id, the first time it is used; throws 'invalid' for a bad id. */
  private async expireIfLapsed(sessionId: string): Promise<void> {
    const facts = readFacts(sessionId);
    await this.dataSource.query(
      `INSERT INTO test_payment_sessions
         (id, payment_id, idempotency_key, order_id, order_number, currency, amount_minor, success_url, cancel_url, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT DO NOTHING`,
      [sessionId, paymentIdOf(sessionId), facts.k, facts.o, facts.n, facts.c, facts.a, facts.s, facts.x, facts.e],
    );
    await this.dataSource.query(`UPDATE test_payment_sessions SET state = 'expired' WHERE id = $1 AND state = 'open' AND expires_at <= now()`, [
      sessionId,
    ]);
  }

  private async session(manager: EntityManager, column: 'id' | 'payment_id', value: string): Promise<SessionRow> {
    const [row]: SessionRow[] = await manager.query(`SELECT * FROM test_payment_sessions WHERE ${column} = $1 FOR UPDATE`, [value]);
    if (!row) throw new PaymentProviderError('invalid', `No such test payment: ${value}`, 'resource_missing');
    return row;
  }

  /** Runs `operation` once per idempotency key: a repeat answers what the first call answered. */
  private async once<T>(idempotencyKey: string, operation: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [idempotencyKey]);
      const [done]: { response: T }[] = await manager.query(`SELECT response FROM test_payment_requests WHERE idempotency_key = $1`, [
        idempotencyKey,
      ]);
      if (done) return done.response;
      const response = await operation(manager);
      await manager.query(`INSERT INTO test_payment_requests (idempotency_key, response) VALUES ($1, $2)`, [
        idempotencyKey,
        JSON.stringify(response),
      ]);
      return response;
    });
  }

  // ---- Fulfillers' payouts ----

  async createPayoutAccount(request: PayoutAccountRequest): Promise<{ accountId: string }> {
    return this.once(request.idempotencyKey, async (manager) => {
      const accountId = `tacct_${token()}`;
      await manager.query(`INSERT INTO test_payout_accounts (id, email, country) VALUES ($1, $2, $3)`, [accountId, request.email, request.country]);
      return { accountId };
    });
  }

  /** The test onboarding page (`/test-payouts/onboarding/:token`), valid for 5 minutes like Stripe's Account Links. */
  async onboardingLink(accountId: string, refreshUrl: string, returnUrl: string): Promise<{ url: string; expiresAt: Date }> {
    const link = token();
    const expiresAt = new Date(Date.now() + 5 * 60_000);
    const [, updated] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE test_payout_accounts SET link_token = $2, link_expires_at = $3, refresh_url = $4, return_url = $5 WHERE id = $1`,
      [accountId, link, expiresAt, refreshUrl, returnUrl],
    );
    if (!updated) throw new PaymentProviderError('invalid', `No such test payout account: ${accountId}`, 'resource_missing');
    return { url: `${this.baseUrl}/test-payouts/onboarding/${link}`, expiresAt };
  }

  async payoutAccountStatus(accountId: string): Promise<PayoutAccountStatus> {
    const [account]: { onboarded_at: Date | null }[] = await this.dataSource.query(`SELECT onboarded_at FROM test_payout_accounts WHERE id = $1`, [
      accountId,
    ]);
    if (!account) throw new PaymentProviderError('invalid', `No such test payout account: ${accountId}`, 'resource_missing');
    return {
      accountId,
      payoutsEnabled: account.onboarded_at !== null,
      requirementsDue: account.onboarded_at ? [] : [...TEST_ONBOARDING_REQUIREMENTS],
    };
  }

  async transfer(request: TransferRequest): Promise<{ transferId: string }> {
    return this.once(request.idempotencyKey, async (manager) => {
      const [account]: { onboarded_at: Date | null }[] = await manager.query(`SELECT onboarded_at FROM test_payout_accounts WHERE id = $1`, [
        request.accountId,
      ]);
      // As Stripe answers a transfer to an account whose onboarding is unfinished.
      if (!account?.onboarded_at) {
        throw new PaymentProviderError(
          'invalid',
          'The destination account needs the transfers capability enabled (onboarding unfinished)',
          'insufficient_capabilities_for_transfer',
        );
      }
      const transferId = `ttr_${token()}`;
      await manager.query(`INSERT INTO test_transfers (id, account_id, currency, amount_minor) VALUES ($1, $2, $3, $4)`, [
        transferId,
        request.accountId,
        request.currency,
        request.amountMinor,
      ]);
      return { transferId };
    });
  }

  async reverseTransfer(transferId: string, amountMinor: number, idempotencyKey: string): Promise<{ reversalId: string }> {
    return this.once(idempotencyKey, async (manager) => {
      const [, reversed] = await manager.query<[unknown[], number]>(
        `UPDATE test_transfers SET reversed_minor = reversed_minor + $2 WHERE id = $1 AND reversed_minor + $2 <= amount_minor`,
        [transferId, amountMinor],
      );
      if (!reversed)
        throw new PaymentProviderError('invalid', `Transfer ${transferId} does not exist or has less than that left to reverse`, 'resource_missing');
      return { reversalId: `ttrr_${token()}` };
    });
  }

  /**
   * The test onboarding page's link: the account it onboards, or where to send the user instead when the link is
   * unknown or expired (its refresh URL, as Stripe does). Not part of PaymentProvider: only the test page calls it.
   */
  async onboardingByLink(
    link: string,
  ): Promise<{ accountId: string; email: string; returnUrl: string } | { expired: true; refreshUrl: string | null }> {
    const [row]: { id: string; email: string; link_expires_at: Date; refresh_url: string; return_url: string }[] = await this.dataSource.query(
      `SELECT id, email, link_expires_at, refresh_url, return_url FROM test_payout_accounts WHERE link_token = $1`,
      [link],
    );
    if (!row || row.link_expires_at <= new Date()) return { expired: true, refreshUrl: row?.refresh_url ?? null };
    return { accountId: row.id, email: row.email, returnUrl: row.return_url };
  }

  /** Finishes the test onboarding through a live link (once: the link is spent); null when it is unknown or expired. */
  async finishOnboarding(link: string): Promise<{ returnUrl: string } | null> {
    const [rows]: [{ return_url: string }[]] = await this.dataSource.query(
      `UPDATE test_payout_accounts SET onboarded_at = coalesce(onboarded_at, now()), link_token = NULL
        WHERE link_token = $1 AND link_expires_at > now() RETURNING return_url`,
      [link],
    );
    return rows[0] ? { returnUrl: rows[0].return_url } : null;
  }
}

/** What the test provider asks of an account before its payouts are enabled, in Stripe's words. */
const TEST_ONBOARDING_REQUIREMENTS = ['business_profile.url', 'external_account', 'tos_acceptance.date'];

function token(): string {
  return randomBytes(12).toString('base64url');
}

/** What a test session id carries: idempotency key, order id and number, currency, amount, return URLs, expiry. */
interface SessionFacts {
  k: string;
  o: string;
  n: string;
  c: string;
  a: number;
  s: string;
  x: string;
  e: string;
}

function isSessionId(sessionId: string): boolean {
  try {
    readFacts(sessionId);
    return true;
  } catch {
    return false;
  }
}

function readFacts(sessionId: string): SessionFacts {
  const facts = sessionId.startsWith('tcs_') ? safeJson(Buffer.from(sessionId.slice(4), 'base64url').toString()) : null;
  const valid =
    facts &&
    typeof facts.k === 'string' &&
    typeof facts.o === 'string' &&
    /^[0-9a-f-]{36}$/.test(facts.o) &&
    typeof facts.n === 'string' &&
    typeof facts.c === 'string' &&
    Number.isSafeInteger(facts.a) &&
    typeof facts.s === 'string' &&
    typeof facts.x === 'string' &&
    typeof facts.e === 'string' &&
    !Number.isNaN(Date.parse(facts.e));
  if (!valid) throw new PaymentProviderError('invalid', `No such test payment session: ${sessionId.slice(0, 40)}`, 'resource_missing');
  return facts as SessionFacts;
}

/** Anything a client put in the id: readFacts checks each field before trusting it. */
function safeJson(text: string): Partial<Record<keyof SessionFacts, unknown>> | null {
  try {
    return JSON.parse(text) as Partial<Record<keyof SessionFacts, unknown>>;
  } catch {
    return null;
  }
}

/** The session's payment: derived from its id, so writing the row twice gives the same one. */
function paymentIdOf(sessionId: string): string {
  return `tpi_${createHash('sha256').update(sessionId).digest('base64url').slice(0, 24)}`;
}

/** Stripe replaces `{CHECKOUT_SESSION_ID}` in its return URLs; the test page does the same. */
function returnUrl(row: SessionRow, url = row.success_url): string {
  return url.replaceAll('{CHECKOUT_SESSION_ID}', encodeURIComponent(row.id));
}
