import { RequestMethod, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { Role } from '../auth/role';

/** One entry of a workspace's main navigation. */
export interface WorkspaceNavItem {
  key: string;
  label: string;
  href: string;
}

/**
 * Who a workspace is for and where it lives. An audience's pages, its session cookie and its form
 * tokens are all scoped to `basePath`, so a browser signed in to two workspaces keeps two sessions.
 */
export interface WorkspaceAudience {
  /** Shown in the header and page titles: "Nearfill retailer". */
  title: string;
  /** Where the pages live, without a trailing slash: "/retailer". */
  basePath: string;
  /** The only role that may sign in here. */
  role: Role;
  /** Who the sign-in page says the workspace is for: "retailer staff". */
  audienceName: string;
  /** Where a signed-in person lands when no other page was asked for. */
  home: string;
  nav: WorkspaceNavItem[];
}

/** The sign-in and sign-out addresses every audience has. */
export const signInPath = (audience: WorkspaceAudience) => `${audience.basePath}/login`;
export const signOutPath = (audience: WorkspaceAudience) => `${audience.basePath}/logout`;

/** The signed-in person's own account page and its forms, in every audience. */
export const accountPaths = (audience: WorkspaceAudience) => ({
  account: `${audience.basePath}/account`,
  password: `${audience.basePath}/account/password`,
  signOutEverywhere: `${audience.basePath}/account/sign-out-everywhere`,
});

/**
 * The routes page controllers answer on, for app.factory.ts to keep outside the JSON API's /api/v1 prefix. Nest
 * matches exclusions by path and method alone, so a page must not share its path with an API route
 * (`/retailer/bid-board`, not `/retailer/board`, which would also unprefix `GET /api/v1/retailer/board`).
 */
export function pageRoutes(controllers: Type<unknown>[]): { path: string; method: RequestMethod }[] {
  return controllers.flatMap((controller) => {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '').replace(/^\/|\/$/g, '');
    return Object.getOwnPropertyNames(controller.prototype).flatMap((name) => {
      const handler: unknown = (controller.prototype as Record<string, unknown>)[name];
      const method = typeof handler === 'function' ? (Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined) : undefined;
      if (method === undefined) return [];
      const sub = String((Reflect.getMetadata(PATH_METADATA, handler as object) as string | undefined) ?? '').replace(/^\/|\/$/g, '');
      return [{ path: sub ? `${base}/${sub}` : base, method }];
    });
  });
}

/**
 * A workspace address to return to after signing in; anything else (another site, the API, the sign-in page
 * itself) falls back to the audience's home.
 */
export function safeNext(audience: WorkspaceAudience, next: unknown): string {
  const inside = new RegExp(`^${audience.basePath}(/[^\\s\\\\]*)?$`);
  return typeof next === 'string' && inside.test(next) && !next.startsWith(signInPath(audience)) && !next.startsWith('//') ? next : audience.home;
}
