import { Body, Controller, Get, Param, ParseEnumPipe, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles, SESSION_COOKIE } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { CURRENCY_CODES } from '../common/money';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { readImageUpload } from '../product-images/image-storage';
import { UpdateStoreDto } from '../stores/store.dto';
import { STORE_IMAGES, StoreImageKind, StoreImagesService } from '../stores/store-images.service';
import { PREVIEW_COOKIE, StoresService } from '../stores/stores.service';
import { FormTokenGuard } from '../workspace/workspace-csrf';
import { FieldError, formErrorOf, readForm, seeOther } from '../workspace/workspace-form';
import { WorkspaceSessions } from '../workspace/workspace-session';
import { MANUFACTURER_PATHS, MANUFACTURER_WORKSPACE, ManufacturerPageFilter, ManufacturerPages } from './manufacturer-pages';
import { slugChanges, StoreFormValues, storeFormValues, storePreview } from './store-page';

type Form = Record<string, unknown>;
// The form's labels, so its messages name what the manufacturer sees ("Store name must be…").
const STORE_LABELS = {
  name: 'Store name',
  slug: 'Address (slug)',
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
const NOTICES: Record<string, string> = {
  saved: 'Saved. Your store shows the changes now.',
  logo: 'Logo uploaded. Your store shows it now.',
  hero: 'Hero image uploaded. Your catalogue shows it now.',
  'logo-removed': 'Logo removed. Your store shows its name alone.',
  'hero-removed': 'Hero image removed.',
  launched: 'Your store is live: anyone can shop at it now.',
};
const ImageKind = () => Param('kind', new ParseEnumPipe({ logo: 'logo', hero: 'hero' }));
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
    private readonly images: StoreImagesService,
    private readonly pages: ManufacturerPages,
    private readonly sessions: WorkspaceSessions,
  ) {}

  @Get()
  async show(@CurrentPrincipal() principal: Principal, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const saved = await this.stores.settingsOf(principal);
    const done = NOTICES[String((request.query as Form).done)];
    await this.render(principal, request, reply, 200, saved, storeFormValues(saved), [], { notice: done });
  }

  /**
   * Opens the store in this browser as its shoppers will see it, a draft included: the preview cookie, scoped to the
   * store's pages, carries this session, so signing out ends the preview too (StoresService.forShopper).
   */
  @Get('preview')
  async preview(@CurrentPrincipal() principal: Principal, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const { slug } = await this.stores.settingsOf(principal);
    const { path: _, ...options } = this.sessions.cookieOptions(MANUFACTURER_WORKSPACE, request);
    // Lax, not Strict: the store's pages are reached by links from this workspace and from e-mails.
    reply.setCookie(PREVIEW_COOKIE, request.cookies[SESSION_COOKIE] ?? '', { ...options, path: `/s/${slug}`, sameSite: 'lax' });
    seeOther(reply, `/s/${slug}`);
  }

  /** Launch: the service checks the checklist; what is missing is shown beside the Launch button. */
  @Post('launch')
  async launch(@CurrentPrincipal() principal: Principal, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    try {
      await this.stores.launch(principal);
    } catch (error) {
      const saved = await this.stores.settingsOf(principal);
      return this.render(principal, request, reply, 409, saved, storeFormValues(saved), [{ field: 'launch', message: formErrorOf(error).message }]);
    }
    seeOther(reply, `${MANUFACTURER_PATHS.store}?done=launched`);
  }

  /** The logo or hero upload (multipart), checked as the API's; a problem is shown beside its file field. */
  @Post(':kind')
  async upload(
    @CurrentPrincipal() principal: Principal,
    @ImageKind() kind: StoreImageKind,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    try {
      await this.images.upload(principal, kind, readImageUpload(body, STORE_IMAGES[kind].what, []));
    } catch (error) {
      const problem = formErrorOf(error);
      const saved = await this.stores.settingsOf(principal);
      const status = error instanceof DomainError && error.code === ErrorCode.Unprocessable ? 422 : /larger/.test(problem.message) ? 413 : 400;
      return this.render(principal, request, reply, status, saved, storeFormValues(saved), [{ field: kind, message: problem.message }]);
    }
    seeOther(reply, `${MANUFACTURER_PATHS.store}?done=${kind}`);
  }

  @Post(':kind/remove')
  async remove(@CurrentPrincipal() principal: Principal, @ImageKind() kind: StoreImageKind, @Res() reply: FastifyReply): Promise<void> {
    await this.images.remove(principal, kind);
    seeOther(reply, `${MANUFACTURER_PATHS.store}?done=${kind}-removed`);
  }

  @Post()
  async save(
    @CurrentPrincipal() principal: Principal,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const saved = await this.stores.settingsOf(principal);
    const { action, confirmSlug, ...fields } = body ?? {};
    // A warehouse left entirely blank is left as it is; a partly filled one is checked as a whole.
    const noWarehouse = WAREHOUSE_FIELDS.every((f) => {
      const value = fields[f];
      return typeof value !== 'string' || !value.trim();
    });
    if (noWarehouse) for (const f of WAREHOUSE_FIELDS) delete fields[f];
    const form = await readForm(UpdateStoreDto, fields, {
      numbers: ['minBoardHours', 'shipByDays'],
      booleans: ['platformCredit'],
      labels: STORE_LABELS,
      required: ['name', 'slug'],
    });
    const values = { ...storeFormValues(saved), ...form.values };
    if (!form.ok) return this.render(principal, request, reply, 400, saved, values, form.errors);
    if (action === 'preview') return this.render(principal, request, reply, 200, saved, values, [], { previewing: true });
    if (slugChanges(values, saved) && confirmSlug !== 'yes') {
      return this.render(principal, request, reply, 409, saved, values, [
        { field: 'confirmSlug', message: `Tick the box to confirm the new address: links to /s/${saved.slug} will stop working` },
      ]);
    }
    await this.stores.update(principal, form.value);
    reply.status(303).header('Location', `${MANUFACTURER_PATHS.store}?done=saved`).send();
  }

  private async render(
    principal: Principal,
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    saved: Awaited<ReturnType<StoresService['settingsOf']>>,
    values: StoreFormValues,
    errors: FieldError[],
    extra: { notice?: string; previewing?: boolean } = {},
  ): Promise<void> {
    const sample = await this.stores.sampleProduct(principal);
    await this.pages.send(request, reply, status, 'store', {
      sample,
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
