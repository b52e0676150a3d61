import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { CloseWindowsDto } from '../board/window-closures.dto';
import { WindowClosuresService } from '../board/window-closures.service';
import { FormBody, formText, readForm } from '../common/form-input';
import { OnboardingService } from '../onboarding/onboarding.service';
import { StartResolutionDto } from '../resolution/resolution.dto';
import { RunState } from '../resolution/resolution-run.entity';
import { ResolutionService } from '../resolution/resolution.service';
import { sendPage } from './console-access';
import { CONSOLE_PATHS } from './console-paths';
import { ConsolePageFilter } from './console-page.filter';
import { OpsConsoleRenderer } from './ops-console.renderer';
import { outcomeChart } from './outcome-chart';
import { ResolutionOutcomesService } from './resolution-outcomes.service';
import { PERIODS, RunsQuery } from './runs-query.dto';

const RECENT_RUNS = 20;
// A run page still in progress reloads itself this often (no script needed).
const REFRESH_SECONDS = 2;

interface RunsPageState {
  closedId?: string;
  windowForm?: { manufacturerId: string; reason: string };
  errors?: Record<string, string>;
}

/** Resolution runs: the report, Resolve now (real or dry, all or one manufacturer) with live progress, and closing bidding windows. */
@ApiExcludeController()
@Controller('ops')
@Roles(Role.Ops)
@AcceptsSessionCookie()
@UseFilters(ConsolePageFilter)
export class ConsoleRunsController {
  constructor(
    private readonly outcomes: ResolutionOutcomesService,
    private readonly resolutions: ResolutionService,
    private readonly closures: WindowClosuresService,
    private readonly onboarding: OnboardingService,
    private readonly render: OpsConsoleRenderer,
  ) {}

  @Get('runs')
  async runs(@CurrentPrincipal() principal: Principal, @Query() query: RunsQuery, @Res() reply: FastifyReply): Promise<void> {
    sendPage(reply, 200, await this.runsPage(principal, query.days, { closedId: query.closed }));
  }

  @Post('runs')
  async start(@CurrentPrincipal() principal: Principal, @Body() body: FormBody | undefined, @Res() reply: FastifyReply): Promise<void> {
    const manufacturerId = formText(body, 'manufacturerId') || undefined;
    const { value } = readForm(StartResolutionDto, { dryRun: formText(body, 'mode') !== 'real', manufacturerId });
    if (!value) return sendPage(reply, 400, this.render.page('problem', { heading: 'Choose a manufacturer from the list', message: 'That manufacturer is not known.' }));
    const run = await this.resolutions.startByOps(principal, value.dryRun, value.manufacturerId);
    reply.status(303).header('Location', `${CONSOLE_PATHS.runs}/${run.id}`).send();
  }

  @Get('runs/:id')
  async run(@Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const run = await this.resolutions.get(id);
    const live = run.state === RunState.Queued || run.state === RunState.Running;
    sendPage(reply, 200, this.render.page('run', { run, refreshSeconds: live ? REFRESH_SECONDS : null }));
  }

  @Post('windows')
  async closeWindows(@CurrentPrincipal() principal: Principal, @Body() body: FormBody | undefined, @Res() reply: FastifyReply): Promise<void> {
    const windowForm = { manufacturerId: formText(body, 'manufacturerId'), reason: formText(body, 'reason') };
    const { value, errors } = readForm(CloseWindowsDto, { manufacturerId: windowForm.manufacturerId || undefined, reason: windowForm.reason });
    if (!value) return sendPage(reply, 400, await this.runsPage(principal, new RunsQuery().days, { windowForm, errors }));
    const closure = await this.closures.close(principal, value);
    reply.status(303).header('Location', `${CONSOLE_PATHS.runs}?closed=${closure.id}#windows`).send();
  }

  private async runsPage(principal: Principal, days: number, state: RunsPageState): Promise<string> {
    const [outcomes, recent, closures, organisations] = await Promise.all([
      this.outcomes.overDays(days),
      this.resolutions.list({ limit: RECENT_RUNS, offset: 0 }),
      this.closures.recent(principal),
      this.onboarding.organisations(principal),
    ]);
    return this.render.page('runs', {
      days,
      periods: PERIODS,
      outcomes,
      chart: outcomeChart(outcomes.days),
      runs: recent.items,
      closures,
      closed: closures.find((c) => c.id === state.closedId),
      manufacturers: organisations.filter((o) => o.kind === 'manufacturer'),
      windowForm: state.windowForm ?? { manufacturerId: '', reason: '' },
      errors: state.errors ?? {},
    });
  }
}
