import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { queryPage } from '../common/query-page';
import { DomainError } from '../errors/domain-error';
import { EMAIL_COLUMNS } from './ops-notifications.service';
import { EmailPage, EmailsQuery, EmailView } from './ops-notifications.dto';

// The e-mails sent to customers in the manufacturer's store's name: its orders', never a staff e-mail.
const OF_STORE = `FROM sent_emails e JOIN orders o ON o.id = e.order_id JOIN notifications n ON n.id = e.notification_id
  WHERE o.manufacturer_id = $1 AND NOT (n.payload ? 'userId')`;

/** What a manufacturer reads of the e-mails its store sent: each as the customer got it. */
@Injectable()
export class StoreEmailsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first, optionally to one address or about one order number. */
  list(principal: Principal, query: EmailsQuery): Promise<EmailPage> {
    const manufacturerId = access.manufacturerOf(principal);
    const from = `${OF_STORE} AND ($2::text IS NULL OR lower(e.to_address) = $2) AND ($3::text IS NULL OR o.number::text = $3)`;
    return queryPage(
      this.dataSource,
      { columns: EMAIL_COLUMNS, from, orderBy: 'e.created_at DESC, e.notification_id' },
      [manufacturerId, query.to?.toLowerCase() ?? null, query.orderNumber?.replace(/^#/, '') ?? null],
      query,
    );
  }

  /** One e-mail with its text and HTML; another store's is not found (404). */
  async get(principal: Principal, id: string): Promise<EmailView> {
    const manufacturerId = access.manufacturerOf(principal);
    const [email] = await this.dataSource.query<(EmailView | undefined)[]>(
      `SELECT ${EMAIL_COLUMNS}, e.reply_to AS "replyTo", e.text, e.html ${OF_STORE} AND e.notification_id = $2`,
      [manufacturerId, id],
    );
    if (!email) throw DomainError.notFound('E-mail');
    return email;
  }
}
