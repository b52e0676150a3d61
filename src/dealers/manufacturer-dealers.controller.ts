import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { ApiErrors } from '../errors/api-errors.decorator';
import { ApproveDealerDto, DealerQuery, DealerReasonDto, DealerView } from './dealer.dto';
import { DealersService } from './dealers.service';
import { UuidParam } from '../common/params';

@ApiTags('manufacturer')
@Controller('manufacturer/dealers')
@Roles(Role.Manufacturer)
@ApiErrors(401, 403)
export class ManufacturerDealersController {
  constructor(private readonly dealers: DealersService) {}

  @Get()
  @ApiOperation({ summary: 'Retailers that asked to be, are, or were your dealers' })
  @ApiOkResponse({ type: [DealerView] })
  @ApiErrors(400)
  list(@CurrentPrincipal() principal: Principal, @Query() query: DealerQuery): Promise<DealerView[]> {
    return this.dealers.listForManufacturer(principal, query.status);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a dealer: it sees and may bid on your orders near its locations' })
  @ApiOkResponse({ type: DealerView })
  @ApiErrors(400, 404, 409)
  approve(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string, @Body() body: ApproveDealerDto): Promise<DealerView> {
    return this.dealers.decide(principal, id, 'approve', body.reason);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a dealer request, with a reason the retailer sees' })
  @ApiOkResponse({ type: DealerView })
  @ApiErrors(400, 404, 409)
  reject(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string, @Body() body: DealerReasonDto): Promise<DealerView> {
    return this.dealers.decide(principal, id, 'reject', body.reason);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke a dealer, with a reason; its open bids on your orders are withdrawn at once' })
  @ApiOkResponse({ type: DealerView })
  @ApiErrors(400, 404, 409)
  revoke(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string, @Body() body: DealerReasonDto): Promise<DealerView> {
    return this.dealers.decide(principal, id, 'revoke', body.reason);
  }
}
