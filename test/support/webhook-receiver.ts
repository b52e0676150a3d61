import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export interface ReceivedEvent {
  id: string;
  type: string;
  createdAt: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read whichever fields an event's data has
  data: Record<string, any>;
}

export interface WebhookReceiver {
  url: string;
  /** Every POST, in arrival order, including the ones answered with an error. */
  attempts: { eventId: string; status: number; signatureValid: boolean }[];
  /** Accepted events, once per event id (as a receiver deduplicating on the id would keep them). */
  events: Map<string, ReceivedEvent>;
  /** Events of one type, in arrival order. */
  ofType(type: string): ReceivedEvent[];
  /** The next `count` deliveries of an event of this type are answered with HTTP 500. */
  failNext(type: string, count: number): void;
  /** While true, each delivery is read and never answered (nor recorded): the sender waits for its timeout. */
  holding: boolean;
  close(): Promise<void>;
}

/**
 * A retailer's endpoint: it checks each delivery's signature the way a retailer would (HMAC-SHA256 over
 * "<t>.<raw body>" with the shared secret, compared in constant time), and accepts only valid ones.
 */
export async function startWebhookReceiver(secret: string): Promise<WebhookReceiver> {
  const attempts: WebhookReceiver['attempts'] = [];
  const events = new Map<string, ReceivedEvent>();
  const failures = new Map<string, number>();
  const control = { holding: false };

  const answer = (request: IncomingMessage, response: ServerResponse, body: string): void => {
    if (control.holding) return;
    const signatureValid = verify(secret, String(request.headers['nearfill-signature'] ?? ''), body);
    const event = JSON.parse(body) as ReceivedEvent;
    let status = 204;
    if (!signatureValid || request.headers['nearfill-event-id'] !== event.id) status = 401;
    else if ((failures.get(event.type) ?? 0) > 0) {
      failures.set(event.type, failures.get(event.type)! - 1);
      status = 500;
    } else if (!events.has(event.id)) events.set(event.id, event);
    attempts.push({ eventId: event.id, status, signatureValid });
    response.writeHead(status).end();
  };
  // A request that breaks off mid-body gets no answer, as from a receiver that is down: the sender retries it.
  const server: Server = createServer((request, response) => {
    readBody(request).then(
      (body) => answer(request, response, body),
      () => response.destroy(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    attempts,
    events,
    ofType: (type) => [...events.values()].filter((e) => e.type === type),
    failNext: (type, count) => failures.set(type, count),
    get holding() {
      return control.holding;
    },
    set holding(on: boolean) {
      control.holding = on;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function verify(secret: string, header: string, body: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=') as [string, string]));
  if (!parts.t || !parts.v1) return false;
  if (Math.abs(Date.now() / 1000 - Number(parts.t)) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest();
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
