/**
 * What the file holds, shown before it is saved: in plain words and as the exact JSON text
 * that will be written, with the reason some figures differ from what the person recorded.
 */
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES } from '../../../i18n/languages';
import { SINGLE_CHOICE_ITEMS } from '../../../research/items';
import type { ExportV1 } from '../../../research/exportSchema';

export function ExportWords({ file }: { file: ExportV1 }) {
  const { t } = useTranslation('feedback');
  const a = file.answers;
  const lines: string[] = [];
  for (const item of ['useChange', 'mostHelpful'] as const) {
    const v = a[item];
    if (v !== undefined) lines.push(t('words.answer', { question: t(`q.${item}.legend`), answer: t(`q.${item}.options.${v}` as 'q.useChange.options.stopped') }));
  }
  if (a.wouldChange?.length) lines.push(t('words.answer', { question: t('q.wouldChange.legend'), answer: a.wouldChange.map((o) => t(`q.wouldChange.options.${o}`)).join(', ') }));
  if (a.keepConfidence !== undefined) lines.push(t('words.answer', { question: t('q.keepConfidence.legend'), answer: t(`q.keepConfidence.options.${String(a.keepConfidence)}` as 'q.keepConfidence.options.1') }));
  for (const item of ['soughtHelp', 'weeksUsing', 'modulesDone'] as const) {
    const v = a[item];
    if (v !== undefined && (SINGLE_CHOICE_ITEMS[item] as readonly string[]).includes(v)) lines.push(t('words.answer', { question: t(`q.${item}.legend`), answer: t(`q.${item}.options.${v}` as 'q.soughtHelp.options.yes') }));
  }
  return (
    <ul className="feedback__words">
      <li>{t('words.id')}</li>
      <li>{t('words.seq', { seq: file.exportSeq, week: file.exportWeek })}</li>
      <li>{t('words.app', { version: file.app.version, language: LANGUAGE_NAMES[file.app.language] })}</li>
      <li>{t('words.privacy', { epsilon: file.privacy.epsilonPerValue })}</li>
      {file.weekly.length === 0 ? <li>{t('words.no-weeks')}</li> : null}
      {file.weekly.map((w) => (
        <li key={w.weekOffset}>
          {t('words.week', {
            when: t('words.weeks-ago', { count: -w.weekOffset }),
            use: w.useDaysBand === undefined ? t('words.not-given') : t(`words.use-band.${String(w.useDaysBand)}` as 'words.use-band.0'),
            urge: w.urgeBand === undefined ? t('words.not-given') : t(`words.urge-band.${String(w.urgeBand)}` as 'words.urge-band.0'),
          })}
        </li>
      ))}
      {lines.length === 0 ? <li>{t('words.no-answers')}</li> : lines.map((line) => <li key={line}>{line}</li>)}
    </ul>
  );
}
