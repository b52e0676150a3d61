import 'reflect-metadata';
import { createServer } from 'node:net';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { checkEmbeddedDatabaseFree, EmbeddedDatabaseInUse } from './database/embedded-postgres';
import { checkQueuePrefixFree, QueuePrefixTaken } from './queue/queue-prefix';

/** A start-up failure a user can fix, said in one line with the fix; anything else keeps its stack. */
function explain(error: unknown, config?: AppConfig): string | null {
  if (error instanceof ConfigError || error instanceof EmbeddedDatabaseInUse || error instanceof QueuePrefixTaken) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (config && code === 'EADDRINUSE') {
    return `Port ${config.PORT} on ${config.HOST} is already in use (another Nearfill?). Stop that process, or start with another port: PORT=${config.PORT + 1} npm start`;
  }
  if (config && code === 'EACCES') {
    return `Not allowed to listen on port ${config.PORT}: ports below 1024 need privileges. Start with PORT=3000 (or another port above 1023).`;
  }
  return null;
}

// Checked before anything starts, so the one line is all the user sees.
function portIsFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

let config: AppConfig | undefined;

async function bootstrap(): Promise<void> {
  config = loadConfig();
  await portIsFree(config.PORT, config.HOST);
  checkEmbeddedDatabaseFree(config);
  await checkQueuePrefixFree(config);
  // Loaded only now: the whole app takes seconds to load, and a start-up mistake should be told at once.
  const { createApp } = await import('./app.factory.js');
  const app = await createApp(config);
  // Graceful shutdown: stop taking requests, let jobs and queries finish, close the database, exit 0.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      app.close().then(
        () => process.exit(0),
        (error) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
  await app.listen({ port: config.PORT, host: config.HOST });
  const base = config.PUBLIC_BASE_URL;
  console.log(`Nearfill is listening on ${base} (stores and workspaces: ${base}/, API docs: ${base}/docs)`);
}

bootstrap().catch((error) => {
  console.error(explain(error, config) ?? error);
  process.exit(1);
});
