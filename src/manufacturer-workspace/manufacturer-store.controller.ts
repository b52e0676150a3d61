import { Body, Controller, Get, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { CURRENCY_CODES } from '../common/money';
import { UpdateStoreDto } from '../stores/store.dto';
import { StoresService } from '../stores/stores.service';
import { FormTokenGuard } from '../workspace/workspace-csrf';
import { FieldError, readForm } from '../workspace/workspace-form';
import { MANUFACTURER_PATHS, ManufacturerPageFilter, ManufacturerPages } from './manufacturer-pages';
import { slugChanges, StoreFormValues, storeFormValues, storePreview } from './store-page';

type Form = Record<string, unknown>;
// The form's labels, so its messages name what the manufacturer sees ("Store name must be…").
const STORE_LABELS = {
  name: 'Store name',
  slug: 'Address (slug)',
  logoUrl: 'Logo URL',
  primaryColor: 'Main colour',
  accentColor: 'Accent colour',
  supportEmail: 'Support e-mail',
  minBoardHours: 'Minimum time on the bid board',
  shipByDays: 'Ship-by',
  'warehouse.line1': 'Street address',
  'warehouse.city': 'City',
  'warehouse.region': 'State / region',
  'warehouse.postalCode': 'Postal code',
  'warehouse.country': 'Country',
};
const WAREHOUSE_FIELDS = ['line1', 'city', 'region', 'postalCode', 'country'].map((f) => `warehouse.${f}`);

/** The store's branding and policies, with a preview of the storefront; works without JavaScript (Preview button). */
@ApiExcludeController()
@Controller('manufacturer/branding')
@Roles(Role.Manufacturer)
@AcceptsSessionCookie()
@UseFilters(ManufacturerPageFilter)
@UseGuards(FormTokenGuard)
export class ManufacturerStoreController {
  constructor(
    private readonly stores: StoresService,
    private readonly pages: ManufacturerPages,
  ) {}

  @Get()
  async show(@CurrentPrincipal() principal: Principal, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const saved = await this.stores.settingsOf(principal);
    const done = (request.query as Form).done === 'saved' ? 'Saved. Your store shows the changes now.' : undefined;
    this.render(request, reply, 200, saved, storeFormValues(saved), [], { notice: done });
  }

  @Post()
  async save(@CurrentPrincipal() principal: Principal, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const saved = await this.stores.settingsOf(principal);
    const { action, confirmSlug, ...fields } = body ?? {};
    // A warehouse left entirely blank is left as it is; a partly filled one is checked as a whole.
    const noWarehouse = WAREHOUSE_FIELDS.every((f) => { const value = fields[f]; return typeof value !== 'string' || !value.trim(); });
    if (noWarehouse) for (const f of WAREHOUSE_FIELDS) delete fields[f];
    const form = await readForm(UpdateStoreDto, fields, { numbers: ['minBoardHours', 'shipByDays'], booleans: ['platformCredit'], labels: STORE_LABELS, required: ['name', 'slug'] });
    const values = { ...storeFormValues(saved), ...form.values };
    if (!form.ok) return this.render(request, reply, 400, saved, values, form.errors);
    if (action === 'preview') return this.render(request, reply, 200, saved, values, [], { previewing: true });
    if (slugChanges(values, saved) && confirmSlug !== 'yes') {
      return this.render(request, reply, 409, saved, values, [
        { field: 'confirmSlug', message: `Tick the box to confirm the new address: links to /s/${saved.slug} will stop working` },
      ]);
    }
    await this.stores.update(principal, form.value);
    reply.status(303).header('Location', `${MANUFACTURER_PATHS.store}?done=saved`).send();
  }

  private render(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    saved: Awaited<ReturnType<StoresService['settingsOf']>>,
    values: StoreFormValues,
    errors: FieldError[],
    extra: { notice?: string; previewing?: boolean } = {},
  ): void {
    this.pages.send(request, reply, status, 'store', {
      current: 'store',
      saved,
      values,
      errors,
      preview: storePreview(values, saved),
      slugChanging: slugChanges(values, saved),
      currencies: CURRENCY_CODES,
      ...extra,
    });
  }
}
