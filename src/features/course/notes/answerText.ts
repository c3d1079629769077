/**
 * Pure: the words a person wrote in one exercise answer, in the order the exercise shows them.
 * Choices, ratings and quiz answers are not writing, so they are left out (an answer made only of
 * them has no text and is not a note).
 */
import type { ExerciseAnswer } from '../exercises/answerSchemas';

const filled = (parts: readonly string[]): string[] => parts.map((p) => p.trim()).filter(Boolean);

function parts(answer: ExerciseAnswer): string[] {
  switch (answer.type) {
    case 'journal':
      return Object.values(answer.entries);
    case 'worksheet':
      return Object.values(answer.fields);
    case 'chain-plan':
      return Object.values(answer.links);
    case 'checklist':
      return [answer.other];
    case 'decisional-balance':
      return Object.values(answer.quadrants).flat();
    case 'if-then':
      return answer.plans.map((p) => filled([p.situation, p.response]).join(' → '));
    case 'card-builder':
      return answer.cards.map((c) => filled([c.front, c.back]).join(' / '));
    case 'thought-record':
      return [answer.situation, answer.thought, answer.feeling, answer.evidenceFor, answer.evidenceAgainst, answer.balancedThought];
    case 'urge-log':
      return answer.entries.flatMap((e) => [e.whatIDid, e.howItWent]);
    case 'quiz':
    case 'scale':
    case 'timer':
      return [];
  }
}

/** The answer's text, one part per line; '' when the person wrote nothing. */
export function answerText(answer: ExerciseAnswer): string {
  return filled(parts(answer)).join('\n');
}
