/**
 * docs/scale/k8s-indexed-job.yaml stays consistent with the CLI and the image: the Job's own
 * shell command, read from the file, runs here for two completion indexes (the volume's
 * mount path mapped to a local folder, the image's working directory to this checkout),
 * then the merge command from the file's header joins the shards, byte-identical to one
 * machine's run of the same batch.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifestText = readFileSync(join(root, 'docs/scale/k8s-indexed-job.yaml'), 'utf8');
const dockerfile = readFileSync(join(root, 'docs/scale/Dockerfile'), 'utf8');

interface Resource {
  kind: string;
  metadata: { name: string };
  spec: Record<string, unknown>;
}
interface Container {
  image: string;
  workingDir: string;
  env: { name: string; value: string }[];
  command: string[];
  args: string[];
  resources: { requests: { cpu: string } };
  volumeMounts: { name: string; mountPath: string }[];
}

const resources = parseAllDocuments(manifestText).map((document) => document.toJS() as Resource);
const job = resources.find((resource) => resource.kind === 'Job');
const claim = resources.find((resource) => resource.kind === 'PersistentVolumeClaim');
const template = (job?.spec.template as { spec: { restartPolicy: string; containers: Container[]; volumes: unknown[] } } | undefined)?.spec;
const container = template?.containers[0];

const scratch = mkdtempSync(join(tmpdir(), 'crisis-sim-k8s-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs a shell command of the manifest as its pod would: in the image's working directory, the volume under `scratch`. */
function asPod(command: string, env: Record<string, string>): void {
  if (container === undefined) throw new Error('no container in the Job');
  const mount = container.volumeMounts[0]?.mountPath ?? '/results';
  execFileSync(container.command[0] ?? '/bin/sh', [...container.command.slice(1), command.replaceAll(mount, scratch)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: 'pipe',
  });
}

describe('docs/scale/k8s-indexed-job.yaml', () => {
  it('is an Indexed Job with one completion per shard, retried per index, on a ReadWriteMany volume', () => {
    if (job === undefined || claim === undefined || template === undefined || container === undefined)
      throw new Error('Job or PVC missing');
    const env = Object.fromEntries(container.env.map(({ name, value }) => [name, value]));
    expect(job.spec.completionMode).toBe('Indexed');
    expect(job.spec.completions).toBe(Number(env.SHARDS));
    expect(job.spec.backoffLimitPerIndex).toBeGreaterThan(0);
    // backoffLimitPerIndex needs restartPolicy Never.
    expect(template.restartPolicy).toBe('Never');
    expect(claim.spec.accessModes).toEqual(['ReadWriteMany']);
    expect(template.volumes).toEqual([
      { name: container.volumeMounts[0]?.name, persistentVolumeClaim: { claimName: claim.metadata.name } },
    ]);
    // The image's working directory is where the Dockerfile built crisis-sim; a worker per requested CPU.
    expect(dockerfile).toContain(`WORKDIR ${container.workingDir}\n`);
    expect(container.args.join(' ')).toContain(`--workers ${container.resources.requests.cpu} `);
  });

  it("runs its own command for two indexes, and its merge equals one machine's run", () => {
    if (container === undefined) throw new Error('no container in the Job');
    const [command] = container.args;
    if (command === undefined) throw new Error('the Job has no args');
    const env: Record<string, string> = {
      ...Object.fromEntries(container.env.map(({ name, value }) => [name, value])),
      RUNS: '4000',
      SHARDS: '2',
    };
    for (const index of ['0', '1']) asPod(command, { ...env, JOB_COMPLETION_INDEX: index });

    const merge = /^#\s+(node packages\/cli\/dist\/bin\.js merge .*)$/m.exec(manifestText)?.[1];
    if (merge === undefined) throw new Error('the header shows no merge command');
    asPod(merge, env);
    const reference = join(scratch, 'reference.json');
    execFileSync(
      process.execPath,
      [
        'packages/cli/dist/bin.js',
        'run',
        env.SCENARIO ?? '',
        '--runs',
        env.RUNS ?? '',
        '--seed',
        env.SEED ?? '',
        '--out',
        reference,
        '--quiet',
      ],
      { cwd: root, stdio: 'pipe' },
    );
    expect(readFileSync(join(scratch, 'all.json'), 'utf8')).toBe(readFileSync(reference, 'utf8'));
  });
});
