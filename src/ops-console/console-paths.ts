import { RequestMethod } from '@nestjs/common';
import { Role } from '../auth/role';
import { WorkspaceAudience } from '../workspace/workspace-audience';

export const CONSOLE_PATHS = {
  home: '/ops',
  login: '/ops/login',
  logout: '/ops/logout',
  runs: '/ops/runs',
  queues: '/ops/queues',
} as const;

/** The console's HTML pages are served at /ops/..., outside the JSON API's /api/v1 prefix. */
export const CONSOLE_PAGE_ROUTES = [
  { path: 'ops', method: RequestMethod.GET },
  { path: 'ops/login', method: RequestMethod.ALL },
  { path: 'ops/logout', method: RequestMethod.POST },
  { path: 'ops/runs', method: RequestMethod.GET },
];

/** The console as a workspace audience: its session cookie and sign-in rules come from the shared core. */
export const OPS_WORKSPACE: WorkspaceAudience = {
  title: 'Nearfill ops',
  basePath: CONSOLE_PATHS.home,
  role: Role.Ops,
  audienceName: 'Nearfill operations staff',
  home: CONSOLE_PATHS.runs,
  nav: [
    { key: 'runs', label: 'Resolution runs', href: CONSOLE_PATHS.runs },
    { key: 'queues', label: 'Queues', href: CONSOLE_PATHS.queues },
  ],
};
