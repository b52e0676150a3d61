import { Controller, ExceptionFilter, Get, Inject, Query, Req, Res, Type, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal } from '../auth/role';
import { dateTimeFormat } from '../common/intl-formats';
import { startOfLocalDay } from '../common/locale-format';
import { StatementQuery } from '../settlement/settlement.dto';
import { PayoutsService } from '../payouts/payouts.service';
import { SettlementService } from '../settlement/settlement.service';
import { WorkspaceAudience } from './workspace-audience';
import { FormTokenGuard } from './workspace-csrf';
import { FieldError, formErrorOf, readForm, seeOther } from './workspace-form';
import { WorkspacePages } from './workspace-pages';

type Form = Record<string, unknown>;

const day = (at: Date) => at.toISOString().slice(0, 10);

/** Calendar months in UTC, as the statement API counts its periods: this one and the one before. */
export function monthPeriods(now = new Date()) {
  const start = (offset: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  const label = (at: Date) => dateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(at);
  return [
    { label: label(start(0)), from: day(start(0)), to: day(start(1)) },
    { label: label(start(-1)), from: day(start(-1)), to: day(start(0)) },
  ];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A period typed as days, as instants cut at the reader's own midnight (its IANA `timeZone`): an order shipped at
 * 23:30 local on the last day is in the period, whatever the hour in UTC. An instant typed as such is kept.
 */
export function localPeriod(period: StatementQuery, timeZone: string): StatementQuery {
  const cut = (value: string) => (DAY.test(value) ? startOfLocalDay(value, timeZone).toISOString() : value);
  return { from: cut(period.from), to: cut(period.to) };
}

/** A workspace's statement addresses: the page and its CSV. */
export interface StatementPaths {
  statements: string;
  statementCsv: string;
  /** The workspace's payout settings, where recent payouts and holds are. */
  payouts: string;
}

/**
 * The statement pages of one workspace, as a controller class for its module (the same pages for retailers and
 * manufacturers; the settlement service gives each party its own statement):
 * - the page (shared "@statement" view): a period, this month by default, read with the API's StatementQuery, the
 *   totals per currency (days cut at the reader's own midnight, see `localPeriod`), the lines with the payout that paid each, and the payouts decided in the period; a bad period is shown again with its problem (400);
 * - its CSV download, the API's columns, the same local days; a bad period goes back to the page, which says why.
 */
export function workspaceStatementController(
  audience: WorkspaceAudience,
  pagesType: Type<WorkspacePages>,
  filterType: Type<ExceptionFilter>,
  paths: StatementPaths,
): Type<unknown> {
  @ApiExcludeController()
  @Controller(paths.statements.slice(1))
  @Roles(audience.role)
  @AcceptsSessionCookie()
  @UseFilters(filterType)
  @UseGuards(FormTokenGuard)
  class WorkspaceStatementController {
    constructor(
      @Inject(SettlementService) private readonly settlement: SettlementService,
      @Inject(PayoutsService) private readonly payouts: PayoutsService,
      @Inject(pagesType) private readonly pages: WorkspacePages,
    ) {}

    @Get()
    async show(
      @CurrentPrincipal() principal: Principal,
      @Query() query: Form,
      @Req() request: FastifyRequest,
      @Res() reply: FastifyReply,
    ): Promise<void> {
      const periods = monthPeriods();
      const form = await readForm(StatementQuery, { from: periods[0].from, to: periods[0].to, ...query });
      const errors: FieldError[] = form.ok ? [] : form.errors;
      const reader = await this.pages.readerFor(principal);
      const period = form.ok ? localPeriod(form.value, reader.timeZone) : undefined;
      // The service's own refusal (an end before the start) is the period's problem too, shown beside the form.
      const statement = period
        ? await this.settlement.statement(principal, period).catch((error: unknown) => void errors.push(formErrorOf(error)))
        : undefined;
      const payouts = statement && period ? await this.payouts.forFulfiller(principal, period) : [];
      await this.pages.send(request, reply, errors.length ? 400 : 200, '@statement', {
        reader,
        current: 'statements',
        periods,
        values: form.values,
        errors,
        statement,
        payouts,
        payoutsPath: paths.payouts,
        csv: statement && form.ok ? `${paths.statementCsv}?${new URLSearchParams({ from: form.value.from, to: form.value.to })}` : undefined,
      });
    }

    @Get('csv')
    async csv(@CurrentPrincipal() principal: Principal, @Query() query: Form, @Res() reply: FastifyReply): Promise<void> {
      const form = await readForm(StatementQuery, query);
      if (!form.ok) return seeOther(reply, `${paths.statements}?${new URLSearchParams(form.values)}`);
      const body = await this.settlement.statementCsv(principal, localPeriod(form.value, (await this.pages.readerFor(principal)).timeZone));
      reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="statement-${form.value.from}-to-${form.value.to}.csv"`)
        .send(body);
    }
  }
  return WorkspaceStatementController;
}
