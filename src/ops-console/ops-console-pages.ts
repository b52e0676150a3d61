import { Catch, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { join } from 'node:path';
import { describeStatus } from '../orders/order-status';
import { WorkspaceCsrf } from '../workspace/workspace-csrf';
import { WorkspacePageFilter } from '../workspace/workspace-page.filter';
import { PageContext, WorkspacePages } from '../workspace/workspace-pages';
import { WorkspaceSessions } from '../workspace/workspace-session';
import { CONSOLE_PATHS, OPS_WORKSPACE } from './console-paths';

const RUN_WORDS: Record<string, string> = { queued: 'Waiting to start', running: 'In progress', completed: 'Finished', failed: 'Failed' };

const DELIVERY_WORDS: Record<string, string> = {
  pending: 'Waiting to send',
  delivered: 'Delivered or sent',
  failed: 'Failed',
  dropped: 'Dropped: nobody to send it to',
};

/** The console's own figures beside the shared reader format: ops read km and UTC. */
export const OPS_FORMAT = {
  km: (value: number | null) => (value === null ? '—' : `${value.toFixed(1)} km`),
  percent: (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`),
  seconds: (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(1)} s`),
  utc: (at: Date | string | null) => (at === null ? '—' : new Date(at).toISOString().slice(0, 16).replace('T', ' ')),
  status: describeStatus,
  /** A notification's state in words: an e-mail kept because no mail server is set was not delivered to anyone. */
  delivery: (n: { channel: string; state: string; attempts: number; transport: string | null }) =>
    n.state === 'delivered'
      ? n.channel === 'webhook'
        ? 'Delivered'
        : n.channel === 'email'
          ? n.transport === 'outbox'
            ? 'Kept (no mail server set)'
            : 'Sent'
          : 'Done'
      : (DELIVERY_WORDS[n.state] ?? n.state),
  deliveryState: (state: string) => DELIVERY_WORDS[state] ?? state,
  /** A run's state in words ("running" → "In progress"). */
  run: (state: string) => RUN_WORDS[state] ?? state,
};

/** The console's pages: its views beside its controllers, the shared layout, sessions and form tokens. */
@Injectable()
export class OpsConsolePages extends WorkspacePages {
  constructor(csrf: WorkspaceCsrf, sessions: WorkspaceSessions) {
    super(OPS_WORKSPACE, join(__dirname, 'views'), csrf, sessions, CONSOLE_PATHS);
  }

  override send(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    template: string,
    data: PageContext & Record<string, unknown> = {},
  ): Promise<void> {
    return super.send(request, reply, status, template, { ...data, ops: OPS_FORMAT });
  }
}

@Injectable()
@Catch()
export class OpsConsolePageFilter extends WorkspacePageFilter {
  constructor(pages: OpsConsolePages) {
    super(pages);
  }
}
