import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { installDebianPackages } from '../support/debian-packages.js';
import { waitFor } from './wait-for.js';

/** The Debian packages that provide Slurm's daemons and clients and the munge authentication they use. */
const SLURM_PACKAGES = ['slurm-wlm', 'munge'] as const;

/** Signals that end a test run from outside; the cluster is stopped before the process dies of them. */
const STOP_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

const DAEMONS = ['/usr/sbin/munged', '/usr/sbin/slurmctld', '/usr/sbin/slurmd', '/usr/bin/sbatch'] as const;

/** Whether munged, slurmctld, slurmd and the client commands are installed. */
function slurmInstalled(): boolean {
  return DAEMONS.every((path) => existsSync(path));
}

/**
 * Why a private Slurm cluster cannot be run here, or undefined when it can: slurmd runs as
 * root, and installing slurm-wlm and munge where they are missing needs apt-get (Debian, Ubuntu).
 */
export function whySlurmCannotRun(): string | undefined {
  if (process.getuid?.() !== 0) return 'a private Slurm cluster needs root (slurmd runs as root)';
  if (!slurmInstalled() && !existsSync('/usr/bin/apt-get'))
    return 'slurm-wlm and munge are not installed, and there is no apt-get to install them';
  return undefined;
}

/** Installs slurm-wlm and munge from the distribution when missing (as root, with apt-get). */
export function installSlurm(): void {
  if (!slurmInstalled()) installDebianPackages(SLURM_PACKAGES);
}

/** A private single-node Slurm cluster: its own munge key and socket, config, spool, state and logs under one folder. */
export interface SlurmCluster {
  /** Environment for sbatch, squeue, scontrol and scancel: points them at this cluster's slurm.conf. */
  readonly env: NodeJS.ProcessEnv;
  /** The node's name and CPU count, as configured. */
  readonly node: { readonly name: string; readonly cpus: number };
  /** Runs a Slurm client command (sbatch, scontrol...) against this cluster and returns its stdout. */
  command(name: string, args: readonly string[], options?: { cwd?: string; env?: NodeJS.ProcessEnv }): string;
  /** The daemons' logs, for a failure message. */
  logs(): string;
  /** Cancels every job, stops the daemons by pid and removes the folder. Safe to call twice. */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return await new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** The node as slurmd sees it (`slurmd -C`): its name and memory; its CPUs are the ones this process may use. */
function thisNode(): { name: string; cpus: number; memoryMb: number } {
  const line = execFileSync('/usr/sbin/slurmd', ['-C'], { encoding: 'utf8' }).split('\n')[0] ?? '';
  const name = /NodeName=(\S+)/.exec(line)?.[1];
  const memoryMb = Number(/RealMemory=(\d+)/.exec(line)?.[1]);
  if (name === undefined || !(memoryMb > 0)) throw new Error(`cannot read this node from slurmd -C: ${line}`);
  return { name, cpus: availableParallelism(), memoryMb };
}

/**
 * Starts munged, slurmctld and slurmd in the foreground as children of this process, on free
 * ports, with everything they write under `dir`, and resolves once the node is idle. The
 * daemons are also stopped when this process exits, should `stop` never be called.
 */
export async function startSlurmCluster(dir: string): Promise<SlurmCluster> {
  const node = thisNode();
  const paths = {
    munge: join(dir, 'munge'),
    key: join(dir, 'munge-key', 'munge.key'),
    state: join(dir, 'state'),
    spool: join(dir, 'spool'),
    log: join(dir, 'log'),
    conf: join(dir, 'slurm.conf'),
  };
  for (const path of [paths.munge, join(dir, 'munge-key'), paths.state, paths.spool, paths.log]) mkdirSync(path, { recursive: true });
  // munged wants its key private and its socket's folder open to every user.
  chmodSync(join(dir, 'munge-key'), 0o700);
  writeFileSync(paths.key, randomBytes(128), { mode: 0o600 });
  chmodSync(paths.munge, 0o755);
  const socket = join(paths.munge, 'munge.socket');
  const [controllerPort, nodePort] = [await freePort(), await freePort()];
  writeFileSync(
    paths.conf,
    [
      'ClusterName=crisis-sim-scale',
      // Addressed by loopback, so that the node's name need not resolve (as in some containers).
      `SlurmctldHost=${node.name}(127.0.0.1)`,
      `SlurmctldPort=${controllerPort}`,
      `SlurmdPort=${nodePort}`,
      'SlurmUser=root',
      'SlurmdUser=root',
      'AuthType=auth/munge',
      'CredType=cred/munge',
      `AuthInfo=socket=${socket}`,
      `StateSaveLocation=${paths.state}`,
      `SlurmdSpoolDir=${paths.spool}`,
      `SlurmctldPidFile=${join(dir, 'slurmctld.pid')}`,
      `SlurmdPidFile=${join(dir, 'slurmd.pid')}`,
      `SlurmctldLogFile=${join(paths.log, 'slurmctld.log')}`,
      `SlurmdLogFile=${join(paths.log, 'slurmd.log')}`,
      // No cgroups, systemd or accounting database: plain processes, as in a container.
      'ProctrackType=proctrack/linuxproc',
      'TaskPlugin=task/none',
      'JobAcctGatherType=jobacct_gather/none',
      'AccountingStorageType=accounting_storage/none',
      'MpiDefault=none',
      'MailProg=/bin/true',
      'SchedulerType=sched/backfill',
      // CPUs are the consumable: one task per CPU, so a 2-CPU node runs two 1-CPU tasks at once.
      'SelectType=select/cons_tres',
      'SelectTypeParameters=CR_CPU',
      'ReturnToService=2',
      'KillWait=10',
      `NodeName=${node.name} NodeAddr=127.0.0.1 CPUs=${node.cpus} RealMemory=${node.memoryMb} State=UNKNOWN`,
      `PartitionName=scale Nodes=${node.name} Default=YES MaxTime=INFINITE State=UP`,
      '',
    ].join('\n'),
  );
  const env = { ...process.env, SLURM_CONF: paths.conf };
  const children: ChildProcess[] = [];
  const start = (name: string, args: string[]) => {
    const out = openSync(join(paths.log, `${name}.out`), 'a');
    const child = spawn(`/usr/sbin/${name}`, args, { env, stdio: ['ignore', out, out] });
    closeSync(out);
    children.push(child);
    return child;
  };
  const killAll = () => {
    for (const child of [...children].reverse()) if (child.exitCode === null && child.pid !== undefined) child.kill('SIGKILL');
  };
  // On an exit without stop() (a crash, a timeout): the same steps, synchronously, as 'exit' allows.
  const onExit = () => {
    if (children.every((child) => child.exitCode === null)) {
      spawnSync('scancel', ['--full', '--user', 'root'], { env });
      const pause = new Int32Array(new SharedArrayBuffer(4));
      for (let tries = 0; tries < 75; tries++) {
        if (spawnSync('squeue', ['-h'], { env, encoding: 'utf8' }).stdout.trim() === '') break;
        Atomics.wait(pause, 0, 0, 200);
      }
    }
    killAll();
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  // Killed by a signal (a cancelled CI job, Ctrl-C), 'exit' never comes: clean up, then die of it.
  const onSignal = (signal: NodeJS.Signals) => {
    for (const name of STOP_SIGNALS) process.off(name, onSignal);
    process.off('exit', onExit);
    onExit();
    process.kill(process.pid, signal);
  };
  for (const name of STOP_SIGNALS) process.once(name, onSignal);

  const command = (name: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) => {
    const result = spawnSync(name, args, { env: { ...env, ...options.env }, cwd: options.cwd, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${name} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
    return result.stdout;
  };
  const logs = () =>
    ['munged.out', 'slurmctld.out', 'slurmd.out', 'slurmctld.log', 'slurmd.log']
      .map((name) => join(paths.log, name))
      .filter((path) => existsSync(path))
      .map((path) => `--- ${path}\n${readFileSync(path, 'utf8').split('\n').slice(-30).join('\n')}`)
      .join('\n');

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try {
      // Jobs first, while slurmd is there to end their processes.
      if (children.every((child) => child.exitCode === null)) {
        spawnSync('scancel', ['--full', '--user', 'root'], { env });
        await waitFor(() => spawnSync('squeue', ['-h'], { env, encoding: 'utf8' }).stdout.trim() === '', {
          what: 'every job to end',
          timeoutMs: 30_000,
        }).catch(() => undefined);
      }
      for (const child of [...children].reverse()) {
        if (child.exitCode !== null || child.pid === undefined) continue;
        const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
    } finally {
      killAll();
      process.off('exit', onExit);
      for (const name of STOP_SIGNALS) process.off(name, onSignal);
      rmSync(dir, { recursive: true, force: true });
    }
  };

  const cluster: SlurmCluster = { env, node: { name: node.name, cpus: node.cpus }, command, logs, stop };
  try {
    start('munged', [
      '--foreground',
      '--force',
      `--key-file=${paths.key}`,
      `--socket=${socket}`,
      `--pid-file=${join(paths.munge, 'munged.pid')}`,
      `--log-file=${join(paths.log, 'munged.log')}`,
      `--seed-file=${join(paths.munge, 'munged.seed')}`,
    ]);
    await waitFor(() => existsSync(socket), { what: 'munged to open its socket', timeoutMs: 30_000 });
    start('slurmctld', ['-D', '-f', paths.conf]);
    start('slurmd', ['-D', '-f', paths.conf]);
    await waitFor(
      () => {
        for (const child of children) {
          if (child.exitCode !== null) throw new Error(`${child.spawnfile} exited with ${child.exitCode}`);
        }
        const state = spawnSync('sinfo', ['-h', '-N', '-o', '%T'], { env, encoding: 'utf8' });
        return state.status === 0 && state.stdout.trim() === 'idle';
      },
      { what: 'the Slurm node to be idle', timeoutMs: 60_000 },
    );
    return cluster;
  } catch (error) {
    const message = `${error instanceof Error ? error.message : String(error)}\n${logs()}`;
    await stop();
    throw new Error(message);
  }
}
