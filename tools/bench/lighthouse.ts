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

type Scores = Record<'performance' | 'accessibility' | 'best-practices', number>;

/** One Lighthouse run; throws with Lighthouse's last words when it fails. */
async function lighthouseOnce(url: string, chromePath: string): Promise<Scores> {
  const dir = mkdtempSync(join(tmpdir(), 'polku-lh-'));
  const out = join(dir, 'report.json');
  const flags = [
    '--headless=new',
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ].join(' '); // Lighthouse splits --chrome-flags at spaces, so the host-resolver rule cannot go here.
  try {
    const result = await run(
      'npx',
      ['-y', 'lighthouse@13.5.0', url, '--quiet', '--output=json', `--output-path=${out}`,
        '--only-categories=performance,accessibility,best-practices', `--chrome-flags=${flags}`],
      // Outside the project, so npx does not mix Lighthouse with the project's own packages.
      { cwd: tmpdir(), env: { ...process.env, CHROME_PATH: chromePath } },
    );
    if (result.status !== 0) throw new Error(result.stderr.split('\n').filter((l) => !l.startsWith('npm warn')).slice(-3).join(' '));
    const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number }> };
    const score = (id: string) => report.categories[id]?.score ?? 0;
    return { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The run with the median performance score of three (Lighthouse's notes on variability advise the
 * median of several runs): on this 2-core machine single runs of one build ranged from 0.96 to 0.99.
 */
export async function lighthouseRows(url: string, chromePath: string): Promise<BenchRow[]> {
  try {
    const runs: Scores[] = [];
    for (let i = 0; i < 3; i += 1) runs.push(await lighthouseOnce(url, chromePath));
    runs.sort((a, b) => a.performance - b.performance);
    const median = runs[1] as Scores;
    const all = runs.map((r) => r.performance).join(', ');
    return [
      { name: `Lighthouse mobile: performance (median of 3: ${all})`, value: median.performance, unit: 'score', budget: '>= 0.98', ok: median.performance >= 0.98 },
      { name: 'Lighthouse mobile: accessibility', value: median.accessibility, unit: 'score', budget: '= 1.00', ok: median.accessibility >= 1 },
      { name: 'Lighthouse mobile: best practices', value: median['best-practices'], unit: 'score', budget: '= 1.00', ok: median['best-practices'] >= 1 },
    ];
  } catch (error) {
    return [{ name: `Lighthouse mobile (failed: ${error instanceof Error ? error.message.slice(0, 120) : 'unknown'})`, value: 0, unit: 'score', budget: '>= 0.98', ok: false }];
  }
}
