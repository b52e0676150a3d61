import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { UsersService } from '../auth/users.service';
import { FormBody, formText, readForm } from '../common/form-input';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { OnboardTenantDto } from '../onboarding/onboarding.dto';
import { OnboardingService } from '../onboarding/onboarding.service';
import { sendPage } from './console-access';
import { CONSOLE_PATHS } from './console-paths';
import { ConsolePageFilter } from './console-page.filter';
import { OpsConsoleRenderer } from './ops-console.renderer';

type Kind = 'manufacturer' | 'retailer';
const KINDS: Kind[] = ['manufacturer', 'retailer'];

interface OnboardForm {
  kind: string;
  name: string;
  adminName: string;
  adminEmail: string;
}

const EMPTY: OnboardForm = { kind: 'retailer', name: '', adminName: '', adminEmail: '' };

/** Organisations and their users: onboard a manufacturer or a retailer with its first admin, disable a user. */
@ApiExcludeController()
@Controller('ops/accounts')
@Roles(Role.Ops)
@AcceptsSessionCookie()
@UseFilters(ConsolePageFilter)
export class ConsoleAccountsController {
  constructor(
    private readonly onboarding: OnboardingService,
    private readonly users: UsersService,
    private readonly render: OpsConsoleRenderer,
  ) {}

  @Get()
  async list(@CurrentPrincipal() principal: Principal, @Res() reply: FastifyReply): Promise<void> {
    sendPage(reply, 200, await this.listPage(principal, EMPTY, {}));
  }

  @Post()
  async onboard(@CurrentPrincipal() principal: Principal, @Body() body: FormBody | undefined, @Res() reply: FastifyReply): Promise<void> {
    const form: OnboardForm = {
      kind: formText(body, 'kind'),
      name: formText(body, 'name'),
      adminName: formText(body, 'admin.name'),
      adminEmail: formText(body, 'admin.email'),
    };
    const { value, errors } = readForm(OnboardTenantDto, {
      name: form.name,
      admin: { name: form.adminName, email: form.adminEmail, password: formText(body, 'admin.password') },
    });
    if (!KINDS.includes(form.kind as Kind)) errors.kind = 'Choose whether it is a manufacturer or a retailer';
    if (!value || errors.kind) return sendPage(reply, 400, await this.listPage(principal, form, errors));
    try {
      const created = form.kind === 'manufacturer' ? await this.onboarding.onboardManufacturer(value) : await this.onboarding.onboardRetailer(value);
      reply.status(303).header('Location', `${CONSOLE_PATHS.accounts}/${form.kind}/${created.tenant.id}?created=1`).send();
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== ErrorCode.Conflict) throw error;
      sendPage(reply, 409, await this.listPage(principal, form, { 'admin.email': error.message }));
    }
  }

  @Get(':kind/:id')
  async organisation(
    @CurrentPrincipal() principal: Principal,
    @Param('kind') kind: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Query('created') created: unknown,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    sendPage(reply, 200, await this.organisationPage(principal, kind, id, { created: created === '1' }));
  }

  @Post(':kind/:id/users/:userId/disable')
  async disable(
    @CurrentPrincipal() principal: Principal,
    @Param('kind') kind: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const user = await this.users.disableByOps(principal, userId);
    sendPage(reply, 200, await this.organisationPage(principal, kind, id, { disabled: user.email }));
  }

  private async listPage(principal: Principal, form: OnboardForm, errors: Record<string, string>): Promise<string> {
    const organisations = await this.onboarding.organisations(principal);
    return this.render.page('accounts', { organisations, form, errors });
  }

  private async organisationPage(principal: Principal, kind: string, id: string, flash: { created?: boolean; disabled?: string }): Promise<string> {
    const organisation = (await this.onboarding.organisations(principal)).find((o) => o.kind === kind && o.id === id);
    if (!organisation) throw DomainError.notFound('Organisation');
    const users = await this.users.listOrganisation(principal, kind === 'manufacturer' ? { manufacturerId: id } : { retailerId: id });
    return this.render.page('organisation', { organisation, users, ...flash });
  }
}
