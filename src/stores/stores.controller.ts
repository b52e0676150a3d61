import { Body, Controller, Get, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Public, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { STORE_SLUG, TextParam } from '../common/params';
import { ApiErrors } from '../errors/api-errors.decorator';
import { CatalogueQuery, PublicProduct, StoreBranding, StoreSettings, UpdateStoreDto } from './store.dto';
import { branding, StoresService } from './stores.service';

@ApiTags('manufacturer')
@Controller('manufacturer/store')
@Roles(Role.Manufacturer)
@ApiErrors(401, 403)
export class StoreSettingsController {
  constructor(private readonly stores: StoresService) {}

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
  @ApiOperation({ summary: "The store's products on sale, optionally searched (q) and sorted" })
  @ApiOkResponse({ type: [PublicProduct] })
  @ApiErrors(404)
  products(@TextParam('slug', STORE_SLUG) slug: string, @Query() query: CatalogueQuery): Promise<PublicProduct[]> {
    return this.stores.activeProducts(slug, query);
  }
}
