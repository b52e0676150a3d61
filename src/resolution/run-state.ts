/** Where a resolution run stands. */
export enum RunState {
  Queued = 'queued',
  Running = 'running',
  Completed = 'completed',
  Failed = 'failed',
}
