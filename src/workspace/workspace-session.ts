import { Injectable } from '@nestjs/common';
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../auth/auth.decorators';
import { AuthService } from '../auth/auth.service';
import { LoginThrottled } from '../auth/login-throttle';
import { SessionsService } from '../auth/sessions.service';
import { Principal } from '../auth/role';
import { AppConfig } from '../config/app-config';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { WorkspaceAudience } from './workspace-audience';

/** Why a browser may not open a workspace page: nobody signed in, or an account of another kind. */
export type Denial = 'unauthenticated' | 'forbidden';

/** What a sign-in attempt came to: the session was set, or a message to show beside the form. */
export type SignInOutcome = { ok: true } | { ok: false; status: number; error: string };

/**
 * Sessions of the HTML workspaces: the API's own access token in an HttpOnly, SameSite=Strict cookie scoped to
 * the audience's path (Secure in production or over HTTPS). Routes marked `@AcceptsSessionCookie()` read it
 * through the global auth guard, so a page sees exactly the principal the API would.
 */
@Injectable()
export class WorkspaceSessions {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  /** Cookie attributes for everything a workspace keeps in the browser. */
  cookieOptions(audience: WorkspaceAudience, request: FastifyRequest, maxAgeSeconds?: number): CookieSerializeOptions {
    return {
      path: audience.basePath,
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.NODE_ENV === 'production' || request.protocol === 'https',
      ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
    };
  }

  /**
   * Checks the e-mail and password with the API's login, refuses an account of another role with a message
   * naming it, and on success sets the session cookie. The caller redirects.
   */
  async signIn(audience: WorkspaceAudience, email: string, password: string, request: FastifyRequest, reply: FastifyReply): Promise<SignInOutcome> {
    if (!email || !password) return { ok: false, status: 400, error: 'Enter your e-mail and password.' };
    let session: Awaited<ReturnType<AuthService['login']>>;
    try {
      session = await this.auth.login(email, password, request.ip);
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.Unauthenticated) return { ok: false, status: 401, error: `${error.message}.` };
      if (error instanceof LoginThrottled) {
        reply.header('Retry-After', String(error.retryAfterSeconds));
        return { ok: false, status: 429, error: error.message };
      }
      throw error;
    }
    if (session.user.role !== audience.role) {
      return {
        ok: false,
        status: 403,
        error: `${audience.title} is for ${audience.audienceName}; ${email} is ${article(session.user.role)} ${session.user.role} account. ${elsewhere(session.user.role)}`,
      };
    }
    this.renew(audience, request, reply, session);
    return { ok: true };
  }

  /** Ends the cookie's session on the server (its token is refused from now on, as a bearer token too) and clears the cookie. */
  async signOut(audience: WorkspaceAudience, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    await this.sessions.signOut(request.cookies[SESSION_COOKIE]);
    this.clear(audience, request, reply);
  }

  /** Clears the session cookie (the session itself already ended, e.g. by "sign out everywhere"). */
  clear(audience: WorkspaceAudience, request: FastifyRequest, reply: FastifyReply): void {
    const { maxAge: _, ...options } = this.cookieOptions(audience, request);
    reply.clearCookie(SESSION_COOKIE, options);
  }

  /** Replaces the cookie's token with a new session's (after a password change). */
  renew(audience: WorkspaceAudience, request: FastifyRequest, reply: FastifyReply, session: { accessToken: string; expiresIn: number }): void {
    reply.setCookie(SESSION_COOKIE, session.accessToken, this.cookieOptions(audience, request, session.expiresIn));
  }

  /** For addresses served outside Nest's guards (e.g. a mounted dashboard): who the session cookie belongs to. */
  async check(audience: WorkspaceAudience, request: FastifyRequest): Promise<{ principal: Principal } | { denial: Denial }> {
    const token = request.cookies[SESSION_COOKIE];
    const principal = token ? await this.auth.principalForToken(token) : undefined;
    if (!principal) return { denial: 'unauthenticated' };
    return principal.role === audience.role ? { principal } : { denial: 'forbidden' };
  }
}

const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');

/** Where each kind of account does its work instead. */
function elsewhere(role: string): string {
  switch (role) {
    case 'retailer':
      return 'Retailers sign in at /retailer.';
    case 'manufacturer':
      return 'Manufacturers sign in at /manufacturer.';
    default:
      return 'Ops staff sign in at /ops.';
  }
}
