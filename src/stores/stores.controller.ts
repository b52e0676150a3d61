import { Body, Controller, Delete, Get, HttpCode, Param, ParseEnumPipe, Patch, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Public, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { STORE_SLUG, TextParam } from '../common/params';
import { ApiErrors } from '../errors/api-errors.decorator';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { MAX_IMAGE_BYTES, readImageUpload } from '../product-images/image-storage';
import { CatalogueQuery, PublicProduct, StoreBranding, StoreSettings, UpdateStoreDto } from './store.dto';
import { STORE_IMAGES, StoreImageKind, StoreImagesService } from './store-images.service';
import { branding, StoresService } from './stores.service';

const KINDS = Object.keys(STORE_IMAGES) as StoreImageKind[];
const KindParam = () =>
  Param(
    'kind',
    new ParseEnumPipe(Object.fromEntries(KINDS.map((k) => [k, k])), {
      exceptionFactory: () => new DomainError(ErrorCode.NotFound, 'Not found: a store picture is either logo or hero'),
    }),
  );

@ApiTags('manufacturer')
@Controller('manufacturer/store')
@Roles(Role.Manufacturer)
@ApiErrors(401, 403)
export class StoreSettingsController {
  constructor(
    private readonly stores: StoresService,
    private readonly images: StoreImagesService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Your store: branding, policies and fallback warehouse' })
  @ApiOkResponse({ type: StoreSettings })
  get(@CurrentPrincipal() principal: Principal): Promise<StoreSettings> {
    return this.stores.settingsOf(principal);
  }

  @Patch()
  @ApiOperation({ summary: 'Change your store settings' })
  @ApiOkResponse({ type: StoreSettings })
  @ApiErrors(400, 409, 422)
  update(@CurrentPrincipal() principal: Principal, @Body() body: UpdateStoreDto): Promise<StoreSettings> {
    return this.stores.update(principal, body);
  }

  @Post('launch')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Launch your store',
    description:
      'A new store is a draft: its pages, products and orders API answer 404 to the public, and only you can preview it. ' +
      'Launching opens it once every step of launchChecklist is done (a product with a price, a logo or your own colours, your warehouse address); ' +
      'a 409 names the steps missing. Launching a launched store changes nothing.',
  })
  @ApiOkResponse({ type: StoreSettings })
  @ApiErrors(409)
  launch(@CurrentPrincipal() principal: Principal): Promise<StoreSettings> {
    return this.stores.launch(principal);
  }

  @Post(':kind')
  @HttpCode(200)
  @ApiOperation({
    summary: "Upload your store's logo or hero picture",
    description:
      `kind is logo or hero. A JPEG, PNG or WebP file of at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB (checked by its content), resized to WebP copies ` +
      `(logo ${STORE_IMAGES.logo.widths.join('/')} px wide, hero ${STORE_IMAGES.hero.widths.join('/')} px; never enlarged) and served from /media/products. ` +
      'The logo replaces logoUrl; the hero sets heroImageUrl and heroImageVariants.',
  })
  @ApiParam({ name: 'kind', enum: KINDS })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['image'],
      additionalProperties: false,
      properties: { image: { type: 'string', format: 'binary', maxLength: MAX_IMAGE_BYTES, description: 'The picture file' } },
    },
  })
  @ApiOkResponse({ type: StoreSettings })
  @ApiErrors(400, 404, 422)
  upload(@CurrentPrincipal() principal: Principal, @KindParam() kind: StoreImageKind, @Body() body: unknown): Promise<StoreSettings> {
    return this.images.upload(principal, kind, readImageUpload(body, STORE_IMAGES[kind].what, []));
  }

  @Delete(':kind')
  @ApiOperation({
    summary: "Remove your store's logo or hero picture",
    description: 'kind is logo or hero; the store then shows its name alone, or no hero.',
  })
  @ApiParam({ name: 'kind', enum: KINDS })
  @ApiOkResponse({ type: StoreSettings })
  @ApiErrors(404)
  remove(@CurrentPrincipal() principal: Principal, @KindParam() kind: StoreImageKind): Promise<StoreSettings> {
    return this.images.remove(principal, kind);
  }
}

@ApiTags('public')
@Controller('stores')
@Public()
export class PublicStoresController {
  constructor(private readonly stores: StoresService) {}

  @Get(':slug')
  @ApiOperation({ summary: 'A store and its branding' })
  @ApiOkResponse({ type: StoreBranding })
  @ApiErrors(404)
  async get(@TextParam('slug', STORE_SLUG) slug: string): Promise<StoreBranding> {
    return branding(await this.stores.bySlug(slug));
  }

  @Get(':slug/products')
  @ApiOperation({
    summary: "The store's products on sale, optionally searched (q) and sorted",
    description:
      'At most 100 products per answer (limit); page through the rest with offset in the same sort order. ' +
      'X-Total-Count says how many match in all, and a Link header with rel="next" gives the next page while any remain.',
  })
  @ApiOkResponse({
    type: [PublicProduct],
    headers: {
      'X-Total-Count': { description: 'How many products match in all', schema: { type: 'integer', minimum: 0, maximum: 1_000_000_000 } },
      Link: { description: 'The next page as `<address>; rel="next"`, while products remain', schema: { type: 'string', maxLength: 2000 } },
    },
  })
  @ApiErrors(404)
  async products(
    @TextParam('slug', STORE_SLUG) slug: string,
    @Query() query: CatalogueQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PublicProduct[]> {
    const page = await this.stores.activeProducts(slug, query);
    reply.header('X-Total-Count', String(page.total));
    const next = page.offset + page.items.length;
    if (page.items.length && next < page.total) {
      const params = new URLSearchParams({
        ...(query.q ? { q: query.q } : {}),
        ...(query.sort ? { sort: query.sort } : {}),
        limit: String(page.limit),
        offset: String(next),
      });
      reply.header('Link', `</api/v1/stores/${encodeURIComponent(slug)}/products?${params}>; rel="next"`);
    }
    return page.items;
  }
}
