import { Body, Controller, Get, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, Public, Roles } from '../auth/auth.decorators';
import { Role } from '../auth/role';
import { ResolutionService } from '../resolution/resolution.service';
import { safeNext, sendPage } from './console-access';
import { CONSOLE_PATHS, OPS_WORKSPACE } from './console-paths';
import { ConsolePageFilter } from './console-page.filter';
import { OpsConsoleRenderer } from './ops-console.renderer';
import { outcomeChart } from './outcome-chart';
import { ResolutionOutcomesService } from './resolution-outcomes.service';
import { PERIODS, RunsQuery } from './runs-query.dto';
import { WorkspaceSessions } from '../workspace/workspace-session';

type LoginForm = Record<string, string | string[] | undefined>;

const RECENT_RUNS = 20;

/** The ops console's HTML pages: sign-in, sign-out and the resolution runs report. */
@ApiExcludeController()
@Controller('ops')
@Roles(Role.Ops)
@AcceptsSessionCookie()
@UseFilters(ConsolePageFilter)
export class OpsConsoleController {
  constructor(
    private readonly sessions: WorkspaceSessions,
    private readonly outcomes: ResolutionOutcomesService,
    private readonly resolutions: ResolutionService,
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
  async login(@Body() body: LoginForm | undefined, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const form = body ?? {};
    const email = typeof form.email === 'string' ? form.email : '';
    const password = typeof form.password === 'string' ? form.password : '';
    const next = safeNext(form.next);
    const outcome = await this.sessions.signIn(OPS_WORKSPACE, email, password, request, reply);
    if (!outcome.ok) return sendPage(reply, outcome.status, this.render.page('login', { next, email, error: outcome.error }));
    reply.status(303).header('Location', next).send();
  }

  @Post('logout')
  @Public()
  logout(@Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    this.sessions.signOut(OPS_WORKSPACE, request, reply);
    reply.status(303).header('Location', CONSOLE_PATHS.login).send();
  }

  @Get('runs')
  async runs(@Query() query: RunsQuery, @Res() reply: FastifyReply): Promise<void> {
    const [outcomes, recent] = await Promise.all([
      this.outcomes.overDays(query.days),
      this.resolutions.list({ limit: RECENT_RUNS, offset: 0 }),
    ]);
    sendPage(reply, 200, this.render.page('runs', {
      days: query.days,
      periods: PERIODS,
      outcomes,
      chart: outcomeChart(outcomes.days),
      runs: recent.items,
    }));
  }
}
