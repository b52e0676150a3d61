import { Body, Controller, Delete, Get, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { ApiErrors } from '../errors/api-errors.decorator';
import { BidView, BoardPage, BoardQuery, PlaceBidDto } from './board.dto';
import { BidsService } from './bids.service';
import { BoardService } from './board.service';
import { UuidParam } from '../common/params';

@ApiTags('retailer')
@Controller('retailer/board')
@Roles(Role.Retailer)
@ApiErrors(401, 403)
export class BoardController {
  constructor(
    private readonly board: BoardService,
    private readonly bids: BidsService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Orders you may bid on: posted, window open, from manufacturers you deal for, within reach of an active location; nearest first',
  })
  @ApiOkResponse({ type: BoardPage })
  @ApiErrors(400)
  list(@CurrentPrincipal() principal: Principal, @Query() query: BoardQuery): Promise<BoardPage> {
    return this.board.list(principal, query);
  }

  @Put(':orderId/bid')
  @ApiOperation({ summary: 'Bid on an order at its fixed payout; placing it again keeps your bid, after a withdrawal it reopens' })
  @ApiOkResponse({ type: BidView })
  @ApiErrors(400, 404, 409, 422)
  bid(@CurrentPrincipal() principal: Principal, @UuidParam('orderId') orderId: string, @Body() body: PlaceBidDto): Promise<BidView> {
    return this.bids.place(principal, orderId, body.locationId);
  }

  @Delete(':orderId/bid')
  @ApiOperation({ summary: 'Withdraw your bid while the window is open' })
  @ApiOkResponse({ type: BidView })
  @ApiErrors(400, 404, 409)
  withdraw(@CurrentPrincipal() principal: Principal, @UuidParam('orderId') orderId: string): Promise<BidView> {
    return this.bids.withdraw(principal, orderId);
  }
}
