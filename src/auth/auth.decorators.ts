import { CanActivate, createParamDecorator, ExecutionContext, SetMetadata, Type } from '@nestjs/common';
import { Principal, Role } from './role';

export const IS_PUBLIC = 'nearfill:public';
export const ROLES = 'nearfill:roles';
export const USERS_ONLY = 'nearfill:users-only';
export const ALSO_ALLOW = 'nearfill:also-allow';
export const ACCEPTS_SESSION_COOKIE = 'nearfill:accepts-session-cookie';

/** The HttpOnly cookie that carries a signed-in user's token to HTML pages. */
export const SESSION_COOKIE = 'nearfill_session';

/** No authentication: public store pages, order tracking, login, health. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the route; the tenant of each object is still checked in the service. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** Signed-in people only: an API key is refused (e.g. managing API keys themselves). */
export const UsersOnly = () => SetMetadata(USERS_ONLY, true);

/** A machine that cannot sign in may also call the route when this guard accepts it (e.g. a scraper's static token). */
export const AlsoAllow = (guard: Type<CanActivate>) => SetMetadata(ALSO_ALLOW, guard);
/**
 * HTML pages opened in a browser: the session cookie is accepted when no Authorization header is sent.
 * Only marked routes read it, so the JSON API never authenticates by an ambient cookie.
 */
export const AcceptsSessionCookie = () => SetMetadata(ACCEPTS_SESSION_COOKIE, true);

/** The token of an `Authorization: Bearer <token>` header, if the request has one. */
export const bearerToken = (headers: { authorization?: string }): string | undefined => headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];

export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal => context.switchToHttp().getRequest<{ principal: Principal }>().principal,
);
