import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, Roles } from '../auth/auth.decorators';
import { Role } from '../auth/role';
import { NotificationState } from '../notifications/notification-state';
import { EmailsQuery, NotificationsQuery } from '../notifications/ops-notifications.dto';
import { OpsNotificationsService } from '../notifications/ops-notifications.service';
import { FormTokenGuard } from '../workspace/workspace-csrf';
import { readForm } from '../workspace/workspace-form';
import { pagerOf } from '../workspace/workspace-pager';
import { CONSOLE_PATHS } from './console-paths';
import { OpsConsolePageFilter, OpsConsolePages } from './ops-console-pages';

type QueryForm = Record<string, unknown>;

// The e-mail's own HTML, shown in a sandboxed frame: no script, no form, nothing fetched but images.
const PREVIEW_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data: https: http:; frame-ancestors 'self'; sandbox";

/** Outgoing messages: the e-mails with a rendered preview, and every notification's delivery with retry. */
@ApiExcludeController()
@Controller('ops')
@Roles(Role.Ops)
@AcceptsSessionCookie()
@UseFilters(OpsConsolePageFilter)
@UseGuards(FormTokenGuard)
export class ConsoleMessagesController {
  constructor(
    private readonly notifications: OpsNotificationsService,
    private readonly pages: OpsConsolePages,
  ) {}

  @Get('outbox')
  async emails(@Query() query: QueryForm, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const orderNumber = typeof query.orderNumber === 'string' ? query.orderNumber.replace(/^\s*#/, '') : query.orderNumber;
    const form = await readForm(EmailsQuery, { limit: '25', ...query, orderNumber }, { numbers: ['limit', 'offset'] });
    const page = form.ok ? await this.notifications.emails(form.value) : null;
    await this.pages.send(request, reply, form.ok ? 200 : 400, 'emails', {
      current: 'outbox',
      form: form.values,
      errors: form.ok ? [] : form.errors,
      page,
      pager: page && pagerOf(page, CONSOLE_PATHS.outbox, { to: form.values.to, orderNumber: form.values.orderNumber }),
    });
  }

  @Get('outbox/:id')
  async email(@Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.pages.send(request, reply, 200, 'email', { current: 'outbox', email: await this.notifications.email(id) });
  }

  @Get('outbox/:id/html')
  async emailHtml(@Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const email = await this.notifications.email(id);
    reply
      .header('Content-Security-Policy', PREVIEW_POLICY)
      .header('X-Frame-Options', 'SAMEORIGIN')
      .header('Cache-Control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(email.html);
  }

  @Get('deliveries')
  async deliveries(@Query() query: QueryForm, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const { retried, ...filters } = query;
    const form = await readForm(NotificationsQuery, { limit: '25', ...filters }, { numbers: ['limit', 'offset'] });
    const page = form.ok ? await this.notifications.notifications(form.value) : null;
    await this.pages.send(request, reply, form.ok ? 200 : 400, 'deliveries', {
      current: 'deliveries',
      notice: retried ? 'Queued again: it is delivered in the next few seconds.' : undefined,
      state: form.values.state ?? '',
      states: Object.values(NotificationState),
      errors: form.ok ? [] : form.errors,
      page,
      pager: page && pagerOf(page, CONSOLE_PATHS.deliveries, { state: form.values.state }),
    });
  }

  @Post('deliveries/:id/retry')
  async retry(@Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    await this.notifications.retry(id);
    reply.status(303).header('Location', `${CONSOLE_PATHS.deliveries}?retried=1`).send();
  }
}
