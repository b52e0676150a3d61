/** Every queue and job in one place, with the payload each job carries. */
export const QUEUES = {
  resolution: 'resolution',
  notifications: 'notifications',
  maintenance: 'maintenance',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobPayloads {
  'resolution.schedule': { slotKey: string; cutoff: string };
  'resolution.run': { runId: string };
  'resolution.part': { partId: string };
  'fulfilment.reroute-overdue': { slotKey: string };
}

export type JobName = keyof JobPayloads;

export const JOB_QUEUE: { [N in JobName]: QueueName } = {
  'resolution.schedule': QUEUES.resolution,
  'resolution.run': QUEUES.resolution,
  'resolution.part': QUEUES.resolution,
  'fulfilment.reroute-overdue': QUEUES.maintenance,
};
