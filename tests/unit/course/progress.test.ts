import { describe, expect, test } from 'vitest';
import { finishPath, modulePath, parseStep, resumePath, stepPath } from '../../../src/features/course/model/paths';
import {
  continueTarget,
  emptyProgress,
  markFinished,
  moduleProgressSchema,
  nextModule,
  statusOf,
  visit,
  withConfidence,
  type ModuleProgress,
} from '../../../src/features/course/model/progress';

const ORDER = ['m01', 'm02', 'm03', 'm04'];

function progressOf(...entries: ModuleProgress[]): Map<string, ModuleProgress> {
  return new Map(entries.map((p) => [p.moduleId, p]));
}

describe('statusOf', () => {
  test('is not started without a record, or when only the intro was opened', () => {
    expect(statusOf(undefined)).toBe('not-started');
    expect(statusOf(emptyProgress('m01', 1))).toBe('not-started');
  });

  test('is in progress once a step was shown or the confidence before was given', () => {
    expect(statusOf(visit(undefined, 'm01', 'm01-welcome', 1))).toBe('in-progress');
    expect(statusOf(withConfidence(undefined, 'm01', 'before', 4, 1))).toBe('in-progress');
  });

  test('is done once finished, also when the person goes back into the module', () => {
    const done = markFinished(undefined, 'm01', 1);
    expect(statusOf(done)).toBe('done');
    expect(statusOf(visit(done, 'm01', 'm01-welcome', 2))).toBe('done');
  });
});

describe('progress changes', () => {
  test('keep the other fields and stamp the time', () => {
    const before = withConfidence(undefined, 'm02', 'before', 3, 10);
    const visited = visit(before, 'm02', 'm02-law', 20);
    expect(visited).toMatchObject({ confidenceBefore: 3, position: 'm02-law', updatedAt: 20 });
    const after = withConfidence(visited, 'm02', 'after', 7, 30);
    expect(after).toMatchObject({ confidenceBefore: 3, confidenceAfter: 7, updatedAt: 30 });
    expect(moduleProgressSchema.parse(markFinished(after, 'm02', 40))).toMatchObject({ finished: true, position: 'finish' });
  });

  test('the schema rejects out-of-range ratings and foreign shapes', () => {
    expect(moduleProgressSchema.safeParse({ ...emptyProgress('m01', 1), confidenceBefore: 11 }).success).toBe(false);
    expect(moduleProgressSchema.safeParse({ ...emptyProgress('m01', 1), moduleId: 'course' }).success).toBe(false);
    expect(moduleProgressSchema.safeParse({ ...emptyProgress('m01', 1), note: 'x' }).success).toBe(false);
  });
});

describe('continueTarget', () => {
  test('starts the first module when nothing has been done', () => {
    expect(continueTarget(ORDER, new Map())).toEqual({ moduleId: 'm01', kind: 'start' });
  });

  test('resumes the module worked on most recently', () => {
    const progress = progressOf(visit(undefined, 'm01', 'm01-privacy', 100), visit(undefined, 'm03', 'm03-law', 200));
    expect(continueTarget(ORDER, progress)).toEqual({ moduleId: 'm03', kind: 'resume' });
  });

  test('moves to the first module not started when the others are done', () => {
    const progress = progressOf(markFinished(undefined, 'm01', 1), markFinished(undefined, 'm03', 2));
    expect(continueTarget(ORDER, progress)).toEqual({ moduleId: 'm02', kind: 'start' });
  });

  test('is null when every module is done', () => {
    expect(continueTarget(ORDER, progressOf(...ORDER.map((id) => markFinished(undefined, id, 1))))).toBeNull();
  });
});

describe('nextModule', () => {
  test('is the next module in order that is not done, wrapping round to earlier ones', () => {
    const progress = progressOf(markFinished(undefined, 'm02', 1));
    expect(nextModule(ORDER, 'm01', progress)).toBe('m03');
    expect(nextModule(ORDER, 'm04', progress)).toBe('m01');
  });

  test('is undefined when every other module is done', () => {
    const progress = progressOf(...['m01', 'm02', 'm03'].map((id) => markFinished(undefined, id, 1)));
    expect(nextModule(ORDER, 'm04', progress)).toBeUndefined();
  });
});

describe('paths', () => {
  test('carry only neutral ids and step numbers', () => {
    expect(modulePath('m03')).toBe('/course/m03');
    expect(stepPath('m03', 2)).toBe('/course/m03/2');
    expect(finishPath('m03')).toBe('/course/m03/finish');
  });

  test('parseStep accepts 1..count written plainly', () => {
    expect(parseStep('1', 8)).toBe(1);
    expect(parseStep('8', 8)).toBe(8);
    for (const bad of ['0', '9', '02', '-1', '1.5', 'x', '', undefined]) expect(parseStep(bad, 8)).toBeUndefined();
  });

  test('resumePath goes to the step last shown, the finish screen, or the intro', () => {
    const ids = ['m01-a', 'm01-b', 'm01-c'];
    expect(resumePath('m01', ids, 'm01-b')).toBe('/course/m01/2');
    expect(resumePath('m01', ids, 'finish')).toBe('/course/m01/finish');
    expect(resumePath('m01', ids, null)).toBe('/course/m01');
    expect(resumePath('m01', ids, 'm01-removed-later')).toBe('/course/m01');
  });
});
