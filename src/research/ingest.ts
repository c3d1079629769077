/**
 * Reads one file's text into a validated export, or a typed reason it was refused. Never throws:
 * a bad file is one line in the ingest log, never the end of a run. Reasons say what was wrong and
 * where (paths), never the values found there.
 */
import { EXPORT_FORMAT, MAX_FILE_BYTES, SCHEMA_VERSION } from './items';
import { consistencyProblem, exportV1Schema, type ExportV1 } from './exportSchema';
import { isRealIsoWeek } from './isoWeek';
import { certainlyValidV1 } from './fastCheck';

export type RejectReason =
  | 'tooLarge'
  | 'empty'
  | 'notJson'
  | 'notAnExport'
  | 'unsupportedVersion'
  | 'invalid'
  | 'implausible';

export const REJECT_REASONS: readonly RejectReason[] = ['tooLarge', 'empty', 'notJson', 'notAnExport', 'unsupportedVersion', 'invalid', 'implausible'];

export type Ingested =
  | { ok: true; value: ExportV1; hash: string }
  | { ok: false; reason: RejectReason; detail: string; hash: string };

/** Checked before a file is read at all (the page and the CLI know the size from the file system). */
export function sizeProblem(bytes: number, cap: number = MAX_FILE_BYTES): RejectReason | undefined {
  if (bytes === 0) return 'empty';
  if (bytes > cap) return 'tooLarge';
  return undefined;
}

/** A 64-bit FNV-1a content hash (two 32-bit lanes): tells identical files apart from conflicting ones. */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000197) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

function reject(reason: RejectReason, detail: string, text: string): Ingested {
  return { ok: false, reason, detail, hash: contentHash(text) };
}

const checkedWeeks = new Map<string, boolean>();
function realWeek(week: string): boolean {
  let ok = checkedWeeks.get(week);
  if (ok === undefined) {
    ok = isRealIsoWeek(week);
    if (checkedWeeks.size > 10_000) checkedWeeks.clear();
    checkedWeeks.set(week, ok);
  }
  return ok;
}

export function ingestText(text: string, cap: number = MAX_FILE_BYTES): Ingested {
  // Characters never outnumber bytes, so this also holds for text whose size was not known before.
  if (text.length > cap) return reject('tooLarge', `over ${cap} bytes`, text);
  if (text.trim() === '') return reject('empty', 'no content', text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return reject('notJson', 'not valid JSON', text);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return reject('notAnExport', 'not a JSON object', text);
  const record = parsed as Record<string, unknown>;
  if (record.format !== EXPORT_FORMAT) return reject('notAnExport', 'format is not an export', text);
  if (record.schemaVersion !== SCHEMA_VERSION) return reject('unsupportedVersion', 'schemaVersion is not 1', text);
  // The fast check only ever accepts; everything else gets zod's verdict and its reasons.
  const result = certainlyValidV1(parsed) ? { success: true as const, data: parsed as ExportV1 } : exportV1Schema.safeParse(parsed);
  if (!result.success) {
    const paths = [...new Set(result.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.code}`))].slice(0, 5);
    return reject('invalid', paths.join('; '), text);
  }
  const problem = consistencyProblem(result.data);
  if (problem) return reject('invalid', problem, text);
  if (!realWeek(result.data.exportWeek)) return reject('implausible', 'exportWeek is not a week of the calendar', text);
  // Identity is the content, not the bytes: the pretty file and its one-line form are the same export.
  return { ok: true, value: result.data, hash: contentHash(JSON.stringify(result.data)) };
}
