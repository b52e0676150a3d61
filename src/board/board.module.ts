import { Module } from '@nestjs/common';
import { BidsController } from './bids.controller';
import { BidsService } from './bids.service';
import { BoardController } from './board.controller';
import { BoardService } from './board.service';
import { OpsBoardController } from './ops-board.controller';
import { WindowClosuresController } from './window-closures.controller';
import { WindowClosuresService } from './window-closures.service';
import { WonOrdersController } from './won-orders.controller';
import { WonOrdersService } from './won-orders.service';

@Module({
  controllers: [BoardController, BidsController, WonOrdersController, OpsBoardController, WindowClosuresController],
  providers: [BoardService, BidsService, WonOrdersService, WindowClosuresService],
  exports: [BoardService, BidsService, WonOrdersService, WindowClosuresService],
})
export class BoardModule {}
