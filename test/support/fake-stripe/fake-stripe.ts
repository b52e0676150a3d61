import { createHash, randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import qs from 'qs';
import Stripe from 'stripe';
import { StripeFakeError } from './fake-stripe-error';
import { FakeEvent, FakeObjects, FakePaymentIntent, FormBody, nested, required, StripeObject, text, texts } from './fake-stripe-objects';

export { StripeFakeError } from './fake-stripe-error';
export type { FakeEvent, StripeObject } from './fake-stripe-objects';

/**
 * A FAKE of the parts of Stripe's HTTP API that Nearfill uses, for tests only: stateful, plain node:http, answering
 * as Stripe documents (JSON objects with `object`, errors as `{ error: { type, code, message, ... } }` with Stripe's
 * status codes, https://docs.stripe.com/api/errors), checking the secret key and Idempotency-Key (the same key with
 * other parameters is a 400 `idempotency_error`; the same request replays the first answer). The official SDK is
 * pointed at it with its `host`/`port`/`protocol` options.
 *
 * Card endpoints live here: Checkout Sessions (create, retrieve with `expand`, expire), PaymentIntents (retrieve,
 * capture with `amount_to_capture`, cancel; `amount_capturable`, `capture_before` on the charge), Refunds. More
 * routes (Connect: accounts, account links, transfers, reversals) are added with `route()` from other files.
 * What a customer does on Stripe's hosted page is played with `pay()`; webhooks are events signed as Stripe signs
 * them (`deliver()` posts one to the app).
 */

export interface FakeRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  /** The form body (or query, for GET). */
  body: FormBody;
  idempotencyKey: string | null;
}

export type FakeHandler = (request: FakeRequest, fake: FakeStripe) => unknown;

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: FakeHandler;
}

/** Stripe's public test cards as its hosted page treats them (https://docs.stripe.com/testing). */
const CARDS: Record<string, { brand: string; decline?: { code: string; decline_code: string; message: string } }> = {
  '4242424242424242': { brand: 'visa' },
  '5555555555554444': { brand: 'mastercard' },
  '4000000000000002': { brand: 'visa', decline: { code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' } },
  '4000000000009995': {
    brand: 'visa',
    decline: { code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  },
};

const AUTHORISATION_SECONDS = 7 * 86_400;

export class FakeStripe {
  readonly secretKey = 'sk_test_fakeStripeKey0123456789';
  readonly webhookSecret = 'whsec_fakeStripeWebhookSecret0123';
  /** Every object, by id. */
  readonly objects = new Map<string, StripeObject>();
  /** Every event, oldest first. */
  readonly events: FakeEvent[] = [];
  /** Every request as it arrives ("POST /v1/transfers"), before any fault delays or drops it. */
  readonly arrived: string[] = [];
  /** Every request, for assertions (method, path, idempotency key). */
  readonly requests: { method: string; path: string; idempotencyKey: string | null; status: number }[] = [];
  /** Where `deliver()` posts events (the app's webhook URL). */
  webhookUrl: string | null = null;
  /** New refunds come back `pending` (as Stripe answers some banks' refunds) until `settleRefund()` finishes them. */
  refundsPending = false;

  private readonly routes: Route[] = [];
  private readonly idempotent = new Map<string, { fingerprint: string; status: number; body: unknown }>();
  private readonly faults: { status?: number; delayMs?: number; drop?: boolean; match?: RegExp }[] = [];
  private readonly sockets = new Set<Socket>();
  private server: Server | null = null;
  private port = 0;

  constructor() {
    registerCardRoutes(this);
  }

  /** Adds a route; `pattern` like '/v1/transfers/:id/reversals'. Later files add Connect's routes this way. */
  route(method: string, pattern: string, handler: FakeHandler): void {
    const names: string[] = [];
    const regex = pattern.replace(/:([a-z_]+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    this.routes.push({ method, pattern: new RegExp(`^${regex}$`), names, handler });
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** For STRIPE_API_URL, and the SDK's options. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get connection() {
    return { host: '127.0.0.1', port: this.port, protocol: 'http' as const };
  }

  /** An SDK client pointed at the fake (for tests that look at Stripe's side). */
  client(): Stripe {
    return new Stripe(this.secretKey, { ...this.connection, maxNetworkRetries: 0, telemetry: false });
  }

  /**
   * The next `times` requests (matching `match`, if given) fail: with `status` (Stripe's `api_error` for 5xx), after
   * `delayMs`, or by dropping the connection (`drop`: the SDK sees a connection error).
   */
  fail(fault: { status?: number; delayMs?: number; drop?: boolean; match?: RegExp }, times = 1): void {
    for (let i = 0; i < times; i++) this.faults.push(fault);
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  newId(prefix: string): string {
    return `${prefix}_${randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')}`;
  }

  /** The object `id`, of the `type` asked for; Stripe's 404 `resource_missing` when there is none. */
  get<K extends keyof FakeObjects>(id: string, type: K): FakeObjects[K];
  get(id: string): StripeObject;
  get(id: string, type?: keyof FakeObjects): StripeObject {
    const object = this.objects.get(id);
    if (!object || (type && object.object !== type)) {
      throw new StripeFakeError(404, 'invalid_request_error', `No such ${type ?? 'object'}: '${id}'`, 'resource_missing', { param: 'id' });
    }
    return object;
  }

  put<T extends StripeObject>(object: T): T {
    this.objects.set(object.id, object);
    return object;
  }

  /** Records an event about `object` (a snapshot, as Stripe sends) and returns it. */
  emit(type: string, object: StripeObject): FakeEvent {
    const event: FakeEvent = {
      id: this.newId('evt'),
      object: 'event',
      api_version: '2026-11-18.endive',
      created: Math.floor(Date.now() / 1000),
      type,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object: structuredClone(object) },
    };
    this.events.push(event);
    return event;
  }

  /** The body and Stripe-Signature header Stripe would send for `event`, signed at `timestamp` (seconds). */
  signed(event: FakeEvent, timestamp = Math.floor(Date.now() / 1000), secret = this.webhookSecret): { body: string; signature: string } {
    const body = JSON.stringify(event, null, 2);
    const signature = this.client().webhooks.generateTestHeaderString({ payload: body, secret, timestamp });
    return { body, signature };
  }

  /** Posts `event` to `webhookUrl` as Stripe does; returns the app's status code. */
  async deliver(event: FakeEvent, options: { timestamp?: number; secret?: string; tamper?: boolean } = {}): Promise<number> {
    if (!this.webhookUrl) throw new Error('Set webhookUrl first');
    const { body, signature } = this.signed(event, options.timestamp, options.secret);
    const response = await fetch(this.webhookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'stripe-signature': signature,
        'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
      },
      body: options.tamper ? body.replace('"livemode": false', '"livemode": true') : body,
    });
    await response.arrayBuffer();
    return response.status;
  }

  eventsAbout(objectId: string): FakeEvent[] {
    return this.events.filter((event) => event.data.object.id === objectId);
  }

  /**
   * The customer pays on Stripe's hosted page with `cardNumber`: a card that authorises completes the session with
   * a PaymentIntent in `requires_capture` (events checkout.session.completed and
   * payment_intent.amount_capturable_updated); a declining one leaves the session open with the PaymentIntent's
   * `last_payment_error` (event payment_intent.payment_failed).
   */
  pay(sessionId: string, cardNumber = '4242424242424242'): { session: FakeObjects['checkout.session']; paymentIntent: FakePaymentIntent } {
    const session = this.get(sessionId, 'checkout.session');
    if (session.status !== 'open') throw new Error(`Session ${sessionId} is ${session.status}`);
    const card = CARDS[cardNumber.replace(/\s/g, '')] ?? CARDS['4000000000000002'];
    let intent = session.payment_intent ? this.get(session.payment_intent, 'payment_intent') : null;
    if (!intent) {
      const data = session._payment_intent_data;
      intent = this.put<FakePaymentIntent>({
        id: this.newId('pi'),
        object: 'payment_intent',
        amount: session.amount_total,
        amount_capturable: 0,
        amount_received: 0,
        capture_method: text(data.capture_method) ?? 'automatic_async',
        currency: session.currency,
        created: Math.floor(Date.now() / 1000),
        latest_charge: null,
        last_payment_error: null,
        metadata: nested(data.metadata),
        status: 'requires_payment_method',
        livemode: false,
      });
      session.payment_intent = intent.id;
    }
    const last4 = cardNumber.replace(/\s/g, '').slice(-4);
    if (card.decline) {
      intent.last_payment_error = { type: 'card_error', ...card.decline, payment_method: { card: { brand: card.brand, last4 } } };
      this.emit('payment_intent.payment_failed', intent);
      return { session, paymentIntent: intent };
    }
    const now = Math.floor(Date.now() / 1000);
    const charge = this.put({
      id: this.newId('ch'),
      object: 'charge',
      amount: intent.amount,
      amount_captured: 0,
      amount_refunded: 0,
      captured: false,
      currency: intent.currency,
      payment_intent: intent.id,
      status: 'succeeded',
      payment_method_details: {
        type: 'card',
        card: { brand: card.brand, last4, capture_before: now + AUTHORISATION_SECONDS, exp_month: 12, exp_year: 2034 },
      },
    });
    Object.assign(intent, {
      status: intent.capture_method === 'manual' ? 'requires_capture' : 'succeeded',
      amount_capturable: intent.capture_method === 'manual' ? intent.amount : 0,
      amount_received: intent.capture_method === 'manual' ? 0 : intent.amount,
      latest_charge: charge.id,
      last_payment_error: null,
    });
    Object.assign(session, { status: 'complete', payment_status: intent.capture_method === 'manual' ? 'unpaid' : 'paid' });
    this.emit('checkout.session.completed', this.view(session));
    this.emit('payment_intent.amount_capturable_updated', intent);
    return { session, paymentIntent: intent };
  }

  /** Stripe expires an unpaid session at its `expires_at`: this plays that moment (event checkout.session.expired). */
  expire(sessionId: string): FakeObjects['checkout.session'] {
    const session = this.get(sessionId, 'checkout.session');
    if (session.status !== 'open')
      throw new StripeFakeError(
        400,
        'invalid_request_error',
        `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status}".`,
      );
    session.status = 'expired';
    this.emit('checkout.session.expired', this.view(session));
    return session;
  }

  /**
   * Stripe finishes a pending refund: `succeeded`, or `failed` (the money goes back to the platform's balance, with a
   * `failure_reason`). Emits `refund.updated` and `charge.refund.updated`, as Stripe does; returns both events.
   */
  settleRefund(refundId: string, outcome: 'succeeded' | 'failed'): FakeEvent[] {
    const refund = this.get(refundId, 'refund');
    if (refund.status !== 'pending') throw new Error(`Refund ${refundId} is ${refund.status}`);
    refund.status = outcome;
    if (outcome === 'failed') {
      refund.failure_reason = 'expired_or_canceled_card';
      this.get(refund.charge, 'charge').amount_refunded -= refund.amount;
    }
    return [this.emit('refund.updated', refund), this.emit('charge.refund.updated', refund)];
  }

  /**
   * An object as the API shows it: internal fields (leading "_") left out, `expand` paths filled in (the id there
   * becomes the object, which the type of the answer does not say).
   */
  view<T extends StripeObject>(object: T, expand: string[] = []): T {
    const shown: Record<string, unknown> = Object.fromEntries(Object.entries(object).filter(([key]) => !key.startsWith('_')));
    for (const path of expand) {
      const [head, ...rest] = path.split('.');
      const id = shown[head];
      if (typeof id === 'string' && this.objects.has(id)) shown[head] = this.view(this.objects.get(id)!, rest.length ? [rest.join('.')] : []);
    }
    return shown as T;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const raw = await new Promise<string>((resolve) => {
      let data = '';
      req.on('data', (chunk) => (data += chunk));
      req.on('end', () => resolve(data));
    });
    const method = req.method ?? 'GET';
    const idempotencyKey = (req.headers['idempotency-key'] as string | undefined) ?? null;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      this.requests.push({ method, path: url.pathname, idempotencyKey, status });
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${randomBytes(6).toString('hex')}`, ...headers });
      res.end(JSON.stringify(body));
    };
    this.arrived.push(`${method} ${url.pathname}`);
    const faultAt = this.faults.findIndex((f) => !f.match || f.match.test(`${method} ${url.pathname}`));
    if (faultAt >= 0) {
      const [fault] = this.faults.splice(faultAt, 1);
      if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      if (fault.drop) {
        this.requests.push({ method, path: url.pathname, idempotencyKey, status: 0 });
        req.socket.destroy();
        return;
      }
      if (fault.status) return send(fault.status, { error: { type: 'api_error', message: 'An unknown error occurred (fake outage).' } });
    }
    if (req.headers.authorization !== `Bearer ${this.secretKey}`) {
      return send(401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } });
    }
    const route = this.routes.find((r) => r.method === method && r.pattern.test(url.pathname));
    if (!route) {
      return send(404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${url.pathname}).` } });
    }
    const body = qs.parse(method === 'GET' ? url.search.slice(1) : raw, { depth: 10, arrayLimit: 1000 });
    const fingerprint = createHash('sha256').update(`${method} ${url.pathname} ${raw}`).digest('hex');
    if (idempotencyKey && method === 'POST') {
      const earlier = this.idempotent.get(idempotencyKey);
      if (earlier && earlier.fingerprint !== fingerprint) {
        return send(400, {
          error: {
            type: 'idempotency_error',
            message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
          },
        });
      }
      if (earlier) return send(earlier.status, earlier.body, { 'idempotent-replayed': 'true' });
    }
    const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(route.pattern.exec(url.pathname)![i + 1])]));
    let status = 200;
    let answer: unknown;
    try {
      answer = await route.handler({ method, path: url.pathname, params, body, idempotencyKey }, this);
    } catch (error) {
      if (!(error instanceof StripeFakeError)) throw error;
      status = error.status;
      answer = { error: { type: error.type, message: error.message, ...(error.code ? { code: error.code } : {}), ...error.extra } };
    }
    // Stripe keeps the answer to a key, errors included, except for 5xx and 409s.
    if (idempotencyKey && method === 'POST' && status < 500) this.idempotent.set(idempotencyKey, { fingerprint, status, body: answer });
    send(status, answer);
  }
}

const int = (value: unknown): number | null => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : null);

function registerCardRoutes(fake: FakeStripe): void {
  fake.route('POST', '/v1/checkout/sessions', ({ body }) => {
    if (required(body, 'mode') !== 'payment')
      throw new StripeFakeError(400, 'invalid_request_error', 'Only mode=payment is faked', 'parameter_invalid_string');
    const successUrl = required(body, 'success_url');
    const items: FormBody[string][] = Array.isArray(body.line_items) ? body.line_items : [];
    if (!items.length)
      throw new StripeFakeError(400, 'invalid_request_error', 'Missing required param: line_items.', 'parameter_missing', { param: 'line_items' });
    let currency: string | null = null;
    let total = 0;
    for (const [i, item] of items.entries()) {
      const line = nested(item);
      const price = nested(line.price_data);
      const amount = int(price.unit_amount);
      const quantity = int(line.quantity);
      const lineCurrency = text(price.currency);
      if (amount === null || quantity === null || !lineCurrency || !text(nested(price.product_data).name)) {
        throw new StripeFakeError(
          400,
          'invalid_request_error',
          `Invalid line_items[${i}]: price_data.currency, unit_amount, product_data.name and quantity are required.`,
          'parameter_invalid_integer',
          { param: `line_items[${i}]` },
        );
      }
      if (currency && currency !== lineCurrency) throw new StripeFakeError(400, 'invalid_request_error', 'All line items must share one currency.');
      currency = lineCurrency;
      total += amount * quantity;
    }
    // Stripe: three-decimal currencies take amounts that are multiples of 10 (https://docs.stripe.com/currencies#three-decimal).
    if (['bhd', 'jod', 'kwd', 'omr', 'tnd'].includes(currency!) && total % 10 !== 0) {
      throw new StripeFakeError(400, 'invalid_request_error', `Amounts in ${currency!.toUpperCase()} must be a multiple of 10.`, 'amount_invalid');
    }
    const now = Math.floor(Date.now() / 1000);
    const expiresAt = int(body.expires_at) ?? now + 86_400;
    if (expiresAt < now + 1800 - 5 || expiresAt > now + 86_400 + 5) {
      throw new StripeFakeError(
        400,
        'invalid_request_error',
        'The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.',
        'parameter_invalid_integer',
        { param: 'expires_at' },
      );
    }
    const id = fake.newId('cs_test');
    const session = fake.put<FakeObjects['checkout.session']>({
      id,
      object: 'checkout.session',
      amount_subtotal: total,
      amount_total: total,
      cancel_url: text(body.cancel_url) ?? null,
      client_reference_id: text(body.client_reference_id) ?? null,
      created: now,
      currency: currency!,
      customer_email: text(body.customer_email) ?? null,
      expires_at: expiresAt,
      livemode: false,
      metadata: nested(body.metadata),
      mode: 'payment',
      payment_intent: null,
      payment_status: 'unpaid',
      status: 'open',
      success_url: successUrl.replaceAll('{CHECKOUT_SESSION_ID}', id),
      url: `https://checkout.stripe.com/c/pay/${id}`,
      _payment_intent_data: nested(body.payment_intent_data),
    });
    return fake.view(session);
  });

  fake.route('GET', '/v1/checkout/sessions/:id', ({ params, body }) => fake.view(fake.get(params.id, 'checkout.session'), texts(body.expand)));

  fake.route('POST', '/v1/checkout/sessions/:id/expire', ({ params }) => fake.view(fake.expire(params.id)));

  fake.route('GET', '/v1/payment_intents/:id', ({ params, body }) => fake.view(fake.get(params.id, 'payment_intent'), texts(body.expand)));

  fake.route('POST', '/v1/payment_intents/:id/capture', ({ params, body }) => {
    const intent = fake.get(params.id, 'payment_intent');
    if (intent.status !== 'requires_capture') {
      throw new StripeFakeError(
        400,
        'invalid_request_error',
        `This PaymentIntent could not be captured because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`,
        'payment_intent_unexpected_state',
        { payment_intent: fake.view(intent) },
      );
    }
    const charge = fake.get(intent.latest_charge!, 'charge');
    if (charge.payment_method_details.card.capture_before < Date.now() / 1000) {
      throw new StripeFakeError(
        400,
        'invalid_request_error',
        'This PaymentIntent could not be captured because the authorization has expired.',
        'charge_expired_for_capture',
      );
    }
    const amount = body.amount_to_capture === undefined ? intent.amount_capturable : int(body.amount_to_capture);
    if (amount === null || amount <= 0 || amount > intent.amount_capturable) {
      throw new StripeFakeError(
        400,
        'invalid_request_error',
        `The amount_to_capture (${text(body.amount_to_capture) ?? amount}) is greater than the amount_capturable (${intent.amount_capturable}).`,
        'amount_too_large',
        { param: 'amount_to_capture' },
      );
    }
    Object.assign(charge, { captured: true, amount_captured: amount });
    Object.assign(intent, { status: 'succeeded', amount_received: amount, amount_capturable: 0 });
    fake.emit('payment_intent.succeeded', intent);
    return fake.view(intent);
  });

  fake.route('POST', '/v1/payment_intents/:id/cancel', ({ params }) => {
    const intent = fake.get(params.id, 'payment_intent');
    if (!['requires_payment_method', 'requires_capture', 'requires_confirmation', 'requires_action'].includes(intent.status)) {
      throw new StripeFakeError(
        400,
        'invalid_request_error',
        `You cannot cancel this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, processing.`,
        'payment_intent_unexpected_state',
      );
    }
    Object.assign(intent, { status: 'canceled', amount_capturable: 0, canceled_at: Math.floor(Date.now() / 1000) });
    fake.emit('payment_intent.canceled', intent);
    return fake.view(intent);
  });

  fake.route('POST', '/v1/refunds', ({ body }) => {
    const intent = fake.get(required(body, 'payment_intent'), 'payment_intent');
    if (intent.status !== 'succeeded') {
      throw new StripeFakeError(
        400,
        'invalid_request_error',
        `This PaymentIntent does not have a successful charge to refund.`,
        'charge_not_refundable',
      );
    }
    const charge = fake.get(intent.latest_charge!, 'charge');
    const left = charge.amount_captured - charge.amount_refunded;
    const amount = body.amount === undefined ? left : int(body.amount);
    if (left === 0)
      throw new StripeFakeError(400, 'invalid_request_error', `Charge ${charge.id} has already been refunded.`, 'charge_already_refunded');
    if (amount === null || amount <= 0 || amount > left) {
      throw new StripeFakeError(
        400,
        'invalid_request_error',
        `Refund amount (${text(body.amount) ?? amount}) is greater than unrefunded amount on charge (${left})`,
        'amount_too_large',
        { param: 'amount' },
      );
    }
    charge.amount_refunded += amount;
    const refund = fake.put<FakeObjects['refund']>({
      id: fake.newId('re'),
      object: 'refund',
      amount,
      charge: charge.id,
      currency: intent.currency,
      created: Math.floor(Date.now() / 1000),
      metadata: nested(body.metadata),
      payment_intent: intent.id,
      reason: text(body.reason) ?? null,
      status: fake.refundsPending ? 'pending' : 'succeeded',
      failure_reason: null,
    });
    fake.emit('refund.created', refund);
    return fake.view(refund);
  });

  fake.route('GET', '/v1/refunds/:id', ({ params }) => fake.view(fake.get(params.id, 'refund')));
}

/** A started fake; stop it in afterAll. */
export async function startFakeStripe(): Promise<FakeStripe> {
  return new FakeStripe().start();
}
