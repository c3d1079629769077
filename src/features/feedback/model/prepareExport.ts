/**
 * Prepares the export the person is about to see: builds it through src/research with the
 * vault's CSPRNG, then stores the new sequence number and the memoised noise before the preview
 * shows it, so preparing again never draws fresh noise for a week already randomised.
 */
import { buildExport } from '../../../research/buildExport';
import { isoWeekOf } from '../../../research/isoWeek';
import { newInstallId } from '../../../research/random';
import type { ExportV1 } from '../../../research/exportSchema';
import { cryptoRandomWords } from '../../../vault/researchRandom';
import { FEEDBACK_VERSION, feedbackStore, readAnswers, readState, type ExportState } from '../data/feedbackRecords';
import { loadWeekTruths } from '../data/trackerWeeks';

/** major.minor of the app (kept coarse on purpose). */
export const APP_VERSION = '0.1';
const STUDY = 'open-v1';

export function freshState(): ExportState {
  return { kind: 'feedback-state', v: FEEDBACK_VERSION, id: 'state', studyId: STUDY, installId: newInstallId(cryptoRandomWords()), exportSeq: 0, memo: {} };
}

export async function prepareExport(language: 'fi' | 'sv' | 'en', now: Date = new Date()): Promise<ExportV1> {
  const records = await feedbackStore.load();
  const state = readState(records) ?? freshState();
  const { file, memo } = buildExport(
    {
      studyId: state.studyId,
      installId: state.installId,
      exportSeq: Math.min(9999, state.exportSeq + 1),
      exportWeek: isoWeekOf(now),
      appVersion: APP_VERSION,
      language,
      weeks: await loadWeekTruths(),
      answers: readAnswers(records),
      memo: state.memo,
    },
    cryptoRandomWords(),
  );
  await feedbackStore.save({ ...state, exportSeq: file.exportSeq, memo });
  return file;
}

/** A new install id: later exports look like a new participant's, with no memoised codes. */
export async function resetInstallId(): Promise<void> {
  await feedbackStore.save(freshState());
}
