import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, UsersOnly } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { ApiErrors } from '../errors/api-errors.decorator';
import { RetailerWebhooksService } from './retailer-webhooks.service';
import { DeliveriesQuery, DeliveryPage, PingResult, SetWebhookDto, WebhookView } from './webhook.dto';

@ApiTags('retailer')
@Controller('retailer/webhook')
@Roles(Role.Retailer)
@ApiErrors(401, 403)
export class RetailerWebhooksController {
  constructor(private readonly webhooks: RetailerWebhooksService) {}

  @Put()
  @UsersOnly()
  @ApiOperation({
    summary: 'Set where your systems receive order events, and the secret that signs them (admins only)',
    description:
      'Each event is a POST of `{ id, type, createdAt, data }` with headers `Nearfill-Event`, `Nearfill-Event-Id` and ' +
      '`Nearfill-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with your secret>`. ' +
      'Answer 2xx within 10 s; anything else is retried with exponential backoff. Deduplicate on the event id.',
  })
  @ApiOkResponse({ type: WebhookView })
  @ApiErrors(400, 422)
  set(@CurrentPrincipal() principal: Principal, @Body() body: SetWebhookDto): Promise<WebhookView> {
    return this.webhooks.set(principal, body);
  }

  @Get()
  @ApiOperation({ summary: 'Your webhook (the secret is not shown again)' })
  @ApiOkResponse({ type: WebhookView })
  @ApiErrors(404)
  get(@CurrentPrincipal() principal: Principal): Promise<WebhookView> {
    return this.webhooks.get(principal);
  }

  @Delete()
  @UsersOnly()
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop sending events; those still waiting are dropped (admins only)' })
  @ApiNoContentResponse()
  @ApiErrors(404)
  remove(@CurrentPrincipal() principal: Principal): Promise<void> {
    return this.webhooks.remove(principal);
  }

  @Post('ping')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a signed test event (type "ping") now and see how your endpoint answered' })
  @ApiOkResponse({ type: PingResult })
  @ApiErrors(404)
  ping(@CurrentPrincipal() principal: Principal): Promise<PingResult> {
    return this.webhooks.ping(principal);
  }

  @Get('deliveries')
  @ApiOperation({ summary: 'Every delivery attempt, newest first, with how your endpoint answered' })
  @ApiOkResponse({ type: DeliveryPage })
  @ApiErrors(400)
  deliveries(@CurrentPrincipal() principal: Principal, @Query() query: DeliveriesQuery): Promise<DeliveryPage> {
    return this.webhooks.deliveries(principal, query);
  }
}
