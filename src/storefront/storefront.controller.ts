import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/auth.decorators';
import { CATALOGUE_SORTS, CatalogueSort } from '../catalog/catalogue-search';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { MAX_QUANTITY } from '../orders/place-order.dto';
import { StoresService } from '../stores/stores.service';
import { storeFavicon } from './favicon';
import { descriptionHtml, descriptionSummary } from './product-description';
import { StorefrontPageFilter } from './storefront-page.filter';
import { StorefrontPages } from './storefront-pages';
import { CATALOGUE_PAGE_SIZE, cataloguePager, pageNumberOf } from './catalogue-pager';

const SORT_LABELS: Record<CatalogueSort, string> = {
  relevance: 'Best match',
  name: 'Name, A–Z',
  'price-asc': 'Price, low to high',
  'price-desc': 'Price, high to low',
  newest: 'Newest',
};

/** The customer's HTML store at /s/:slug: works without JavaScript, branded entirely as the manufacturer. */
@ApiExcludeController()
@Controller('s/:slug')
@Public()
@UseFilters(StorefrontPageFilter)
export class StorefrontController {
  constructor(
    private readonly stores: StoresService,
    private readonly pages: StorefrontPages,
  ) {}

  @Get()
  async catalogue(@Param('slug') slug: string, @Query() query: Record<string, string>, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const store = await this.pages.store(slug, request);
    // A hand-edited sort or an over-long search is read as the nearest sensible one, not refused.
    const q = typeof query.q === 'string' ? query.q.trim().slice(0, 100) : '';
    const sort = CATALOGUE_SORTS.includes(query.sort as CatalogueSort) ? (query.sort as CatalogueSort) : q ? 'relevance' : 'name';
    const page = pageNumberOf(query.page);
    const window = { offset: (page - 1) * CATALOGUE_PAGE_SIZE, limit: CATALOGUE_PAGE_SIZE };
    let products = await this.stores.catalogue(store, { q: q || undefined, sort }, window);
    // A hand-edited page past the end shows the last one rather than an empty shop.
    const pages = Math.max(1, Math.ceil(products.total / CATALOGUE_PAGE_SIZE));
    if (page > pages)
      products = await this.stores.catalogue(store, { q: q || undefined, sort }, { ...window, offset: (pages - 1) * CATALOGUE_PAGE_SIZE });
    await this.pages.send(reply, request, 200, 'catalogue', store, {
      products: products.items.map((product) => ({ ...product, summary: descriptionSummary(product.description, 110) })),
      total: products.total,
      pager: cataloguePager(`/s/${store.slug}`, Math.min(page, pages), pages, { q, sort: query.sort === sort ? sort : '' }),
      q,
      sort,
      sorts: CATALOGUE_SORTS.filter((s) => s !== 'relevance' || q).map((value) => ({ value, label: SORT_LABELS[value] })),
    });
  }

  @Get('p/:sku')
  async product(@Param('slug') slug: string, @Param('sku') sku: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const store = await this.pages.store(slug, request);
    const product = await this.stores.activeProduct(store, sku).catch((error) => {
      throw error instanceof DomainError ? new DomainError(ErrorCode.NotFound, 'This product is not available. It may have sold out.') : error;
    });
    await this.pages.send(reply, request, 200, 'product', store, {
      product,
      descriptionHtml: descriptionHtml(product.description),
      summary: descriptionSummary(product.description),
      maxQuantity: MAX_QUANTITY,
    });
  }

  // The store's own icon (its initial on its colour), so a tab or bookmark shows whose store it is.
  @Get('favicon.svg')
  async favicon(@Param('slug') slug: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const store = await this.pages.store(slug, request);
    reply.type('image/svg+xml').header('Cache-Control', 'public, max-age=3600').send(storeFavicon(store));
  }

  @Get('*')
  async notFound(@Param('slug') slug: string, @Req() request: FastifyRequest) {
    await this.pages.store(slug, request);
    throw new DomainError(ErrorCode.NotFound, 'We could not find this page. Browse the catalogue instead.');
  }
}
