import { Body, Controller, Get, Inject, Post, Query, Req, Res, Type, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Public, Roles } from '../auth/auth.decorators';
import { ChangePasswordDto } from '../auth/auth.dto';
import { Principal } from '../auth/role';
import { SessionsService } from '../auth/sessions.service';
import { UsersService } from '../auth/users.service';
import { accountPaths, safeNext, signInPath, WorkspaceAudience } from './workspace-audience';
import { FormTokenGuard } from './workspace-csrf';
import { FieldError, formText, readForm, seeOther, submitForm } from './workspace-form';
import { WorkspacePages } from './workspace-pages';
import { WorkspaceSessions } from './workspace-session';

type SignInForm = Record<string, string | string[] | undefined>;

// The service names its fields as the API does; the page names them by their labels.
const labelled = (error: FieldError): FieldError => ({
  ...error,
  message: error.message.replace(/^currentPassword/, 'Current password').replace(/^newPassword/, 'New password'),
});

/** Confirmations after a redirect, by the `done` query value. */
const NOTICES: Record<string, string> = {
  password: 'Password changed. Every other session of your account was signed out.',
  everywhere: 'You were signed out everywhere. Sign in again to continue here.',
};

/**
 * The sign-in, sign-out, account and home addresses of one workspace, as a controller class for its module:
 * `controllers: [workspaceSignInController(RETAILER_WORKSPACE, RetailerPages, RetailerPageFilter), ...]`.
 */
export function workspaceSignInController(
  audience: WorkspaceAudience,
  pagesType: Type<WorkspacePages>,
  filterType: Type<ExceptionFilter>,
): Type<unknown> {
  @ApiExcludeController()
  @Controller(audience.basePath.slice(1))
  @UseFilters(filterType)
  @UseGuards(FormTokenGuard)
  class WorkspaceSignInController {
    constructor(
      @Inject(WorkspaceSessions) private readonly sessions: WorkspaceSessions,
      @Inject(pagesType) private readonly pages: WorkspacePages,
      @Inject(SessionsService) private readonly accounts: SessionsService,
      @Inject(UsersService) private readonly users: UsersService,
    ) {}

    @Get()
    @Public()
    home(@Res() reply: FastifyReply): void {
      seeOther(reply, audience.home);
    }

    @Get('login')
    @Public()
    async form(
      @Query('next') next: unknown,
      @Query('done') done: unknown,
      @Req() request: FastifyRequest,
      @Res() reply: FastifyReply,
    ): Promise<void> {
      await this.pages.send(request, reply, 200, '@sign-in', { next: safeNext(audience, next), email: '', notice: NOTICES[String(done)] });
    }

    @Post('login')
    @Public()
    async signIn(@Body() body: SignInForm | undefined, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
      const email = formText(body?.email).slice(0, 254);
      const next = safeNext(audience, body?.next);
      const outcome = await this.sessions.signIn(audience, email, formText(body?.password), request, reply);
      if (!outcome.ok) return this.pages.send(request, reply, outcome.status, '@sign-in', { next, email, error: outcome.error });
      seeOther(reply, next);
    }

    @Post('logout')
    @Roles(audience.role)
    @AcceptsSessionCookie()
    async signOut(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
      await this.sessions.signOut(audience, request, reply);
      seeOther(reply, signInPath(audience));
    }

    @Get('account')
    @Roles(audience.role)
    @AcceptsSessionCookie()
    async account(
      @CurrentPrincipal() principal: Principal,
      @Query('done') done: unknown,
      @Req() request: FastifyRequest,
      @Res() reply: FastifyReply,
    ): Promise<void> {
      await this.sendAccount(principal, request, reply, 200, [], NOTICES[String(done)]);
    }

    @Post('account/password')
    @Roles(audience.role)
    @AcceptsSessionCookie()
    async changePassword(
      @CurrentPrincipal() principal: Principal,
      @Body() body: SignInForm | undefined,
      @Req() request: FastifyRequest,
      @Res() reply: FastifyReply,
    ): Promise<void> {
      const form = await readForm(ChangePasswordDto, body, { labels: { currentPassword: 'Current password', newPassword: 'New password' } });
      await submitForm(
        form,
        async (value) => this.sessions.renew(audience, request, reply, await this.accounts.changePassword(principal, value, request.ip)),
        {
          again: (status, errors) => this.sendAccount(principal, request, reply, status, errors.map(labelled)),
          done: () => seeOther(reply, `${accountPaths(audience).account}?done=password`),
        },
      );
    }

    @Post('account/sign-out-everywhere')
    @Roles(audience.role)
    @AcceptsSessionCookie()
    async signOutEverywhere(@CurrentPrincipal() principal: Principal, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
      await this.accounts.signOutEverywhere(principal);
      this.sessions.clear(audience, request, reply);
      seeOther(reply, `${signInPath(audience)}?done=everywhere`);
    }

    private async sendAccount(
      principal: Principal,
      request: FastifyRequest,
      reply: FastifyReply,
      status: number,
      errors: FieldError[],
      notice?: string,
    ) {
      const user = await this.users.getMember(principal, principal.userId!);
      await this.pages.send(request, reply, status, '@account', { user, errors, notice });
    }
  }
  Object.defineProperty(WorkspaceSignInController, 'name', { value: `${audience.role[0].toUpperCase()}${audience.role.slice(1)}SignInController` });
  return WorkspaceSignInController;
}
