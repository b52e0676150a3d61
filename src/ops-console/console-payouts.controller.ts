import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { PayoutsService } from '../payouts/payouts.service';
import { ReconciliationService } from '../payouts/reconciliation.service';
import { StatementQuery } from '../settlement/settlement.dto';
import { FormTokenGuard } from '../workspace/workspace-csrf';
import { FieldError, formErrorOf, readForm, seeOther } from '../workspace/workspace-form';
import { monthPeriods } from '../workspace/workspace-statement';
import { CONSOLE_PATHS } from './console-paths';
import { OpsConsolePageFilter, OpsConsolePages } from './ops-console-pages';
import { payoutRunCountsInWords } from './payout-run-words';

type Form = Record<string, unknown>;

const NOTICES: Record<string, string> = {
  started: 'Payout run started: it pays everything dated up to now. Refresh to follow it.',
  retried: 'Payout sent again with its idempotency key: it is transferred once, however often it is retried.',
};

/** Payouts for ops: runs, holds and failures (with retry), Pay out now, and reconciliation per currency. */
@ApiExcludeController()
@Controller('ops')
@Roles(Role.Ops)
@AcceptsSessionCookie()
@UseFilters(OpsConsolePageFilter)
@UseGuards(FormTokenGuard)
export class ConsolePayoutsController {
  constructor(
    private readonly payouts: PayoutsService,
    private readonly reconciliation: ReconciliationService,
    private readonly pages: OpsConsolePages,
  ) {}

  @Get('payouts-overview')
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query('done') done: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const [runs, failed, held, pending] = await Promise.all([
      this.payouts.runs(principal),
      this.payouts.list(principal, { status: 'failed' }),
      this.payouts.list(principal, { status: 'held' }),
      this.payouts.list(principal, { status: 'pending' }),
    ]);
    await this.pages.send(request, reply, 200, 'payouts', {
      current: 'payouts',
      notice: NOTICES[String(done)],
      runs: runs.slice(0, 20).map((run) => ({ ...run, countsInWords: payoutRunCountsInWords(run.counts) })),
      failed,
      held,
      pending,
    });
  }

  @Post('payouts-overview/run')
  async runNow(@CurrentPrincipal() principal: Principal, @Res() reply: FastifyReply): Promise<void> {
    await this.payouts.runNow(principal);
    seeOther(reply, `${CONSOLE_PATHS.payouts}?done=started`);
  }

  @Post('payouts-overview/:id/retry')
  async retry(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    await this.payouts.retry(principal, id);
    seeOther(reply, `${CONSOLE_PATHS.payouts}?done=retried`);
  }

  @Get('reconcile')
  async reconcile(
    @CurrentPrincipal() principal: Principal,
    @Query() query: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const periods = monthPeriods();
    const form = await readForm(StatementQuery, { from: periods[0].from, to: periods[0].to, ...query });
    const errors: FieldError[] = form.ok ? [] : form.errors;
    const result = form.ok
      ? await this.reconciliation.reconcile(principal, form.value).catch((error: unknown) => void errors.push(formErrorOf(error)))
      : undefined;
    await this.pages.send(request, reply, errors.length ? 400 : 200, 'reconciliation', {
      current: 'reconciliation',
      periods,
      values: form.values,
      errors,
      result,
    });
  }
}
