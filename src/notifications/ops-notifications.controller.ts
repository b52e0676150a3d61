import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { Role } from '../auth/role';
import { ApiErrors } from '../errors/api-errors.decorator';
import { EmailPage, EmailsQuery, EmailView, NotificationPage, NotificationsQuery, NotificationView } from './ops-notifications.dto';
import { OpsNotificationsService } from './ops-notifications.service';
import { UuidParam } from '../common/params';

@ApiTags('ops')
@Controller('ops')
@Roles(Role.Ops)
@ApiErrors(401, 403)
export class OpsNotificationsController {
  constructor(private readonly notifications: OpsNotificationsService) {}

  @Get('emails')
  @ApiOperation({ summary: 'Customer e-mails, newest first: sent over SMTP, or kept here when no SMTP server is configured' })
  @ApiOkResponse({ type: EmailPage })
  @ApiErrors(400)
  emails(@Query() query: EmailsQuery): Promise<EmailPage> {
    return this.notifications.emails(query);
  }

  @Get('emails/:id')
  @ApiOperation({ summary: 'One e-mail with its text and HTML' })
  @ApiOkResponse({ type: EmailView })
  @ApiErrors(404)
  email(@UuidParam('id') id: string): Promise<EmailView> {
    return this.notifications.email(id);
  }

  @Get('notifications')
  @ApiOperation({ summary: 'Outgoing e-mails and webhooks with their delivery state, newest first' })
  @ApiOkResponse({ type: NotificationPage })
  @ApiErrors(400)
  list(@Query() query: NotificationsQuery): Promise<NotificationPage> {
    return this.notifications.notifications(query);
  }

  @Post('notifications/:id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Try a failed notification again, with a fresh set of attempts' })
  @ApiOkResponse({ type: NotificationView })
  @ApiErrors(404, 409)
  retry(@UuidParam('id') id: string): Promise<NotificationView> {
    return this.notifications.retry(id);
  }
}
