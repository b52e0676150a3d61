import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { OpsInsightQuery } from '../insight/insight.dto';
import { InsightService } from '../insight/insight.service';
import { dealerOrderOf, defaultInsightPeriod, insightPageModel } from '../workspace/insight-page';
import { FieldError, formErrorOf, readForm, seeOther } from '../workspace/workspace-form';
import { readerFormat } from '../workspace/workspace-format';
import { pageOffsetOf } from '../workspace/workspace-pager';
import { CONSOLE_PATHS } from './console-paths';
import { OpsConsolePageFilter, OpsConsolePages } from './ops-console-pages';

type Form = Record<string, unknown>;

const LABELS = { from: 'From', to: 'To (not included)', granularity: 'Show by', storeId: 'Store', sort: 'Sort dealers by', order: 'Order' };

/** Insight across the marketplace: every store or one, the same figures as the manufacturer sees for its own. */
@ApiExcludeController()
@Controller('ops/fulfilment-insight')
@Roles(Role.Ops)
@AcceptsSessionCookie()
@UseFilters(OpsConsolePageFilter)
export class ConsoleInsightController {
  constructor(
    private readonly insight: InsightService,
    private readonly pages: OpsConsolePages,
  ) {}

  @Get()
  async show(
    @CurrentPrincipal() principal: Principal,
    @Query() query: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // An empty store choice is "every store". The dealer table's page is the page's own (the CSV holds every dealer).
    const { storeId, offset, ...rest } = query;
    const form = await readForm(OpsInsightQuery, { ...defaultInsightPeriod(), ...rest, ...(storeId ? { storeId } : {}) }, { labels: LABELS });
    const errors: FieldError[] = form.ok ? [] : form.errors;
    const [report, stores, reader] = await Promise.all([
      form.ok ? this.insight.forOps(principal, form.value).catch((error: unknown) => void errors.push(formErrorOf(error))) : undefined,
      this.insight.storeChoices(principal),
      this.pages.readerFor(principal),
    ]);
    const { sort, order } = dealerOrderOf(form.ok ? form.value : {});
    const scope: Record<string, string> = form.ok && form.value.storeId ? { storeId: form.value.storeId } : {};
    await this.pages.send(request, reply, errors.length ? 400 : 200, 'insight', {
      reader,
      current: 'insight',
      values: form.values,
      errors,
      stores,
      noRateHint: 'No rate table set for this currency.',
      ...(report
        ? insightPageModel(report, readerFormat(reader), {
            path: CONSOLE_PATHS.insight,
            csvPath: CONSOLE_PATHS.insightCsv,
            query: scope,
            sort,
            order,
            offset: pageOffsetOf(offset),
          })
        : {}),
    });
  }

  @Get('csv')
  async csv(@CurrentPrincipal() principal: Principal, @Query() query: Form, @Res() reply: FastifyReply): Promise<void> {
    const form = await readForm(OpsInsightQuery, query, { labels: LABELS });
    if (!form.ok) return seeOther(reply, `${CONSOLE_PATHS.insight}?${new URLSearchParams(form.values)}`);
    const body = await this.insight.dealersCsv(await this.insight.forOps(principal, form.value));
    reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="dealers-${form.value.from}-to-${form.value.to}.csv"`)
      .send(body);
  }
}
