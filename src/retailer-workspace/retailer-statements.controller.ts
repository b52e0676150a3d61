import { Controller, Get, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { StatementQuery } from '../settlement/settlement.dto';
import { SettlementService } from '../settlement/settlement.service';
import { FormTokenGuard } from '../workspace/workspace-csrf';
import { readForm, seeOther } from '../workspace/workspace-form';
import { RETAILER_PATHS, RetailerPageFilter, RetailerPages } from './retailer-pages';

type Form = Record<string, unknown>;

const day = (at: Date) => at.toISOString().slice(0, 10);

/** Calendar months in UTC, as the statement API counts its periods: this one and the one before. */
function monthPeriods(now = new Date()) {
  const start = (offset: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  const label = (at: Date) => at.toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return [
    { label: label(start(0)), from: day(start(0)), to: day(start(1)) },
    { label: label(start(-1)), from: day(start(-1)), to: day(start(0)) },
  ];
}

/** Statements by period with totals per currency, and the same statement as CSV. */
@ApiExcludeController()
@Controller('retailer/statement')
@Roles(Role.Retailer)
@AcceptsSessionCookie()
@UseFilters(RetailerPageFilter)
@UseGuards(FormTokenGuard)
export class RetailerStatementsController {
  constructor(
    private readonly settlement: SettlementService,
    private readonly pages: RetailerPages,
  ) {}

  @Get()
  async show(@CurrentPrincipal() principal: Principal, @Query() query: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const periods = monthPeriods();
    const form = await readForm(StatementQuery, { from: periods[0].from, to: periods[0].to, ...query });
    const [reader, statement] = await Promise.all([
      this.pages.readerFor(principal),
      form.ok ? this.settlement.statement(principal, form.value) : undefined,
    ]);
    this.pages.send(request, reply, form.ok ? 200 : 400, 'statement', {
      reader,
      current: 'statements',
      periods,
      values: form.values,
      errors: form.ok ? [] : form.errors,
      statement,
      csv: form.ok ? `${RETAILER_PATHS.statementCsv}?${new URLSearchParams({ from: form.value.from, to: form.value.to })}` : undefined,
    });
  }

  @Get('csv')
  async csv(@CurrentPrincipal() principal: Principal, @Query() query: Form, @Res() reply: FastifyReply): Promise<void> {
    const form = await readForm(StatementQuery, query);
    if (!form.ok) return seeOther(reply, RETAILER_PATHS.statements);
    const body = await this.settlement.statementCsv(principal, form.value);
    reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="statement-${form.value.from}-to-${form.value.to}.csv"`)
      .send(body);
  }
}
