import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { templateDatabase } from './test-env';

/**
 * Every status the API sends during the test suite, checked against the operation's documented responses.
 * Each test app records (method, route, status) and, when it closes, writes those its OpenAPI document does not
 * list to a file of the run's own folder; the global teardown reads them all (test files run in parallel workers).
 */

interface Undocumented {
  operation: string;
  status: number;
  testFile: string;
}

const folder = () => join(tmpdir(), `${templateDatabase()}-statuses`);

type Responses = Record<string, Record<string, { responses?: Record<string, unknown> }>>;

/** Starts recording the statuses `app` sends; the returned function writes the undocumented ones (call before closing). */
export function recordStatuses(app: NestFastifyApplication): () => Promise<void> {
  const seen = new Set<string>();
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url;
      if (route) seen.add(`${request.method} ${route} ${reply.statusCode}`);
    });
  return async () => {
    const response = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/docs-json' });
    const paths = response.json<{ paths: Responses }>().paths;
    const testFile = basename(expect.getState().testPath ?? 'unknown');
    const undocumented: Undocumented[] = [];
    for (const entry of seen) {
      const [method, route, status] = entry.split(' ');
      const path = route.replace(/:(\w+)/g, '{$1}');
      const responses = paths[path]?.[method.toLowerCase()]?.responses;
      if (!responses) continue; // not an API operation: pages, /docs, unmatched URLs
      if (!(status in responses || `${status[0]}XX` in responses || 'default' in responses)) {
        undocumented.push({ operation: `${method} ${path}`, status: Number(status), testFile });
      }
    }
    mkdirSync(folder(), { recursive: true });
    writeFileSync(join(folder(), `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.json`), JSON.stringify(undocumented));
  };
}

/** For the global teardown: every status sent during the run that its operation does not document. */
export function undocumentedStatuses(): string[] {
  let files: string[];
  try {
    files = readdirSync(folder());
  } catch {
    return [];
  }
  const found = new Set<string>();
  for (const file of files) {
    for (const entry of JSON.parse(readFileSync(join(folder(), file), 'utf8')) as Undocumented[]) {
      found.add(`${entry.operation} answered ${entry.status} (seen in ${entry.testFile}), which its OpenAPI responses do not list`);
    }
  }
  rmSync(folder(), { recursive: true, force: true });
  return [...found].sort();
}
