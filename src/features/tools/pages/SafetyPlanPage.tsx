import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { clearOutsideCopy, writeOutsideCopy } from '../../../storage/outsideCopy';
import { useAutosave } from '../../../storage/autosave/useAutosave';
import { resetSaveState, useSaveStatus } from '../../../storage/autosave/saveStatus';
import { ListEditor } from '../../../ui/ListEditor';
import { Page } from '../../../ui/Page';
import { SaveStatusLine } from '../../../ui/SaveStatusLine';
import { SensitiveField } from '../../../ui/SensitiveField';
import { BackToTools } from '../components/BackToTools';
import { CrisisRoutes } from '../../../ui/crisis/CrisisRoutes';
import { LoadState } from '../components/LoadState';
import { emptyPlan, MAX_PLAN_ITEMS, PLAN_ID, PLAN_STEPS, planStore, type PlanStep, type SafetyPlan } from '../data/safetyPlan';
import { useRecords } from '../hooks/useRecords';
import { crisisLinesFor, suggestedCountry, type CrisisLine } from '../model/crisisLines';
import { loadDirectory, type LoadedDirectory } from '../model/directory';
import { planCopyOf } from '../model/planCopy';

type DirectoryState = { status: 'loading' } | { status: 'ready'; directory: LoadedDirectory } | { status: 'error' };

function useDirectory(): DirectoryState {
  const [state, setState] = useState<DirectoryState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadDirectory().then(
      (directory) => live && setState({ status: 'ready', directory }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** The safety plan: six steps, crisis numbers from the directory, and the optional outside copy. */
export function SafetyPlanPage() {
  const { t } = useTranslation('tools');
  const loaded = useRecords(planStore);
  const directory = useDirectory();
  useEffect(() => resetSaveState(), []);
  return (
    <Page title={t('plan.title')} lead={t('plan.lead')}>
      <BackToTools />
      {loaded.status === 'ready' ? <PlanEditor stored={loaded.records.get(PLAN_ID)} directory={directory} /> : <LoadState state={loaded} />}
    </Page>
  );
}

type Draft = { plan: SafetyPlan; lines: readonly CrisisLine[] };

/** Saves the plan into the vault, then keeps the outside copy in step with the person's choice. */
async function writePlan({ plan, lines }: Draft): Promise<void> {
  await planStore.save(plan);
  if (plan.outsideCopy) await writeOutsideCopy(planCopyOf(plan, lines));
  else await clearOutsideCopy();
}

function PlanEditor({ stored, directory }: { stored: SafetyPlan | undefined; directory: DirectoryState }) {
  const { t, i18n } = useTranslation('tools');
  const language = i18n.resolvedLanguage ?? 'en';
  const [plan, setPlan] = useState<SafetyPlan>(() => stored ?? emptyPlan(null));
  const touched = useRef(stored !== undefined);
  const autosave = useAutosave(writePlan);
  const status = useSaveStatus();
  const dir = directory.status === 'ready' ? directory.directory : undefined;

  // Before the person has saved anything, suggest the country from the browser and app language.
  useEffect(() => {
    if (!dir || touched.current) return;
    const suggested = suggestedCountry(language, typeof navigator === 'undefined' ? [] : navigator.languages ?? [], dir.countries, dir.defaults);
    setPlan((current) => (current.country === null ? { ...current, country: suggested } : current));
  }, [dir, language]);

  const lines = useMemo(() => (dir ? crisisLinesFor(plan.country, dir, language) : []), [dir, plan.country, language]);

  const change = (next: SafetyPlan, now = false) => {
    touched.current = true;
    setPlan(next);
    autosave.schedule({ plan: next, lines });
    if (now) void autosave.flush();
  };
  // A copy made while the directory was still loading is refreshed once its numbers are known.
  const linesKey = lines.map((l) => l.dial).join(',');
  useEffect(() => {
    if (plan.outsideCopy && dir) autosave.schedule({ plan, lines });
    // Only when the numbers themselves change (not on every edit, which schedules its own write).
  }, [linesKey]);

  const setStep = (step: PlanStep, items: string[]) => change({ ...plan, steps: { ...plan.steps, [step]: items } });
  const setCountry = (code: string) => {
    const country = code === '' ? null : code;
    const next = { ...plan, country };
    touched.current = true;
    setPlan(next);
    autosave.schedule({ plan: next, lines: dir ? crisisLinesFor(country, dir, language) : [] });
  };

  return (
    <>
      {PLAN_STEPS.map((step, index) => (
        <PlanStepSection key={step} step={step} number={index + 1} items={plan.steps[step]} onChange={(items) => setStep(step, items)}>
          {step === 'professionals' ? <CountryLines country={plan.country} directory={directory} lines={lines} onCountry={setCountry} /> : null}
        </PlanStepSection>
      ))}
      <OutsideCopyChoice on={plan.outsideCopy} onChange={(on) => change({ ...plan, outsideCopy: on }, true)} />
      <SaveStatusLine {...status} />
    </>
  );
}

function PlanStepSection({ step, number, items, onChange, children }: { step: PlanStep; number: number; items: readonly string[]; onChange: (items: string[]) => void; children?: ReactNode }) {
  const { t } = useTranslation('tools');
  const id = useId();
  const title = t(`plan.steps.${step}.title`);
  return (
    <section className="tools-step" aria-labelledby={id}>
      <h2 id={id}>
        <span className="tools-step__number">{t('plan.step', { number })}</span> {title}
      </h2>
      <p className="entry-field__hint">{t(`plan.steps.${step}.hint`)}</p>
      {children}
      <ListEditor
        items={items}
        max={MAX_PLAN_ITEMS}
        empty={() => ''}
        onChange={onChange}
        itemLabel={(i) => `${title}, ${t('plan.item', { number: i + 1 }).toLowerCase()}`}
        addLabel={t('plan.add')}
        renderItem={(item, update, i) => (
          <SensitiveField label={`${title}, ${t('plan.item', { number: i + 1 }).toLowerCase()}`} hideLabel value={item} onChange={update} rows={2} />
        )}
      />
    </section>
  );
}

function CountryLines({ country, directory, lines, onCountry }: { country: string | null; directory: DirectoryState; lines: readonly CrisisLine[]; onCountry: (code: string) => void }) {
  const { t, i18n } = useTranslation('tools');
  const id = useId();
  const language = i18n.resolvedLanguage ?? 'en';
  if (directory.status === 'error') return <p role="alert">{t('plan.directory-failed')}</p>;
  if (directory.status === 'loading') return <p role="status">{t('loading')}</p>;
  const names = new Intl.DisplayNames([language], { type: 'region' });
  const options = directory.directory.countries.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, language));
  return (
    <div className="tools-country">
      <div className="entry-field">
        <label htmlFor={id} className="entry-field__label">
          {t('plan.country')}
        </label>
        <select id={id} value={country ?? ''} onChange={(event) => onCountry(event.target.value)}>
          <option value="">{t('plan.no-country')}</option>
          {options.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </select>
      </div>
      {country === null ? (
        <p>{t('plan.country-none')}</p>
      ) : (
        // The same crisis routes component as the tracker's crisis panel (src/ui/crisis).
        <CrisisRoutes
          lines={lines}
          text={{
            kinds: { emergency: t('plan.kinds.emergency'), crisis: t('plan.kinds.crisis'), prevention: t('plan.kinds.prevention') },
            call: (line) => t('plan.call', { name: line.name, number: line.display }),
            noLines: t('plan.country-none'),
          }}
        />
      )}
    </div>
  );
}

function OutsideCopyChoice({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const { t } = useTranslation('tools');
  const id = useId();
  return (
    <section className="tools-copy card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('plan.copy.title')}</h2>
      <p id={`${id}-body`}>{t('plan.copy.body')}</p>
      <p id={`${id}-risk`} className="tools-copy__risk">
        {t('plan.copy.risk')}
      </p>
      <div className="tools-check">
        <input id={id} type="checkbox" checked={on} aria-describedby={`${id}-body ${id}-risk`} onChange={(event) => onChange(event.target.checked)} />
        <label htmlFor={id}>{t('plan.copy.toggle')}</label>
      </div>
      <p role="status">{on ? t('plan.copy.on') : t('plan.copy.off')}</p>
    </section>
  );
}
