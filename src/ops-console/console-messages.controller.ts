import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AcceptsSessionCookie, Roles } from '../auth/auth.decorators';
import { Role } from '../auth/role';
import { FormBody, formText, readForm } from '../common/form-input';
import { NotificationState } from '../notifications/notification.entity';
import { EmailsQuery, NotificationsQuery } from '../notifications/ops-notifications.dto';
import { OpsNotificationsService } from '../notifications/ops-notifications.service';
import { sendPage } from './console-access';
import { CONSOLE_PATHS } from './console-paths';
import { ConsolePageFilter } from './console-page.filter';
import { OpsConsoleRenderer } from './ops-console.renderer';

const PAGE_SIZE = 25;
// The e-mail's own HTML, shown in a sandboxed frame: no script, no form, nothing fetched but images.
const PREVIEW_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data: https: http:; frame-ancestors 'self'; sandbox";

/** Outgoing messages: the e-mails with a rendered preview, and every notification's delivery with retry. */
@ApiExcludeController()
@Controller('ops')
@Roles(Role.Ops)
@AcceptsSessionCookie()
@UseFilters(ConsolePageFilter)
export class ConsoleMessagesController {
  constructor(
    private readonly notifications: OpsNotificationsService,
    private readonly render: OpsConsoleRenderer,
  ) {}

  @Get('outbox')
  async emails(@Query() raw: FormBody, @Res() reply: FastifyReply): Promise<void> {
    const form = { to: formText(raw, 'to'), orderNumber: formText(raw, 'orderNumber').replace(/^#/, '') };
    const { value, errors } = readForm(EmailsQuery, {
      to: form.to || undefined,
      orderNumber: form.orderNumber || undefined,
      limit: PAGE_SIZE,
      offset: Number(formText(raw, 'offset')) || 0,
    });
    const page = value ? await this.notifications.emails(value) : null;
    sendPage(reply, value ? 200 : 400, this.render.page('emails', { form, errors, page }));
  }

  @Get('outbox/:id')
  async email(@Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    sendPage(reply, 200, this.render.page('email', { email: await this.notifications.email(id) }));
  }

  @Get('outbox/:id/html')
  async emailHtml(@Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const email = await this.notifications.email(id);
    reply.header('Content-Security-Policy', PREVIEW_POLICY).header('X-Frame-Options', 'SAMEORIGIN');
    sendPage(reply, 200, email.html);
  }

  @Get('deliveries')
  async deliveries(@Query() raw: FormBody, @Res() reply: FastifyReply): Promise<void> {
    const state = formText(raw, 'state');
    const { value, errors } = readForm(NotificationsQuery, { state: state || undefined, limit: PAGE_SIZE, offset: Number(formText(raw, 'offset')) || 0 });
    const page = value ? await this.notifications.notifications(value) : null;
    const retried = formText(raw, 'retried');
    sendPage(reply, value ? 200 : 400, this.render.page('deliveries', { state, states: Object.values(NotificationState), errors, page, retried }));
  }

  @Post('deliveries/:id/retry')
  async retry(@Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const notification = await this.notifications.retry(id);
    reply.status(303).header('Location', `${CONSOLE_PATHS.deliveries}?retried=${notification.id}`).send();
  }
}
