import { Injectable } from '@nestjs/common';
import { Eta } from 'eta';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { formatDateTime } from '../common/locale-format';
import { EmailMessage } from './mailer';
import { Notification } from './notification.entity';

/** What an `inventory.stale` notification carries (stale-feeds.ts), plus the admin it is for. */
interface StaleFeedFacts {
  userId: string;
  location: { id: string; name: string };
  countedAt: string;
  manufacturers: { name: string; maxAgeHours: number }[];
}

/** E-mails to a retailer's own staff (not about one customer's order): a stale inventory feed. */
@Injectable()
export class StaffEmails {
  private readonly eta = new Eta({ views: join(__dirname, 'views'), cache: true, autoEscape: true });

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /** Null when the admin is gone or disabled: nobody to write to. */
  async render(notification: Notification): Promise<EmailMessage | null> {
    const facts = notification.payload as unknown as StaleFeedFacts;
    const [user] = await this.dataSource.query<({ email: string; name: string } | undefined)[]>(`SELECT email, name FROM users WHERE id = $1 AND disabled_at IS NULL`, [facts.userId]);
    if (!user) return null;
    const makers = facts.manufacturers.map((m) => `${m.name} (at most ${m.maxAgeHours} h)`).join(', ');
    const subject = `The stock feed of ${facts.location.name} is out of date`;
    const heading = `Update the stock count of ${facts.location.name}`;
    const paragraphs = [
      `Its last count is from ${formatDateTime(new Date(facts.countedAt), 'UTC')} UTC, older than ${makers} accept${facts.manufacturers.length > 1 ? '' : 's'}.`,
      'Until a fresh count arrives it makes no automatic bids on their orders, and its automatic bids still on the board are withdrawn before the daily run.',
      `Upload a count (CSV or JSON) at ${this.config.PUBLIC_BASE_URL}/api/v1/retailer/inventory/locations/${facts.location.id}.`,
    ];
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
