/**
 * Home and "My notes" with the areas they lead to (course, tracker, tools), on a real vault
 * (fake-indexeddb, real Web Crypto, real i18next), behind a gate that unmounts everything when
 * the vault locks, as the shell's VaultGate does. Links can be followed to their places.
 */
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import HomeScreen from '../../../src/app/home/HomeScreen';
import NotesScreen from '../../../src/app/notes/NotesScreen';
import CourseRoute from '../../../src/features/course/CourseRoute';
import { answerStore, progressStore } from '../../../src/features/course/data/courseRecords';
import type { StoredAnswer } from '../../../src/features/course/data/answerRecord';
import type { ExerciseAnswer } from '../../../src/features/course/exercises/answerSchemas';
import { markFinished, visit } from '../../../src/features/course/model/progress';
import ToolsRoute from '../../../src/features/tools/ToolsRoute';
import TrackerRoute from '../../../src/features/tracker/TrackerRoute';
import { Gate, Where } from '../../support/vaultScreens';

/** Like the shell's Screen: the course remounts on every address change. */
function Course() {
  return <CourseRoute key={useLocation().pathname} />;
}

export function renderApp(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Gate>
        <Routes>
          <Route index element={<HomeScreen />} />
          <Route path="/notes" element={<NotesScreen />} />
          <Route path="/course/*" element={<Course />} />
          <Route path="/tracker/*" element={<TrackerRoute />} />
          <Route path="/tools/*" element={<ToolsRoute />} />
          <Route path="*" element={<p>Elsewhere</p>} />
        </Routes>
      </Gate>
      <Where />
    </MemoryRouter>,
  );
}

export const where = () => screen.getByTestId('where').textContent;

export function saveAnswer(exerciseId: string, answer: ExerciseAnswer, updatedAt: number): Promise<void> {
  const record: StoredAnswer = { kind: 'course-answer', v: 1, exerciseId, answer, updatedAt };
  return answerStore.save(record);
}

export async function finishModules(ids: readonly string[], now: number): Promise<void> {
  for (const id of ids) await progressStore.save(markFinished(undefined, id, now));
}

export function visitStep(moduleId: string, stepId: string, now: number): Promise<void> {
  return progressStore.save(visit(undefined, moduleId, stepId, now));
}
