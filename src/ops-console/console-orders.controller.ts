import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { BoardService } from '../board/board.service';
import { OpsOrderQuery } from '../orders/manufacturer-orders.dto';
import { OrderStatus } from '../orders/order-status';
import { OpsOrdersService } from '../orders/ops-orders.service';
import { FormTokenGuard } from '../workspace/workspace-csrf';
import { readForm } from '../workspace/workspace-form';
import { pagerOf } from '../workspace/workspace-pager';
import { CONSOLE_PATHS } from './console-paths';
import { OpsConsolePageFilter, OpsConsolePages } from './ops-console-pages';

/** Orders across every store: search by number or e-mail, and one order's story with its board entry and bids. */
@ApiExcludeController()
@Controller('ops/store-orders')
@Roles(Role.Ops)
@AcceptsSessionCookie()
@UseFilters(OpsConsolePageFilter)
@UseGuards(FormTokenGuard)
export class ConsoleOrdersController {
  constructor(
    private readonly orders: OpsOrdersService,
    private readonly board: BoardService,
    private readonly pages: OpsConsolePages,
  ) {}

  @Get()
  async search(@CurrentPrincipal() principal: Principal, @Query() query: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const form = await readForm(OpsOrderQuery, { limit: '25', ...query }, { numbers: ['limit', 'offset'] });
    const page = form.ok ? await this.orders.search(principal, form.value) : null;
    this.pages.send(request, reply, form.ok ? 200 : 400, 'orders', {
      current: 'orders',
      form: form.values,
      errors: form.ok ? [] : form.errors,
      page,
      pager: page && pagerOf(page, CONSOLE_PATHS.orders, { q: form.values.q, status: form.values.status }),
      statuses: Object.values(OrderStatus),
    });
  }

  @Get(':id')
  async order(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const order = await this.orders.get(principal, id);
    const entry = await this.board.entryForOps(id);
    this.pages.send(request, reply, 200, 'order', { current: 'orders', order, bids: entry.bids, postedAt: entry.postedAt });
  }
}
