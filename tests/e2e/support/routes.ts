/** Every route of the product map, for the axe, screenshot and offline sweeps. */
export type RouteCase = { path: string; name: string };

export const PUBLIC_ROUTES: RouteCase[] = [
  { path: '/welcome', name: 'welcome' },
  { path: '/help', name: 'help' },
  { path: '/help/services', name: 'help-services' },
  { path: '/help/finder', name: 'help-finder' },
  { path: '/help/family', name: 'help-family' },
  { path: '/help/professionals', name: 'help-professionals' },
  { path: '/help/harmed', name: 'help-harmed' },
  { path: '/help/youth', name: 'help-youth' },
  { path: '/research', name: 'research' },
  { path: '/no-such-page', name: 'not-found' },
];

/** Behind the vault: without one they lead to first run, when locked to the lock screen. */
export const PRIVATE_ROUTES: RouteCase[] = [
  { path: '/', name: 'today' },
  { path: '/course', name: 'course' },
  { path: '/course/m01/1', name: 'course-step' },
  { path: '/notes', name: 'notes' },
  { path: '/course/plan', name: 'my-plan' },
  { path: '/tracker/today', name: 'tracker-checkin' },
  { path: '/tracker', name: 'tracker' },
  { path: '/tools', name: 'tools' },
  { path: '/settings', name: 'settings' },
  { path: '/feedback', name: 'feedback' },
];

export const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 768 },
] as const;
