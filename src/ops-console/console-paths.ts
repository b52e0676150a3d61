import { RequestMethod } from '@nestjs/common';

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
