import type { FastifyReply, FastifyRequest } from 'fastify';
import { Denial } from '../workspace/workspace-session';
import { CONSOLE_PATHS } from './console-paths';
import { OpsConsolePages } from './ops-console-pages';

const wantsHtml = (request: FastifyRequest) => (request.headers.accept ?? '').includes('text/html');

/**
 * For the queue dashboard, which is a Fastify plugin outside Nest's guards and filters: a browser is sent to the
 * sign-in page (and back here afterwards), or told its account is not an ops account; a script gets the API's JSON error.
 */
export function refuseConsoleAccess(pages: OpsConsolePages, request: FastifyRequest, reply: FastifyReply, denial: Denial): void {
  if (!wantsHtml(request)) {
    const body =
      denial === 'unauthenticated'
        ? { statusCode: 401, error: 'Unauthorized', message: `Sign in with an ops account at ${CONSOLE_PATHS.login} first` }
        : { statusCode: 403, error: 'Forbidden', message: 'The ops console is for ops accounts only' };
    reply.status(body.statusCode).send(body);
    return;
  }
  if (denial === 'unauthenticated') {
    reply
      .status(303)
      .header('Location', `${CONSOLE_PATHS.login}?next=${encodeURIComponent(CONSOLE_PATHS.queues)}`)
      .send();
    return;
  }
  pages.sendProblem(request, reply, 403, {
    heading: 'Ops accounts only',
    message:
      'The ops console is for Nearfill operations staff, and you are signed in with another kind of account. Sign out, then sign in with an ops account.',
  });
}
