import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/app-config';
import { checkEmbeddedDatabaseFree } from '../database/embedded-postgres';
import { RunView } from './resolution.dto';
import { ResolutionService } from './resolution.service';
import { RunTrigger, RunState } from './resolution-run.entity';

const USAGE = 'Usage: npm run resolve -- [--dry-run] [--manufacturer <store slug>]';
const BAR_WIDTH = 30;

function progressBar(run: RunView): string {
  const filled = Math.round((run.progressPercent / 100) * BAR_WIDTH);
  return `\r[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${String(run.progressPercent).padStart(3)}%  ${run.counts.considered}/${run.planned} orders`;
}

function summary(run: RunView): string {
  const rows: [string, string | number][] = [
    ['run', run.id],
    ['state', run.state + (run.dryRun ? ' (dry run: nothing written)' : '')],
    ['orders considered', run.counts.considered],
    ['awarded to retailers', run.counts.awardedRetailer],
    ['awarded to manufacturers', run.counts.awardedManufacturer],
    ['mean distance (km)', run.distance.meanKm ?? '-'],
    ['max distance (km)', run.distance.maxKm ?? '-'],
    ['jobs', `${run.parts.done}/${run.parts.total}`],
    ['duration (s)', run.durationMs === null ? '-' : (run.durationMs / 1000).toFixed(1)],
  ];
  if (run.error) rows.push(['error', run.error]);
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n');
}

// `npm run resolve`: runs the resolver now, from a terminal, and waits for it (its jobs run here, or on
// the workers when REDIS_URL is set). Exits non-zero if the run fails.
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false }, manufacturer: { type: 'string' } } });
  const config = loadConfig();
  checkEmbeddedDatabaseFree(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
  try {
    let manufacturerId: string | undefined;
    if (values.manufacturer) {
      const [store] = await app
        .get(DataSource)
        .query<({ manufacturer_id: string } | undefined)[]>(`SELECT manufacturer_id FROM stores WHERE slug = $1`, [values.manufacturer]);
      if (!store) throw new Error(`No store has the slug "${values.manufacturer}"; use the slug of the manufacturer's store.\n${USAGE}`);
      manufacturerId = store.manufacturer_id;
    }
    const resolutions = app.get(ResolutionService);
    let run = await resolutions.start({ trigger: RunTrigger.Cli, dryRun: values['dry-run'], manufacturerId });
    while (run.state === RunState.Queued || run.state === RunState.Running) {
      process.stderr.write(progressBar(run));
      await new Promise((resolve) => setTimeout(resolve, 250));
      run = await resolutions.get(run.id);
    }
    process.stderr.write(`${progressBar(run)}\n`);
    console.log(summary(run));
    return run.state === RunState.Completed ? 0 : 1;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
