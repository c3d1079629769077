/**
 * The aggregator core shared by the researcher page and the CLI. Files go in one at a time
 * (streaming: only a small contribution per install is kept, never the files); `finish()` returns
 * the tidy tables. De-duplication: the same install id keeps the highest exportSeq ("superseded"
 * for the others); the same id and sequence with identical content is a "duplicate"; with
 * different content a "conflict", and neither is counted.
 */
import { ingestText, sizeProblem, type RejectReason } from './ingest';
import { contributionOf, type Contribution } from './contribution';
import { MAX_FILE_BYTES } from './items';
import { buildTables, type Tables } from './tables';

export type { Contribution };

export type Outcome = 'accepted' | 'duplicate' | 'superseded' | 'conflict' | 'rejected';

export type LogRow = { fileIndex: number; hash: string; outcome: Outcome; reason: RejectReason | ''; detail: string };

type Held = { seq: number; hash: string; logIndex: number; contribution: Contribution | undefined; conflictLogs: number[] };

export class Aggregator {
  readonly log: LogRow[] = [];
  private readonly held = new Map<string, Held>();

  constructor(private readonly cap: number = MAX_FILE_BYTES) {}

  /** A file refused from its size alone, before it was read. */
  addUnread(byteLength: number): Outcome {
    const reason = sizeProblem(byteLength, this.cap) ?? 'tooLarge';
    this.log.push({ fileIndex: this.log.length + 1, hash: '', outcome: 'rejected', reason, detail: reason === 'empty' ? 'no content' : `over ${this.cap} bytes` });
    return 'rejected';
  }

  addText(text: string): Outcome {
    const fileIndex = this.log.length + 1;
    const result = ingestText(text, this.cap);
    if (!result.ok) {
      this.log.push({ fileIndex, hash: result.hash, outcome: 'rejected', reason: result.reason, detail: result.detail });
      return 'rejected';
    }
    const file = result.value;
    const key = `${file.studyId}/${file.installId}`;
    const row: LogRow = { fileIndex, hash: result.hash, outcome: 'accepted', reason: '', detail: '' };
    const logIndex = this.log.push(row) - 1;
    const current = this.held.get(key);
    if (!current || file.exportSeq > current.seq) {
      if (current) this.retire(current, 'superseded');
      this.held.set(key, { seq: file.exportSeq, hash: result.hash, logIndex, contribution: contributionOf(file), conflictLogs: [] });
      return 'accepted';
    }
    if (file.exportSeq < current.seq) return this.mark(row, 'superseded', 'a later export of the same install was kept');
    if (result.hash === current.hash && current.contribution) return this.mark(row, 'duplicate', 'identical to an earlier file');
    // Same install and sequence, different content: nobody can tell which is true, so neither counts.
    if (current.contribution) {
      this.mark(this.log[current.logIndex] as LogRow, 'conflict', 'same install and sequence, different content');
      current.contribution = undefined;
    }
    current.conflictLogs.push(logIndex);
    return this.mark(row, 'conflict', 'same install and sequence, different content');
  }

  private retire(held: Held, outcome: Outcome): void {
    const row = this.log[held.logIndex];
    if (row && row.outcome === 'accepted') this.mark(row, outcome, 'a later export of the same install was kept');
  }

  private mark(row: LogRow, outcome: Outcome, detail: string): Outcome {
    row.outcome = outcome;
    row.detail = detail;
    return outcome;
  }

  /** The contributions that count, in the order they arrived. */
  *contributions(): Generator<Contribution> {
    for (const held of this.held.values()) if (held.contribution) yield held.contribution;
  }

  summary(): Summary {
    const byOutcome: Record<Outcome, number> = { accepted: 0, duplicate: 0, superseded: 0, conflict: 0, rejected: 0 };
    const byReason: Partial<Record<RejectReason, number>> = {};
    for (const row of this.log) {
      byOutcome[row.outcome] += 1;
      if (row.reason) byReason[row.reason] = (byReason[row.reason] ?? 0) + 1;
    }
    return { files: this.log.length, byOutcome, byReason };
  }

  finish(): { tables: Tables; summary: Summary; log: readonly LogRow[] } {
    return { tables: buildTables(this.contributions()), summary: this.summary(), log: this.log };
  }
}

export type Summary = { files: number; byOutcome: Record<Outcome, number>; byReason: Partial<Record<RejectReason, number>> };
