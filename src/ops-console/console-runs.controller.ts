import { BadRequestException, Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { isUUID } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { CloseWindowsDto } from '../board/window-closures.dto';
import { WindowClosuresService } from '../board/window-closures.service';
import { OnboardingService } from '../onboarding/onboarding.service';
import { RunState } from '../resolution/run-state';
import { ResolutionService } from '../resolution/resolution.service';
import { FormTokenGuard } from '../workspace/workspace-csrf';
import { FieldError, formText, readForm } from '../workspace/workspace-form';
import { CONSOLE_PATHS } from './console-paths';
import { OpsConsolePageFilter, OpsConsolePages } from './ops-console-pages';
import { outcomeChart } from './outcome-chart';
import { ResolutionOutcomesService } from './resolution-outcomes.service';
import { PERIODS, RunsQuery } from './runs-query.dto';

type Form = Record<string, unknown>;

const RECENT_RUNS = 20;
// The close-windows form's value for "every store" (the API's manufacturerId left out); empty means none chosen yet.
const EVERY_STORE = 'every';
// A run page still in progress reloads itself this often (no script needed).
const REFRESH_SECONDS = 2;

interface RunsPageState {
  closedId?: string;
  windowForm?: Record<string, string>;
  errors?: FieldError[];
}

/** Resolution runs: the report, Resolve now (real or dry, all or one manufacturer) with live progress, and closing bidding windows. */
@ApiExcludeController()
@Controller('ops')
@Roles(Role.Ops)
@AcceptsSessionCookie()
@UseFilters(OpsConsolePageFilter)
@UseGuards(FormTokenGuard)
export class ConsoleRunsController {
  constructor(
    private readonly outcomes: ResolutionOutcomesService,
    private readonly resolutions: ResolutionService,
    private readonly closures: WindowClosuresService,
    private readonly onboarding: OnboardingService,
    private readonly pages: OpsConsolePages,
  ) {}

  @Get('runs')
  async runs(
    @CurrentPrincipal() principal: Principal,
    @Query() query: RunsQuery,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.runsPage(principal, request, reply, 200, query.days, { closedId: query.closed });
  }

  @Post('runs')
  async start(@CurrentPrincipal() principal: Principal, @Body() body: Form, @Res() reply: FastifyReply): Promise<void> {
    const manufacturerId = typeof body?.manufacturerId === 'string' && body.manufacturerId ? body.manufacturerId : undefined;
    if (manufacturerId !== undefined && !isUUID(manufacturerId)) throw new BadRequestException('Choose a manufacturer from the list');
    const run = await this.resolutions.startByOps(principal, body?.mode !== 'real', manufacturerId);
    reply.status(303).header('Location', `${CONSOLE_PATHS.runs}/${run.id}`).send();
  }

  @Get('runs/:id')
  async run(@Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const run = await this.resolutions.get(id);
    const live = run.state === RunState.Queued || run.state === RunState.Running;
    await this.pages.send(request, reply, 200, 'run', { current: 'runs', run, refreshSeconds: live ? REFRESH_SECONDS : null });
  }

  /**
   * Closing windows names its store: none is chosen at first, and "every store" (the API's default) must be confirmed
   * with a tick, since it ends bidding on every open order at once.
   */
  @Post('windows')
  async closeWindows(
    @CurrentPrincipal() principal: Principal,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { manufacturerId, confirmEvery, ...rest } = body ?? {};
    const store = formText(manufacturerId);
    const form = await readForm(
      CloseWindowsDto,
      { ...rest, ...(store && store !== EVERY_STORE ? { manufacturerId: store } : {}) },
      { labels: { reason: 'Reason' } },
    );
    const errors = form.ok ? [] : [...form.errors];
    if (!store) errors.unshift({ field: 'manufacturerId', message: 'Choose a store, or Every store' });
    else if (store === EVERY_STORE && confirmEvery !== 'yes') {
      errors.unshift({ field: 'confirmEvery', message: "Tick the box to confirm closing the bidding windows of every store's open orders" });
    }
    if (!form.ok || errors.length) {
      return this.runsPage(principal, request, reply, 400, new RunsQuery().days, { windowForm: { ...form.values, manufacturerId: store }, errors });
    }
    const closure = await this.closures.close(principal, form.value);
    reply.status(303).header('Location', `${CONSOLE_PATHS.runs}?closed=${closure.id}#windows`).send();
  }

  private async runsPage(
    principal: Principal,
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    days: number,
    state: RunsPageState,
  ): Promise<void> {
    const [outcomes, recent, closures, organisations] = await Promise.all([
      this.outcomes.overDays(days),
      this.resolutions.list({ limit: RECENT_RUNS, offset: 0 }),
      this.closures.recent(principal),
      this.onboarding.organisations(principal),
    ]);
    await this.pages.send(request, reply, status, 'runs', {
      current: 'runs',
      days,
      periods: PERIODS,
      outcomes,
      chart: outcomeChart(outcomes.days),
      runs: recent.items,
      closures,
      closed: closures.find((c) => c.id === state.closedId),
      manufacturers: organisations.filter((o) => o.kind === 'manufacturer'),
      windowForm: state.windowForm ?? {},
      everyStore: EVERY_STORE,
      errors: state.errors ?? [],
    });
  }
}
