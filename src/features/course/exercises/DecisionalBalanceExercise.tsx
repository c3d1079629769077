import { useTranslation } from 'react-i18next';
import { z } from '../../../lib/zod';
import { Examples } from '../components/Examples';
import { ListEditor } from '../../../ui/ListEditor';
import { SensitiveField } from '../../../ui/SensitiveField';
import { freeText, MAX_LIST, type ExerciseProps } from './answerParts';

import { QUADRANTS, type DecisionalBalanceAnswer } from './answerSchemas';

const EMPTY: DecisionalBalanceAnswer['quadrants'] = {
  'continue-gains': [],
  'continue-costs': [],
  'stop-gains': [],
  'stop-costs': [],
};

/** Four lists: what continuing gives and costs, what stopping gives and costs. */
export function DecisionalBalanceExercise({ strings, value, onChange }: ExerciseProps<'decisional-balance', DecisionalBalanceAnswer>) {
  const { t } = useTranslation('course');
  const quadrants = value?.quadrants ?? EMPTY;
  return (
    <div className="exercise-fields">
      <Examples examples={strings.examples} />
      <div className="course-quadrants">
        {QUADRANTS.map((quadrant) => {
          const title = t(`balance.${quadrant}`);
          return (
            <section key={quadrant} className="course-quadrant" aria-label={title}>
              <h3>{title}</h3>
              <ListEditor
                items={quadrants[quadrant]}
                max={MAX_LIST}
                empty={() => ''}
                onChange={(next) => onChange({ type: 'decisional-balance', quadrants: { ...quadrants, [quadrant]: next } })}
                itemLabel={(index) => t('balance.entry', { list: title, number: index + 1 })}
                addLabel={t('balance.add')}
                renderItem={(item, update, index) => (
                  <SensitiveField
                    label={t('balance.entry', { list: title, number: index + 1 })}
                    hideLabel
                    value={item}
                    rows={2}
                    onChange={update}
                  />
                )}
              />
            </section>
          );
        })}
      </div>
    </div>
  );
}
