/**
 * Runs DESIGN.md's import rules (.dependency-cruiser.cjs) on the real source, and on a small
 * fixture tree that breaks three of them, to prove the rules can fail.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs')) as IConfiguration;

async function violations(baseDir: string): Promise<string[]> {
  const result = await cruise(['src'], { ...config.options, baseDir, ruleSet: { forbidden: config.forbidden }, validate: true });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

describe('architecture rules', () => {
  it('hold for the source tree', async () => {
    expect(await violations(root)).toEqual([]);
  }, 60_000);

  it('catch a feature importing another, ui touching storage, and research importing a feature', async () => {
    const found = await violations(join(root, 'tests', 'fixtures', 'architecture'));
    expect(found).toEqual(
      expect.arrayContaining([
        'features-are-independent: src/features/alpha/alpha.ts -> src/features/beta/beta.ts',
        'ui-never-touches-data: src/ui/Widget.ts -> src/storage/rows.ts',
        expect.stringMatching(/^(layers-point-down|research-is-pure): src\/research\/stats.ts -> src\/features\/alpha\/alpha.ts$/),
      ]),
    );
  }, 60_000);
});
