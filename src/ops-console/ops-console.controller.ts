import { Body, Controller, Get, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, Public, Roles, SESSION_COOKIE } from '../auth/auth.decorators';
import { AuthService } from '../auth/auth.service';
import { LoginThrottlerGuard } from '../auth/login-throttler.guard';
import { Role } from '../auth/role';
import { AppConfig } from '../config/app-config';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { safeNext, sendPage } from './console-access';
import { CONSOLE_PATHS } from './console-paths';
import { ConsolePageFilter } from './console-page.filter';
import { OpsConsoleRenderer } from './ops-console.renderer';

type LoginForm = Record<string, string | string[] | undefined>;

/** The ops console's sign-in and sign-out; each area's pages have their own controller. */
@ApiExcludeController()
@Controller('ops')
@Roles(Role.Ops)
@AcceptsSessionCookie()
@UseFilters(ConsolePageFilter)
export class OpsConsoleController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
    private readonly render: OpsConsoleRenderer,
  ) {}

  @Get()
  @Public()
  home(@Res() reply: FastifyReply): void {
    reply.status(303).header('Location', CONSOLE_PATHS.runs).send();
  }

  @Get('login')
  @Public()
  loginForm(@Query('next') next: unknown, @Res() reply: FastifyReply): void {
    sendPage(reply, 200, this.render.page('login', { next: safeNext(next), email: '' }));
  }

  @Post('login')
  @Public()
  @UseGuards(LoginThrottlerGuard)
  async login(@Body() body: LoginForm | undefined, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const form = body ?? {};
    const email = typeof form.email === 'string' ? form.email : '';
    const password = typeof form.password === 'string' ? form.password : '';
    const next = safeNext(form.next);
    const again = (status: number, error: string) => sendPage(reply, status, this.render.page('login', { next, email, error }));
    if (!email || !password) return again(400, 'Enter your e-mail and password.');

    let session: Awaited<ReturnType<AuthService['login']>>;
    try {
      session = await this.auth.login(email, password);
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.Unauthenticated) return again(401, `${error.message}.`);
      throw error;
    }
    if (session.user.role !== Role.Ops) {
      return again(403, `This console is for Nearfill ops accounts; ${email} is a ${session.user.role} account. Use the API instead.`);
    }
    reply
      .setCookie(SESSION_COOKIE, session.accessToken, {
        path: CONSOLE_PATHS.home,
        httpOnly: true,
        sameSite: 'strict',
        secure: this.config.NODE_ENV === 'production' || request.protocol === 'https',
        maxAge: session.expiresIn,
      })
      .status(303)
      .header('Location', next)
      .send();
  }

  @Post('logout')
  @Public()
  logout(@Res() reply: FastifyReply): void {
    reply.clearCookie(SESSION_COOKIE, { path: CONSOLE_PATHS.home }).status(303).header('Location', CONSOLE_PATHS.login).send();
  }
}
