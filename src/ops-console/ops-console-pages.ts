import { Catch, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { join } from 'node:path';
import { describeStatus } from '../orders/order-status';
import { WorkspaceCsrf } from '../workspace/workspace-csrf';
import { WorkspacePageFilter } from '../workspace/workspace-page.filter';
import { PageContext, WorkspacePages } from '../workspace/workspace-pages';
import { WorkspaceSessions } from '../workspace/workspace-session';
import { CONSOLE_PATHS, OPS_WORKSPACE } from './console-paths';

/** The console's own figures beside the shared reader format: ops read km and UTC. */
const OPS_FORMAT = {
  km: (value: number | null) => (value === null ? '—' : `${value.toFixed(1)} km`),
  percent: (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`),
  seconds: (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(1)} s`),
  utc: (at: Date | string | null) => (at === null ? '—' : new Date(at).toISOString().slice(0, 16).replace('T', ' ')),
  status: describeStatus,
};

/** The console's pages: its views beside its controllers, the shared layout, sessions and form tokens. */
@Injectable()
export class OpsConsolePages extends WorkspacePages {
  constructor(csrf: WorkspaceCsrf, sessions: WorkspaceSessions) {
    super(OPS_WORKSPACE, join(__dirname, 'views'), csrf, sessions, CONSOLE_PATHS);
  }

  override send(request: FastifyRequest, reply: FastifyReply, status: number, template: string, data: PageContext & Record<string, unknown> = {}): void {
    super.send(request, reply, status, template, { ...data, ops: OPS_FORMAT });
  }
}

@Injectable()
@Catch()
export class OpsConsolePageFilter extends WorkspacePageFilter {
  constructor(pages: OpsConsolePages) {
    super(pages);
  }
}
