import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { CatalogService } from '../catalog/catalog.service';
import { CreateProductDto, UpdateProductDto } from '../catalog/product.dto';
import { Product } from '../catalog/product.entity';
import { currencyExponent, majorToMinor } from '../common/money';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { readImageUpload } from '../product-images/image-storage';
import { ProductImagesService } from '../product-images/product-images.service';
import { StoresService } from '../stores/stores.service';
import { FormTokenGuard } from '../workspace/workspace-csrf';
import { FieldError, formErrorOf, formText, readForm, seeOther } from '../workspace/workspace-form';
import { MANUFACTURER_PATHS, ManufacturerPageFilter, ManufacturerPages } from './manufacturer-pages';

type Form = Record<string, unknown>;
const CATALOGUE_PAGE = 100;
const PRODUCT_LABELS = {
  sku: 'SKU',
  name: 'Name',
  description: 'Description',
  imageUrl: 'Image URL',
  priceMinor: 'Price',
  fulfilmentPriceMinor: 'Fulfilment price',
};

/** Money typed in the store's currency ("1299.00") as the API's minor units; a field error when it is blank or not an amount. */
function minorOf(form: Form, field: string, label: string, currency: string, errors: FieldError[]): number | undefined {
  const typed = formText(form[field]).trim().replace(/,/g, '');
  if (!typed) {
    errors.push({ field, message: `Enter ${label === 'Price' ? 'a price' : 'a fulfilment price'}` });
    return undefined;
  }
  const minor = majorToMinor(typed, currency);
  if (minor === null) errors.push({ field, message: `${label} must be an amount in ${currency}, like 1299.00` });
  return minor ?? undefined;
}

/** The catalogue: products with price, fulfilment price and what the fulfiller nets after the platform fee. */
@ApiExcludeController()
@Controller('manufacturer/catalogue')
@Roles(Role.Manufacturer)
@AcceptsSessionCookie()
@UseFilters(ManufacturerPageFilter)
@UseGuards(FormTokenGuard)
export class ManufacturerCatalogueController {
  constructor(
    private readonly catalog: CatalogService,
    private readonly stores: StoresService,
    private readonly pages: ManufacturerPages,
    private readonly images: ProductImagesService,
  ) {}

  @Get()
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query('done') done: unknown,
    @Query('q') search: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // A hand-edited or over-long search is read as its first 100 characters, not refused.
    const q = typeof search === 'string' ? search.trim().slice(0, 100) : '';
    const [{ currency }, page] = await Promise.all([
      this.stores.settingsOf(principal),
      this.catalog.list(principal, { limit: CATALOGUE_PAGE, offset: 0, q: q || undefined }),
    ]);
    await this.pages.send(request, reply, 200, 'catalogue', {
      current: 'catalogue',
      q,
      notice: done === 'saved' ? 'Product saved; the store shows it now.' : undefined,
      currency,
      products: page.items.map((p) => ({ ...p, netMinor: this.catalog.fulfillerNetMinor(p.fulfilmentPriceMinor, currency) })),
      total: page.total,
    });
  }

  @Get('new')
  async newForm(@CurrentPrincipal() principal: Principal, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const { currency } = await this.stores.settingsOf(principal);
    await this.form(request, reply, 200, currency, null, {}, []);
  }

  @Post('new')
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.save(principal, null, body, request, reply);
  }

  @Get(':id')
  async edit(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query('done') done: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const [{ currency }, product] = await Promise.all([this.stores.settingsOf(principal), this.catalog.get(principal, id)]);
    await this.form(request, reply, 200, currency, product, {}, [], done === 'image' ? 'Picture uploaded; the store shows it now.' : undefined);
  }

  /** The picture upload (multipart): the same checks and service as the API's upload; problems shown beside the file field. */
  @Post(':id/image')
  async uploadImage(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    try {
      await this.images.upload(principal, id, readImageUpload(body, 'a picture'));
    } catch (error) {
      const problem = formErrorOf(error);
      const [{ currency }, product] = await Promise.all([this.stores.settingsOf(principal), this.catalog.get(principal, id)]);
      return this.form(request, reply, problem.field === 'image' && /larger/.test(problem.message) ? 413 : 422, currency, product, {}, [
        { field: problem.field || 'image', message: problem.message },
      ]);
    }
    seeOther(reply, `${MANUFACTURER_PATHS.product(id)}?done=image`);
  }

  @Post(':id')
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.save(principal, await this.catalog.get(principal, id), body, request, reply);
  }

  /** One path for adding and editing: the typed prices become minor units, then the API's DTO checks the rest. */
  private async save(principal: Principal, product: Product | null, body: Form, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const { currency } = await this.stores.settingsOf(principal);
    const { price, fulfilmentPrice, active, ...fields } = body ?? {};
    const errors: FieldError[] = [];
    const priceMinor = minorOf(body, 'price', 'Price', currency, errors);
    const fulfilmentPriceMinor = minorOf(body, 'fulfilmentPrice', 'Fulfilment price', currency, errors);
    // Passed as text like every form value; readForm turns the listed fields into numbers.
    const input = { ...fields, priceMinor: priceMinor?.toString() ?? '', fulfilmentPriceMinor: fulfilmentPriceMinor?.toString() ?? '' };
    const options = { numbers: ['priceMinor', 'fulfilmentPriceMinor'], labels: PRODUCT_LABELS, required: ['sku', 'name'] };
    const form = product ? await readForm(UpdateProductDto, input, options) : await readForm(CreateProductDto, input, options);
    const typed = { ...form.values, price: formText(price), fulfilmentPrice: formText(fulfilmentPrice) };
    // One message per field: the typed amount's own problem before the DTO's about its minor units.
    const all = [...errors, ...(form.ok ? [] : form.errors.map(named))].filter((e, i, list) => list.findIndex((o) => o.field === e.field) === i);
    if (all.length || !form.ok) return this.form(request, reply, 400, currency, product, typed, all);
    try {
      const value = { ...form.value, ...(product ? { active: active === 'yes' } : {}) };
      if (product) await this.catalog.update(principal, product.id, value);
      else await this.catalog.create(principal, value as CreateProductDto);
    } catch (error) {
      if (
        !(error instanceof DomainError) ||
        (error.code !== ErrorCode.Conflict && error.code !== ErrorCode.BadRequest && error.code !== ErrorCode.Unprocessable)
      )
        throw error;
      return this.form(request, reply, error.code === ErrorCode.Conflict ? 409 : 400, currency, product, typed, [
        named({ field: error.field ?? 'sku', message: error.message }),
      ]);
    }
    reply.status(303).header('Location', `${MANUFACTURER_PATHS.catalogue}?done=saved`).send();
  }

  private async form(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    currency: string,
    product: Product | null,
    typed: Record<string, string>,
    errors: FieldError[],
    notice?: string,
  ): Promise<void> {
    const major = (minor: number) => (minor / 10 ** currencyExponent(currency)).toFixed(currencyExponent(currency));
    await this.pages.send(request, reply, status, 'product', {
      current: 'catalogue',
      notice,
      currency,
      product,
      errors,
      values:
        product && !Object.keys(typed).length
          ? {
              sku: product.sku,
              name: product.name,
              description: product.description,
              imageUrl: product.imageUrl ?? '',
              price: major(product.priceMinor),
              fulfilmentPrice: major(product.fulfilmentPriceMinor),
            }
          : typed,
      netMinor: product ? this.catalog.fulfillerNetMinor(product.fulfilmentPriceMinor, currency) : null,
    });
  }
}

/** The DTO names money fields in minor units; the form's fields are the typed amounts. */
const named = (error: FieldError): FieldError =>
  error.field === 'priceMinor'
    ? { field: 'price', message: error.message }
    : error.field === 'fulfilmentPriceMinor'
      ? { field: 'fulfilmentPrice', message: error.message }
      : error;
