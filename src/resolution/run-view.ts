import { RunView } from './resolution.dto';
import { ResolutionRun, RunState } from './resolution-run.entity';

const round1 = (km: number) => Math.round(km * 10) / 10;

/** A run as ops read it: progress, counts, mean and max distance, duration. */
export function runView(run: ResolutionRun, now: Date): RunView {
  const progress = run.state === RunState.Completed ? 100 : run.planned ? Math.min(99, Math.floor((run.considered / run.planned) * 100)) : 0;
  const end = run.finishedAt ?? (run.startedAt ? now : null);
  return {
    id: run.id,
    trigger: run.trigger,
    dryRun: run.dryRun,
    manufacturerId: run.manufacturerId,
    state: run.state,
    progressPercent: progress,
    planned: run.planned,
    counts: { considered: run.considered, awardedRetailer: run.awardedRetailer, awardedManufacturer: run.awardedManufacturer },
    distance: {
      meanKm: run.awardedRetailer ? round1(run.totalDistanceKm / run.awardedRetailer) : null,
      maxKm: run.maxDistanceKm === null ? null : round1(run.maxDistanceKm),
    },
    parts: { total: run.partsTotal, done: run.partsDone },
    sample: run.sample,
    error: run.error,
    recoveries: run.recoveries,
    recoveredAt: run.recoveredAt,
    cutoff: run.cutoff,
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    durationMs: run.startedAt && end ? end.getTime() - run.startedAt.getTime() : null,
  };
}
