import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { UsersService } from '../auth/users.service';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { OnboardTenantDto } from '../onboarding/onboarding.dto';
import { OnboardingService } from '../onboarding/onboarding.service';
import { FormTokenGuard } from '../workspace/workspace-csrf';
import { FieldError, readForm } from '../workspace/workspace-form';
import { CONSOLE_PATHS } from './console-paths';
import { OpsConsolePageFilter, OpsConsolePages } from './ops-console-pages';

type Form = Record<string, unknown>;
const KINDS = ['manufacturer', 'retailer'];

/** Organisations and their users: onboard a manufacturer or a retailer with its first admin, disable a user. */
// The onboarding form's labels: its messages name what ops see ("Enter the admin's e-mail").
const ONBOARD_LABELS = {
  name: 'Organisation name',
  'admin.name': { label: "Admin's name", missing: "Enter the admin's name" },
  'admin.email': { label: "Admin's e-mail", missing: "Enter the admin's e-mail" },
  'admin.password': 'First password',
};

@ApiExcludeController()
@Controller('ops/accounts')
@Roles(Role.Ops)
@AcceptsSessionCookie()
@UseFilters(OpsConsolePageFilter)
@UseGuards(FormTokenGuard)
export class ConsoleAccountsController {
  constructor(
    private readonly onboarding: OnboardingService,
    private readonly users: UsersService,
    private readonly pages: OpsConsolePages,
  ) {}

  @Get()
  async list(@CurrentPrincipal() principal: Principal, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.listPage(principal, request, reply, 200, { kind: 'retailer' }, []);
  }

  @Post()
  async onboard(
    @CurrentPrincipal() principal: Principal,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { kind, ...tenant } = body ?? {};
    const form = await readForm(OnboardTenantDto, tenant, { labels: ONBOARD_LABELS });
    const values = { ...form.values, kind: typeof kind === 'string' ? kind : '' };
    const errors = form.ok ? [] : form.errors;
    if (!KINDS.includes(values.kind)) errors.unshift({ field: 'kind', message: 'Choose whether it is a manufacturer or a retailer' });
    if (!form.ok || errors.length) return this.listPage(principal, request, reply, 400, values, errors);
    try {
      const created =
        values.kind === 'manufacturer' ? await this.onboarding.onboardManufacturer(form.value) : await this.onboarding.onboardRetailer(form.value);
      reply.status(303).header('Location', `${CONSOLE_PATHS.accounts}/${values.kind}/${created.tenant.id}?done=created`).send();
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== ErrorCode.Conflict) throw error;
      await this.listPage(principal, request, reply, 409, values, [{ field: 'admin.email', message: error.message }]);
    }
  }

  @Get(':kind/:id')
  async organisation(
    @CurrentPrincipal() principal: Principal,
    @Param('kind') kind: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Query('done') done: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const organisation = (await this.onboarding.organisations(principal)).find((o) => o.kind === kind && o.id === id);
    if (!organisation) throw DomainError.notFound('Organisation');
    const users = await this.users.listOrganisation(principal, kind === 'manufacturer' ? { manufacturerId: id } : { retailerId: id });
    const notice =
      done === 'created'
        ? 'Onboarded. The admin below can sign in now.'
        : done === 'disabled'
          ? 'Disabled: their sign-ins and tokens no longer work.'
          : undefined;
    await this.pages.send(request, reply, 200, 'organisation', { current: 'accounts', notice, organisation, users });
  }

  @Post(':kind/:id/users/:userId/disable')
  async disable(
    @CurrentPrincipal() principal: Principal,
    @Param('kind') kind: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.users.disableByOps(principal, userId);
    reply
      .status(303)
      .header('Location', `${CONSOLE_PATHS.accounts}/${encodeURIComponent(kind)}/${id}?done=disabled`)
      .send();
  }

  private async listPage(
    principal: Principal,
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    form: Record<string, string>,
    errors: FieldError[],
  ): Promise<void> {
    const organisations = await this.onboarding.organisations(principal);
    await this.pages.send(request, reply, status, 'accounts', { current: 'accounts', organisations, form, errors });
  }
}
