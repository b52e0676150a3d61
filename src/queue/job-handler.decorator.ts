import { SetMetadata } from '@nestjs/common';
import { JobName } from './jobs';

export const JOB_HANDLER = 'nearfill:job-handler';

/** Marks the provider method that runs a job; each job has exactly one, checked at start-up. */
export const HandlesJob = (name: JobName) => SetMetadata(JOB_HANDLER, name);
