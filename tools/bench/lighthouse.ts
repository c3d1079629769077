/**
 * Lighthouse mobile scores, run with `npx -y lighthouse@13.5.0` outside the lock file (pinning it
 * in package.json breaks `npm ci`, see TOOLCHAIN.md), against the production build.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchRow } from './types';

/** Async on purpose: the preview server runs in this process and must keep answering. */
function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

export async function lighthouseRows(url: string, chromePath: string): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'polku-lh-'));
  const out = join(dir, 'report.json');
  const flags = [
    '--headless=new',
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ].join(' '); // Lighthouse splits --chrome-flags at spaces, so the host-resolver rule cannot go here.
  const result = await run(
    'npx',
    ['-y', 'lighthouse@13.5.0', url, '--quiet', '--output=json', `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices', `--chrome-flags=${flags}`],
    // Outside the project, so npx does not mix Lighthouse with the project's own packages.
    { cwd: tmpdir(), env: { ...process.env, CHROME_PATH: chromePath } },
  );
  try {
    if (result.status !== 0) throw new Error(result.stderr.split('\n').filter((l) => !l.startsWith('npm warn')).slice(-3).join(' '));
    const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number }> };
    const score = (id: string) => report.categories[id]?.score ?? 0;
    return [
      { name: 'Lighthouse mobile: performance', value: score('performance'), unit: 'score', budget: '>= 0.98', ok: score('performance') >= 0.98 },
      { name: 'Lighthouse mobile: accessibility', value: score('accessibility'), unit: 'score', budget: '= 1.00', ok: score('accessibility') >= 1 },
      { name: 'Lighthouse mobile: best practices', value: score('best-practices'), unit: 'score', budget: '= 1.00', ok: score('best-practices') >= 1 },
    ];
  } catch (error) {
    return [{ name: `Lighthouse mobile (failed: ${error instanceof Error ? error.message.slice(0, 120) : 'unknown'})`, value: 0, unit: 'score', budget: '>= 0.98', ok: false }];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
