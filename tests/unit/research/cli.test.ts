import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAggregate } from '../../../tools/aggregate/run';
import { makeExports } from '../../../tools/make-exports/synthetic';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('aggregate CLI core', () => {
  it('walks folders, refuses bad files with reasons, caps by size before reading, and writes every output', () => {
    dir = mkdtempSync(join(tmpdir(), 'polku-agg-test-'));
    const input = join(dir, 'in');
    mkdirSync(join(input, 'nested'), { recursive: true });
    const { texts } = makeExports({ people: 40, seed: 8, repeatShare: 0, duplicateShare: 0 });
    texts.forEach((t, i) => writeFileSync(join(input, i % 2 ? 'nested' : '', `${i}.json`), t));
    writeFileSync(join(input, 'empty.json'), '');
    writeFileSync(join(input, 'broken.json'), '{"format":');
    // Stands in for a 1 GB file: with a 4 KB cap, 5 KB is refused from its size alone.
    writeFileSync(join(input, 'huge.json'), 'x'.repeat(5 * 1024));
    writeFileSync(join(input, 'pasted.jsonl'), `${JSON.stringify(JSON.parse(texts[0] as string))}\n\n{"not":"an export"}\n`);
    const out = join(dir, 'out');
    const result = runAggregate([input, join(dir, 'missing.json')], { out, cap: 4096 });
    expect(result.summary.byOutcome).toEqual({ accepted: 40, duplicate: 1, superseded: 0, conflict: 0, rejected: 5 });
    expect(result.summary.byReason).toEqual({ empty: 2, notJson: 1, tooLarge: 1, notAnExport: 1 });
    const weekly = readFileSync(join(out, 'weekly_bands.csv'), 'utf8');
    expect(weekly.split('\r\n')[0]).toBe('study_id,iso_week,item_id,code,n_reports,observed,est_count,est_share,se,ci_low,ci_high,share_clipped,suppressed');
    const rows = readFileSync(join(out, 'rows.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { sid: number; item_id: string });
    expect(new Set(rows.map((r) => r.sid)).size).toBe(40);
    expect(result.rows).toBe(40);
    expect(JSON.stringify(rows)).not.toMatch(/installId|[A-Za-z0-9_-]{22}/);
    expect(readFileSync(join(out, 'codebook.csv'), 'utf8')).toContain('useDaysBand');
    expect(JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'))).toHaveProperty('resources');
    expect(readFileSync(join(out, 'ingest_log.csv'), 'utf8')).not.toContain('.json');
  });
});

describe('JSON Lines rows', () => {
  it('are written exactly as JSON.stringify would write them', async () => {
    const { jsonLine, longRows } = await import('../../../src/research/rows');
    const { Aggregator } = await import('../../../src/research/aggregate');
    const agg = new Aggregator();
    for (const t of makeExports({ people: 30, seed: 2 }).texts) agg.addText(t);
    let n = 0;
    for (const row of longRows(agg.contributions())) {
      expect(jsonLine(row)).toBe(`${JSON.stringify(row)}\n`);
      n += 1;
    }
    expect(n).toBeGreaterThan(300);
    const { longLines } = await import('../../../src/research/rows');
    expect([...longLines(agg.contributions())].join('')).toBe([...longRows(agg.contributions())].map(jsonLine).join(''));
  });
});
