import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { Role } from '../auth/role';
import { ApiErrors } from '../errors/api-errors.decorator';
import { OpsBoardView } from './board.dto';
import { BoardService } from './board.service';
import { UuidParam } from '../common/params';

@ApiTags('ops')
@Controller('ops/board')
@Roles(Role.Ops)
@ApiErrors(401, 403)
export class OpsBoardController {
  constructor(private readonly board: BoardService) {}

  @Get(':orderId')
  @ApiOperation({ summary: 'Any order as the board shows it, with every bid on it, nearest first (read-only, for support)' })
  @ApiOkResponse({ type: OpsBoardView })
  @ApiErrors(400, 404)
  get(@UuidParam('orderId') orderId: string): Promise<OpsBoardView> {
    return this.board.entryForOps(orderId);
  }
}
