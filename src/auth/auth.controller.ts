import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../errors/api-errors.decorator';
import { CurrentPrincipal, Public } from './auth.decorators';
import { LoginDto, LoginResponse, PrincipalView } from './auth.dto';
import { AuthService } from './auth.service';
import { Principal } from './role';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange e-mail and password for a short-lived access token' })
  @ApiOkResponse({ type: LoginResponse })
  @ApiErrors(401, 429)
  login(@Body() body: LoginDto, @Req() request: FastifyRequest): Promise<LoginResponse> {
    return this.auth.login(body.email, body.password, request.ip);
  }

  @Get('me')
  @ApiOperation({ summary: 'Who the credentials belong to' })
  @ApiOkResponse({ type: PrincipalView })
  @ApiErrors(401)
  me(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }
}
