import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import Tokens from '@fastify/csrf';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHmac } from 'node:crypto';
import { resolveJwtSecret } from '../auth/jwt-secret';
import { Principal } from '../auth/role';
import { AppConfig } from '../config/app-config';

/** The HttpOnly cookie holding this browser's form-token secret (scoped like the session cookie). */
export const FORM_SECRET_COOKIE = 'nearfill_form';
/** The hidden field every workspace form sends its token in. */
export const FORM_TOKEN_FIELD = '_csrf';

/** A form post that did not come from a page of this workspace (another site, or a page from an old session). */
export class RefusedFormError extends Error {
  constructor() {
    super('This form was not sent from a page of this workspace');
  }
}

type FormRequest = FastifyRequest & { principal?: Principal; body?: Record<string, unknown> };

// The token is bound to the signed-in user, or to "anonymous" on the sign-in page (the library refuses an empty one).
const userInfoOf = (request: FastifyRequest) => (request as FormRequest).principal?.userId ?? 'anonymous';

/**
 * Form tokens against cross-site posts (double submit, tied to the session): the secret lives in an HttpOnly
 * cookie, each form carries a token HMAC'd with that secret and the signed-in user's id, so a page of another
 * site can neither read a token nor reuse one from another person's session. SameSite=Strict cookies are the
 * first line; this is the second.
 */
@Injectable()
export class WorkspaceCsrf {
  private readonly tokens: ReturnType<typeof this.createTokens>;

  constructor(config: AppConfig) {
    this.tokens = this.createTokens(createHmac('sha256', resolveJwtSecret(config)).update('nearfill:form-tokens').digest());
  }

  private createTokens(hmacKey: Buffer) {
    return new Tokens({ userInfo: true, hmacKey });
  }

  /** The token a page's forms carry; sets the secret cookie (with `cookie` attributes) when the browser has none. */
  tokenFor(request: FastifyRequest, reply: FastifyReply, cookie: Parameters<FastifyReply['setCookie']>[2]): string {
    let secret = request.cookies[FORM_SECRET_COOKIE];
    if (!secret) {
      secret = this.tokens.secretSync();
      request.cookies[FORM_SECRET_COOKIE] = secret;
      reply.setCookie(FORM_SECRET_COOKIE, secret, cookie);
    }
    return this.tokens.create(secret, userInfoOf(request));
  }

  /** Whether a posted token belongs to this browser and this session. */
  verify(request: FormRequest, token: unknown): boolean {
    const secret = request.cookies[FORM_SECRET_COOKIE];
    return typeof secret === 'string' && typeof token === 'string' && this.tokens.verify(secret, token, userInfoOf(request));
  }
}

/**
 * Refuses every non-GET request to a workspace controller without a valid form token, then takes the token
 * out of the body so form DTOs validate only their own fields. Runs after the global auth guard, so the token
 * is checked against the session's user.
 */
@Injectable()
export class FormTokenGuard implements CanActivate {
  constructor(private readonly csrf: WorkspaceCsrf) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FormRequest>();
    if (request.method === 'GET' || request.method === 'HEAD') return true;
    if (!this.csrf.verify(request, request.body?.[FORM_TOKEN_FIELD])) throw new RefusedFormError();
    delete request.body![FORM_TOKEN_FIELD];
    return true;
  }
}
