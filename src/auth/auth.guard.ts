import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { IS_PUBLIC, ROLES, USERS_ONLY } from './auth.decorators';
import { AuthService } from './auth.service';
import { Role } from './role';

const API_KEY_HEADER = 'x-api-key';

/** Global guard: every route needs a valid JWT or API key unless marked @Public(), then its roles are checked. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest();
    const header: string | undefined = request.headers.authorization;
    const apiKey: string | undefined = request.headers[API_KEY_HEADER];
    const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const principal = apiKey
      ? await this.auth.principalForApiKey(apiKey)
      : bearer
        ? await this.auth.principalForToken(bearer)
        : undefined;
    if (!principal) {
      throw new DomainError(
        ErrorCode.Unauthenticated,
        'Sign in first: send "Authorization: Bearer <token>" from POST /api/v1/auth/login, or an "X-Api-Key" header',
      );
    }
    request.principal = principal;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(principal.role)) {
      throw new DomainError(ErrorCode.Forbidden, `This requires a ${roles.join(' or ')} account`);
    }
    if (this.reflector.getAllAndOverride<boolean>(USERS_ONLY, targets) && principal.kind !== 'user') {
      throw new DomainError(ErrorCode.Forbidden, 'This requires a signed-in user, not an API key');
    }
    return true;
  }
}
