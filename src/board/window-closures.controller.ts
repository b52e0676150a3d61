import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { ApiErrors } from '../errors/api-errors.decorator';
import { CloseWindowsDto, RECENT_CLOSURES, WindowClosureView } from './window-closures.dto';
import { WindowClosuresService } from './window-closures.service';

@ApiTags('ops')
@Controller('ops/bidding-windows')
@Roles(Role.Ops)
@ApiErrors(401, 403)
export class WindowClosuresController {
  constructor(private readonly closures: WindowClosuresService) {}

  @Post('close')
  @HttpCode(200)
  @ApiOperation({ summary: "Close the open bidding windows now, of one manufacturer's store or of all (audited, with a reason)" })
  @ApiOkResponse({ type: WindowClosureView })
  @ApiErrors(400, 404)
  close(@CurrentPrincipal() principal: Principal, @Body() body: CloseWindowsDto): Promise<WindowClosureView> {
    return this.closures.close(principal, body);
  }

  @Get('closures')
  @ApiOperation({ summary: 'The latest early closures of bidding windows, newest first' })
  @ApiOkResponse({ schema: { type: 'array', maxItems: RECENT_CLOSURES, items: { $ref: getSchemaPath(WindowClosureView) } } })
  recent(@CurrentPrincipal() principal: Principal): Promise<WindowClosureView[]> {
    return this.closures.recent(principal);
  }
}
