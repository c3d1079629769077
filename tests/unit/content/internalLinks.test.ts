// @vitest-environment node
/**
 * Nothing refers to a module or a screen that does not exist (issue 11). Every internal link in
 * the module texts, the help pages, the UI strings and the screens' own `to="/…"` links must match
 * a route: the app's routes in src/app/router.tsx and, under an area such as `help/*`, the routes
 * of that area's route component (HelpRoute, ToolsRoute, …). A course link must name a module of
 * course.json (and a step it has). Every "module 8" / "osiossa 8" / "modul 8" in a text must be a
 * module number the programme has.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const readJson = (path: string) => JSON.parse(read(path)) as unknown;

function files(dir: string, ending: RegExp): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? files(path, ending) : ending.test(name) ? [path] : [];
  });
}

/** Every string in a JSON value, with its key path. */
function strings(value: unknown, at = ''): Array<{ at: string; text: string }> {
  if (typeof value === 'string') return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, at ? `${at}.${key}` : key));
  return [];
}

const course = readJson('modules-content/course.json') as { modules: string[] };
const stepCount = new Map(course.modules.map((id) => [id, (readJson(`modules-content/modules/${id}/module.json`) as { steps: unknown[] }).steps.length]));

/** The `path="…"` routes (and `index`) of a route component's <Routes>, without its catch-all. */
function routesOf(file: string): string[] {
  const source = read(file);
  const paths = [...source.matchAll(/<Route\b[^>]*?\bpath="([^"]+)"/g)].map((m) => m[1] ?? '').filter((path) => path !== '*');
  return /<Route\s+index\b/.test(source) ? ['', ...paths] : paths;
}

/** The app's route table: each top-level path, and for an area (`help/*`) the routes of its component. */
function appRoutes(): string[] {
  const router = read('src/app/router.tsx');
  const componentFile = new Map(
    [...router.matchAll(/const (\w+) = lazyScreen\([^,]+, \(\) => import\('\.\.\/([^']+)'\)/g)].map((m) => [m[1] ?? '', `src/${m[2] ?? ''}.tsx`]),
  );
  const routes: string[] = /<Route\s+index\b/.test(router) ? ['/'] : [];
  for (const match of router.matchAll(/<Route path="([^"]+)" element=\{<Screen><(\w+) \/><\/Screen>\}/g)) {
    const [path = '', component = ''] = [match[1], match[2]];
    if (!path.endsWith('/*')) {
      routes.push(`/${path}`);
      continue;
    }
    const area = `/${path.slice(0, -2)}`;
    const file = componentFile.get(component);
    const inner = file ? routesOf(file) : [];
    routes.push(area, ...inner.map((sub) => (sub ? `${area}/${sub}` : area)));
  }
  return [...new Set(routes)];
}

const ROUTES = appRoutes();

/** Whether an internal address leads to a screen (not to a not-found screen). */
function exists(address: string): boolean {
  const path = address.replace(/[?#].*$/, '').replace(/(.)\/$/, '$1');
  const course = /^\/course\/(m\d{2})(?:\/(\d+|finish|done))?$/.exec(path);
  if (course) {
    const steps = stepCount.get(course[1] ?? '');
    if (steps === undefined) return false;
    const step = course[2];
    return step === undefined || !/^\d+$/.test(step) || (Number(step) >= 1 && Number(step) <= steps);
  }
  const parts = path.split('/');
  return ROUTES.some((route) => {
    const pattern = route.split('/');
    return pattern.length === parts.length && pattern.every((segment, i) => segment.startsWith(':') || segment === parts[i]);
  });
}

type Found = { where: string; link: string };

/** Internal links in a text: markdown `](/…)` and `href="/…"`. */
function linksIn(text: string): string[] {
  return [...text.matchAll(/\]\((\/[^)\s]*)\)|href=["'](\/[^"']*)["']/g)].map((m) => m[1] ?? m[2] ?? '');
}

const moduleTexts = files('modules-content/modules', /^[a-z]{2}\.json$/).flatMap((file) => strings(readJson(file)).map((s) => ({ where: `${file}: ${s.at}`, text: s.text })));
const helpTexts = files('modules-content/help', /\.(md|json)$/).map((file) => ({ where: file, text: read(file) }));
const uiTexts = files('src/i18n/locales', /\.json$/).flatMap((file) => strings(readJson(file)).map((s) => ({ where: `${file}: ${s.at}`, text: s.text })));
const texts = [...moduleTexts, ...helpTexts, ...uiTexts];

describe('internal links', () => {
  it('the route table is read from the router and the areas’ route components', () => {
    expect(ROUTES).toEqual(expect.arrayContaining(['/', '/course', '/course/plan', '/course/:moduleId', '/help', '/help/services', '/help/finder', '/tools', '/tracker']));
    expect(exists('/course/m12')).toBe(true);
    expect(exists('/course/m04/6')).toBe(true);
    expect(exists('/course/m04/60')).toBe(false);
    expect(exists('/course/m13')).toBe(false);
    expect(exists('/course/plan')).toBe(true);
    expect(exists('/help/services')).toBe(true);
    expect(exists('/tools/surf')).toBe(true);
    expect(exists('/tracker/q/phq9')).toBe(true);
    expect(exists('/help/nowhere')).toBe(false);
    expect(exists('/nowhere')).toBe(false);
  });

  it('in module texts, help pages and UI strings all lead to a screen that exists', () => {
    const found: Found[] = texts.flatMap(({ where, text }) => linksIn(text).map((link) => ({ where, link })));
    expect(found.length).toBeGreaterThan(100);
    const broken = found.filter(({ link }) => !exists(link)).map(({ where, link }) => `${where}: ${link}`);
    expect(broken, broken.join('\n')).toEqual([]);
  });

  it('in the screens (`to="/…"`, `href="/…"`) all lead to a screen that exists', () => {
    const sources = files('src', /\.tsx$/);
    const found: Found[] = sources.flatMap((file) =>
      [...read(file).matchAll(/\b(?:to|href)=(?:"|\{['`])(\/[^"'`}]*)["'`]/g)]
        .map((m) => m[1] ?? '')
        .filter((link) => !link.includes('${'))
        .map((link) => ({ where: file, link })),
    );
    expect(found.length).toBeGreaterThan(20);
    const broken = found.filter(({ link }) => !exists(link)).map(({ where, link }) => `${where}: ${link}`);
    expect(broken, broken.join('\n')).toEqual([]);
  });
});

describe('module numbers named in texts', () => {
  // "module 8", "modules 5 and 11", "Osiossa 4", "osioihin 5 ja 11", "modul 3", "modulerna 5 och 11".
  const MENTION = /\b(?:modules?|moduuli\w*|osio\w*|modul\w*)\s+(\d+(?:\s*(?:,|and|ja|och|–|-)\s*\d+)*)/gi;

  it('are modules the programme has', () => {
    const mentions = texts.flatMap(({ where, text }) =>
      [...text.matchAll(MENTION)].flatMap((m) => (m[1] ?? '').split(/\D+/).filter(Boolean).map((n) => ({ where, number: Number(n), phrase: m[0] }))),
    );
    expect(mentions.length).toBeGreaterThan(50);
    const wrong = mentions.filter(({ number }) => number < 1 || number > course.modules.length).map(({ where, phrase }) => `${where}: "${phrase}"`);
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it('never name a module by an id that is not in course.json', () => {
    const ids = texts.flatMap(({ where, text }) => [...text.matchAll(/\bm(\d{2})\b/g)].map((m) => ({ where, id: `m${m[1] ?? ''}` })));
    const unknown = ids.filter(({ id }) => !stepCount.has(id)).map(({ where, id }) => `${where}: ${id}`);
    expect(unknown, unknown.join('\n')).toEqual([]);
  });
});
