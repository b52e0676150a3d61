import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NearfillEvent } from './retailer-integration.ts';
import { signatureProblem } from './webhook-signature.ts';

export interface WebhookServerOptions {
  secret: string;
  /** Runs after the delivery was answered: Nearfill waits at most WEBHOOK_TIMEOUT_MS (10 s) for the answer. */
  onEvent: (event: NearfillEvent) => Promise<void>;
  port?: number;
  host?: string;
  log?: (message: string) => void;
}

const MAX_BODY_BYTES = 1024 * 1024;

function rawBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) request.destroy(new Error('body too large'));
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/**
 * Receives Nearfill's webhooks at POST /nearfill/events: checks the signature over the raw body, answers 204
 * at once, deduplicates on the event id (a delivery may come twice), and hands the event on. A refused
 * delivery gets 401; an event whose handling fails is logged (Nearfill will not resend an answered one, so the
 * shop's periodic board read and stock push catch up).
 */
export async function startWebhookServer({ secret, onEvent, port = 0, host = '127.0.0.1', log = console.log }: WebhookServerOptions) {
  // In memory for the example; keep seen ids in your database so a restart does not forget them.
  const seen = new Set<string>();
  const server: Server = createServer((request, response) => {
    if (request.method !== 'POST' || request.url !== '/nearfill/events') return void response.writeHead(404).end();
    rawBody(request).then(
      (body) => {
        const problem = signatureProblem(secret, request.headers['nearfill-signature'] as string | undefined, body);
        if (problem) {
          log(`Refused a delivery: ${problem}`);
          return void response.writeHead(401).end();
        }
        const event = JSON.parse(body.toString('utf8')) as NearfillEvent;
        response.writeHead(204).end();
        if (seen.has(event.id)) return;
        seen.add(event.id);
        onEvent(event).catch((error: unknown) => log(`Event ${event.type} ${event.id} failed: ${(error as Error).message}`));
      },
      () => void response.writeHead(400).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}/nearfill/events`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
