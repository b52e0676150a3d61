import { Logger } from '@nestjs/common';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The embedded default: PGlite (PostgreSQL compiled to WebAssembly) keeping its data in a local folder,
 * served on a loopback socket so the app talks to it through the ordinary `pg` driver.
 * PGlite has a single session, so the socket server accepts ONE connection and the app's pool holds one:
 * transactions are serialised instead of interleaving on a shared session (which loses committed rows).
 */
export class EmbeddedPostgres {
  private readonly logger = new Logger(EmbeddedPostgres.name);
  private db?: PGlite;
  private server?: PGLiteSocketServer;
  private readonly lockFile: string;
  readonly dataDir: string;

  constructor(dataRoot: string) {
    this.dataDir = resolve(dataRoot, 'pg');
    this.lockFile = join(resolve(dataRoot), 'pg.lock');
  }

  async start(): Promise<string> {
    mkdirSync(this.dataDir, { recursive: true });
    this.takeLock();
    this.db = await PGlite.create({ dataDir: this.dataDir, extensions: { cube, earthdistance, pgcrypto } });
    this.server = new PGLiteSocketServer({ db: this.db, host: '127.0.0.1', port: 0, maxConnections: 1 });
    await this.server.start();
    const url = `postgres://postgres:postgres@${this.server.getServerConn()}/postgres`;
    this.logger.log(`Embedded PostgreSQL (PGlite) in ${this.dataDir}`);
    return url;
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    await this.db?.close();
    this.server = undefined;
    this.db = undefined;
    rmSync(this.lockFile, { force: true });
  }

  /** Throws EmbeddedDatabaseInUse when another live process holds this data folder. */
  checkFree(): void {
    let holder = 0;
    try {
      holder = Number(readFileSync(this.lockFile, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (holder && holder !== process.pid && processIsAlive(holder)) throw new EmbeddedDatabaseInUse(this.dataDir, holder);
  }

  // A PGlite data folder opened by two processes at once is corrupted, so refuse rather than share it.
  private takeLock(): void {
    this.checkFree();
    writeFileSync(this.lockFile, String(process.pid));
  }
}

/** Another process (an app, `npm run demo`, a CLI) has the embedded database open. */
export class EmbeddedDatabaseInUse extends Error {
  constructor(
    dataDir: string,
    readonly holder: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${holder} (another Nearfill, or npm run demo). ` +
        'Stop that process, or set DATA_DIR to another folder.',
    );
  }
}

/**
 * Refuses, before anything boots, to open an embedded data folder another live process holds (the app, the
 * demo or a CLI): throws EmbeddedDatabaseInUse, whose message is the one line to print. Nothing to check when
 * DATABASE_URL points at a server (`embeddedDatabase` false).
 */
export function checkEmbeddedDatabaseFree(config: { embeddedDatabase: boolean; DATA_DIR: string }): void {
  if (config.embeddedDatabase) new EmbeddedPostgres(config.DATA_DIR).checkFree();
}
