import { Body, Controller, Get, Header, Headers, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Public, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { Page } from '../common/pagination.dto';
import { ApiErrors } from '../errors/api-errors.decorator';
import { CancelOrderDto, CustomerCancelDto, ManufacturerOrderDetail, OrderPage, OrderQuery, OrderSummary } from './manufacturer-orders.dto';
import { ManufacturerOrdersService } from './manufacturer-orders.service';
import { OrderPlacementService } from './order-placement.service';
import { TrackedOrder } from './order-views';
import { PlacedOrder, PlaceOrderDto } from './place-order.dto';
import { TrackingService } from './tracking.service';
import { ChoosableDealerList, DealersNearQuery } from './chosen-dealer';
import { STORE_SLUG, TextParam, TRACKING_TOKEN, UuidParam } from '../common/params';

@ApiTags('public')
@Controller()
@Public()
export class CustomerOrdersController {
  constructor(
    private readonly placement: OrderPlacementService,
    private readonly tracking: TrackingService,
  ) {}

  @Post('stores/:slug/orders')
  @ApiOperation({
    summary:
      "Place an order: it waits for the customer's card payment at payment.checkoutUrl, then goes onto the bid board. Replays with the same Idempotency-Key return the same answer",
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: 'A unique key per order, e.g. a UUID',
    schema: { type: 'string', pattern: '^[\\x21-\\x7e]+$', minLength: 8, maxLength: 255 },
  })
  @ApiCreatedResponse({ type: PlacedOrder })
  @ApiErrors(400, 404, 413, 422, 503)
  async place(
    @TextParam('slug', STORE_SLUG) slug: string,
    @Headers('idempotency-key') key: string | undefined,
    @Body() body: PlaceOrderDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PlacedOrder> {
    const { status, body: placed } = await this.placement.place(slug, key, body);
    reply.status(status);
    return placed;
  }

  @Get('stores/:slug/dealers')
  @ApiOperation({ summary: 'Dealers a customer may choose to support for an address: approved dealers delivering to its area, nearest first' })
  @ApiOkResponse({ type: ChoosableDealerList })
  @ApiErrors(400, 404, 422)
  dealers(@TextParam('slug', STORE_SLUG) slug: string, @Query() query: DealersNearQuery): Promise<ChoosableDealerList> {
    return this.placement.dealersNear(slug, query);
  }

  @Get('orders/track/:token')
  @ApiOperation({ summary: 'Follow an order: status timeline and who fulfils it' })
  @ApiOkResponse({ type: TrackedOrder })
  @ApiErrors(404)
  track(@TextParam('token', TRACKING_TOKEN) token: string): Promise<TrackedOrder> {
    return this.tracking.track(token);
  }

  @Post('orders/track/:token/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel the order, possible until it is awarded' })
  @ApiOkResponse({ type: TrackedOrder })
  @ApiErrors(404, 409)
  cancel(@TextParam('token', TRACKING_TOKEN) token: string, @Body() body: CustomerCancelDto): Promise<TrackedOrder> {
    return this.tracking.cancel(token, body.reason);
  }

  @Get('orders/track/:token/export')
  @Header('Content-Disposition', 'attachment; filename="nearfill-order-data.json"')
  @ApiOperation({ summary: 'Download everything held about you for this order (JSON)' })
  @ApiOkResponse({
    description: 'A JSON file: `exportedAt`, `explanation`, and the `order`, its `lines`, `history` and `awards` as stored',
    schema: { type: 'object' },
  })
  @ApiErrors(404)
  export(@TextParam('token', TRACKING_TOKEN) token: string) {
    return this.tracking.export(token);
  }

  @Post('orders/track/:token/erase')
  @HttpCode(200)
  @ApiOperation({ summary: 'Erase your name, contact and street once the order is delivered or cancelled' })
  @ApiOkResponse({ type: TrackedOrder })
  @ApiErrors(404, 409)
  erase(@TextParam('token', TRACKING_TOKEN) token: string): Promise<TrackedOrder> {
    return this.tracking.erase(token);
  }
}

@ApiTags('manufacturer')
@Controller('manufacturer/orders')
@Roles(Role.Manufacturer)
@ApiErrors(401, 403)
export class ManufacturerOrdersController {
  constructor(private readonly orders: ManufacturerOrdersService) {}

  @Get()
  @ApiOperation({ summary: 'Your orders, newest first; filter by status and date range' })
  @ApiOkResponse({ type: OrderPage })
  @ApiErrors(400)
  list(@CurrentPrincipal() principal: Principal, @Query() query: OrderQuery): Promise<Page<OrderSummary>> {
    return this.orders.list(principal, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One order with its lines, history and fulfiller' })
  @ApiOkResponse({ type: ManufacturerOrderDetail })
  @ApiErrors(404)
  get(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string): Promise<ManufacturerOrderDetail> {
    return this.orders.get(principal, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel an order before it is awarded' })
  @ApiOkResponse({ type: ManufacturerOrderDetail })
  @ApiErrors(400, 404, 409)
  cancel(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string, @Body() body: CancelOrderDto): Promise<ManufacturerOrderDetail> {
    return this.orders.cancel(principal, id, body.reason);
  }
}
