import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { ApiErrors } from '../errors/api-errors.decorator';
import { DealerQuery, DealerView, RequestDealershipDto } from './dealer.dto';
import { DealersService } from './dealers.service';

@ApiTags('retailer')
@Controller('retailer/dealers')
@Roles(Role.Retailer)
@ApiErrors(401, 403)
export class RetailerDealersController {
  constructor(private readonly dealers: DealersService) {}

  @Post()
  @ApiOperation({ summary: 'Ask a manufacturer (by id or store slug) to make you a dealer; you see its orders once approved' })
  @ApiCreatedResponse({ type: DealerView })
  @ApiErrors(400, 404)
  request(@CurrentPrincipal() principal: Principal, @Body() body: RequestDealershipDto): Promise<DealerView> {
    return this.dealers.request(principal, body);
  }

  @Get()
  @ApiOperation({ summary: 'The manufacturers you asked to deal for, and their decisions' })
  @ApiOkResponse({ type: [DealerView] })
  @ApiErrors(400)
  list(@CurrentPrincipal() principal: Principal, @Query() query: DealerQuery): Promise<DealerView[]> {
    return this.dealers.listForRetailer(principal, query.status);
  }
}
