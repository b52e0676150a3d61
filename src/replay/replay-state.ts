// Defined apart from the entity so pages can read a replay's state without importing it.
export enum ReplayState {
  Queued = 'queued',
  Running = 'running',
  Completed = 'completed',
  Failed = 'failed',
}
