import { Body, Controller, Delete, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../errors/api-errors.decorator';
import { CurrentPrincipal, UsersOnly } from './auth.decorators';
import { NewUserDto, UserView } from './auth.dto';
import { Principal } from './role';
import { UsersService } from './users.service';
import { UuidParam } from '../common/params';

/** The caller's own organisation: ops, a manufacturer or a retailer. Admins add and disable colleagues. */
@ApiTags('team')
@Controller('team/users')
@UsersOnly()
@ApiErrors(401, 403)
export class TeamController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'The users of your organisation' })
  @ApiOkResponse({ type: [UserView] })
  list(@CurrentPrincipal() principal: Principal): Promise<UserView[]> {
    return this.users.listTeam(principal);
  }

  @Post()
  @ApiOperation({ summary: 'Add a user to your organisation (admins only)' })
  @ApiCreatedResponse({ type: UserView })
  @ApiErrors(400, 409)
  add(@CurrentPrincipal() principal: Principal, @Body() body: NewUserDto): Promise<UserView> {
    return this.users.addMember(principal, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One user of your organisation' })
  @ApiOkResponse({ type: UserView })
  @ApiErrors(404)
  get(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string): Promise<UserView> {
    return this.users.getMember(principal, id);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Disable a user of your organisation (admins only); they can no longer sign in' })
  @ApiOkResponse({ type: UserView })
  @ApiErrors(404, 409)
  disable(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string): Promise<UserView> {
    return this.users.disableMember(principal, id);
  }
}
