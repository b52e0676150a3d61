import { Eta } from 'eta';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { join } from 'node:path';
import { Principal } from '../auth/role';
import { addSharedViews, viewsRenderer } from '../common/eta-views';
import { WORKSPACE_CSS_URL } from './workspace-assets.controller';
import { accountPaths, signInPath, signOutPath, WorkspaceAudience } from './workspace-audience';
import { WorkspaceCsrf } from './workspace-csrf';
import { Reader, readerFormat, UNKNOWN_READER } from './workspace-format';
import { WorkspaceSessions } from './workspace-session';

/** Templates every workspace shares, loaded under `@name`: `layout('@layout')`, `include('@form-token', it)`. */
const SHARED_VIEWS = [
  'layout',
  'sign-in',
  'account',
  'problem',
  'form-token',
  'error-summary',
  'pager',
  'statement',
  'packing-slip',
  'returns',
  'return',
  'order-returns',
  'payouts',
  'replays',
  'replay',
  'replay-field',
  'insight-report',
];

/** What every page of a workspace may pass besides its own view-model. */
export interface PageContext {
  /** Who reads the page: miles or km, and the time zone of every date. */
  reader?: Reader;
  /** The navigation entry to mark as the current page. */
  current?: string;
  /** A one-line confirmation shown at the top ("Bid placed"). */
  notice?: string;
}

/** Waiting work per navigation key ("orders" → 2 "to ship"), counted as the page renders; 0 shows nothing. */
export type NavCounts = Record<string, { count: number; words: string }>;

/**
 * Renders one audience's pages: its own Eta views beside its controllers plus the shared layout and partials.
 * Every value is HTML-escaped unless a template says otherwise. An audience extends this with its audience and
 * views folder (see docs/pages.md, "Workspaces (shared core)").
 */
export abstract class WorkspacePages {
  private readonly eta: Eta;

  protected constructor(
    readonly audience: WorkspaceAudience,
    viewsDir: string,
    private readonly csrf: WorkspaceCsrf,
    private readonly sessions: WorkspaceSessions,
    /** The audience's own addresses, given to every view as `it.links`. */
    private readonly links: Record<string, unknown> = {},
  ) {
    this.eta = viewsRenderer(viewsDir);
    addSharedViews(this.eta, join(__dirname, 'views'), SHARED_VIEWS);
  }

  /** Who reads this principal's pages (time zone, units); overridden where the party has locations. */
  async readerFor(_principal: Principal): Promise<Reader> {
    return UNKNOWN_READER;
  }

  /**
   * Renders `template` (an audience view, or a shared one as "@name") and sends it with `status`. The navigation's
   * waiting work is counted here, so only a request that answers with a page pays for it (never a redirect or JSON).
   */
  async send(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    template: string,
    data: PageContext & Record<string, unknown> = {},
  ): Promise<void> {
    const { principal } = request as FastifyRequest & { principal?: Principal };
    this.render(request, reply, status, template, data, principal ? await this.navCounts(principal) : {});
  }

  /** An error page, sent at once (an exception filter answers synchronously): its navigation shows no counts. */
  sendProblem(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    data: { heading: string; message: string; back?: { href: string; label: string } },
  ): void {
    this.render(request, reply, status, '@problem', data, {});
  }

  /** Waiting work to show in the navigation of `principal`'s page; an audience that has some overrides this. */
  protected navCounts(_principal: Principal): Promise<NavCounts> {
    return Promise.resolve({});
  }

  private render(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    template: string,
    data: PageContext & Record<string, unknown>,
    navCounts: NavCounts,
  ): void {
    const { principal } = request as FastifyRequest & { principal?: Principal };
    const formToken = this.csrf.tokenFor(request, reply, this.sessions.cookieOptions(this.audience, request));
    const html = this.eta.render(template, {
      ...data,
      audience: this.audience,
      links: this.links,
      signedIn: Boolean(principal),
      formToken,
      css: WORKSPACE_CSS_URL,
      paths: { login: signInPath(this.audience), logout: signOutPath(this.audience), ...accountPaths(this.audience) },
      format: readerFormat(data.reader ?? UNKNOWN_READER),
      navCounts,
    });
    reply.status(status).header('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(html);
  }
}
