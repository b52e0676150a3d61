import { BadRequestException, Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { BidStatus } from '../board/bid-status';
import { BidsQuery } from '../board/board.dto';
import { BidsService } from '../board/bids.service';
import { WonOrdersService } from '../board/won-orders.service';
import { PageQuery } from '../common/pagination.dto';
import { DeclineOrderDto, ShipOrderDto } from '../fulfilment/fulfilment.dto';
import { CARRIERS, trackingUrlFor } from '../fulfilment/carriers';
import { RerouteService } from '../fulfilment/reroute.service';
import { ShipmentsService } from '../fulfilment/shipments.service';
import { LocationsService } from '../retailers/locations.service';
import { ReturnsService } from '../returns/returns.service';
import { FormTokenGuard } from '../workspace/workspace-csrf';
import { FieldError, readForm, seeOther } from '../workspace/workspace-form';
import { offsetPager } from '../workspace/workspace-pager';
import { PackingSlip } from '../workspace/packing-slip';
import { RETAILER_PATHS, retailerReader, RetailerPageFilter, RetailerPages } from './retailer-pages';

type Form = Record<string, unknown>;

const NOTICES: Record<string, string> = {
  shipped: 'Marked as shipped. The customer has been sent the tracking number.',
  delivered: 'Marked as delivered.',
};

/** Orders this retailer won (the only pages with the customer), their packing slips and shipping, and its bids. */
@ApiExcludeController()
@Controller('retailer')
@Roles(Role.Retailer)
@AcceptsSessionCookie()
@UseFilters(RetailerPageFilter)
@UseGuards(FormTokenGuard)
export class RetailerOrdersController {
  constructor(
    private readonly won: WonOrdersService,
    private readonly bids: BidsService,
    private readonly shipments: ShipmentsService,
    private readonly reroute: RerouteService,
    private readonly locations: LocationsService,
    private readonly returns: ReturnsService,
    private readonly pages: RetailerPages,
  ) {}

  /** A won order with the location it ships from; another retailer's order is not found (404) by the service. */
  private async orderView(principal: Principal, id: string) {
    const [order, locations] = await Promise.all([this.won.get(principal, id), this.locations.list(principal, {})]);
    return { order, reader: retailerReader(locations), shipFrom: locations.find((l) => l.id === order.award.locationId) };
  }

  @Get('won')
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = await readForm(PageQuery, query, { numbers: ['offset', 'limit'] });
    if (!form.ok) throw new BadRequestException(form.errors.map((e) => e.message).join('; '));
    const [reader, page] = await Promise.all([this.pages.readerFor(principal), this.won.list(principal, form.value)]);
    await this.pages.send(request, reply, 200, 'won-orders', { reader, current: 'orders', page, pager: offsetPager(RETAILER_PATHS.orders, page) });
  }

  @Get('won/:id')
  async show(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query('done') done: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.sendOrder(principal, id, request, reply, 200, { notice: NOTICES[String(done)] });
  }

  @Get('won/:id/packing-slip')
  async slip(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { order, reader, shipFrom } = await this.orderView(principal, id);
    const slip: PackingSlip = { ...order, shipFrom: shipFrom ?? null, byDealer: true };
    await this.pages.send(request, reply, 200, '@packing-slip', { current: 'orders', reader, slip, back: RETAILER_PATHS.order(id) });
  }

  @Post('won/:id/ship')
  async ship(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = await readForm(ShipOrderDto, body, { labels: { carrier: 'Carrier', trackingNumber: 'Tracking number' } });
    if (!form.ok) return this.sendOrder(principal, id, request, reply, 400, { shipErrors: form.errors, shipValues: form.values });
    await this.shipments.ship(principal, id, form.value);
    seeOther(reply, `${RETAILER_PATHS.order(id)}?done=shipped`);
  }

  // Confirmed with a tick, so a second click on "Mark as shipped" (the same spot on the page) cannot deliver it.
  @Post('won/:id/deliver')
  async deliver(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (body?.confirmDelivered !== 'yes') {
      const deliverErrors = [{ field: 'confirmDelivered', message: 'Tick “The carrier shows it delivered” once its tracking says so' }];
      return this.sendOrder(principal, id, request, reply, 400, { deliverErrors });
    }
    await this.shipments.deliver(principal, id);
    seeOther(reply, `${RETAILER_PATHS.order(id)}?done=delivered`);
  }

  @Post('won/:id/decline')
  async decline(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = await readForm(DeclineOrderDto, body, { labels: { reason: 'Reason' } });
    if (!form.ok) return this.sendOrder(principal, id, request, reply, 400, { declineErrors: form.errors, declineValues: form.values });
    const declined = await this.reroute.decline(principal, id, form.value.reason);
    const passedTo = declined.passedTo === 'retailer' ? 'the next-nearest retailer that bid on it' : 'the manufacturer, who ships it itself';
    await this.pages.send(request, reply, 200, '@problem', {
      reader: await this.pages.readerFor(principal),
      current: 'orders',
      heading: `Order #${declined.number} declined`,
      message: `It has gone to ${passedTo}. It no longer appears among your won orders.`,
      back: { href: RETAILER_PATHS.orders, label: 'Back to won orders' },
    });
  }

  @Get('my-bids')
  async myBids(
    @CurrentPrincipal() principal: Principal,
    @Query() query: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = await readForm(BidsQuery, query, { numbers: ['offset', 'limit'] });
    if (!form.ok) throw new BadRequestException(form.errors.map((e) => e.message).join('; '));
    const [reader, page] = await Promise.all([this.pages.readerFor(principal), this.bids.list(principal, form.value)]);
    const keep: Record<string, string> = form.value.status ? { status: form.value.status } : {};
    await this.pages.send(request, reply, 200, 'bids', {
      reader,
      current: 'bids',
      page,
      status: form.value.status ?? '',
      statuses: Object.values(BidStatus),
      pager: offsetPager(RETAILER_PATHS.bids, page, keep),
    });
  }

  private async sendOrder(
    principal: Principal,
    id: string,
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    extra: {
      notice?: string;
      shipErrors?: FieldError[];
      shipValues?: Record<string, string>;
      declineErrors?: FieldError[];
      declineValues?: Record<string, string>;
      deliverErrors?: FieldError[];
    },
  ): Promise<void> {
    const [view, orderReturns] = await Promise.all([this.orderView(principal, id), this.returns.onOrder(principal, id)]);
    await this.pages.send(request, reply, status, 'won-order', {
      current: 'orders',
      ...view,
      orderReturns,
      returnLink: RETAILER_PATHS.returnPage,
      carriers: CARRIERS,
      trackingUrl: trackingUrlFor,
      errors: [...(extra.shipErrors ?? []), ...(extra.declineErrors ?? []), ...(extra.deliverErrors ?? [])],
      shipValues: extra.shipValues ?? {},
      declineValues: extra.declineValues ?? {},
      ...extra,
    });
  }
}
