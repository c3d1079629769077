import { useTranslation } from 'react-i18next';
import { z } from '../../../lib/zod';
import { Button } from '../../../ui/Button';
import { Markdown } from '../components/Markdown';
import { answerKey, type ExerciseProps } from './answerParts';

import { questionAnswer, type QuizAnswer } from './answerSchemas';

type Question = ExerciseProps<'quiz', QuizAnswer>['exercise']['questions'][number];
type QuestionAnswer = z.infer<typeof questionAnswer>;

/** Single or multiple choice; the content explains every option, shown once the person has answered. */
export function QuizExercise({ exercise, strings, value, onChange }: ExerciseProps<'quiz', QuizAnswer>) {
  const answers = value?.answers ?? {};
  const set = (questionId: string, next: QuestionAnswer) =>
    onChange({ type: 'quiz', answers: { ...answers, [questionId]: next } });
  return (
    <ol className="course-quiz">
      {exercise.questions.map((question, index) => (
        <li key={question.id}>
          <QuizQuestion
            exerciseId={exercise.id}
            question={question}
            number={index + 1}
            strings={strings}
            answer={answers[question.id]}
            onAnswer={(next) => set(question.id, next)}
          />
        </li>
      ))}
    </ol>
  );
}

type QuizQuestionProps = {
  exerciseId: string;
  question: Question;
  number: number;
  strings: ExerciseProps<'quiz', QuizAnswer>['strings'];
  answer: QuestionAnswer | undefined;
  onAnswer: (next: QuestionAnswer) => void;
};

function QuizQuestion({ exerciseId, question, number, strings, answer, onAnswer }: QuizQuestionProps) {
  const { t } = useTranslation('course');
  const text = strings.questions?.[question.id];
  const selected = answer?.selected ?? [];
  const checked = answer?.checked ?? false;
  const name = `${exerciseId}-${question.id}`;
  const shown = question.multiple ? (checked ? question.options : []) : question.options.filter((o) => selected.includes(o.id));

  const choose = (optionId: string, on: boolean) => {
    if (!question.multiple) return onAnswer({ selected: [optionId], checked: true });
    const next = on ? [...selected, optionId] : selected.filter((s) => s !== optionId);
    return onAnswer({ selected: question.options.map((o) => o.id).filter((id) => next.includes(id)), checked });
  };

  return (
    <fieldset className="course-question">
      <legend className="course-question__prompt">
        <span className="visually-hidden">{t('quiz.question', { number })} </span>
        {text?.prompt ?? question.id}
      </legend>
      {question.multiple ? <p className="course-field__hint">{t('quiz.choose-all')}</p> : null}
      {question.options.map((option) => (
        <label key={option.id} className="course-choice">
          <input
            type={question.multiple ? 'checkbox' : 'radio'}
            name={name}
            checked={selected.includes(option.id)}
            onChange={(e) => choose(option.id, e.target.checked)}
          />
          <span>{text?.options[option.id]?.label ?? option.id}</span>
        </label>
      ))}
      {question.multiple && !checked ? (
        <Button disabled={selected.length === 0} onClick={() => onAnswer({ selected, checked: true })}>
          {t('quiz.check')}
        </Button>
      ) : null}
      <div className="course-question__feedback" aria-live="polite">
        {shown.map((option) => (
          <div key={option.id} className="course-explanation">
            <p className="course-explanation__title">
              {question.multiple
                ? t(option.correct ? 'quiz.option-right' : 'quiz.option-wrong', { option: text?.options[option.id]?.label ?? option.id })
                : t('quiz.explanation')}
            </p>
            <Markdown headingLevel={4}>{text?.options[option.id]?.explanation ?? ''}</Markdown>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
