import { Body, Controller, Get, Inject, Post, Query, Req, Res, Type, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, Public, Roles } from '../auth/auth.decorators';
import { safeNext, signInPath, WorkspaceAudience } from './workspace-audience';
import { FormTokenGuard } from './workspace-csrf';
import { seeOther } from './workspace-form';
import { WorkspacePages } from './workspace-pages';
import { WorkspaceSessions } from './workspace-session';

type SignInForm = Record<string, string | string[] | undefined>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The sign-in, sign-out and home addresses of one workspace, as a controller class for its module:
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
    ) {}

    @Get()
    @Public()
    home(@Res() reply: FastifyReply): void {
      seeOther(reply, audience.home);
    }

    @Get('login')
    @Public()
    form(@Query('next') next: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
      this.pages.send(request, reply, 200, '@sign-in', { next: safeNext(audience, next), email: '' });
    }

    @Post('login')
    @Public()
    async signIn(@Body() body: SignInForm | undefined, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
      const email = text(body?.email).slice(0, 254);
      const next = safeNext(audience, body?.next);
      const outcome = await this.sessions.signIn(audience, email, text(body?.password), request, reply);
      if (!outcome.ok) return this.pages.send(request, reply, outcome.status, '@sign-in', { next, email, error: outcome.error });
      seeOther(reply, next);
    }

    @Post('logout')
    @Roles(audience.role)
    @AcceptsSessionCookie()
    signOut(@Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
      this.sessions.signOut(audience, request, reply);
      reply.status(303).header('Location', signInPath(audience)).send();
    }
  }
  Object.defineProperty(WorkspaceSignInController, 'name', { value: `${audience.role[0].toUpperCase()}${audience.role.slice(1)}SignInController` });
  return WorkspaceSignInController;
}
