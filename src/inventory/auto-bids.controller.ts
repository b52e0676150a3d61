import { Body, Controller, Delete, Get, HttpCode, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { Page } from '../common/pagination.dto';
import { ApiErrors } from '../errors/api-errors.decorator';
import { AutoBidsService } from './auto-bids.service';
import { AutoBidSettingDto, AutoBidSettingView, DecisionPage, DecisionQuery, DecisionView } from './inventory.dto';
import { UuidParam } from '../common/params';

@ApiTags('retailer')
@Controller('retailer/auto-bids')
@Roles(Role.Retailer)
@ApiErrors(401, 403)
export class AutoBidsController {
  constructor(private readonly autoBids: AutoBidsService) {}

  @Get()
  @ApiOperation({ summary: 'The manufacturers you bid on automatically, and from which locations' })
  @ApiOkResponse({ type: [AutoBidSettingView] })
  list(@CurrentPrincipal() principal: Principal): Promise<AutoBidSettingView[]> {
    return this.autoBids.settings(principal);
  }

  @Get('decisions')
  @ApiOperation({ summary: 'Why each order was or was not bid on automatically (latest decision per order), newest first' })
  @ApiOkResponse({ type: DecisionPage })
  @ApiErrors(400)
  decisions(@CurrentPrincipal() principal: Principal, @Query() query: DecisionQuery): Promise<Page<DecisionView>> {
    return this.autoBids.decisions(principal, query);
  }

  @Put(':manufacturerId')
  @ApiOperation({
    summary: "Bid automatically on a manufacturer's orders from your stock",
    description:
      'Each new order (and, after a feed changes, each order on the board) gets a bid from your nearest in-range location whose feed is fresh and has every line available; the bid holds that stock.',
  })
  @ApiOkResponse({ type: AutoBidSettingView })
  @ApiErrors(400, 404)
  enable(
    @CurrentPrincipal() principal: Principal,
    @UuidParam('manufacturerId') manufacturerId: string,
    @Body() body: AutoBidSettingDto,
  ): Promise<AutoBidSettingView> {
    return this.autoBids.enable(principal, manufacturerId, body);
  }

  @Delete(':manufacturerId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop bidding automatically on a manufacturer; bids already placed stay' })
  @ApiNoContentResponse({ description: 'Turned off' })
  @ApiErrors(404)
  disable(@CurrentPrincipal() principal: Principal, @UuidParam('manufacturerId') manufacturerId: string): Promise<void> {
    return this.autoBids.disable(principal, manufacturerId);
  }
}
