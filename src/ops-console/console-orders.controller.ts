import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { BoardService } from '../board/board.service';
import { OpsRerouteDto } from '../fulfilment/fulfilment.dto';
import { RerouteService } from '../fulfilment/reroute.service';
import { OpsNotificationsService } from '../notifications/ops-notifications.service';
import { OpsOrderQuery, OpsReasonDto } from '../orders/manufacturer-orders.dto';
import { CANCELLABLE, OrderStatus } from '../orders/order-status';
import { OpsOrdersService } from '../orders/ops-orders.service';
import { RatingsService } from '../ratings/ratings.service';
import { ReturnsService } from '../returns/returns.service';
import { FormTokenGuard } from '../workspace/workspace-csrf';
import { FieldError, FormResult, readForm, scopeToForm, seeOther, submitForm } from '../workspace/workspace-form';
import { pagerOf } from '../workspace/workspace-pager';
import { CONSOLE_PATHS } from './console-paths';
import { OpsConsolePageFilter, OpsConsolePages } from './ops-console-pages';

type Form = Record<string, unknown>;

const NOTICES: Record<string, string> = {
  cancelled: 'Order cancelled. The customer and any bidders were told; your reason is in the history only.',
  rerouted: 'Order re-routed. The customer was told who ships it now; your reason is in the history only.',
  resent: 'E-mail queued to be sent again.',
};
// The list counts the orders it matches up to here: a search finds a few, the whole list a million (see browse()).
const COUNT_UP_TO = 10_000;
const REASON = { reason: { label: 'Reason', missing: 'Enter a reason' } };

/**
 * Orders across every store: search by number or e-mail; one order's story with its board entry and bids, its
 * returns, rating and e-mails; and ops' actions on it (cancel, re-route, send an e-mail again), each recorded in
 * the order's history with its reason.
 */
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
    private readonly reroutes: RerouteService,
    private readonly notifications: OpsNotificationsService,
    private readonly returns: ReturnsService,
    private readonly ratings: RatingsService,
    private readonly pages: OpsConsolePages,
  ) {}

  @Get()
  async search(
    @CurrentPrincipal() principal: Principal,
    @Query() query: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = await readForm(OpsOrderQuery, { limit: '25', ...query }, { numbers: ['limit', 'offset'], labels: { q: 'Order number or e-mail' } });
    const page = form.ok ? await this.orders.browse(principal, form.value, COUNT_UP_TO) : null;
    await this.pages.send(request, reply, form.ok ? 200 : 400, 'orders', {
      current: 'orders',
      form: form.values,
      errors: form.ok ? [] : form.errors,
      page,
      pager: page && pagerOf(page, CONSOLE_PATHS.orders, { q: form.values.q, status: form.values.status }),
      countUpTo: COUNT_UP_TO,
      statuses: Object.values(OrderStatus),
    });
  }

  @Get(':id')
  async order(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query('done') done: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.page(principal, id, request, reply, 200, { notice: NOTICES[String(done)] });
  }

  @Post(':id/cancel')
  async cancel(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = await readForm(OpsReasonDto, body, { labels: REASON });
    await this.act(principal, id, 'cancel', form, (value) => this.orders.cancel(principal, id, value.reason), request, reply, 'cancelled');
  }

  @Post(':id/reroute')
  async reroute(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = await readForm(OpsRerouteDto, body, { labels: { to: { label: 'Pass it to', missing: 'Choose who ships it instead' }, ...REASON } });
    await this.act(principal, id, 'reroute', form, (value) => this.reroutes.byOps(principal, id, value.to, value.reason), request, reply, 'rerouted');
  }

  @Post(':id/emails/:emailId/resend')
  async resend(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('emailId', ParseUUIDPipe) emailId: string,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = await readForm(OpsReasonDto, body, { labels: REASON });
    await this.act(
      principal,
      id,
      `resend-${emailId}`,
      form,
      (value) => this.notifications.resend(principal, id, emailId, value.reason),
      request,
      reply,
      'resent',
    );
  }

  /** One action's form: shown again beside its own fields when wrong (the field ids end with the action), else done and back to the order. */
  private act<T extends object>(
    principal: Principal,
    id: string,
    action: string,
    form: FormResult<T>,
    work: (value: T) => Promise<unknown>,
    request: FastifyRequest,
    reply: FastifyReply,
    done: string,
  ): Promise<void> {
    return submitForm(form, work, {
      again: (status, errors) => this.page(principal, id, request, reply, status, scopeToForm(action, errors, form.values, 'reason')),
      done: () => seeOther(reply, `${CONSOLE_PATHS.orders}/${id}?done=${done}`),
    });
  }

  private async page(
    principal: Principal,
    id: string,
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    extra: { notice?: string; errors?: FieldError[]; values?: Record<string, string> },
  ): Promise<void> {
    const order = await this.orders.get(principal, id);
    const [entry, orderReturns, rating, emails] = await Promise.all([
      this.board.entryForOps(id),
      this.returns.onOrder(principal, id),
      this.ratings.forOps(principal, id),
      this.notifications.orderEmails(principal, id),
    ]);
    await this.pages.send(request, reply, status, 'order', {
      current: 'orders',
      order,
      bids: entry.bids,
      postedAt: entry.postedAt,
      orderReturns,
      rating,
      emails,
      cancellable: CANCELLABLE.includes(order.status),
      reroutable: order.status === OrderStatus.AwardedRetailer,
      errors: extra.errors ?? [],
      values: extra.values ?? {},
      notice: extra.notice,
    });
  }
}
