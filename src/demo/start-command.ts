/** The settings that decide where the app listens and which data it serves: the demo's printed URLs depend on them. */
const SERVING_SETTINGS = ['PORT', 'HOST', 'PUBLIC_BASE_URL', 'DATA_DIR', 'DATABASE_URL', 'REDIS_URL'] as const;

/** A value as one shell word: bare when it is plain, else in single quotes. */
function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The command that starts the app the demo just seeded, e.g. "PORT=3600 npm start". `environment` is the process
 * environment as the user set it, before `.env` was read (`npm start` reads `.env` itself, so its settings need not be
 * repeated). A database or Redis URL holding a password is not printed: the command says to give the same one.
 */
export function startCommand(environment: Record<string, string | undefined>): string {
  const settings = SERVING_SETTINGS.filter((name) => environment[name]).map((name) => {
    const value = environment[name]!;
    return /^\w+:\/\/[^/@]*:[^/@]*@/.test(value) ? `${name}=<the same URL as for the demo>` : `${name}=${shellWord(value)}`;
  });
  return [...settings, 'npm start'].join(' ');
}
