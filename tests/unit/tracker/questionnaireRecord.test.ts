/**
 * What the questionnaire record refuses before anything reaches the vault: impossible dates,
 * answers outside the published options, and a PHQ-9 difficulty answer where the question was not
 * asked or outside its four options. The difficulty answer never changes the score.
 */
import { describe, expect, it } from 'vitest';
import { newQuestionnaire, questionnaireSchema } from '../../../src/features/tracker/data/questionnaireRecord';
import { asksDifficulty, scoreOf } from '../../../src/features/tracker/model/questionnaires';

const none = Array.from({ length: 9 }, () => 0);
const some = [0, 2, 0, 0, 0, 0, 0, 0, 0];

describe('PHQ-9 difficulty question', () => {
  it('is asked only for PHQ-9 once a problem is checked off', () => {
    expect(asksDifficulty('phq9', none)).toBe(false);
    expect(asksDifficulty('phq9', [null, null, null, null, null, null, null, null, null])).toBe(false);
    expect(asksDifficulty('phq9', some)).toBe(true);
    expect(asksDifficulty('gad7', [3, 3, 3, 3, 3, 3, 3])).toBe(false);
  });

  it('is stored with the answers and never scored', () => {
    const record = newQuestionnaire('phq9', '2026-11-27', some, 3);
    expect(questionnaireSchema.parse(record).difficulty).toBe(3);
    expect(scoreOf('phq9', record.answers)).toEqual(scoreOf('phq9', newQuestionnaire('phq9', '2026-11-27', some).answers));
  });

  it('is dropped when it was not asked, and refused when stored anyway or out of range', () => {
    expect(newQuestionnaire('phq9', '2026-11-27', none, 2)).not.toHaveProperty('difficulty');
    expect(newQuestionnaire('gad7', '2026-11-27', [1, 1, 1, 1, 1, 1, 1], 2)).not.toHaveProperty('difficulty');
    const base = newQuestionnaire('phq9', '2026-11-27', some);
    expect(questionnaireSchema.safeParse({ ...base, difficulty: 4 }).success).toBe(false);
    expect(questionnaireSchema.safeParse({ ...base, difficulty: -1 }).success).toBe(false);
    expect(questionnaireSchema.safeParse({ ...base, answers: none, difficulty: 1 }).success).toBe(false);
  });

  it('answers saved before the question existed still read', () => {
    const { difficulty: _unused, ...old } = newQuestionnaire('phq9', '2026-01-05', some, 1);
    expect(questionnaireSchema.safeParse(old).success).toBe(true);
  });
});

describe('questionnaire record refuses bad input', () => {
  it('refuses impossible dates', () => {
    for (const date of ['2026-02-30', '2026-13-01', '2026-11-27T10:00', 'yesterday']) {
      expect(questionnaireSchema.safeParse(newQuestionnaire('who5', date, [5, 4, 3, 2, 1])).success, date).toBe(false);
    }
  });

  it('refuses answers outside the published options and the wrong number of answers', () => {
    const ok = newQuestionnaire('who5', '2026-11-27', [5, 4, 3, 2, 1]);
    expect(questionnaireSchema.safeParse(ok).success).toBe(true);
    expect(questionnaireSchema.safeParse({ ...ok, answers: [6, 4, 3, 2, 1] }).success).toBe(false);
    expect(questionnaireSchema.safeParse({ ...ok, answers: [5, 4, 3, 2] }).success).toBe(false);
    expect(questionnaireSchema.safeParse({ ...ok, measure: 'gad7' }).success).toBe(false);
    expect(questionnaireSchema.safeParse({ ...newQuestionnaire('phq9', '2026-11-27', some), answers: [0, 4, 0, 0, 0, 0, 0, 0, 0] }).success).toBe(false);
  });
});
