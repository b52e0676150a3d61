import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../errors/api-errors.decorator';
import { bearerToken, CurrentPrincipal, Public, UsersOnly } from './auth.decorators';
import { ChangePasswordDto, LoginDto, LoginResponse, PrincipalView, SessionResponse } from './auth.dto';
import { AuthService } from './auth.service';
import { SessionsService } from './sessions.service';
import { Principal } from './role';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange e-mail and password for a short-lived access token' })
  @ApiOkResponse({ type: LoginResponse })
  @ApiErrors(401, 429)
  login(@Body() body: LoginDto, @Req() request: FastifyRequest): Promise<LoginResponse> {
    return this.auth.login(body.email, body.password, request.ip);
  }

  @Post('logout')
  @UsersOnly()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: the access token sent is refused from now on, wherever it is used' })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiErrors(401, 403)
  async logout(@Req() request: FastifyRequest): Promise<void> {
    await this.sessions.signOut(bearerToken(request.headers));
  }

  @Post('logout-everywhere')
  @UsersOnly()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out everywhere: every access token of the signed-in user is refused from now on, this one included' })
  @ApiNoContentResponse({ description: 'Every session ended' })
  @ApiErrors(401, 403)
  async logoutEverywhere(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.sessions.signOutEverywhere(principal);
  }

  @Post('password')
  @UsersOnly()
  @HttpCode(200)
  @ApiOperation({ summary: 'Change your password: every other session ends; the answer is your new session' })
  @ApiOkResponse({ type: SessionResponse })
  @ApiErrors(400, 401, 403, 429)
  changePassword(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ChangePasswordDto,
    @Req() request: FastifyRequest,
  ): Promise<SessionResponse> {
    return this.sessions.changePassword(principal, body, request.ip);
  }

  @Get('me')
  @ApiOperation({ summary: 'Who the credentials belong to' })
  @ApiOkResponse({ type: PrincipalView })
  @ApiErrors(401)
  me(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }
}
