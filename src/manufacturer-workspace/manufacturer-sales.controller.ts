import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { CancelOrderDto, OrderQuery } from '../orders/manufacturer-orders.dto';
import { ManufacturerOrdersService } from '../orders/manufacturer-orders.service';
import { describeStatus, OrderStatus } from '../orders/order-status';
import { FormTokenGuard } from '../workspace/workspace-csrf';
import { FieldError, readForm } from '../workspace/workspace-form';
import { pagerOf } from '../workspace/workspace-pager';
import { MANUFACTURER_PATHS, ManufacturerPageFilter, ManufacturerPages } from './manufacturer-pages';

type Form = Record<string, unknown>;
const PAGE_SIZE = 25;
const CANCELLABLE = [OrderStatus.Placed, OrderStatus.Posted];

/** The manufacturer's orders: filtered by status and date, one order's whole story, cancel before the award. */
@ApiExcludeController()
@Controller('manufacturer/sales')
@Roles(Role.Manufacturer)
@AcceptsSessionCookie()
@UseFilters(ManufacturerPageFilter)
@UseGuards(FormTokenGuard)
export class ManufacturerSalesController {
  constructor(
    private readonly orders: ManufacturerOrdersService,
    private readonly pages: ManufacturerPages,
  ) {}

  @Get()
  async list(@CurrentPrincipal() principal: Principal, @Query() query: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const form = await readForm(OrderQuery, { limit: String(PAGE_SIZE), ...query }, { numbers: ['limit', 'offset'] });
    const page = form.ok ? await this.orders.list(principal, form.value) : null;
    this.pages.send(request, reply, form.ok ? 200 : 400, 'orders', {
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
  async show(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Query('done') done: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.detail(principal, id, request, reply, 200, [], done === 'cancelled' ? 'Order cancelled; the customer and any bidders were told.' : undefined);
  }

  @Post(':id/cancel')
  async cancel(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const form = await readForm(CancelOrderDto, body);
    if (!form.ok) return this.detail(principal, id, request, reply, 400, form.errors);
    await this.orders.cancel(principal, id, form.value.reason);
    reply.status(303).header('Location', `${MANUFACTURER_PATHS.order(id)}?done=cancelled`).send();
  }

  private async detail(principal: Principal, id: string, request: FastifyRequest, reply: FastifyReply, status: number, errors: FieldError[], notice?: string): Promise<void> {
    const order = await this.orders.get(principal, id);
    this.pages.send(request, reply, status, 'order', {
      current: 'orders',
      notice,
      errors,
      order,
      cancellable: CANCELLABLE.includes(order.status),
      describe: describeStatus,
    });
  }
}
