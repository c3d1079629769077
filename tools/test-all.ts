/**
 * `npm test`: every check in order — types, content, spelling, unit and integration tests, architecture
 * rules, the production build, then the browser suite in Chromium. Later steps still run after an
 * earlier failure (except the browser suite, which needs a build), so one run shows everything.
 * Ends with one plain line `N passed, N failed` summing every suite.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { NO_CHROMIUM_MESSAGE, findChromium } from './findChromium';

const root = join(import.meta.dirname, '..');
const reports = join(root, 'reports');
mkdirSync(reports, { recursive: true });

type Tally = { passed: number; failed: number; names?: string[] };
const total: Tally = { passed: 0, failed: 0 };
const lines: string[] = [];

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return result.status === 0;
}

/** A step that is one check: it passes or fails as a whole. */
function step(name: string, command: string, args: string[]): boolean {
  console.log(`\n=== ${name}`);
  const ok = run(command, args);
  total[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
  return ok;
}

/** A step whose runner reports counts in a JSON file. */
function counted(name: string, command: string, args: string[], reportFile: string, read: (json: unknown) => Tally): boolean {
  console.log(`\n=== ${name}`);
  rmSync(reportFile, { force: true });
  const ok = run(command, args);
  let tally: Tally = { passed: 0, failed: ok ? 0 : 1 };
  if (existsSync(reportFile)) {
    tally = read(JSON.parse(readFileSync(reportFile, 'utf8')) as unknown);
    if (!ok && tally.failed === 0) tally.failed = 1; // the runner failed outside any test
  }
  total.passed += tally.passed;
  total.failed += tally.failed;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${tally.passed} passed, ${tally.failed} failed`);
  // The failing tests by name, so the last lines of a CI log say what to look at.
  for (const failed of tally.names ?? []) lines.push(`       ✗ ${failed}`);
  return ok;
}

step('type-check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
step('content validation', 'npx', ['tsx', 'tools/validate-content.ts']);
step('spelling and banned terms', 'npx', ['tsx', 'tools/check-language.ts']);
counted(
  'unit and integration tests (vitest)',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${join(reports, 'vitest.json')}`],
  join(reports, 'vitest.json'),
  (json) => {
    type Result = { name: string; assertionResults: Array<{ fullName: string; status: string }> };
    const r = json as { numPassedTests: number; numFailedTests: number; testResults: Result[] };
    const names = r.testResults.flatMap((file) =>
      file.assertionResults.filter((a) => a.status === 'failed').map((a) => `${file.name.replace(`${root}/`, '')} › ${a.fullName}`),
    );
    return { passed: r.numPassedTests, failed: r.numFailedTests, names };
  },
);
step('architecture rules (dependency-cruiser)', 'npx', ['depcruise', 'src', '--config', '.dependency-cruiser.cjs']);
const built = step('production build', 'npx', ['vite', 'build']);

if (!findChromium()) {
  console.error(`\n${NO_CHROMIUM_MESSAGE}`);
  total.failed += 1;
  lines.push('FAIL browser suite: no Chromium or Chrome found');
} else if (!built) {
  total.failed += 1;
  lines.push('FAIL browser suite: skipped because the build failed');
} else {
  counted('browser suite (Playwright in Chromium)', 'npx', ['playwright', 'test'], join(reports, 'e2e.json'), (json) => {
    type Suite = { title: string; file?: string; suites?: Suite[]; specs?: Array<{ title: string; file: string; ok: boolean }> };
    const report = json as { stats: { expected: number; unexpected: number; flaky: number }; suites?: Suite[] };
    const names: string[] = [];
    const walk = (suite: Suite) => {
      for (const spec of suite.specs ?? []) if (!spec.ok) names.push(`${spec.file} › ${spec.title}`);
      for (const child of suite.suites ?? []) walk(child);
    };
    for (const suite of report.suites ?? []) walk(suite);
    const s = report.stats;
    return { passed: s.expected + s.flaky, failed: s.unexpected, names };
  });
}

console.log('\n=== summary');
for (const line of lines) console.log(line);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
