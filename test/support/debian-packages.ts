import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Installs Debian packages with apt-get (as root), for tests that need a real program a user
 * has (a browser, a cluster scheduler) on a machine that starts with only Node.js and npm.
 * Another apt-get may hold the lock (CI installs more than one package): wait for it rather
 * than fail.
 */
export function installDebianPackages(packages: readonly string[]): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  execFileSync('apt-get', [...lock, 'update'], { env, stdio: 'pipe' });
  execFileSync('apt-get', [...lock, 'install', '-y', '--no-install-recommends', ...packages], { env, stdio: 'pipe' });
}

/** Why missing Debian packages cannot be installed here (not root, or no apt-get), or undefined when they can. */
export function whyDebianPackagesCannotInstall(packages: readonly string[]): string | undefined {
  if (process.getuid?.() !== 0) return `${packages.join(' and ')} are missing, and installing them needs root`;
  if (!existsSync('/usr/bin/apt-get')) return `${packages.join(' and ')} are missing, and there is no apt-get to install them`;
  return undefined;
}
