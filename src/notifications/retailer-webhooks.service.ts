import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { AppConfig } from '../config/app-config';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { queryPage } from '../common/query-page';
import { RetailerWebhook, webhookWithSecret } from './retailer-webhook.entity';
import { DeliveriesQuery, DeliveryPage, PingResult, SetWebhookDto, WebhookView } from './webhook.dto';
import { WebhookSender } from './webhook-sender';

const NO_WEBHOOK = 'You have no webhook; set one with PUT /api/v1/retailer/webhook';
const RETAILER_EVENTS = [
  'order.posted',
  'order.awarded',
  'order.lost',
  'order.rerouted',
  'order.cancelled',
  'pickup.assigned',
  'pickup.accepted',
  'pickup.ship_to_store',
  'pickup.ready',
  'pickup.picked_up',
  'pickup.cancelled',
  'return.requested',
  'rating.received',
];

/**
 * A retailer's webhook: its endpoint and secret, a test ping, and the log of every delivery attempt.
 * The retailer owns it like its API keys: only its admins set or remove it (403 otherwise), because it decides
 * where order data goes; any of its users or keys may read it, ping it and see the log.
 */
@Injectable()
export class RetailerWebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly sender: WebhookSender,
  ) {}

  async set(principal: Principal, input: SetWebhookDto): Promise<WebhookView> {
    const retailerId = access.retailerOf(principal);
    access.requireTenantAdmin(principal, 'its webhook');
    if (this.config.NODE_ENV === 'production' && !input.url.startsWith('https://')) {
      throw new DomainError(ErrorCode.Unprocessable, 'url must use https: events carry order data and are signed with your secret');
    }
    const refused = await this.sender.refusal(input.url);
    if (refused) throw new DomainError(ErrorCode.Unprocessable, `url: ${refused}`);
    await this.dataSource.getRepository(RetailerWebhook).upsert({ retailerId, url: input.url, secret: input.secret }, ['retailerId']);
    return this.get(principal);
  }

  async get(principal: Principal): Promise<WebhookView> {
    const webhook = await this.load(access.retailerOf(principal));
    return {
      url: webhook.url,
      secretHint: `…${webhook.secret.slice(-4)}`,
      events: RETAILER_EVENTS,
      createdAt: webhook.createdAt,
      updatedAt: webhook.updatedAt,
    };
  }

  /** Stops deliveries; events still waiting are dropped rather than sent to an endpoint the retailer gave up. */
  async remove(principal: Principal): Promise<void> {
    const retailerId = access.retailerOf(principal);
    access.requireTenantAdmin(principal, 'its webhook');
    await this.dataSource.transaction(async (manager) => {
      const { affected } = await manager.delete(RetailerWebhook, { retailerId });
      if (!affected) throw new DomainError(ErrorCode.NotFound, NO_WEBHOOK);
      await manager.query(`UPDATE notifications SET state = 'dropped' WHERE retailer_id = $1 AND state = 'pending'`, [retailerId]);
    });
  }

  /** Sends a signed `ping` event now and reports how the endpoint answered; it is logged like any delivery. */
  async ping(principal: Principal): Promise<PingResult> {
    const webhook = await this.load(access.retailerOf(principal));
    const event = { id: randomUUID(), type: 'ping', createdAt: new Date(), data: { message: 'Your Nearfill webhook is set up' } };
    const outcome = await this.sender.send(webhook, event, 1);
    return { eventId: event.id, ...outcome };
  }

  async deliveries(principal: Principal, query: DeliveriesQuery): Promise<DeliveryPage> {
    const retailerId = access.retailerOf(principal);
    return queryPage(
      this.dataSource,
      {
        columns: `d.id, d.event_id AS "eventId", d.event, d.attempt, d.url, d.status_code AS "statusCode", d.ok, d.error,
                  d.duration_ms AS "durationMs", n.state AS "eventState", d.created_at AS "createdAt"`,
        from: `FROM webhook_deliveries d LEFT JOIN notifications n ON n.id = d.event_id
               WHERE d.retailer_id = $1 AND ($2::uuid IS NULL OR d.event_id = $2)`,
        orderBy: 'd.created_at DESC, d.id',
      },
      [retailerId, query.eventId ?? null],
      query,
    );
  }

  private async load(retailerId: string): Promise<RetailerWebhook> {
    const webhook = await webhookWithSecret(this.dataSource, retailerId);
    if (!webhook) throw new DomainError(ErrorCode.NotFound, NO_WEBHOOK);
    return webhook;
  }
}
