import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiKeysService } from '../auth/api-keys.service';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { NewApiKeyDto, NewUserDto } from '../auth/auth.dto';
import { Principal, Role } from '../auth/role';
import { UsersService } from '../auth/users.service';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { SetWebhookDto } from '../notifications/webhook.dto';
import { RetailerWebhooksService } from '../notifications/retailer-webhooks.service';
import { FormTokenGuard } from '../workspace/workspace-csrf';
import { readForm, seeOther, submitForm } from '../workspace/workspace-form';
import { RETAILER_PATHS, RetailerPageFilter, RetailerPages } from './retailer-pages';

type Form = Record<string, unknown>;

const RECENT_DELIVERIES = 20;

const NOTICES: Record<string, string> = {
  revoked: 'API key revoked. Requests with it are refused from now on.',
  saved: 'Webhook saved. Send a ping to check it.',
  removed: 'Webhook removed. Events are no longer sent.',
  added: 'Team member added. They can sign in with the password you chose.',
  disabled: 'Team member disabled. They are signed out at once.',
};

/** Settings for the retailer's own systems and people: API keys, the webhook and the team. */
@ApiExcludeController()
@Controller('retailer/settings')
@Roles(Role.Retailer)
@AcceptsSessionCookie()
@UseFilters(RetailerPageFilter)
@UseGuards(FormTokenGuard)
export class RetailerIntegrationsController {
  constructor(
    private readonly apiKeys: ApiKeysService,
    private readonly webhooks: RetailerWebhooksService,
    private readonly users: UsersService,
    private readonly pages: RetailerPages,
  ) {}

  @Get('api-keys')
  async keysPage(
    @CurrentPrincipal() principal: Principal,
    @Query('done') done: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.sendKeys(principal, request, reply, 200, { notice: NOTICES[String(done)] });
  }

  @Post('api-keys')
  async createKey(
    @CurrentPrincipal() principal: Principal,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = await readForm(NewApiKeyDto, body, { labels: { name: 'Name' } });
    if (!form.ok) return this.sendKeys(principal, request, reply, 400, { errors: form.errors, values: form.values });
    // The secret is shown in this answer only (never stored in clear, never in a URL).
    const created = await this.apiKeys.create(principal, form.value.name);
    await this.sendKeys(principal, request, reply, 201, { created });
  }

  @Post('api-keys/:id/revoke')
  async revokeKey(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    await this.apiKeys.revoke(principal, id);
    seeOther(reply, `${RETAILER_PATHS.apiKeys}?done=revoked`);
  }

  @Get('webhook')
  async webhookPage(
    @CurrentPrincipal() principal: Principal,
    @Query('done') done: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.sendWebhook(principal, request, reply, 200, { notice: NOTICES[String(done)] });
  }

  @Post('webhook')
  async setWebhook(
    @CurrentPrincipal() principal: Principal,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = await readForm(SetWebhookDto, body, { labels: { url: 'URL', secret: 'Signing secret' } });
    await submitForm(form, (value) => this.webhooks.set(principal, value), {
      again: (status, errors) => this.sendWebhook(principal, request, reply, status, { errors, values: form.values }),
      done: () => seeOther(reply, `${RETAILER_PATHS.webhook}?done=saved`),
    });
  }

  @Post('webhook/ping')
  async ping(@CurrentPrincipal() principal: Principal, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const ping = await this.webhooks.ping(principal);
    await this.sendWebhook(principal, request, reply, 200, { ping });
  }

  @Post('webhook/remove')
  async removeWebhook(@CurrentPrincipal() principal: Principal, @Res() reply: FastifyReply): Promise<void> {
    await this.webhooks.remove(principal);
    seeOther(reply, `${RETAILER_PATHS.webhook}?done=removed`);
  }

  @Get('team')
  async teamPage(
    @CurrentPrincipal() principal: Principal,
    @Query('done') done: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.sendTeam(principal, request, reply, 200, { notice: NOTICES[String(done)] });
  }

  @Post('team')
  async addMember(
    @CurrentPrincipal() principal: Principal,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = await readForm(NewUserDto, body, { booleans: ['isAdmin'], labels: { email: 'E-mail', name: 'Name', password: 'Password' } });
    const { password: _, ...values } = form.values;
    await submitForm(form, (value) => this.users.addMember(principal, value), {
      again: (status, errors) => this.sendTeam(principal, request, reply, status, { errors, values }),
      done: () => seeOther(reply, `${RETAILER_PATHS.team}?done=added`),
    });
  }

  @Post('team/:id/disable')
  async disableMember(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    await this.users.disableMember(principal, id);
    seeOther(reply, `${RETAILER_PATHS.team}?done=disabled`);
  }

  private async sendKeys(principal: Principal, request: FastifyRequest, reply: FastifyReply, status: number, extra: Record<string, unknown>) {
    const [reader, keys] = await Promise.all([this.pages.readerFor(principal), this.apiKeys.list(principal)]);
    await this.pages.send(request, reply, status, 'api-keys', {
      reader,
      current: 'settings',
      isAdmin: principal.isAdmin,
      keys,
      values: {},
      errors: [],
      ...extra,
    });
  }

  private async sendWebhook(principal: Principal, request: FastifyRequest, reply: FastifyReply, status: number, extra: Record<string, unknown>) {
    const [reader, webhook, deliveries] = await Promise.all([
      this.pages.readerFor(principal),
      this.webhooks.get(principal).catch((error) => {
        if (error instanceof DomainError && error.code === ErrorCode.NotFound) return null;
        throw error;
      }),
      this.webhooks.deliveries(principal, { limit: RECENT_DELIVERIES, offset: 0 }),
    ]);
    await this.pages.send(request, reply, status, 'webhook', {
      reader,
      current: 'settings',
      isAdmin: principal.isAdmin,
      webhook,
      deliveries: deliveries.items,
      values: {},
      errors: [],
      ...extra,
    });
  }

  private async sendTeam(principal: Principal, request: FastifyRequest, reply: FastifyReply, status: number, extra: Record<string, unknown>) {
    const [reader, team] = await Promise.all([this.pages.readerFor(principal), this.users.listTeam(principal)]);
    await this.pages.send(request, reply, status, 'team', {
      reader,
      current: 'settings',
      team,
      isAdmin: principal.isAdmin,
      me: principal.userId,
      values: {},
      errors: [],
      ...extra,
    });
  }
}
