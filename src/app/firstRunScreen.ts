/**
 * First run's screen, named once for the router and for the page's first small script, which starts
 * loading it before the entry's files have arrived (earlyStart.ts).
 */
export const FIRST_RUN_AREA = 'welcome';
export const FIRST_RUN_NAMESPACES = ['onboarding'] as const;
export const loadFirstRun = () => import('../features/onboarding/OnboardingRoute');
