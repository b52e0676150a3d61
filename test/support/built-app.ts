import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
export const MAIN = join(ROOT, 'dist', 'src', 'main.js');
export const OPS_CLI = join(ROOT, 'dist', 'src', 'auth', 'create-ops-user.cli.js');
export const DEMO_CLI = join(ROOT, 'dist', 'src', 'demo', 'demo.cli.js');
export const RESOLVE_CLI = join(ROOT, 'dist', 'src', 'resolution', 'resolve.cli.js');

/** Only what a process needs to run at all: no Nearfill variable. */
export const BARE_ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' };

export interface RunningApp {
  process: ChildProcess;
  output: () => string;
  stop(): Promise<number | null>;
}

/** Starts the built app (`node dist/src/main.js`) as a user would and waits until it answers /health/ready. */
export async function startBuiltApp(cwd: string, baseUrl: string, env: Record<string, string> = BARE_ENV): Promise<RunningApp> {
  const child = spawn(process.execPath, [MAIN], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`The app did not become ready in 150 s:\n${output}`);
    const ready = await fetch(`${baseUrl}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    process: child,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

export function runCli(script: string, args: string[], cwd: string, env: Record<string, string> = BARE_ENV) {
  return spawnSync(process.execPath, [script, ...args], { cwd, env, encoding: 'utf8', timeout: 180_000 });
}
