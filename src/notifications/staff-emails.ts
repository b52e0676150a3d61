import { Injectable } from '@nestjs/common';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { formatDateTime } from '../common/locale-format';
import { formatMoney } from '../common/money';
import { MANUFACTURER_PATHS } from '../manufacturer-workspace/manufacturer-pages';
import { RETAILER_PATHS } from '../retailer-workspace/retailer-pages';
import { PAYOUT_SETTINGS_PATHS } from '../payouts/payout-accounts.service';
import { EmailMessage } from './mailer';
import { Notification } from './notification.entity';
import { StaffEmailEvent } from './outbox';
import { viewsRenderer } from '../common/eta-views';

/** What an `inventory.stale` e-mail carries (stale-feeds.ts). */
interface StaleFeedFacts {
  location: { id: string; name: string };
  countedAt: string;
  manufacturers: { name: string; maxAgeHours: number }[];
}

/** What a `return.to_decide` e-mail carries (ReturnsService.request): the lines as "2 × Name: reason". */
interface ReturnRequestFacts {
  return: { id: string; orderNumber: string; lines: string[]; refundMinor: number; currency: string; handler: 'retailer' | 'manufacturer' };
}

interface StaffContent {
  subject: string;
  heading: string;
  paragraphs: string[];
}

/** Each staff e-mail's words, from its facts and the app's address (links open the party's own workspace). */
const CONTENT: Record<StaffEmailEvent, (facts: never, base: string) => StaffContent> = {
  'inventory.stale': (facts: StaleFeedFacts, base) => {
    const makers = facts.manufacturers.map((m) => `${m.name} (at most ${m.maxAgeHours} h)`).join(', ');
    return {
      subject: `The stock feed of ${facts.location.name} is out of date`,
      heading: `Update the stock count of ${facts.location.name}`,
      paragraphs: [
        `Its last count is from ${formatDateTime(new Date(facts.countedAt), 'UTC')} UTC, older than ${makers} accept${facts.manufacturers.length > 1 ? '' : 's'}.`,
        'Until a fresh count arrives it makes no automatic bids on their orders, and its automatic bids still on the board are withdrawn before the daily run.',
        `Upload a count on your Inventory page: ${base}${RETAILER_PATHS.inventory}`,
      ],
    };
  },
  'return.to_decide': ({ return: r }: ReturnRequestFacts, base) => {
    const page = (r.handler === 'retailer' ? RETAILER_PATHS : MANUFACTURER_PATHS).returnPage(r.id);
    return {
      subject: `Return requested on order #${r.orderNumber}`,
      heading: `The customer of order #${r.orderNumber} asks to return items`,
      paragraphs: [
        ...r.lines,
        `Refund due once the goods are back: ${formatMoney(r.refundMinor, r.currency)}.`,
        `Approve it with instructions for sending the goods back, or refuse it with a reason: ${base}${page}`,
      ],
    };
  },
};

/** What a `payout.held` notification carries (payout-runs.service.ts): the admin it is for and the payout held. */
interface PayoutHeldFacts {
  userId: string;
  payoutId: string;
  fulfillerKind: 'retailer' | 'manufacturer';
}

/** E-mails to a party's own staff (not to a customer): a stale inventory feed, a return to decide, a held payout. */
@Injectable()
export class StaffEmails {
  private readonly eta = viewsRenderer(join(__dirname, 'views'));

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /** Null when the admin is gone or disabled: nobody to write to. */
  async render(notification: Notification): Promise<EmailMessage | null> {
    const [user] = await this.dataSource.query<{ email: string; name: string }[]>(
      `SELECT email, name FROM users WHERE id = $1 AND disabled_at IS NULL`,
      [notification.payload.userId],
    );
    if (!user) return null;
    const base = this.config.PUBLIC_BASE_URL;
    const content =
      notification.event === 'payout.held'
        ? await this.payoutHeld(notification.payload as unknown as PayoutHeldFacts, base)
        : (CONTENT[notification.event as StaffEmailEvent] as (facts: unknown, base: string) => StaffContent)(notification.payload, base);
    // A payout paid since it was held, or told anew: nothing to tell with this e-mail any more.
    if (!content) return null;
    const { subject, heading, paragraphs } = content;
    return {
      to: user.email,
      fromName: 'Nearfill',
      replyTo: null,
      subject,
      text: [heading, '', ...paragraphs.flatMap((p) => [p, '']), 'Nearfill'].join('\n'),
      html: this.eta.render('staff-email', { subject, heading, paragraphs }),
    };
  }

  private async payoutHeld(facts: PayoutHeldFacts, base: string): Promise<StaffContent | null> {
    // The payout held now under this e-mail's notice: the one named, or a later run's that carries its notice on
    // (same amount or less, so no new e-mail was sent). None once it is paid, or a new notice replaced this one.
    const [payout]: { amount: number; currency: string }[] = await this.dataSource.query(
      `SELECT now_held.amount_minor::float8 AS amount, now_held.currency
         FROM payouts p
         JOIN payouts now_held ON now_held.fulfiller_kind = p.fulfiller_kind AND now_held.fulfiller_id = p.fulfiller_id
          AND now_held.currency = p.currency AND now_held.status = 'held' AND now_held.held_notice_cutoff = p.held_notice_cutoff
        WHERE p.id = $1`,
      [facts.payoutId],
    );
    if (!payout) return null;
    const amount = formatMoney(payout.amount, payout.currency);
    return {
      subject: `Your payout of ${amount} is on hold`,
      heading: 'Finish setting up payouts to be paid',
      paragraphs: [
        `Your payout of ${amount} is held because your payout account is not set up yet, or the payment provider still needs some details.`,
        `Finish the set-up at ${base}${PAYOUT_SETTINGS_PATHS[facts.fulfillerKind]}; the payout is transferred as soon as the provider enables your account.`,
      ],
    };
  }
}
