import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { CancelOrderDto, OrderQuery } from '../orders/manufacturer-orders.dto';
import { ManufacturerOrdersService } from '../orders/manufacturer-orders.service';
import { describeStatus, OrderStatus } from '../orders/order-status';
import { ShipOrderDto } from '../fulfilment/fulfilment.dto';
import { ShipmentsService } from '../fulfilment/shipments.service';
import { ReturnsService } from '../returns/returns.service';
import { StoresService } from '../stores/stores.service';
import { PackingSlip } from '../workspace/packing-slip';
import { FormTokenGuard } from '../workspace/workspace-csrf';
import { FieldError, formErrorOf, readForm, seeOther } from '../workspace/workspace-form';
import { pagerOf } from '../workspace/workspace-pager';
import { MANUFACTURER_PATHS, ManufacturerPageFilter, ManufacturerPages } from './manufacturer-pages';

type Form = Record<string, unknown>;
const PAGE_SIZE = 25;
const CANCELLABLE = [OrderStatus.Placed, OrderStatus.Posted];
// Orders the manufacturer fulfils itself are shipped from these states (a fallback award, or to a pickup store).
const TO_SHIP = [OrderStatus.AwardedManufacturer, OrderStatus.ShipToStore];
const NOTICES: Record<string, string> = {
  cancelled: 'Order cancelled; the customer and any bidders were told.',
  shipped: 'Marked as shipped. The customer has been sent the tracking number.',
  delivered: 'Marked as delivered.',
};
const SHIP_LABELS = { carrier: 'Carrier', trackingNumber: 'Tracking number' };

/** The manufacturer's orders: filtered by status and date, one order's whole story, cancel before the award; the orders it fulfils itself packed, shipped and delivered. */
@ApiExcludeController()
@Controller('manufacturer/sales')
@Roles(Role.Manufacturer)
@AcceptsSessionCookie()
@UseFilters(ManufacturerPageFilter)
@UseGuards(FormTokenGuard)
export class ManufacturerSalesController {
  constructor(
    private readonly orders: ManufacturerOrdersService,
    private readonly shipments: ShipmentsService,
    private readonly stores: StoresService,
    private readonly returns: ReturnsService,
    private readonly pages: ManufacturerPages,
  ) {}

  @Get()
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = await readForm(OrderQuery, { limit: String(PAGE_SIZE), ...query }, { numbers: ['limit', 'offset'] });
    const [page, reader] = await Promise.all([form.ok ? this.orders.browse(principal, form.value) : null, this.pages.readerFor(principal)]);
    await this.pages.send(request, reply, form.ok ? 200 : 400, 'orders', {
      reader,
      current: 'orders',
      values: form.values,
      errors: form.ok ? [] : form.errors,
      statuses: Object.values(OrderStatus),
      describe: describeStatus,
      page,
      pager: page && pagerOf(page, MANUFACTURER_PATHS.orders, { status: form.values.status, from: form.values.from, to: form.values.to }),
    });
  }

  @Get(':id')
  async show(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query('done') done: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.detail(principal, id, request, reply, 200, [], NOTICES[String(done)]);
  }

  @Post(':id/cancel')
  async cancel(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = await readForm(CancelOrderDto, body, { labels: { reason: 'Reason' } });
    if (!form.ok) return this.detail(principal, id, request, reply, 400, form.errors);
    await this.orders.cancel(principal, id, form.value.reason);
    reply
      .status(303)
      .header('Location', `${MANUFACTURER_PATHS.order(id)}?done=cancelled`)
      .send();
  }

  /** The printable slip for an order it ships itself (the same slip retailers print). */
  @Get(':id/packing-slip')
  async slip(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const [order, store] = await Promise.all([this.orders.get(principal, id), this.stores.settingsOf(principal)]);
    const slip: PackingSlip = {
      number: order.number,
      storeName: store.name,
      shipBy: null,
      shipFrom: null,
      customer: { name: order.customerName, phone: order.customerPhone },
      shipTo: order.shippingAddress,
      lines: order.lines,
      byDealer: false,
    };
    await this.pages.send(request, reply, 200, '@packing-slip', { current: 'orders', slip, back: MANUFACTURER_PATHS.order(id) });
  }

  /** Ships an order it fulfils, through the same service (and state machine) as the API; refusals shown on the order. */
  @Post(':id/ship')
  async ship(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = await readForm(ShipOrderDto, body, { labels: SHIP_LABELS });
    if (!form.ok) return this.detail(principal, id, request, reply, 400, form.errors, undefined, form.values);
    try {
      await this.shipments.ship(principal, id, form.value);
    } catch (error) {
      return this.detail(principal, id, request, reply, 409, [formErrorOf(error)], undefined, form.values);
    }
    seeOther(reply, `${MANUFACTURER_PATHS.order(id)}?done=shipped`);
  }

  @Post(':id/deliver')
  async deliver(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    try {
      await this.shipments.deliver(principal, id);
    } catch (error) {
      return this.detail(principal, id, request, reply, 409, [formErrorOf(error)]);
    }
    seeOther(reply, `${MANUFACTURER_PATHS.order(id)}?done=delivered`);
  }

  private async detail(
    principal: Principal,
    id: string,
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    errors: FieldError[],
    notice?: string,
    shipValues: Record<string, string> = {},
  ): Promise<void> {
    const [order, orderReturns, reader] = await Promise.all([
      this.orders.get(principal, id),
      this.returns.onOrder(principal, id),
      this.pages.readerFor(principal),
    ]);
    await this.pages.send(request, reply, status, 'order', {
      reader,
      orderReturns,
      returnLink: MANUFACTURER_PATHS.returnPage,
      current: 'orders',
      notice,
      errors,
      order,
      cancellable: CANCELLABLE.includes(order.status),
      selfFulfilled: order.fulfiller?.kind === 'manufacturer',
      toShip: order.fulfiller?.kind === 'manufacturer' && TO_SHIP.includes(order.status),
      toDeliver: order.fulfiller?.kind === 'manufacturer' && order.status === OrderStatus.Shipped,
      shipValues,
      describe: describeStatus,
    });
  }
}

/** The orders the manufacturer ships itself, like a retailer's won orders: the most urgent first, with the slip and the way to ship. */
@ApiExcludeController()
@Controller('manufacturer/to-ship')
@Roles(Role.Manufacturer)
@AcceptsSessionCookie()
@UseFilters(ManufacturerPageFilter)
export class ManufacturerToShipController {
  constructor(
    private readonly orders: ManufacturerOrdersService,
    private readonly pages: ManufacturerPages,
  ) {}

  @Get()
  async list(@CurrentPrincipal() principal: Principal, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const [reader, items] = await Promise.all([this.pages.readerFor(principal), this.orders.toShip(principal)]);
    await this.pages.send(request, reply, 200, 'to-ship', { reader, current: 'toShip', items, describe: describeStatus });
  }
}
