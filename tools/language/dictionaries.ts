/**
 * The real spelling dictionaries, from Debian packages (TOOLCHAIN.md pitfall 12): Finnish through
 * Voikko behind Enchant, Swedish and British English through Hunspell. Each tool reads text on
 * stdin and prints the words it does not know (`-l`). All words of a language go through one
 * process; a sentinel word after each one tells which output belongs to which word.
 */
import { spawnSync } from 'node:child_process';
import type { Language } from '../../src/i18n/languages';

export type Dictionary = {
  lang: Language;
  command: string;
  args: string[];
  /** What the check uses, for the report. */
  label: string;
  /** Debian packages that provide it. */
  packages: string[];
};

export const DICTIONARIES: Record<Language, Dictionary> = {
  fi: {
    lang: 'fi',
    command: 'enchant-2',
    args: ['-l', '-d', 'fi'],
    label: 'Voikko (enchant-2 -d fi)',
    packages: ['enchant-2', 'libenchant-2-voikko', 'voikko-fi'],
  },
  sv: {
    lang: 'sv',
    command: 'hunspell',
    args: ['-l', '-d', 'sv_SE'],
    label: 'Hunspell sv_SE',
    packages: ['hunspell', 'hunspell-sv'],
  },
  // The content is written in British English ("behaviour", "programme"); en_US would flag it.
  en: {
    lang: 'en',
    command: 'hunspell',
    args: ['-l', '-d', 'en_GB'],
    label: 'Hunspell en_GB',
    packages: ['hunspell', 'hunspell-en-gb'],
  },
};

/** A letters-only word that no dictionary knows; it marks the end of each checked word. */
export const SENTINEL = 'qxzvjkwq';

export class DictionaryUnavailableError extends Error {}

function installHint(dict: Dictionary): string {
  return `install the Debian packages: apt-get install ${dict.packages.join(' ')}`;
}

/**
 * Checks each word (one per line) and returns, per word, what the dictionary reported unknown:
 * nothing, the word itself, or parts of it (Hunspell's English dictionary splits at hyphens).
 */
export function unknownParts(dict: Dictionary, checkWords: readonly string[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  if (checkWords.length === 0) return result;
  const input = checkWords.map((w) => `${w}\n${SENTINEL}\n`).join('');
  const run = spawnSync(dict.command, dict.args, {
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
    env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' },
  });
  if (run.error) {
    const code = (run.error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? `${dict.command} is not installed` : run.error.message;
    throw new DictionaryUnavailableError(`${dict.lang}: ${why}; ${installHint(dict)}`);
  }
  if (run.status !== 0) {
    const err = run.stderr.trim().split('\n')[0] ?? '';
    throw new DictionaryUnavailableError(
      `${dict.lang}: \`${dict.command} ${dict.args.join(' ')}\` failed (${err || `exit ${run.status}`}); ${installHint(dict)}`,
    );
  }
  const lines = run.stdout.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  let i = 0;
  let current: string[] = [];
  for (const line of lines) {
    if (line === SENTINEL) {
      const word = checkWords[i];
      if (word === undefined) break;
      result.set(word, current);
      current = [];
      i += 1;
    } else {
      current.push(line.replace(/’/g, "'"));
    }
  }
  if (i !== checkWords.length) {
    throw new DictionaryUnavailableError(
      `${dict.lang}: ${dict.command} answered for ${i} of ${checkWords.length} words (it must print the unknown marker word "${SENTINEL}" once per word)`,
    );
  }
  return result;
}
