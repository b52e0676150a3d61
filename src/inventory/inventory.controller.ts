import { Body, Controller, Get, Patch, Put, Query } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { Page, PageQuery } from '../common/pagination.dto';
import { ApiErrors } from '../errors/api-errors.decorator';
import {
  CsvFeedQuery,
  FeedDeltaDto,
  FeedDto,
  FeedUploadView,
  FeedView,
  HoldPage,
  HoldView,
  MAX_CSV_ROWS,
  StockItemPage,
  StockItemQuery,
  StockItemView,
} from './inventory.dto';
import { InventoryFeedsService } from './inventory-feeds.service';
import { UuidParam } from '../common/params';

/** The largest CSV feed body: MAX_CSV_ROWS rows of a long SKU, a GTIN, a store slug and a quantity. */
export const CSV_BODY_LIMIT_BYTES = 16 * 1024 * 1024;

const CSV_FORMAT = `A header row, then one row per product: \`sku\` and/or \`gtin\` (also \`upc\`, \`ean\`), \`quantity\` (units on hand, 0 to 1,000,000; also \`qty\`, \`on_hand\`) and optionally \`manufacturer\` (the store slug, only when two of your manufacturers share a SKU). Comma-separated, UTF-8, quoted as RFC 4180; at most ${MAX_CSV_ROWS} rows. Replaces the location's whole count; any row in error refuses the whole file (422 naming each line), nothing is half-applied.`;

@ApiTags('retailer')
@Controller('retailer/inventory')
@Roles(Role.Retailer)
@ApiErrors(401, 403)
export class InventoryController {
  constructor(private readonly feeds: InventoryFeedsService) {}

  @Get()
  @ApiOperation({ summary: "Each active location's inventory feed: age, counts, units held, and the manufacturers it is too old for" })
  @ApiOkResponse({ type: [FeedView] })
  list(@CurrentPrincipal() principal: Principal): Promise<FeedView[]> {
    return this.feeds.feeds(principal);
  }

  @Put('locations/:id/csv')
  @ApiOperation({ summary: "Replace a location's stock count with a CSV file", description: CSV_FORMAT })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', maxLength: CSV_BODY_LIMIT_BYTES, example: 'sku,quantity\nBK-ROAD-54,3\nHELMET-M,12\n' } })
  @ApiOkResponse({ type: FeedUploadView })
  @ApiErrors(400, 404, 413, 422)
  uploadCsv(
    @CurrentPrincipal() principal: Principal,
    @UuidParam('id') id: string,
    @Query() query: CsvFeedQuery,
    @Body() csv: unknown,
  ): Promise<FeedUploadView> {
    return this.feeds.uploadCsv(principal, id, csv, query.countedAt);
  }

  @Put('locations/:id')
  @ApiOperation({
    summary: "Replace a location's whole stock count (JSON): products not listed have none",
    description: 'For store systems, with an API key. Each item names a product by sku or gtin with its units on hand. Larger counts go as CSV.',
  })
  @ApiOkResponse({ type: FeedUploadView })
  @ApiErrors(400, 404, 422)
  replace(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string, @Body() body: FeedDto): Promise<FeedUploadView> {
    return this.feeds.uploadJson(principal, id, 'replace', body);
  }

  @Patch('locations/:id')
  @ApiOperation({
    summary: 'Change the counts of some products at a location (delta); the others keep theirs',
    description: 'Quantities are absolute (units now on hand), so resending a delta is harmless. The feed counts as fresh from its countedAt.',
  })
  @ApiOkResponse({ type: FeedUploadView })
  @ApiErrors(400, 404, 422)
  delta(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string, @Body() body: FeedDeltaDto): Promise<FeedUploadView> {
    return this.feeds.uploadJson(principal, id, 'delta', body);
  }

  @Get('locations/:id/items')
  @ApiOperation({ summary: 'Stock at a location per product: on hand, held by bids, available' })
  @ApiOkResponse({ type: StockItemPage })
  @ApiErrors(400, 404)
  items(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string, @Query() query: StockItemQuery): Promise<Page<StockItemView>> {
    return this.feeds.items(principal, id, query);
  }

  @Get('locations/:id/holds')
  @ApiOperation({
    summary: 'What is held at a location, and by what: open bids, won orders not shipped yet and accepted pickups not picked up, newest first',
  })
  @ApiOkResponse({ type: HoldPage })
  @ApiErrors(400, 404)
  holds(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string, @Query() query: PageQuery): Promise<Page<HoldView>> {
    return this.feeds.holds(principal, id, query);
  }
}
