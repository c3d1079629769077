/**
 * Reads the researcher's files in this browser, one at a time, through the shared aggregator
 * core. A file over the cap is refused from its size before it is read; the page stays
 * responsive by yielding to the browser every few dozen files.
 */
import { Aggregator, type LogRow, type Summary } from '../../../research/aggregate';
import { MAX_FILE_BYTES } from '../../../research/items';
import { exportsIn, tableFiles, type OutputFile } from '../../../research/outputs';
import { jsonLine, longRows } from '../../../research/rows';
import { FILE_NAMES } from '../../../research/codebook';
import type { Tables } from '../../../research/tables';

export type Result = { tables: Tables; summary: Summary; log: readonly LogRow[]; files: OutputFile[] };

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function readFiles(files: readonly File[], onProgress: (done: number) => void, cap: number = MAX_FILE_BYTES): Promise<Result> {
  const agg = new Aggregator(cap);
  for (const [i, file] of files.entries()) {
    // A .jsonl file may hold many compact exports, so its cap scales with a generous line count.
    const limit = file.name.toLowerCase().endsWith('.jsonl') ? cap * 10_000 : cap;
    if (file.size === 0 || file.size > limit) agg.addUnread(file.size);
    else {
      let text: string | undefined;
      try {
        text = await file.text();
      } catch {
        agg.addUnread(0);
      }
      if (text !== undefined) for (const one of exportsIn(file.name, text)) agg.addText(one);
    }
    if (i % 50 === 49) {
      onProgress(i + 1);
      await yieldToBrowser();
    }
  }
  onProgress(files.length);
  const { tables, summary, log } = agg.finish();
  let rows = '';
  for (const row of longRows(agg.contributions())) rows += jsonLine(row);
  return { tables, summary, log, files: [...tableFiles(tables, log), { name: FILE_NAMES.rows, text: rows }] };
}
