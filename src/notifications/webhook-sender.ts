import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Agent, fetch } from 'undici';
import { AppConfig } from '../config/app-config';
import { NonPublicDestination, nonPublicLiteral, nonPublicTarget, publicOnlyLookup } from './webhook-address';
import { WebhookDelivery } from './webhook-delivery.entity';
import { SIGNATURE_HEADER, signatureHeader } from './webhook-signature';

export interface WebhookEvent {
  id: string;
  type: string;
  createdAt: Date;
  data: Record<string, unknown>;
}

export interface WebhookTarget {
  retailerId: string;
  url: string;
  secret: string;
}

export interface DeliveryOutcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/**
 * Signs and POSTs one event to a retailer's endpoint, and writes the attempt to its delivery log.
 *
 * Where only public hosts may receive webhooks, every connection resolves its host through publicOnlyLookup:
 * the addresses it connects to are the ones that were checked, at that moment (a name that was public when it
 * was set may resolve elsewhere now), and there is no second resolution to rebind. An IP literal is never
 * resolved, so it is checked here first.
 */
@Injectable()
export class WebhookSender implements OnModuleDestroy {
  private readonly dispatcher: Agent;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    this.dispatcher = new Agent(config.webhooksMayReachPrivateAddresses ? {} : { connect: { lookup: publicOnlyLookup() } });
  }

  async onModuleDestroy(): Promise<void> {
    await this.dispatcher.close();
  }

  async send(target: WebhookTarget, event: WebhookEvent, attempt: number): Promise<DeliveryOutcome> {
    const body = JSON.stringify({ id: event.id, type: event.type, createdAt: event.createdAt.toISOString(), data: event.data });
    const started = performance.now();
    const refused = this.literalRefusal(target.url);
    const outcome = refused ? { ok: false, statusCode: null, error: `Not sent: ${refused}` } : await this.post(target, event, body);
    const durationMs = Math.round(performance.now() - started);
    await this.dataSource.getRepository(WebhookDelivery).insert({
      retailerId: target.retailerId,
      eventId: event.id,
      event: event.type,
      attempt,
      url: target.url,
      statusCode: outcome.statusCode,
      ok: outcome.ok,
      error: outcome.error,
      durationMs,
    });
    return { ...outcome, durationMs };
  }

  /** Why events may not go to this URL here (see WEBHOOK_PRIVATE_ADDRESSES), or null; resolves a name now. */
  refusal(url: string): Promise<string | null> {
    return this.config.webhooksMayReachPrivateAddresses ? Promise.resolve(null) : nonPublicTarget(url);
  }

  private literalRefusal(url: string): string | null {
    return this.config.webhooksMayReachPrivateAddresses ? null : nonPublicLiteral(url);
  }

  private async post(target: WebhookTarget, event: WebhookEvent, body: string): Promise<Omit<DeliveryOutcome, 'durationMs'>> {
    try {
      const response = await fetch(target.url, {
        dispatcher: this.dispatcher,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Nearfill-Webhooks/1',
          'nearfill-event': event.type,
          'nearfill-event-id': event.id,
          [SIGNATURE_HEADER]: signatureHeader(target.secret, body, Math.floor(Date.now() / 1000)),
        },
        body,
        // A redirect could lead the signed body somewhere the retailer did not configure.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS),
      });
      await response.body?.cancel();
      const ok = response.status >= 200 && response.status < 300;
      return { ok, statusCode: response.status, error: ok ? null : `The endpoint answered HTTP ${response.status}` };
    } catch (error) {
      const refused = (error as { cause?: unknown }).cause;
      if (refused instanceof NonPublicDestination) return { ok: false, statusCode: null, error: `Not sent: ${refused.message}` };
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      const reason =
        (error as Error).name === 'TimeoutError' ? `no answer within ${this.config.WEBHOOK_TIMEOUT_MS} ms` : (cause ?? (error as Error).message);
      return { ok: false, statusCode: null, error: `Could not reach the endpoint: ${reason}` };
    }
  }
}
