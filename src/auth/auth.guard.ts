import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { RequestLimits } from '../rate-limits/request-limits';
import { bearerToken, SESSION_COOKIE } from './auth.decorators';
import { AuthService } from './auth.service';
import { Principal } from './role';
import { routeAccess } from './route-access';

const API_KEY_HEADER = 'x-api-key';

/**
 * Global guard: every route needs a valid JWT or API key unless marked @Public(), then its roles are checked
 * (the rule of each route is its RouteAccess, also what the OpenAPI document states). Each request is counted
 * against its caller's rate limit before anything else is decided: its API key or user, else its address.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly moduleRef: ModuleRef,
    private readonly limits: RequestLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = routeAccess(this.reflector, context.getHandler(), context.getClass<unknown>());
    const request = context.switchToHttp().getRequest<FastifyRequest & { principal?: Principal }>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    if (access.isPublic) {
      await this.limits.take(request, reply);
      return true;
    }
    if (access.alsoAllow && (await this.moduleRef.get(access.alsoAllow, { strict: false }).canActivate(context))) {
      await this.limits.take(request, reply);
      return true;
    }

    // Node joins a repeated header into one string, so the key is never a list.
    const apiKey = request.headers[API_KEY_HEADER] as string | undefined;
    const cookie = access.sessionCookie ? request.cookies?.[SESSION_COOKIE] : undefined;
    const token = bearerToken(request.headers) ?? cookie;
    const principal: Principal | undefined = apiKey
      ? await this.auth.principalForApiKey(apiKey)
      : token
        ? await this.auth.principalForToken(token)
        : undefined;
    // Failed credentials count against the address, so guessing keys or tokens is limited too.
    await this.limits.take(request, reply, principal);
    if (!principal) {
      throw new DomainError(
        ErrorCode.Unauthenticated,
        'Sign in first: send "Authorization: Bearer <token>" from POST /api/v1/auth/login, or an "X-Api-Key" header',
      );
    }
    request.principal = principal;

    if (access.roles && !access.roles.includes(principal.role)) {
      const named = access.roles.map((role) => `${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}`);
      throw new DomainError(ErrorCode.Forbidden, `This requires ${named.join(' or ')} account`);
    }
    if (access.usersOnly && principal.kind !== 'user') {
      throw new DomainError(ErrorCode.Forbidden, 'This requires a signed-in user, not an API key');
    }
    return true;
  }
}
