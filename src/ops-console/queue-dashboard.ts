import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import type { IServerAdapter } from '@bull-board/api/typings/app';
import { FastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { QUEUES } from '../queue/jobs';
import { WorkspaceSessions } from '../workspace/workspace-session';
import { refuseConsoleAccess, sendPage } from './console-access';
import { CONSOLE_PATHS, OPS_WORKSPACE } from './console-paths';
import { OpsConsoleRenderer } from './ops-console.renderer';

/**
 * bull-board at /ops/queues, for ops only. It is a Fastify plugin rather than a Nest controller, so the
 * console's session check runs as an onRequest hook on its whole prefix, API and static files included.
 * Without Redis, jobs run in-process and the page says so.
 * bull-board works under the app's Content-Security-Policy (its scripts and styles are its own static
 * files), so the policy is not relaxed; only its Google Fonts stylesheet is blocked, and system fonts show.
 */
export async function mountQueueDashboard(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const sessions = app.get(WorkspaceSessions);
  const render = app.get(OpsConsoleRenderer);
  const fastify = app.getHttpAdapter().getInstance();

  await fastify.register(
    async (scope) => {
      scope.addHook('onRequest', async (request, reply) => {
        const session = await sessions.check(OPS_WORKSPACE, request);
        if ('denial' in session) refuseConsoleAccess(render, request, reply, session.denial);
      });
      if (config.inProcessJobs) {
        scope.get('/', async (_request, reply) => sendPage(reply, 200, render.page('queues-in-process')));
        return;
      }
      const board = new FastifyAdapter();
      createBullBoard({
        queues: Object.values(QUEUES).map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name), { strict: false }))),
        // @bull-board/fastify declares its own copy of these types (a patch release apart); the objects are the same.
        serverAdapter: board as unknown as IServerAdapter,
        options: { uiConfig: { boardTitle: 'Nearfill queues' } },
      });
      board.setBasePath(CONSOLE_PATHS.queues);
      await scope.register(board.registerPlugin());
    },
    { prefix: CONSOLE_PATHS.queues },
  );
}
