import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { ApiErrors } from '../errors/api-errors.decorator';
import { DealerFeedView } from './inventory.dto';
import { InventoryFeedsService } from './inventory-feeds.service';

@ApiTags('manufacturer')
@Controller('manufacturer/dealer-feeds')
@Roles(Role.Manufacturer)
@ApiErrors(401, 403)
export class DealerFeedsController {
  constructor(private readonly feeds: InventoryFeedsService) {}

  @Get()
  @ApiOperation({ summary: 'Which dealers keep fresh inventory feeds (by your maximum inventory age) and bid automatically on your orders' })
  @ApiOkResponse({ type: [DealerFeedView] })
  list(@CurrentPrincipal() principal: Principal): Promise<DealerFeedView[]> {
    return this.feeds.dealerFeeds(principal);
  }
}
