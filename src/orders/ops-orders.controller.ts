import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { Page } from '../common/pagination.dto';
import { ApiErrors } from '../errors/api-errors.decorator';
import { OpsOrderDetail, OpsOrderPage, OpsOrderQuery, OpsOrderSummary } from './manufacturer-orders.dto';
import { OpsOrdersService } from './ops-orders.service';
import { UuidParam } from '../common/params';

@ApiTags('ops')
@Controller('ops/orders')
@Roles(Role.Ops)
@ApiErrors(401, 403)
export class OpsOrdersController {
  constructor(private readonly orders: OpsOrdersService) {}

  @Get()
  @ApiOperation({ summary: "Orders across every store, newest first, by order number or the customer's e-mail" })
  @ApiOkResponse({ type: OpsOrderPage })
  @ApiErrors(400)
  search(@CurrentPrincipal() principal: Principal, @Query() query: OpsOrderQuery): Promise<Page<OpsOrderSummary>> {
    return this.orders.search(principal, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Any order with its customer, lines, history and fulfiller (its bids: GET /ops/board/{orderId})' })
  @ApiOkResponse({ type: OpsOrderDetail })
  @ApiErrors(400, 404)
  get(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string): Promise<OpsOrderDetail> {
    return this.orders.get(principal, id);
  }
}
