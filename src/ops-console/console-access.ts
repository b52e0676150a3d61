import type { FastifyReply, FastifyRequest } from 'fastify';
import { safeNext as workspaceNext } from '../workspace/workspace-audience';
import { Denial } from '../workspace/workspace-session';
import { CONSOLE_PATHS, OPS_WORKSPACE } from './console-paths';
import { OpsConsoleRenderer } from './ops-console.renderer';

const wantsHtml = (request: FastifyRequest) => (request.headers.accept ?? '').includes('text/html');

/** A console address to return to after signing in; anything else (another site, the API) falls back to the runs page. */
export const safeNext = (next: unknown): string => workspaceNext(OPS_WORKSPACE, next);

/**
 * A browser is sent to the sign-in page (and back here afterwards), or told its account is not an ops
 * account; a script gets the API's JSON error.
 */
export function refuseConsoleAccess(render: OpsConsoleRenderer, request: FastifyRequest, reply: FastifyReply, denial: Denial): void {
  if (!wantsHtml(request)) {
    const body =
      denial === 'unauthenticated'
        ? { statusCode: 401, error: 'Unauthorized', message: `Sign in with an ops account at ${CONSOLE_PATHS.login} first` }
        : { statusCode: 403, error: 'Forbidden', message: 'The ops console is for ops accounts only' };
    reply.status(body.statusCode).send(body);
    return;
  }
  if (denial === 'unauthenticated') {
    const next = encodeURIComponent(safeNext(request.url));
    reply.status(303).header('Location', `${CONSOLE_PATHS.login}?next=${next}`).send();
    return;
  }
  sendPage(reply, 403, render.page('problem', {
    heading: 'Ops accounts only',
    message: 'The ops console is for Nearfill operations staff, and you are signed in with another kind of account. Sign out, then sign in with an ops account.',
  }));
}

export function sendPage(reply: FastifyReply, status: number, html: string): void {
  reply.status(status).type('text/html; charset=utf-8').send(html);
}
