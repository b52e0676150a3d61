import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Public, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { ApiErrors } from '../errors/api-errors.decorator';
import { ApproveReturnDto, CustomerReturns, RefuseReturnDto, RequestReturnDto, ReturnsQuery, ReturnView } from './returns.dto';
import { ReturnsService } from './returns.service';
import { TextParam, TRACKING_TOKEN, UuidParam } from '../common/params';

@ApiTags('public')
@Controller('orders/track/:token/returns')
@Public()
export class CustomerReturnsController {
  constructor(private readonly returns: ReturnsService) {}

  @Get()
  @ApiOperation({ summary: 'Your returns on this order, what can still be returned, and until when' })
  @ApiOkResponse({ type: CustomerReturns })
  @ApiErrors(404)
  list(@TextParam('token', TRACKING_TOKEN) token: string): Promise<CustomerReturns> {
    return this.returns.forCustomer(token);
  }

  @Post()
  @ApiOperation({ summary: "Ask to return some or all lines (quantities, a reason per line), within the store's return window" })
  @ApiCreatedResponse({ type: ReturnView })
  @ApiErrors(400, 404, 409, 422)
  request(@TextParam('token', TRACKING_TOKEN) token: string, @Body() body: RequestReturnDto): Promise<ReturnView> {
    return this.returns.request(token, body);
  }
}

// The same steps for either fulfiller: a retailer for the orders it fulfilled, a manufacturer for those it shipped.
@ApiTags('returns')
@Controller(['retailer/returns', 'manufacturer/returns'])
@Roles(Role.Retailer, Role.Manufacturer)
@ApiErrors(401, 403)
export class FulfillerReturnsController {
  constructor(private readonly returns: ReturnsService) {}

  @Get()
  @ApiOperation({ summary: "Returns you handle (a manufacturer also sees its dealers'), newest first, optionally in one state" })
  @ApiOkResponse({ type: [ReturnView] })
  @ApiErrors(400)
  list(@CurrentPrincipal() principal: Principal, @Query() query: ReturnsQuery): Promise<ReturnView[]> {
    return this.returns.list(principal, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One return with its lines and history' })
  @ApiOkResponse({ type: ReturnView })
  @ApiErrors(404)
  get(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string): Promise<ReturnView> {
    return this.returns.get(principal, id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a requested return, telling the customer how to send the goods back' })
  @ApiOkResponse({ type: ReturnView })
  @ApiErrors(400, 404, 409)
  approve(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string, @Body() body: ApproveReturnDto): Promise<ReturnView> {
    return this.returns.approve(principal, id, body.instructions);
  }

  @Post(':id/refuse')
  @HttpCode(200)
  @ApiOperation({ summary: 'Refuse a requested return, with the reason the customer reads' })
  @ApiOkResponse({ type: ReturnView })
  @ApiErrors(400, 404, 409)
  refuse(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string, @Body() body: RefuseReturnDto): Promise<ReturnView> {
    return this.returns.refuse(principal, id, body.reason);
  }

  @Post(':id/received')
  @HttpCode(200)
  @ApiOperation({
    summary: "The goods of an approved return arrived: the refund is recorded and this period's statement reverses their payout and fee",
  })
  @ApiOkResponse({ type: ReturnView })
  @ApiErrors(404, 409)
  received(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string): Promise<ReturnView> {
    return this.returns.received(principal, id);
  }
}
