import type { Fulfiller } from '../orders/order-views';
import type { Order } from '../orders/order.entity';
import type { OrderPaymentView } from '../payments/payments.dto';
import type { Store } from '../stores/store.entity';
import type { CustomerEmailEvent, EmailRefs } from './outbox';

/** What an e-mail to the customer is written from: the order as it is now and what the notification refers to. */
export interface EmailFacts {
  order: Order;
  store: Store;
  lines: { name: string; quantity: number; unit_price_minor: number }[];
  fulfiller: Omit<Fulfiller, 'summary'> | null;
  shipment: { carrier: string; tracking_number: string } | null;
  /** The card payment (brand and last four, amounts); null for an order paid before card payments. */
  payment: OrderPaymentView | null;
  refs: EmailRefs;
  trackingUrl: string;
}

/** What one e-mail says; the same content is rendered as HTML and as plain text. */
export interface EmailContent {
  subject: string;
  heading: string;
  paragraphs: string[];
  details: [string, string][];
  showLines: boolean;
}

/** A feature's customer e-mails by event, registered with CustomerEmails.register when its module starts. */
export type EmailTemplates = Partial<Record<CustomerEmailEvent, (facts: EmailFacts) => EmailContent>>;
