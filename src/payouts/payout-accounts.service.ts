import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { AppConfig } from '../config/app-config';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { PAYMENT_PROVIDER, PaymentProvider } from '../payments/payment-provider';
import { PaymentProviderError } from '../payments/payment-provider-error';
import { PaymentsService } from '../payments/payments.service';
import { Fulfiller, fulfillerOf } from './fulfiller';
import { recordAccountStatus } from './payout-account-status';
import { PayoutRuns } from './payout-runs.service';
import { PayoutAccountView } from './payouts.dto';

interface AccountRow {
  provider: string;
  provider_account_id: string;
  payouts_enabled: boolean;
  requirements_due: string[];
  checked_at: Date;
}

/** Where each workspace's payout settings live: the onboarding returns there, and an expired link starts again there. */
export const PAYOUT_SETTINGS_PATHS = { retailer: '/retailer/settings/payouts', manufacturer: '/manufacturer/payout-settings' } as const;

/**
 * Fulfillers' payout accounts at the provider (Stripe: Express accounts, onboarded through Account Links). One per
 * retailer and per manufacturer; a fulfiller is paid only once the provider says its payouts are enabled.
 */
@Injectable()
export class PayoutAccounts implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly runs: PayoutRuns,
    private readonly payments: PaymentsService,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
  ) {}

  onModuleInit(): void {
    // The provider's webhook reaches payments first; an account's change is ours to act on.
    this.payments.onAccountUpdated((providerAccountId) => this.accountUpdated(providerAccountId));
  }

  /** The caller's payout account as last checked (none yet: `state` 'none'). */
  async view(principal: Principal): Promise<PayoutAccountView> {
    return viewOf(await this.row(fulfillerOf(principal)), this.provider.name);
  }

  /**
   * An admin starts (or continues) onboarding: creates the account at the provider the first time (idempotency key
   * per fulfiller, so two clicks make one account) and returns a one-time onboarding link. Throws 403 for non-admins,
   * 503 when the provider cannot be reached.
   */
  async onboardingLink(principal: Principal): Promise<{ url: string; expiresAt: Date }> {
    const fulfiller = fulfillerOf(principal);
    access.requireTenantAdmin(principal, 'payouts');
    let account = await this.row(fulfiller);
    if (!account) {
      const contact = await this.contactOf(fulfiller, principal);
      const { accountId } = await providerCall(() =>
        this.provider.createPayoutAccount({
          fulfillerKind: fulfiller.kind,
          fulfillerId: fulfiller.id,
          email: contact.email,
          country: contact.country,
          idempotencyKey: `payout-account-${fulfiller.kind}-${fulfiller.id}`,
        }),
      );
      await this.dataSource.query(
        `INSERT INTO payout_accounts (fulfiller_kind, fulfiller_id, provider, provider_account_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (fulfiller_kind, fulfiller_id) DO NOTHING`,
        [fulfiller.kind, fulfiller.id, this.provider.name, accountId],
      );
      account = (await this.row(fulfiller))!;
    }
    const settings = `${this.config.PUBLIC_BASE_URL}${PAYOUT_SETTINGS_PATHS[fulfiller.kind]}`;
    return providerCall(() => this.provider.onboardingLink(account.provider_account_id, `${settings}/onboarding`, `${settings}?returned=1`));
  }

  /**
   * Asks the provider how the caller's account stands now (on return from onboarding, or when asked), stores it, and
   * releases held payouts once transfers can reach it.
   */
  async refresh(principal: Principal): Promise<PayoutAccountView> {
    const fulfiller = fulfillerOf(principal);
    const account = await this.row(fulfiller);
    if (!account) return viewOf(null, this.provider.name);
    await this.check(fulfiller, account.provider_account_id);
    return viewOf(await this.row(fulfiller), this.provider.name);
  }

  /**
   * The provider said an account changed (Stripe's `account.updated`): check it again, and once onboarding is
   * finished its held payouts are released (transferred now, and the next run includes it). Unknown accounts are
   * ignored; the provider out of reach throws, so the event is sent again.
   */
  async accountUpdated(providerAccountId: string): Promise<void> {
    const [row]: { fulfiller_kind: Fulfiller['kind']; fulfiller_id: string }[] = await this.dataSource.query(
      `SELECT fulfiller_kind, fulfiller_id FROM payout_accounts WHERE provider = $1 AND provider_account_id = $2`,
      [this.provider.name, providerAccountId],
    );
    if (row) await this.check({ kind: row.fulfiller_kind, id: row.fulfiller_id }, providerAccountId);
  }

  private async check(fulfiller: Fulfiller, providerAccountId: string): Promise<void> {
    const status = await providerCall(() => this.provider.payoutAccountStatus(providerAccountId));
    await recordAccountStatus(this.dataSource, fulfiller, status);
    if (status.payoutsEnabled) await this.runs.releaseHolds(fulfiller);
  }

  private async row(fulfiller: Fulfiller): Promise<AccountRow | null> {
    const [row]: AccountRow[] = await this.dataSource.query(
      `SELECT provider, provider_account_id, payouts_enabled, requirements_due, checked_at FROM payout_accounts WHERE fulfiller_kind = $1 AND fulfiller_id = $2`,
      [fulfiller.kind, fulfiller.id],
    );
    return row ?? null;
  }

  /** Whom the provider writes to (the admin who starts onboarding) and the country the business is in. */
  private async contactOf(fulfiller: Fulfiller, principal: Principal): Promise<{ email: string; country: string }> {
    const [row]: { email: string; country: string | null }[] = await this.dataSource.query(
      fulfiller.kind === 'retailer'
        ? `SELECT u.email, (SELECT l.country FROM retailer_locations l WHERE l.retailer_id = $2 ORDER BY l.active DESC, l.created_at LIMIT 1) AS country
             FROM users u WHERE u.id = $1`
        : `SELECT u.email, (SELECT s.warehouse_country FROM stores s WHERE s.manufacturer_id = $2) AS country FROM users u WHERE u.id = $1`,
      [principal.userId, fulfiller.id],
    );
    return { email: row.email, country: (row.country ?? 'US').trim() };
  }
}

/** A provider call on a person's behalf: an outage is a 503 saying to try again, a refusal a 409 in its words. */
async function providerCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof PaymentProviderError)) throw error;
    if (error.kind === 'unavailable')
      throw new DomainError(ErrorCode.Unavailable, 'The payment provider cannot be reached right now. Try again in a few minutes.');
    throw new DomainError(ErrorCode.Conflict, `The payment provider refused: ${error.message}`);
  }
}

function viewOf(row: AccountRow | null, provider: string): PayoutAccountView {
  if (!row) return { state: 'none', provider, testMode: provider === 'test', requirementsDue: [], checkedAt: null };
  return {
    state: row.payouts_enabled ? 'enabled' : 'onboarding',
    provider: row.provider,
    testMode: row.provider === 'test',
    requirementsDue: row.requirements_due,
    checkedAt: row.checked_at,
  };
}
