/**
 * Every output file but the JSON Lines rows (which the CLI streams): the tidy CSVs, the ingest
 * log, the codebook and datapackage.json. Shared by the researcher page and the CLI.
 */
import type { LogRow } from './aggregate';
import { FILE_NAMES, TABLE_COLUMNS, codebookCsv, datapackage } from './codebook';
import { toCsv } from './csv';
import type { Tables } from './tables';

export type OutputFile = { name: string; text: string };

export function tableFiles(tables: Tables, log: readonly LogRow[]): OutputFile[] {
  // The log names files by their position only: participants may have renamed files with their own names.
  const ingest = log.map((r) => ({ file_index: r.fileIndex, content_hash: r.hash, outcome: r.outcome, reason: r.reason, detail: r.detail }));
  return [
    { name: FILE_NAMES.weekly, text: toCsv(tables.weekly, TABLE_COLUMNS.weekly) },
    { name: FILE_NAMES.feedback, text: toCsv(tables.feedback, TABLE_COLUMNS.feedback) },
    { name: FILE_NAMES.strata, text: toCsv(tables.strata, TABLE_COLUMNS.strata) },
    { name: FILE_NAMES.ingest, text: toCsv(ingest, TABLE_COLUMNS.ingest) },
    { name: FILE_NAMES.codebook, text: codebookCsv() },
    { name: FILE_NAMES.datapackage, text: `${JSON.stringify(datapackage(), null, 2)}\n` },
  ];
}

/** A `.jsonl` file holds one export per line (compact forms pasted from a survey); any other file is one export. */
export function exportsIn(name: string, text: string): string[] {
  if (!name.toLowerCase().endsWith('.jsonl')) return [text];
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}
