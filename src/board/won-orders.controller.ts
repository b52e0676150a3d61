import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { Page, PageQuery } from '../common/pagination.dto';
import { ApiErrors } from '../errors/api-errors.decorator';
import { WonOrderPage, WonOrderView } from './won-order.dto';
import { WonOrdersService } from './won-orders.service';
import { UuidParam } from '../common/params';

@ApiTags('retailer')
@Controller('retailer/orders')
@Roles(Role.Retailer)
@ApiErrors(401, 403)
export class WonOrdersController {
  constructor(private readonly wonOrders: WonOrdersService) {}

  @Get()
  @ApiOperation({ summary: 'Orders awarded to you, newest award first, with the customer to ship to' })
  @ApiOkResponse({ type: WonOrderPage })
  @ApiErrors(400)
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery): Promise<Page<WonOrderView>> {
    return this.wonOrders.list(principal, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One order awarded to you, with the customer to ship to' })
  @ApiOkResponse({ type: WonOrderView })
  @ApiErrors(400, 404)
  get(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string): Promise<WonOrderView> {
    return this.wonOrders.get(principal, id);
  }
}
