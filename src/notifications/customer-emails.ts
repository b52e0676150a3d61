import { Injectable } from '@nestjs/common';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Order } from '../orders/order.entity';
import { Store } from '../stores/store.entity';
import { formatDateTime, formatDistance } from '../common/locale-format';
import { formatMoney, storeTheme } from '../common/money';
import { asSentence } from '../common/sentence';
import { timeZoneAt } from '../geo/time-zone';
import { EmailMessage } from './mailer';
import { Notification } from './notification.entity';
import { EmailContent, EmailFacts, EmailTemplates } from './email-content';
import { CustomerEmailEvent, EmailRefs } from './outbox';
import { trackingUrlFor } from '../fulfilment/carriers';
import { rateInvitation } from '../ratings/rating-link';
import { OrderPaymentView } from '../payments/payments.dto';
import { orderPaymentView } from '../payments/payment-view';
import { viewsRenderer } from '../common/eta-views';

type Fulfiller = NonNullable<EmailFacts['fulfiller']>;

/** A link to the carrier's own tracking page, when the carrier is one we know (fulfilment/carriers.ts). */
function followParcel(carrier: string, trackingNumber: string): string[] {
  const url = trackingUrlFor(carrier, trackingNumber);
  return url ? [`Follow it on ${carrier}’s site: ${url}`] : [];
}

// Distances in the customer's unit (miles for a US address), times in the shipping address's time zone.
const from = (f: Fulfiller, order: Order) =>
  f.kind === 'retailer'
    ? `${f.name}, an authorised dealer in ${f.place}${f.distanceKm === null ? '' : ` (${formatDistance(f.distanceKm, order.shipCountry)} from you)`}`
    : `${f.name}, from its own warehouse${f.place ? ` in ${f.place}` : ''}`;
/** The payment in one line: authorised at checkout (charged when it ships), or charged once it has shipped. */
const paymentLine = (order: Order, payment: OrderPaymentView | null, step: 'authorised' | 'charged'): [string, string][] =>
  payment
    ? [
        step === 'authorised'
          ? ['Payment', `${formatMoney(payment.authorisedMinor, order.currency)} authorised on ${payment.card}; charged only when your order ships`]
          : ['Payment', `${formatMoney(order.totalMinor, order.currency)} charged to ${payment.card}`],
      ]
    : [];
const localTime = (at: Date, order: Order) => formatDateTime(at, timeZoneAt(order.shipLat, order.shipLng));

type OrderEmailEvent = Extract<CustomerEmailEvent, `order.${string}`>;

const ORDER_EMAILS: Record<OrderEmailEvent, (facts: EmailFacts) => EmailContent> = {
  'order.received': ({ order, store, payment }) => ({
    subject: `We received your order #${order.number}`,
    heading: `Thank you, ${order.customerName}`,
    // Military mail skips the board (no resolvesAt): the manufacturer ships it.
    paragraphs: order.resolvesAt
      ? [
          `${store.name} has your order #${order.number}. It is now offered to authorised dealers near you; the nearest one who confirms they have it in stock ships it, so it ships from as close to you as possible.`,
          `By ${localTime(order.resolvesAt, order)} we will tell you who ships it.`,
        ]
      : [
          `${store.name} has your order #${order.number}. Military mail (APO/FPO/DPO) travels through the US Postal Service, so ${store.name} ships it from its own warehouse.`,
          'We will e-mail you the tracking number as soon as it leaves.',
        ],
    details: paymentLine(order, payment, 'authorised'),
    showLines: true,
  }),
  'order.awarded': ({ order, fulfiller }) => ({
    subject: `Order #${order.number} will ship from ${fulfiller!.name}`,
    heading: 'We found who ships your order',
    paragraphs: [
      `Your order #${order.number} will be packed and shipped by ${from(fulfiller!, order)}. We will e-mail you the tracking number as soon as it leaves.`,
    ],
    details: [],
    showLines: false,
  }),
  'order.rerouted': ({ order, fulfiller }) => ({
    subject: `Order #${order.number} now ships from ${fulfiller!.name}`,
    heading: 'Your order has a new fulfiller',
    paragraphs: [
      `The dealer first given your order #${order.number} could not ship it, so it was passed on at once: ${from(fulfiller!, order)} will ship it now.`,
    ],
    details: [],
    showLines: false,
  }),
  'order.shipped': ({ order, shipment, payment }) => ({
    subject: `Order #${order.number} is on its way`,
    heading: 'Your order has shipped',
    paragraphs: [`Your order #${order.number} is on its way to ${order.shipCity}.`, ...followParcel(shipment!.carrier, shipment!.tracking_number)],
    details: [['Carrier', shipment!.carrier], ['Tracking number', shipment!.tracking_number], ...paymentLine(order, payment, 'charged')],
    showLines: true,
  }),
  'order.delivered': ({ order, store, trackingUrl }) => ({
    subject: `Order #${order.number} was delivered`,
    heading: 'Delivered',
    paragraphs: [`Your order #${order.number} was delivered. Thank you for shopping with ${store.name}.`, rateInvitation(trackingUrl)],
    details: [],
    showLines: false,
  }),
  'order.cancelled': ({ order }) => ({
    subject: `Order #${order.number} was cancelled`,
    heading: 'Your order was cancelled',
    paragraphs: [
      `Your order #${order.number} was cancelled${order.cancelReason ? `: ${asSentence(order.cancelReason)}` : '.'} You will not be charged for it.`,
    ],
    details: [],
    showLines: true,
  }),
};

/** Renders a customer e-mail in the store's branding, from the order as it is and the award or shipment it reports. */
@Injectable()
export class CustomerEmails {
  private readonly eta = viewsRenderer(join(__dirname, 'views'));
  private readonly templates = new Map<string, (facts: EmailFacts) => EmailContent>(Object.entries(ORDER_EMAILS));

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * A feature's customer e-mails (pickup, returns…), registered by its module when the app starts, so this
   * folder needs no import of theirs. Throws when an event already has one: each event says one thing.
   */
  register(templates: EmailTemplates): void {
    for (const [event, template] of Object.entries(templates)) {
      if (this.templates.has(event)) throw new Error(`Two customer e-mails are registered for ${event}`);
      this.templates.set(event, template);
    }
  }

  /** Null when there is no one to write to any more (the customer erased their data). */
  async render(notification: Notification): Promise<EmailMessage | null> {
    const facts = await this.facts(notification);
    if (!facts) return null;
    const { order, store } = facts;
    const template = this.templates.get(notification.event);
    if (!template) throw new Error(`No customer e-mail is registered for ${notification.event}`);
    const content = template(facts);
    const money = (minor: number) => formatMoney(minor, order.currency);
    const { trackingUrl } = facts;
    const lines = content.showLines
      ? facts.lines.map((line) => ({ label: `${line.quantity} × ${line.name}`, amount: money(line.unit_price_minor * line.quantity) }))
      : [];
    const view = {
      ...content,
      store,
      theme: storeTheme(store),
      lines,
      total: money(order.totalMinor),
      trackingUrl,
    };
    const text = [
      content.heading,
      '',
      ...content.paragraphs.flatMap((p) => [p, '']),
      ...content.details.map(([label, value]) => `${label}: ${value}`),
      ...lines.map((line) => `${line.label}  ${line.amount}`),
      ...(lines.length ? [`Total  ${view.total}`] : []),
      '',
      `Follow your order: ${trackingUrl}`,
      ...(store.supportEmail ? [`Questions? Write to ${store.supportEmail}`] : []),
      '',
      store.name,
    ].join('\n');
    return {
      to: order.customerEmail,
      fromName: store.name,
      replyTo: store.supportEmail,
      subject: content.subject,
      text,
      html: this.eta.render('email', view),
    };
  }

  /** Outside any transaction, so the reads after the order's go out side by side on their own connections. */
  private async facts(notification: Notification): Promise<EmailFacts | null> {
    const manager = this.dataSource.manager;
    const order = await manager
      .createQueryBuilder(Order, 'o')
      .addSelect('o.trackingToken')
      .where('o.id = :id', { id: notification.orderId })
      .getOne();
    if (!order || order.erasedAt) return null;
    const refs = notification.payload as EmailRefs;
    const [store, lines, fulfiller, [shipment], payment] = await Promise.all([
      manager.findOneByOrFail(Store, { id: order.storeId }),
      manager.query<EmailFacts['lines']>(`SELECT name, quantity, unit_price_minor FROM order_lines WHERE order_id = $1 ORDER BY sku, id`, [order.id]),
      refs.awardId ? this.fulfiller(refs.awardId) : null,
      notification.event === 'order.shipped'
        ? manager.query<NonNullable<EmailFacts['shipment']>[]>(`SELECT carrier, tracking_number FROM shipments WHERE order_id = $1`, [order.id])
        : [null],
      orderPaymentView(manager, order.id),
    ]);
    const trackingUrl = `${this.config.PUBLIC_BASE_URL}/s/${store.slug}/track/${order.trackingToken}`;
    return { order, store, lines, fulfiller, shipment: shipment ?? null, payment, refs, trackingUrl };
  }

  private async fulfiller(awardId: string): Promise<Fulfiller> {
    const [row] = await this.dataSource.query<Fulfiller[]>(
      `SELECT a.kind, a.distance_km AS "distanceKm",
              coalesce(r.name, m.name) AS name,
              CASE WHEN a.kind = 'retailer' THEN l.city || ', ' || l.region
                   ELSE nullif(concat_ws(', ', s.warehouse_city, s.warehouse_region), '') END AS place
         FROM awards a
         JOIN orders o ON o.id = a.order_id
         JOIN manufacturers m ON m.id = o.manufacturer_id
         JOIN stores s ON s.id = o.store_id
         LEFT JOIN retailers r ON r.id = a.retailer_id
         LEFT JOIN retailer_locations l ON l.id = a.location_id
        WHERE a.id = $1`,
      [awardId],
    );
    return row;
  }
}
