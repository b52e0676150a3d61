import { Module } from '@nestjs/common';
import { BidsController } from './bids.controller';
import { BidsService } from './bids.service';
import { BoardController } from './board.controller';
import { BoardService } from './board.service';
import { OpsBoardController } from './ops-board.controller';
import { WonOrdersController } from './won-orders.controller';
import { WonOrdersService } from './won-orders.service';

@Module({
  controllers: [BoardController, BidsController, WonOrdersController, OpsBoardController],
  providers: [BoardService, BidsService, WonOrdersService],
  exports: [BoardService, BidsService, WonOrdersService],
})
export class BoardModule {}
