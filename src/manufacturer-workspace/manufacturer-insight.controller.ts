import { Body, Controller, Get, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { currencyExponent, majorToMinor } from '../common/money';
import { InsightQuery, ShippingRatesDto } from '../insight/insight.dto';
import { InsightService } from '../insight/insight.service';
import { StoresService } from '../stores/stores.service';
import { dealerOrderOf, defaultInsightPeriod, insightPageModel } from '../workspace/insight-page';
import { FormTokenGuard } from '../workspace/workspace-csrf';
import { FieldError, formErrorOf, formText, readForm, seeOther } from '../workspace/workspace-form';
import { readerFormat } from '../workspace/workspace-format';
import { pageOffsetOf } from '../workspace/workspace-pager';
import { MANUFACTURER_PATHS, ManufacturerPageFilter, ManufacturerPages } from './manufacturer-pages';

type Form = Record<string, unknown>;

const PERIOD_LABELS = { from: 'From', to: 'To (not included)', granularity: 'Show by', sort: 'Sort dealers by', order: 'Order' };
const RATE_LABELS = { baseMinor: 'Base charge per shipment', perUnitMinor: 'Charge per distance unit', unit: 'Distance unit' };
// The form's own field names for the DTO's, so a message links to the field the person typed in.
const RATE_FIELDS: Record<string, string> = { baseMinor: 'base', perUnitMinor: 'perUnit', unit: 'unit' };

/** Insight: who fulfilled the store's orders and how far from the customer, with the rate table for the cost estimate. */
@ApiExcludeController()
@Controller('manufacturer/fulfilment-insight')
@Roles(Role.Manufacturer)
@AcceptsSessionCookie()
@UseFilters(ManufacturerPageFilter)
@UseGuards(FormTokenGuard)
export class ManufacturerInsightController {
  constructor(
    private readonly insight: InsightService,
    private readonly stores: StoresService,
    private readonly pages: ManufacturerPages,
  ) {}

  @Get()
  show(
    @CurrentPrincipal() principal: Principal,
    @Query() query: Form,
    @Query('done') done: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { done: _done, ...rest } = query;
    return this.page(principal, rest, request, reply, done === 'rates' ? 'Rate table saved: the estimate below uses it.' : undefined);
  }

  @Get('csv')
  async csv(@CurrentPrincipal() principal: Principal, @Query() query: Form, @Res() reply: FastifyReply): Promise<void> {
    const form = await readForm(InsightQuery, query, { labels: PERIOD_LABELS });
    if (!form.ok) return seeOther(reply, `${MANUFACTURER_PATHS.insight}?${new URLSearchParams(form.values)}`);
    const body = await this.insight.dealersCsv(await this.insight.forManufacturer(principal, form.value));
    reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="dealers-${form.value.from}-to-${form.value.to}.csv"`)
      .send(body);
  }

  /** The rate table, typed in the store's currency as an amount ("4.50"); a bad field is shown beside it (400). */
  @Post('shipping-rates')
  async setRates(
    @CurrentPrincipal() principal: Principal,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { currency } = await this.stores.settingsOf(principal);
    const values = { base: formText(body?.base), perUnit: formText(body?.perUnit), unit: formText(body?.unit) };
    // Amounts are typed as the customer sees prices ("4.50"); the DTO takes minor units.
    const amountErrors: FieldError[] = [];
    const minorOf = (field: 'base' | 'perUnit', label: string) => {
      const text = values[field].trim();
      const minor = text === '' ? null : majorToMinor(text, currency);
      if (text !== '' && minor === null) amountErrors.push({ field, message: `${label} must be an amount in ${currency} such as 4.50` });
      return minor === null ? '' : String(minor);
    };
    const dto = { baseMinor: minorOf('base', RATE_LABELS.baseMinor), perUnitMinor: minorOf('perUnit', RATE_LABELS.perUnitMinor), unit: values.unit };
    const form = await readForm(ShippingRatesDto, dto, { labels: RATE_LABELS, numbers: ['baseMinor', 'perUnitMinor'] });
    const errors: FieldError[] = [
      ...amountErrors,
      ...(form.ok
        ? []
        : form.errors.map((e) => ({ ...e, field: RATE_FIELDS[e.field] ?? e.field })).filter((e) => !amountErrors.some((a) => a.field === e.field))),
    ];
    if (form.ok && !errors.length) {
      try {
        await this.insight.setRates(principal, form.value);
        return seeOther(reply, `${MANUFACTURER_PATHS.insight}?done=rates#rates`);
      } catch (error) {
        errors.push(formErrorOf(error));
      }
    }
    return this.page(principal, {}, request, reply, undefined, { errors, values });
  }

  private async page(
    principal: Principal,
    query: Form,
    request: FastifyRequest,
    reply: FastifyReply,
    notice?: string,
    rateForm?: { errors: FieldError[]; values: Record<string, string> },
  ): Promise<void> {
    // The dealer table's page is the page's own, not the report's: the CSV and the API hold every dealer.
    const { offset, ...period } = query;
    const form = await readForm(InsightQuery, { ...defaultInsightPeriod(), ...period }, { labels: PERIOD_LABELS });
    const errors: FieldError[] = form.ok ? [] : form.errors;
    const [report, rates, reader, store] = await Promise.all([
      form.ok ? this.insight.forManufacturer(principal, form.value).catch((error: unknown) => void errors.push(formErrorOf(error))) : undefined,
      this.insight.rates(principal),
      this.pages.readerFor(principal),
      this.stores.settingsOf(principal),
    ]);
    const format = readerFormat(reader);
    const { sort, order } = dealerOrderOf(form.ok ? form.value : {});
    const unit = rates?.unit ?? format.distanceUnit;
    const major = (minor: number) => (minor / 10 ** currencyExponent(store.currency)).toFixed(currencyExponent(store.currency));
    await this.pages.send(request, reply, errors.length || rateForm?.errors.length ? 400 : 200, 'insight', {
      reader,
      current: 'insight',
      notice,
      values: form.values,
      errors: [...errors, ...(rateForm?.errors ?? [])],
      periodErrors: errors,
      currency: store.currency,
      rateErrors: rateForm?.errors ?? [],
      rateValues:
        rateForm?.values ?? (rates ? { base: major(rates.baseMinor), perUnit: major(rates.perUnitMinor), unit } : { base: '', perUnit: '', unit }),
      noRateHint: 'Set your rate table below to see an estimate.',
      ...(report
        ? insightPageModel(report, format, {
            path: MANUFACTURER_PATHS.insight,
            csvPath: MANUFACTURER_PATHS.insightCsv,
            query: {},
            sort,
            order,
            offset: pageOffsetOf(offset),
          })
        : {}),
    });
  }
}
