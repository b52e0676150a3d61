import { Injectable } from '@nestjs/common';
import { Eta } from 'eta';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { formatDateTime } from '../common/locale-format';
import { formatMoney } from '../common/money';
import { PAYOUT_SETTINGS_PATHS } from '../payouts/payout-accounts.service';
import { EmailMessage } from './mailer';
import { Notification } from './notification.entity';

/** What an `inventory.stale` notification carries (stale-feeds.ts), plus the admin it is for. */
interface StaleFeedFacts {
  userId: string;
  location: { id: string; name: string };
  countedAt: string;
  manufacturers: { name: string; maxAgeHours: number }[];
}

/** What a `payout.held` notification carries (payout-runs.service.ts): the admin it is for and the payout held. */
interface PayoutHeldFacts {
  userId: string;
  payoutId: string;
  fulfillerKind: 'retailer' | 'manufacturer';
}

/** E-mails to a retailer's or manufacturer's own staff (not about one customer's order): a stale inventory feed, a held payout. */
@Injectable()
export class StaffEmails {
  private readonly eta = new Eta({ views: join(__dirname, 'views'), cache: true, autoEscape: true });

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /** Null when the admin is gone or disabled: nobody to write to. */
  async render(notification: Notification): Promise<EmailMessage | null> {
    const { userId } = notification.payload as { userId: string };
    const [user] = await this.dataSource.query(`SELECT email, name FROM users WHERE id = $1 AND disabled_at IS NULL`, [userId]);
    if (!user) return null;
    if (notification.event === 'payout.held') return this.payoutHeld(user.email, notification.payload as unknown as PayoutHeldFacts);
    return this.staleFeed(user.email, notification.payload as unknown as StaleFeedFacts);
  }

  private async payoutHeld(to: string, facts: PayoutHeldFacts): Promise<EmailMessage | null> {
    const [payout]: { amount: number; currency: string; status: string }[] = await this.dataSource.query(
      `SELECT amount_minor::float8 AS amount, currency, status FROM payouts WHERE id = $1`,
      [facts.payoutId],
    );
    // Paid or replaced since: nothing to tell any more.
    if (payout?.status !== 'held') return null;
    const settings = `${this.config.PUBLIC_BASE_URL}${PAYOUT_SETTINGS_PATHS[facts.fulfillerKind]}`;
    return this.message(to, `Your payout of ${formatMoney(payout.amount, payout.currency)} is on hold`, 'Finish setting up payouts to be paid', [
      `Your payout of ${formatMoney(payout.amount, payout.currency)} is held because your payout account is not set up yet, or the payment provider still needs some details.`,
      `Finish the set-up at ${settings}; the payout is transferred as soon as the provider enables your account.`,
    ]);
  }

  private staleFeed(to: string, facts: StaleFeedFacts): EmailMessage {
    const makers = facts.manufacturers.map((m) => `${m.name} (at most ${m.maxAgeHours} h)`).join(', ');
    const subject = `The stock feed of ${facts.location.name} is out of date`;
    const heading = `Update the stock count of ${facts.location.name}`;
    const paragraphs = [
      `Its last count is from ${formatDateTime(new Date(facts.countedAt), 'UTC')} UTC, older than ${makers} accept${facts.manufacturers.length > 1 ? '' : 's'}.`,
      'Until a fresh count arrives it makes no automatic bids on their orders, and its automatic bids still on the board are withdrawn before the daily run.',
      `Upload a count (CSV or JSON) at ${this.config.PUBLIC_BASE_URL}/api/v1/retailer/inventory/locations/${facts.location.id}.`,
    ];
    return this.message(to, subject, heading, paragraphs);
  }

  private message(to: string, subject: string, heading: string, paragraphs: string[]): EmailMessage {
    return {
      to,
      fromName: 'Nearfill',
      replyTo: null,
      subject,
      text: [heading, '', ...paragraphs.flatMap((p) => [p, '']), 'Nearfill'].join('\n'),
      html: this.eta.render('staff-email', { subject, heading, paragraphs }),
    };
  }
}
