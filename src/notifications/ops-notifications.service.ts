import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryPage } from '../common/query-page';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { CustomerEmailEvent, EmailRefs, emailCustomer } from './outbox';
import { EmailPage, EmailsQuery, EmailSummary, EmailView, NotificationPage, NotificationsQuery, NotificationView } from './ops-notifications.dto';

export const EMAIL_COLUMNS = `e.notification_id AS id, o.number::text AS "orderNumber", e.event, e.to_address AS "to", e.from_name AS "fromName",
  e.subject, e.transport, e.created_at AS "createdAt"`;

const NOTIFICATION_COLUMNS = `
  n.id, n.channel, n.event, o.number::text AS "orderNumber", r.name AS "retailerName", n.state, n.attempts,
         n.last_error AS "lastError", n.relayed_at AS "relayedAt", n.created_at AS "createdAt", n.delivered_at AS "deliveredAt",
         e.transport, n.payload ? 'userId' AS "toStaff"`;
const NOTIFICATION_FROM = `
    FROM notifications n
    LEFT JOIN orders o ON o.id = n.order_id
    LEFT JOIN retailers r ON r.id = n.retailer_id
    LEFT JOIN sent_emails e ON e.notification_id = n.id`;

/** What ops see of outgoing messages: the e-mails as sent (or kept), and every notification's state. */
@Injectable()
export class OpsNotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async emails(query: EmailsQuery): Promise<EmailPage> {
    const from = `FROM sent_emails e JOIN orders o ON o.id = e.order_id
      WHERE ($1::text IS NULL OR lower(e.to_address) = $1) AND ($2::text IS NULL OR o.number::text = $2)`;
    return queryPage(
      this.dataSource,
      { columns: EMAIL_COLUMNS, from, orderBy: 'e.created_at DESC, e.notification_id' },
      [query.to?.toLowerCase() ?? null, query.orderNumber ?? null],
      query,
    );
  }

  async email(id: string): Promise<EmailView> {
    const [email] = await this.dataSource.query<(EmailView | undefined)[]>(
      `SELECT ${EMAIL_COLUMNS}, e.reply_to AS "replyTo", e.text, e.html
         FROM sent_emails e JOIN orders o ON o.id = e.order_id WHERE e.notification_id = $1`,
      [id],
    );
    if (!email) throw DomainError.notFound('E-mail');
    return email;
  }

  async notifications(query: NotificationsQuery): Promise<NotificationPage> {
    const from = `${NOTIFICATION_FROM} WHERE ($1::notification_state IS NULL OR n.state = $1)`;
    return queryPage(this.dataSource, { columns: NOTIFICATION_COLUMNS, from, orderBy: 'n.created_at DESC, n.id' }, [query.state ?? null], query);
  }

  /** The e-mails sent (or kept) to an order's customer, oldest first: what ops may send again. */
  async orderEmails(principal: Principal, orderId: string): Promise<EmailSummary[]> {
    access.requireOps(principal);
    return this.dataSource.query(
      `SELECT ${EMAIL_COLUMNS} FROM sent_emails e JOIN orders o ON o.id = e.order_id
        JOIN notifications n ON n.id = e.notification_id
        WHERE e.order_id = $1 AND NOT (n.payload ? 'userId') ORDER BY e.created_at, e.notification_id LIMIT 200`,
      [orderId],
    );
  }

  /**
   * Sends one of an order's customer e-mails again, rendered afresh (the order as it is now), through the outbox; the
   * order's history records who did it and why (not shown to the customer). 404 for an e-mail not of this order's customer.
   */
  async resend(principal: Principal, orderId: string, emailId: string, reason: string): Promise<void> {
    access.requireOps(principal);
    await this.dataSource.transaction(async (manager) => {
      // A customer's e-mail: its payload holds the EmailRefs it was rendered from (a staff e-mail's names a userId).
      const [original] = await manager.query<{ event: CustomerEmailEvent; payload: EmailRefs; subject: string }[]>(
        `SELECT n.event, n.payload, e.subject FROM notifications n JOIN sent_emails e ON e.notification_id = n.id
          WHERE n.id = $1 AND n.order_id = $2 AND n.channel = 'email' AND NOT (n.payload ? 'userId')`,
        [emailId, orderId],
      );
      if (!original) throw DomainError.notFound('E-mail');
      await emailCustomer(manager, orderId, original.event, original.payload);
      // Not a transition: the history keeps the status, as when bidding is closed early.
      await manager.query(
        `INSERT INTO order_events (order_id, from_status, to_status, actor, note)
         SELECT id, status, status, $2, $3 FROM orders WHERE id = $1`,
        [orderId, `ops:${principal.userId}`, `E-mail “${original.subject}” sent again to the customer by Nearfill operations: ${reason}`],
      );
    });
  }

  /** Gives a failed notification a fresh set of attempts: it goes back through the outbox. */
  async retry(id: string): Promise<NotificationView> {
    const [[row]] = await this.dataSource.query<[({ id: string } | undefined)[], number]>(
      `UPDATE notifications SET state = 'pending', attempts = 0, last_error = NULL, relayed_at = NULL, lease_until = NULL
        WHERE id = $1 AND state = 'failed' RETURNING id`,
      [id],
    );
    const [notification]: NotificationView[] = await this.dataSource.query(`SELECT ${NOTIFICATION_COLUMNS} ${NOTIFICATION_FROM} WHERE n.id = $1`, [
      id,
    ]);
    if (!notification) throw DomainError.notFound('Notification');
    if (!row) {
      throw new DomainError(ErrorCode.InvalidState, `This notification is ${notification.state}; only a failed one can be retried`);
    }
    return notification;
  }
}
