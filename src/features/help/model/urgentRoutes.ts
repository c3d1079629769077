/**
 * The crisis routes that open the finder's results when help is urgent: the country's emergency
 * number and the lines that fit the person, each one a number to call. Pure, so the rule can be
 * tested on its own.
 */
import type { CountryRoutes, Service } from '../../../content/servicesSchema';
import type { FinderAnswers } from './finderAnswers';

/** Urgent by the person's own answer, or by who they are: under 18, or harmed in the past month. */
export function needsCrisisFirst(answers: FinderAnswers): boolean {
  return answers.urgent === 'yes' || answers.who === 'youth' || (answers.who === 'harmed' && answers.harmedWhen === 'recent');
}

function linesFor(answers: FinderAnswers, route: CountryRoutes): string[] {
  switch (answers.who) {
    case 'youth':
      return route.youthLines.length > 0 ? route.youthLines : route.crisisLines;
    case 'harmed':
      return [...route.harmedLines, ...route.crisisLines];
    case 'self':
      // Someone afraid of acting on an urge: a prevention line they can call, then the crisis line.
      return [...route.preventionLines, ...route.crisisLines];
    default:
      return route.crisisLines;
  }
}

/** The services to call first, in order: the emergency number, then the lines for this person. */
export function urgentRoutes(answers: FinderAnswers, routes: readonly CountryRoutes[], byId: ReadonlyMap<string, Service>): Service[] {
  const route = routes.find((r) => r.code === answers.country);
  if (!route) return [];
  const ids = [...new Set([...route.emergency, ...linesFor(answers, route)])];
  // Only what can be called belongs here; a prevention programme without a number is in the list below.
  return ids.flatMap((id) => {
    const service = byId.get(id);
    return service?.contact.phone ? [service] : [];
  });
}

export function urgentRouteIds(answers: FinderAnswers, routes: readonly CountryRoutes[], byId: ReadonlyMap<string, Service>): string[] {
  return urgentRoutes(answers, routes, byId).map((s) => s.id);
}
