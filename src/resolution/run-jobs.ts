import { EnqueueOptions } from '../queue/job-queue';

// A part failing this many times fails its run; the orders it left stay posted for the next run.
export const PART_ATTEMPTS = 5;

/** The job that plans a run (and hands its unfinished parts to the queue again when run twice); its id keeps it single. */
export const runJob = (runId: string): { data: { runId: string }; options: EnqueueOptions } => ({
  data: { runId },
  options: { jobId: `resolution-run-${runId}`, attempts: PART_ATTEMPTS },
});

/** The job that awards one part's orders batch by batch. */
export const partJob = (partId: string): { data: { partId: string }; options: EnqueueOptions } => ({
  data: { partId },
  options: { jobId: `resolution-part-${partId}`, attempts: PART_ATTEMPTS },
});
