import { PATH_METADATA } from '@nestjs/common/constants';
import type { Type } from '@nestjs/common';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { SESSION_COOKIE } from './auth.decorators';
import { acceptsApiKey, RouteAccess, routeAccess, RouteHandler } from './route-access';

/** The id of a controller method's operation in the OpenAPI document (also given to Swagger to name them). */
export const operationId = (controller: string, method: string) => `${controller}_${method}`;

/** The security schemes of the document, by the credential they carry. */
export const SECURITY_SCHEMES = { bearer: 'bearer', apiKey: 'api-key', session: 'session' } as const;

type Operation = { operationId?: string; security?: Record<string, string[]>[]; 'x-roles'?: string[] };

/** Every controller method that serves a route (inherited ones too, as Swagger scans them), with its class. */
function routes(modules: ModulesContainer): { controller: Type; handler: RouteHandler; name: string }[] {
  const scanner = new MetadataScanner();
  const controllers = [...modules.values()].flatMap((module) => [...module.controllers.values()].map((wrapper) => wrapper.metatype as Type));
  return controllers.flatMap((controller) => {
    const methods = controller.prototype as Record<string, RouteHandler>;
    return scanner
      .getAllMethodNames(methods)
      .map((name) => ({ controller, name, handler: methods[name] }))
      .filter(({ handler }) => Reflect.getMetadata(PATH_METADATA, handler) !== undefined);
  });
}

/** An operation's security requirements: any one of them lets the caller in (OpenAPI's "or"). */
function requirements(access: RouteAccess): Record<string, string[]>[] {
  if (access.isPublic) return [];
  return [
    { [SECURITY_SCHEMES.bearer]: [] },
    ...(acceptsApiKey(access) ? [{ [SECURITY_SCHEMES.apiKey]: [] }] : []),
    ...(access.sessionCookie ? [{ [SECURITY_SCHEMES.session]: [] }] : []),
  ];
}

/**
 * Writes each operation's `security` from the same RouteAccess the AuthGuard enforces: none for a public route;
 * a bearer token; an API key where a retailer's key is admitted; the session cookie where pages read it. The
 * roles a route admits go in `x-roles` (OpenAPI 3.0 allows scopes only for OAuth). Controllers carry no
 * security decorators of their own, so the document cannot say something the guard does not do.
 */
export function documentSecurity(document: OpenAPIObject, modules: ModulesContainer): void {
  const reflector = new Reflector();
  // A controller mounted at several paths (a retailer's and a manufacturer's) has one operation per path, "[i]" after its id.
  const byId = new Map<string, Operation[]>();
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item as Record<string, Operation>)) {
      const id = operation?.operationId?.replace(/\[\d+\]$/, '');
      if (id) byId.set(id, [...(byId.get(id) ?? []), operation]);
    }
  }
  let cookieUsed = false;
  for (const { controller, handler, name } of routes(modules)) {
    const id = operationId(controller.name, name);
    const access = routeAccess(reflector, handler, controller);
    for (const operation of byId.get(id) ?? []) {
      operation.security = requirements(access);
      if (access.roles) operation['x-roles'] = [...access.roles];
    }
    if (byId.delete(id)) cookieUsed ||= access.sessionCookie;
  }
  // An operation no route claims would keep whatever Swagger guessed: refuse to publish a document that may lie.
  if (byId.size) throw new Error(`No access rule found for the operations ${[...byId.keys()].join(', ')}`);
  if (cookieUsed) {
    document.components!.securitySchemes![SECURITY_SCHEMES.session] = { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE };
  }
}
