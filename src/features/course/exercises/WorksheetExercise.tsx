import { z } from '../../../lib/zod';
import { SensitiveField } from '../../../ui/SensitiveField';
import { answerKey, freeText, type ExerciseProps } from './answerParts';

import { type WorksheetAnswer } from './answerSchemas';

type Field = ExerciseProps<'worksheet', WorksheetAnswer>['exercise']['fields'][number];
type Section = { group: string | undefined; fields: Field[] };

/** Consecutive fields of one group form a section under the group's heading. */
export function sections(fields: readonly Field[]): Section[] {
  const out: Section[] = [];
  for (const field of fields) {
    const last = out.at(-1);
    if (last && last.group === field.group) last.fields.push(field);
    else out.push({ group: field.group, fields: [field] });
  }
  return out;
}

/** Named fields from the content, grouped under headings when the content groups them. */
export function WorksheetExercise({ exercise, strings, value, onChange }: ExerciseProps<'worksheet', WorksheetAnswer>) {
  const fields = value?.fields ?? {};
  const renderField = (field: Field) => {
    const prompt = strings.prompts?.[field.id];
    return (
      <SensitiveField
        key={field.id}
        label={prompt?.label ?? field.id}
        hint={prompt?.hint}
        value={fields[field.id] ?? ''}
        multiline={field.multiline}
        onChange={(text) => onChange({ type: 'worksheet', fields: { ...fields, [field.id]: text } })}
      />
    );
  };
  return (
    <div className="exercise-fields">
      {sections(exercise.fields).map((section, index) =>
        section.group ? (
          <fieldset key={`${section.group}-${index}`} className="entry-group">
            <legend className="course-group__legend">{strings.groups?.[section.group] ?? section.group}</legend>
            {section.fields.map(renderField)}
          </fieldset>
        ) : (
          <div key={`fields-${index}`} className="exercise-fields">
            {section.fields.map(renderField)}
          </div>
        ),
      )}
    </div>
  );
}
