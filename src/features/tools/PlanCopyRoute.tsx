/**
 * The read-only copy of the safety plan that the person chose to keep outside the vault, for the
 * lock screen's "My safety plan" link. Public (works locked and offline); it reads the one
 * plaintext row and shows it; nothing here can change it.
 */
import './tools.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readOutsideCopy, type OutsideCopy } from '../../storage/outsideCopy';
import { BackLink } from '../../ui/BackLink';
import { Page } from '../../ui/Page';
import { CrisisLines } from './components/CrisisLines';
import { PLAN_STEPS, type PlanStep } from './data/safetyPlan';

const isStep = (step: string): step is PlanStep => (PLAN_STEPS as readonly string[]).includes(step);

export default function PlanCopyRoute() {
  const { t } = useTranslation('tools');
  const [copy, setCopy] = useState<OutsideCopy | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    readOutsideCopy().then(
      (found) => live && setCopy(found ?? null),
      () => live && setCopy(null),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <Page title={t('outside.title')}>
      {copy === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : copy === null ? (
        <p>{t('outside.none')}</p>
      ) : (
        <>
          <p className="page__lead">{t('outside.note')}</p>
          {copy.sections.filter((section) => isStep(section.step)).map((section, index) => (
            <section key={section.step} className="tools-step" aria-labelledby={`copy-${section.step}`}>
              <h2 id={`copy-${section.step}`}>
                <span className="tools-step__number">{t('plan.step', { number: index + 1 })}</span> {t(`plan.steps.${section.step as PlanStep}.title`)}
              </h2>
              {section.step === 'professionals' && copy.lines.length > 0 ? <CrisisLines lines={copy.lines} /> : null}
              {section.items.length > 0 ? (
                <ul className="tools-copy-list" data-sensitive="">
                  {section.items.map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                </ul>
              ) : (
                <p className="entry-field__hint">{t('outside.empty-step')}</p>
              )}
            </section>
          ))}
        </>
      )}
      <p className="tools-back">
        <BackLink to="/">{t('outside.back')}</BackLink>
      </p>
    </Page>
  );
}
