import { Body, Controller, Get, Header, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { UuidParam } from '../common/params';
import { ApiErrors } from '../errors/api-errors.decorator';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { Insight, InsightQuery, InsightRefresh, OpsInsightQuery, ShippingRates, ShippingRatesDto } from './insight.dto';
import { InsightService } from './insight.service';

const CSV_RESPONSE = {
  description: 'A header line, then one line per currency and dealer; rates 0–1, hours and mean stars as decimals',
  content: {
    'text/csv': {
      schema: {
        type: 'string',
        maxLength: 10_000_000,
        example: 'currency,retailerId,name,awards,bids,winRate\nUSD,7f0c…,Cascade Cycles,42,60,0.7\n',
      },
    },
  },
};

@ApiTags('insight')
@Controller('manufacturer/insight')
@Roles(Role.Manufacturer)
@ApiErrors(401, 403)
export class ManufacturerInsightController {
  constructor(private readonly insight: InsightService) {}

  @Get()
  @ApiOperation({
    summary:
      "Your store's fulfilment insight for orders placed in [from, to): who fulfilled them, distances against your warehouse, km and estimated shipping cost saved, times, declines, ratings and the dealer table",
  })
  @ApiOkResponse({ type: Insight })
  @ApiErrors(400)
  get(@CurrentPrincipal() principal: Principal, @Query() query: InsightQuery): Promise<Insight> {
    return this.insight.forManufacturer(principal, query);
  }

  @Get('csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'The dealer table of the same report as CSV' })
  @ApiProduces('text/csv')
  @ApiOkResponse(CSV_RESPONSE)
  @ApiErrors(400)
  async csv(@CurrentPrincipal() principal: Principal, @Query() query: InsightQuery): Promise<string> {
    return this.insight.dealersCsv(await this.insight.forManufacturer(principal, query));
  }

  @Get('shipping-rates')
  @ApiOperation({ summary: 'The rate table the shipping cost estimate uses' })
  @ApiOkResponse({ type: ShippingRates })
  @ApiErrors(404)
  async rates(@CurrentPrincipal() principal: Principal): Promise<ShippingRates> {
    const rates = await this.insight.rates(principal);
    if (!rates) throw new DomainError(ErrorCode.NotFound, 'No shipping rate table yet: PUT one to /api/v1/manufacturer/insight/shipping-rates');
    return rates;
  }

  @Put('shipping-rates')
  @ApiOperation({ summary: "Sets the rate table for the estimate: each shipment costs base + per km (or mi) × distance, in your store's currency" })
  @ApiOkResponse({ type: ShippingRates })
  @ApiErrors(400)
  setRates(@CurrentPrincipal() principal: Principal, @Body() body: ShippingRatesDto): Promise<ShippingRates> {
    return this.insight.setRates(principal, body);
  }
}

@ApiTags('insight')
@Controller('ops/insight')
@Roles(Role.Ops)
@ApiErrors(401, 403)
export class OpsInsightController {
  constructor(private readonly insight: InsightService) {}

  @Get()
  @ApiOperation({ summary: 'Fulfilment insight across every store, or one (storeId), for orders placed in [from, to)' })
  @ApiOkResponse({ type: Insight })
  @ApiErrors(400, 404)
  get(@CurrentPrincipal() principal: Principal, @Query() query: OpsInsightQuery): Promise<Insight> {
    return this.insight.forOps(principal, query);
  }

  @Get('csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'The dealer table of the same report as CSV' })
  @ApiProduces('text/csv')
  @ApiOkResponse(CSV_RESPONSE)
  @ApiErrors(400, 404)
  async csv(@CurrentPrincipal() principal: Principal, @Query() query: OpsInsightQuery): Promise<string> {
    return this.insight.dealersCsv(await this.insight.forOps(principal, query));
  }

  @Post('refresh/:storeId')
  @HttpCode(200)
  @ApiOperation({
    summary: "Rebuilds one store's insight summary now (it is otherwise rebuilt every 15 minutes for recent days and nightly in full)",
  })
  @ApiOkResponse({ type: InsightRefresh })
  @ApiErrors(400, 404)
  refresh(@CurrentPrincipal() principal: Principal, @UuidParam('storeId') storeId: string): Promise<InsightRefresh> {
    return this.insight.refreshNow(principal, storeId);
  }
}
