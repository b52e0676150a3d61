import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { Page } from '../common/pagination.dto';
import { ApiErrors } from '../errors/api-errors.decorator';
import { BidPage, BidsQuery, BidView } from './board.dto';
import { BidsService } from './bids.service';

@ApiTags('retailer')
@Controller('retailer/bids')
@Roles(Role.Retailer)
@ApiErrors(401, 403)
export class BidsController {
  constructor(private readonly bids: BidsService) {}

  @Get()
  @ApiOperation({ summary: 'Your bids, newest first, by status (open, won, lost, withdrawn)' })
  @ApiOkResponse({ type: BidPage })
  @ApiErrors(400)
  list(@CurrentPrincipal() principal: Principal, @Query() query: BidsQuery): Promise<Page<BidView>> {
    return this.bids.list(principal, query);
  }
}
