// @vitest-environment node
/**
 * tools/content/courseStats.ts counts, per module and language, what the release notes report; on the
 * real content it also holds the programme to the outline in CONTENT-GUIDE.md: 12 modules, each with
 * 3–6 short reading screens and 1–3 exercises, in every shipped language.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED_LANGUAGES } from '../../../src/i18n/languages';
import { courseStats, statsTable } from '../../../tools/content/courseStats';

const contentRoot = join(import.meta.dirname, '..', '..', '..', 'modules-content');
const rows = courseStats(contentRoot);

describe('courseStats on the real programme', () => {
  it('has a row for each of the 12 modules in every shipped language', () => {
    expect(rows).toHaveLength(12 * SHIPPED_LANGUAGES.length);
    expect(new Set(rows.map((r) => r.module)).size).toBe(12);
  });

  it('keeps every module to 3–6 reading screens and 1–3 exercises, as the outline says', () => {
    for (const r of rows) {
      expect(r.readingScreens, `${r.module} reading screens`).toBeGreaterThanOrEqual(3);
      expect(r.readingScreens, `${r.module} reading screens`).toBeLessThanOrEqual(6);
      expect(r.exerciseTypes.length, `${r.module} exercises`).toBeGreaterThanOrEqual(1);
      expect(r.exerciseTypes.length, `${r.module} exercises`).toBeLessThanOrEqual(3);
    }
  });

  it('counts words in every language, reading screens being part of all module text', () => {
    for (const r of rows) {
      expect(r.readingWords, `${r.module} ${r.lang}`).toBeGreaterThan(300);
      expect(r.allWords, `${r.module} ${r.lang}`).toBeGreaterThan(r.readingWords);
    }
  });

  it('prints one Markdown row per module and language, then a total per language', () => {
    const lines = statsTable(rows).split('\n');
    expect(lines).toHaveLength(2 + rows.length + SHIPPED_LANGUAGES.length);
    expect(lines.find((l) => l.startsWith('| m05 | en |'))).toMatch(/\| yes \| \d+ \| 2 \| urge-log, if-then \| \d+ \| \d+ \|$/);
    expect(lines.find((l) => l.startsWith('| m07 | fi |'))).toContain('| scale, worksheet ×2 |');
  });
});
