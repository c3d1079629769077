/**
 * The page's first script: a small entry of its own (tools/build/earlyStartPlugin.ts) that runs as
 * soon as it arrives, while the main entry's files are still loading. It starts fetching the strings
 * every screen needs, asks whether a vault exists and, when none does, fetches first run's chunk and
 * strings. Started from the main entry, those requests began a round trip later, after React and
 * i18next had arrived and run (Lighthouse's simulated phone put that at about 150 ms of the first
 * paint). The main entry asks for the same modules, and the startup probe for the same answer, later.
 */
import { fetchStrings, initialLanguage } from '../i18n/startingLanguage';
import { listVaultDatabaseEarly } from '../storage/probe';
import { FIRST_RUN_AREA, FIRST_RUN_NAMESPACES, loadFirstRun } from './firstRunScreen';

/** The start address, and first run's own, open first run when there is no vault. */
function mayOpenAtFirstRun(pathname: string): boolean {
  return pathname === '/' || pathname.split('/')[1] === FIRST_RUN_AREA;
}

const language = initialLanguage();
fetchStrings(language, ['common']);
if (mayOpenAtFirstRun(location.pathname)) {
  void listVaultDatabaseEarly().then((listed) => {
    if (listed !== false) return;
    fetchStrings(language, FIRST_RUN_NAMESPACES);
    void loadFirstRun().catch(() => undefined);
  });
}
