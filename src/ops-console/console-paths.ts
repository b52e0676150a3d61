import { Role } from '../auth/role';
import { WorkspaceAudience } from '../workspace/workspace-audience';

export const CONSOLE_PATHS = {
  home: '/ops',
  login: '/ops/login',
  logout: '/ops/logout',
  runs: '/ops/runs',
  windows: '/ops/windows',
  orders: '/ops/store-orders',
  accounts: '/ops/accounts',
  outbox: '/ops/outbox',
  deliveries: '/ops/deliveries',
  queues: '/ops/queues',
  payouts: '/ops/payouts-overview',
  payoutRun: '/ops/payouts-overview/run',
  retryPayout: (id: string) => `/ops/payouts-overview/${id}/retry`,
  reconciliation: '/ops/reconcile',
  replays: '/ops/what-if',
  insight: '/ops/fulfilment-insight',
  insightCsv: '/ops/fulfilment-insight/csv',
} as const;

/** The console as a workspace audience: its session cookie and sign-in rules come from the shared core. */
export const OPS_WORKSPACE: WorkspaceAudience = {
  title: 'Nearfill ops',
  basePath: CONSOLE_PATHS.home,
  role: Role.Ops,
  audienceName: 'Nearfill operations staff',
  home: CONSOLE_PATHS.runs,
  nav: [
    { key: 'runs', label: 'Runs', href: CONSOLE_PATHS.runs },
    { key: 'replays', label: 'What if', href: CONSOLE_PATHS.replays },
    { key: 'orders', label: 'Orders', href: CONSOLE_PATHS.orders },
    { key: 'insight', label: 'Insight', href: CONSOLE_PATHS.insight },
    { key: 'accounts', label: 'Accounts', href: CONSOLE_PATHS.accounts },
    { key: 'payouts', label: 'Payouts', href: CONSOLE_PATHS.payouts },
    { key: 'reconciliation', label: 'Reconciliation', href: CONSOLE_PATHS.reconciliation },
    { key: 'outbox', label: 'E-mails', href: CONSOLE_PATHS.outbox },
    { key: 'deliveries', label: 'Notifications', href: CONSOLE_PATHS.deliveries },
    { key: 'queues', label: 'Queues', href: CONSOLE_PATHS.queues },
  ],
};
