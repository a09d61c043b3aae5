import type { SlurmCluster } from './slurm-cluster.js';

/** One job (or array task) as `scontrol show job` reports it. */
export interface SlurmJob {
  readonly id: string;
  readonly state: string;
  readonly reason: string;
  readonly restarts: number;
  /** Seconds it ran (RunTime), whole seconds as Slurm counts them. */
  readonly runSeconds: number;
}

function seconds(runTime: string): number {
  // [days-]hours:minutes:seconds
  const [days, clock] = runTime.includes('-') ? runTime.split('-') : ['0', runTime];
  const [h = 0, m = 0, s = 0] = (clock ?? '').split(':').map(Number);
  return Number(days) * 86_400 + h * 3600 + m * 60 + s;
}

/** The job `id` (`123`, or `123_4` for one array task); an array job gives one entry per task. */
export function slurmJobs(cluster: SlurmCluster, id: string): SlurmJob[] {
  return cluster
    .command('scontrol', ['show', 'job', '-o', id])
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const field = (name: string) => new RegExp(`(?:^| )${name}=(\\S*)`).exec(line)?.[1] ?? '';
      const arrayJob = field('ArrayJobId');
      const task = field('ArrayTaskId');
      return {
        id: arrayJob === '' || task === '' ? field('JobId') : `${arrayJob}_${task}`,
        state: field('JobState'),
        reason: field('Reason'),
        restarts: Number(field('Restarts')),
        runSeconds: seconds(field('RunTime')),
      };
    });
}

/** The one job or array task `id`. */
export function slurmJob(cluster: SlurmCluster, id: string): SlurmJob {
  const [job] = slurmJobs(cluster, id);
  if (job === undefined) throw new Error(`Slurm does not know job ${id}`);
  return job;
}

/** States a job does not leave by itself. */
export const FINAL_STATES: ReadonlySet<string> = new Set([
  'COMPLETED',
  'FAILED',
  'CANCELLED',
  'TIMEOUT',
  'NODE_FAIL',
  'OUT_OF_MEMORY',
  'BOOT_FAIL',
  'DEADLINE',
  'PREEMPTED',
]);
