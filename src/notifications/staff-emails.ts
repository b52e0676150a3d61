import { Injectable } from '@nestjs/common';
import { Eta } from 'eta';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { formatDateTime } from '../common/locale-format';
import { formatMoney } from '../common/money';
import { MANUFACTURER_PATHS } from '../manufacturer-workspace/manufacturer-pages';
import { RETAILER_PATHS } from '../retailer-workspace/retailer-pages';
import { EmailMessage } from './mailer';
import { Notification } from './notification.entity';
import { StaffEmailEvent } from './outbox';

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

/** E-mails to a party's own staff (not to a customer): a stale inventory feed, a return to decide. */
@Injectable()
export class StaffEmails {
  private readonly eta = new Eta({ views: join(__dirname, 'views'), cache: true, autoEscape: true });

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /** Null when the admin is gone or disabled: nobody to write to. */
  async render(notification: Notification): Promise<EmailMessage | null> {
    const [user] = await this.dataSource.query(`SELECT email, name FROM users WHERE id = $1 AND disabled_at IS NULL`, [notification.payload.userId]);
    if (!user) return null;
    const render = CONTENT[notification.event as StaffEmailEvent] as (facts: unknown, base: string) => StaffContent;
    const { subject, heading, paragraphs } = render(notification.payload, this.config.PUBLIC_BASE_URL);
    return {
      to: user.email,
      fromName: 'Nearfill',
      replyTo: null,
      subject,
      text: [heading, '', ...paragraphs.flatMap((p) => [p, '']), 'Nearfill'].join('\n'),
      html: this.eta.render('staff-email', { subject, heading, paragraphs }),
    };
  }
}
