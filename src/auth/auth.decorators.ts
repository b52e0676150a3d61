import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Principal, Role } from './role';

export const IS_PUBLIC = 'nearfill:public';
export const ROLES = 'nearfill:roles';
export const USERS_ONLY = 'nearfill:users-only';

/** No authentication: public store pages, order tracking, login, health. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the route; the tenant of each object is still checked in the service. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** Signed-in people only: an API key is refused (e.g. managing API keys themselves). */
export const UsersOnly = () => SetMetadata(USERS_ONLY, true);

export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal => context.switchToHttp().getRequest().principal,
);
