import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/features/help/model/catalogue';
import type { FinderAnswers } from '../../../src/features/help/model/finder';
import { needsCrisisFirst, urgentRouteIds } from '../../../src/features/help/model/urgentRoutes';

const { routes, byId } = catalogue();
const base: FinderAnswers = { who: 'self', urgent: 'no', country: 'FI', language: 'fi', kind: 'any', anonymity: 'no-matter' };

describe('crisis routes first when help is urgent', () => {
  it('opens with them when the person says it is urgent, is under 18, or was harmed in the past month', () => {
    expect(needsCrisisFirst(base)).toBe(false);
    expect(needsCrisisFirst({ ...base, urgent: 'yes' })).toBe(true);
    expect(needsCrisisFirst({ ...base, who: 'youth' })).toBe(true);
    expect(needsCrisisFirst({ ...base, who: 'harmed', harmedWhen: 'recent' })).toBe(true);
    expect(needsCrisisFirst({ ...base, who: 'harmed', harmedWhen: 'earlier' })).toBe(false);
  });

  it('gives someone afraid of acting on an urge the prevention line they can call, and only lines with a number', () => {
    expect(urgentRouteIds({ ...base, urgent: 'yes', country: 'SE', language: 'sv' }, routes, byId)).toEqual([
      'se-emergency',
      'se-preventell',
      'se-mind-sjalvmordslinjen',
    ]);
    // Finland's prevention services are online programmes without a number, so none is listed here.
    expect(urgentRouteIds({ ...base, urgent: 'yes' }, routes, byId)).toEqual(['fi-emergency', 'fi-mieli-crisis-helpline']);
  });

  it('gives the emergency number first, then the line for this person', () => {
    expect(urgentRouteIds({ ...base, urgent: 'yes' }, routes, byId)).toEqual(['fi-emergency', 'fi-mieli-crisis-helpline']);
    expect(urgentRouteIds({ ...base, who: 'youth' }, routes, byId)).toEqual(['fi-emergency', 'fi-mll-lasten-ja-nuorten-puhelin']);
    expect(urgentRouteIds({ ...base, who: 'harmed', harmedWhen: 'recent', country: 'SE' }, routes, byId)).toEqual([
      'se-emergency',
      'se-kvinnofridslinjen',
      'se-mind-sjalvmordslinjen',
    ]);
    expect(urgentRouteIds({ ...base, urgent: 'yes', country: 'US', language: 'en' }, routes, byId)).toEqual(['us-emergency', 'us-stop-it-now', 'us-988-lifeline']);
    expect(urgentRouteIds({ ...base, who: 'family', urgent: 'yes', country: 'US', language: 'en' }, routes, byId)).toEqual(['us-emergency', 'us-988-lifeline']);
  });

  it('has no numbers to give for another country', () => {
    expect(urgentRouteIds({ ...base, urgent: 'yes', country: 'INT' }, routes, byId)).toEqual([]);
  });
});
