import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { Page, PageQuery } from '../common/pagination.dto';
import { ApiErrors } from '../errors/api-errors.decorator';
import { RunPage, RunView, StartResolutionDto } from './resolution.dto';
import { ResolutionService } from './resolution.service';
import { UuidParam } from '../common/params';

@ApiTags('ops')
@Controller('ops/resolutions')
@Roles(Role.Ops)
@ApiErrors(401, 403)
export class ResolutionController {
  constructor(private readonly resolutions: ResolutionService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Start a resolution run (or a dry run); it proceeds in the background' })
  @ApiAcceptedResponse({ type: RunView })
  @ApiErrors(400, 404)
  start(@CurrentPrincipal() principal: Principal, @Body() body: StartResolutionDto): Promise<RunView> {
    return this.resolutions.startByOps(principal, body.dryRun, body.manufacturerId);
  }

  @Get()
  @ApiOperation({ summary: 'Resolution runs, newest first' })
  @ApiOkResponse({ type: RunPage })
  @ApiErrors(400)
  list(@Query() query: PageQuery): Promise<Page<RunView>> {
    return this.resolutions.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One run: state, progress, counts, distances, duration' })
  @ApiOkResponse({ type: RunView })
  @ApiErrors(404)
  get(@UuidParam('id') id: string): Promise<RunView> {
    return this.resolutions.get(id);
  }
}
