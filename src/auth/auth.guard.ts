import { CanActivate, ExecutionContext, Injectable, Type } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { ACCEPTS_SESSION_COOKIE, ALSO_ALLOW, bearerToken, IS_PUBLIC, ROLES, SESSION_COOKIE, USERS_ONLY } from './auth.decorators';
import { AuthService } from './auth.service';
import { Principal, Role } from './role';

const API_KEY_HEADER = 'x-api-key';

/** Global guard: every route needs a valid JWT or API key unless marked @Public(), then its roles are checked. */
/** What the guard reads from a request (Fastify's, with @fastify/cookie), and the principal it leaves there. */
type GuardedRequest = { headers: Record<string, string | undefined>; cookies?: Record<string, string | undefined>; principal?: Principal };

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly moduleRef: ModuleRef,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const alternative = this.reflector.getAllAndOverride<Type<CanActivate> | undefined>(ALSO_ALLOW, targets);
    if (alternative && (await this.moduleRef.get(alternative, { strict: false }).canActivate(context))) return true;

    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const apiKey: string | undefined = request.headers[API_KEY_HEADER];
    const cookie: string | undefined = this.reflector.getAllAndOverride<boolean>(ACCEPTS_SESSION_COOKIE, targets)
      ? request.cookies?.[SESSION_COOKIE]
      : undefined;
    const token = bearerToken(request.headers) ?? cookie;
    const principal = apiKey
      ? await this.auth.principalForApiKey(apiKey)
      : token
        ? await this.auth.principalForToken(token)
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
      const named = roles.map((role) => `${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}`);
      throw new DomainError(ErrorCode.Forbidden, `This requires ${named.join(' or ')} account`);
    }
    if (this.reflector.getAllAndOverride<boolean>(USERS_ONLY, targets) && principal.kind !== 'user') {
      throw new DomainError(ErrorCode.Forbidden, 'This requires a signed-in user, not an API key');
    }
    return true;
  }
}
