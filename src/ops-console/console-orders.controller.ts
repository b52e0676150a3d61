import { Controller, Get, Param, ParseUUIDPipe, Query, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { BoardService } from '../board/board.service';
import { FormBody, formText, readForm } from '../common/form-input';
import { OpsOrderQuery } from '../orders/manufacturer-orders.dto';
import { OrderStatus } from '../orders/order-status';
import { OpsOrdersService } from '../orders/ops-orders.service';
import { sendPage } from './console-access';
import { ConsolePageFilter } from './console-page.filter';
import { OpsConsoleRenderer } from './ops-console.renderer';

const PAGE_SIZE = 25;

/** Orders across every store: search by number or e-mail, and one order's story with its board entry and bids. */
@ApiExcludeController()
@Controller('ops/store-orders')
@Roles(Role.Ops)
@AcceptsSessionCookie()
@UseFilters(ConsolePageFilter)
export class ConsoleOrdersController {
  constructor(
    private readonly orders: OpsOrdersService,
    private readonly board: BoardService,
    private readonly render: OpsConsoleRenderer,
  ) {}

  @Get()
  async search(@CurrentPrincipal() principal: Principal, @Query() raw: FormBody, @Res() reply: FastifyReply): Promise<void> {
    const form = { q: formText(raw, 'q'), status: formText(raw, 'status'), offset: formText(raw, 'offset') };
    const { value, errors } = readForm(OpsOrderQuery, {
      q: form.q || undefined,
      status: form.status || undefined,
      limit: PAGE_SIZE,
      offset: Number(form.offset) || 0,
    });
    const page = value ? await this.orders.search(principal, value) : null;
    sendPage(reply, value ? 200 : 400, this.render.page('orders', { form, errors, page, statuses: Object.values(OrderStatus) }));
  }

  @Get(':id')
  async order(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const order = await this.orders.get(principal, id);
    const entry = await this.board.entryForOps(id);
    sendPage(reply, 200, this.render.page('order', { order, bids: entry.bids, postedAt: entry.postedAt }));
  }
}
