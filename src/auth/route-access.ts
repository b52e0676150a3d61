import { CanActivate, ExecutionContext, Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCEPTS_SESSION_COOKIE, ALSO_ALLOW, IS_PUBLIC, ROLES, USERS_ONLY } from './auth.decorators';
import { Role } from './role';

/**
 * What a route accepts, read from its auth decorators (@Public, @Roles, @UsersOnly, @AlsoAllow,
 * @AcceptsSessionCookie; a method's decorator overrides its class's). The global AuthGuard enforces exactly this
 * and the OpenAPI document states exactly this (openapi-security.ts), so the two cannot drift apart.
 */
export interface RouteAccess {
  isPublic: boolean;
  /** The roles admitted; undefined: any signed-in role. */
  roles?: Role[];
  /** Signed-in people only: an API key is refused. */
  usersOnly: boolean;
  /** The HTML pages' session cookie is read when no Authorization header is sent. */
  sessionCookie: boolean;
  /** A guard that may let a caller in without credentials of ours (the metrics scraper's token). */
  alsoAllow?: Type<CanActivate>;
}

/** A controller method as Nest hands it over (ExecutionContext.getHandler), which is where its decorators' metadata lives. */
export type RouteHandler = ReturnType<ExecutionContext['getHandler']>;

/** The access rule of `handler` on `controller`. */
export function routeAccess(reflector: Reflector, handler: RouteHandler, controller: Type): RouteAccess {
  const targets = [handler, controller];
  return {
    isPublic: Boolean(reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)),
    roles: reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets),
    usersOnly: Boolean(reflector.getAllAndOverride<boolean>(USERS_ONLY, targets)),
    sessionCookie: Boolean(reflector.getAllAndOverride<boolean>(ACCEPTS_SESSION_COOKIE, targets)),
    alsoAllow: reflector.getAllAndOverride<Type<CanActivate> | undefined>(ALSO_ALLOW, targets),
  };
}

/** API keys belong to retailers: a key opens a route that admits retailers and is not for signed-in people only. */
export const acceptsApiKey = (access: RouteAccess): boolean =>
  !access.isPublic && !access.usersOnly && (!access.roles || access.roles.includes(Role.Retailer));
