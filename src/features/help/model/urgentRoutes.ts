/**
 * The crisis routes that open the finder's results when help is urgent: the country's emergency
 * number and the 24/7 line that fits the person. Pure, so the rule can be tested on its own.
 */
import type { CountryRoutes, Service } from '../../../content/servicesSchema';
import type { FinderAnswers } from './finderAnswers';

/** Urgent by the person's own answer, or by who they are: under 18, or harmed in the past month. */
export function needsCrisisFirst(answers: FinderAnswers): boolean {
  return answers.urgent === 'yes' || answers.who === 'youth' || (answers.who === 'harmed' && answers.harmedWhen === 'recent');
}

/** The ids to call first, in order: the emergency number, then the line for this person. */
export function urgentRouteIds(answers: FinderAnswers, routes: readonly CountryRoutes[]): string[] {
  const route = routes.find((r) => r.code === answers.country);
  if (!route) return [];
  const lines =
    answers.who === 'youth' && route.youthLines.length > 0
      ? route.youthLines
      : answers.who === 'harmed' && route.harmedLines.length > 0
        ? [...route.harmedLines, ...route.crisisLines]
        : route.crisisLines;
  return [...new Set([...route.emergency, ...lines])];
}

export function urgentRoutes(answers: FinderAnswers, routes: readonly CountryRoutes[], byId: ReadonlyMap<string, Service>): Service[] {
  return urgentRouteIds(answers, routes).flatMap((id) => {
    const service = byId.get(id);
    return service ? [service] : [];
  });
}
