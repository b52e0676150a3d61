import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { Page, PageQuery } from '../common/pagination.dto';
import { UuidParam } from '../common/params';
import { ApiErrors } from '../errors/api-errors.decorator';
import { ReplayPage, ReplayView, StartReplayDto } from './replay.dto';
import { ReplayService } from './replay.service';

/** Replays for ops (any manufacturer, or all) and manufacturers (their own store's orders). */
@ApiTags('replays')
@Controller('replays')
@Roles(Role.Ops, Role.Manufacturer)
@ApiErrors(401, 403)
export class ReplayController {
  constructor(private readonly replays: ReplayService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Replay a past period under a policy to try (what if); it proceeds in the background and changes nothing',
    description:
      "The period's orders (those its runs decided) and the bids placed on them, awarded again by the same rule under the policy. " +
      'A shorter window drops bids placed after it closes; a longer radius can only use bids that were placed.',
  })
  @ApiAcceptedResponse({ type: ReplayView })
  @ApiErrors(400, 404)
  start(@CurrentPrincipal() principal: Principal, @Body() body: StartReplayDto): Promise<ReplayView> {
    return this.replays.start(principal, body);
  }

  @Get()
  @ApiOperation({ summary: 'Replays, newest first' })
  @ApiOkResponse({ type: ReplayPage })
  @ApiErrors(400)
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery): Promise<Page<ReplayView>> {
    return this.replays.list(principal, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One replay: state, progress, and when done what the policy changes' })
  @ApiOkResponse({ type: ReplayView })
  @ApiErrors(404)
  get(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string): Promise<ReplayView> {
    return this.replays.get(principal, id);
  }
}
