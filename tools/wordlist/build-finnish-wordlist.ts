/**
 * Builds the Finnish word list for the passphrase generator (src/vault/passphraseWordsFi.ts).
 * There is no Finnish diceware list on npm, so this takes the most frequent words of
 * @zxcvbn-ts/language-fi (MIT; its "commonWords" list comes from Finnish film subtitles, its
 * "wikipedia" list from Finnish Wikipedia), in frequency order, and keeps a word only if it is
 *  - 4–9 lower-case letters a–z, ä, ö (easy to type on any Finnish keyboard, no å, no digits);
 *  - accepted by the Voikko spelling checker (drops English words, names and typos from subtitles);
 *  - not a first name from the same package;
 *  - not offensive or close to the programme's topic (sex, children, crime, violence, death, drugs),
 *    because a person may write the words on paper that someone else could find.
 * It stops at 7,776 words (6^5, the size of the EFF list). Run it again only when the package or
 * the filters change:  npx tsx tools/wordlist/build-finnish-wordlist.ts
 * Needs Debian's enchant-2 with Voikko (packages enchant-2 libenchant-2-voikko voikko-fi).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fromPackage = (name: string): string[] => require(`@zxcvbn-ts/language-fi/dist/${name}.json.js`) as string[];
const version = (JSON.parse(readFileSync(require.resolve('@zxcvbn-ts/language-fi/package.json'), 'utf8')) as { version: string }).version;

const TARGET = 7776;
const OUT = 'src/vault/passphraseWordsFi.ts';

/** Word beginnings never used (a prefix match, so inflected forms go too). */
const BLOCKED_PREFIXES = [
  // sex, bodies, nudity
  'seks', 'pano', 'pane', 'pani', 'panna', 'pill', 'kyrp', 'muna', 'munii', 'tiss', 'rint', 'porn', 'alasto', 'nussi', 'nai', 'runkk', 'vagin', 'penis',
  'perse', 'peppu', 'pers', 'pylly', 'kulli', 'lutk', 'huor', 'hutsu', 'homo', 'lesb', 'neits', 'sänky', 'sängy', 'suudel', 'suukk', 'pusu', 'rakastel',
  'himo', 'halu', 'kiiho', 'kiima', 'eroot', 'intiim', 'strip', 'prostit', 'bordel', 'viettel', 'flirt', 'seksi', 'raskau', 'raskaa', 'synnyt', 'kondom',
  'alushou', 'rintalii', 'kalsar', 'pikkuhou', 'suihku', 'kylpy', 'kylve', 'riisu',
  // children, young people, family roles close to the topic
  'lapsi', 'lapse', 'lasta', 'lapsu', 'lapset', 'lasten', 'lapsia', 'lapsii', 'lapsel', 'tyttö', 'tytö', 'tytt', 'poika', 'poja', 'poik', 'vauva', 'vauvo',
  'nuori', 'nuore', 'nuoru', 'nuoria', 'nuorim', 'teini', 'koulul', 'oppilas', 'oppilai', 'leikki', 'lelu', 'nukke', 'nuke', 'pikkuin', 'pienok', 'sylis', 'syli',
  'äiti', 'äidi', 'isä', 'isi', 'setä', 'sedä', 'eno', 'tytär', 'tyttär', 'veli', 'velj', 'sisko', 'sisar', 'serkku', 'serku', 'kummi', 'kasvat', 'päiväko',
  // crime, police, courts, prison
  'rikos', 'rikol', 'poliis', 'pidät', 'vanki', 'vankil', 'tuomio', 'tuomit', 'oikeud', 'syyte', 'syytt', 'syyll', 'varas', 'varka', 'varast', 'ryöst',
  'raisk', 'hyväksik', 'ahdist', 'häiri', 'uhri', 'pedo', 'vainoa', 'kidut', 'kidnap', 'sieppa', 'sieppaa', 'pahoinp', 'väkival', 'väkisi', 'salaisu',
  // violence, weapons, death
  'tapa', 'tapp', 'tapet', 'tapoi', 'tappo', 'murh', 'kuol', 'kuoll', 'kuole', 'kuolem', 'ruumi', 'hauta', 'hautaa', 'haudat', 'ampu', 'ammu', 'ammut',
  'ammuttiin', 'aseet', 'asein', 'asee', 'pyssy', 'luoti', 'luodi', 'veits', 'miekk', 'pommi', 'räjäh', 'sota', 'sodan', 'sotil', 'vihol', 'verta', 'veri',
  'veren', 'veris', 'haava', 'satut', 'lyö', 'löi', 'lyönyt', 'itsemurh', 'hirtt', 'myrkk', 'kosto', 'kosta', 'vihaa', 'viha', 'uhka', 'uhkaa', 'pelko',
  'pelkä', 'pelot', 'kauhu', 'paniikk', 'hukku', 'syöpä', 'syövä', 'sairaal', 'tauti', 'ruumii',
  // drugs, alcohol, gambling
  'huume', 'kokai', 'heroi', 'piri', 'pilvi', 'pilve', 'kanna', 'viina', 'viski', 'humal', 'känni', 'kännä', 'olut', 'oluen', 'oluet', 'kalja', 'pirtu',
  'viini', 'vodka', 'tupak', 'röyk', 'pelurit', 'uhkape',
  // swearing and insults
  'vittu', 'vitu', 'perkel', 'saatan', 'helvet', 'hitto', 'hiton', 'jumal', 'paska', 'paskaa', 'kusi', 'kuse', 'kusip', 'kakka', 'kakk', 'pieru',
  'idioot', 'tyhmä', 'tyhmi', 'tyhmy', 'typer', 'ääliö', 'ääliöt', 'hullu', 'hullui', 'hulluj', 'hulluu', 'sekop', 'retard', 'mulkk', 'neeke', 'ryssä',
  'mustala', 'läski', 'ruma', 'rumi', 'rumaa', 'luuser', 'nynny', 'hintti', 'pelle', 'pösilö', 'narttu', 'nartu', 'ämmä', 'akka', 'piru', 'pirun',
  'pirul', 'sika', 'sian', 'rotta', 'mato', 'madot', 'tappi', 'hemme', 'helkk', 'perhan', 'pahus', 'saake', 'kakara', 'valeh', 'demoni', 'hirviö',
  'isk', 'potk', 'hakkaa', 'hakkas', 'sido', 'sidot', 'nuol', 'makuu', 'suutel', 'oksen', 'vessa', 'poltt', 'psyki', 'terapi', 'saira', 'alast',
  // religion and politics (can upset, or say too much about the writer)
  'jeesu', 'kristu', 'kirkko', 'kirko', 'rukoil', 'synti', 'natsi', 'hitler', 'terror',
];
/** Whole words that a prefix would over-block or miss. */
const BLOCKED_WORDS = new Set(['nainen', 'naisen', 'naiset', 'naisia', 'naista', 'naisten', 'mies', 'miehen', 'miehet', 'miestä', 'miesten', 'ase', 'asetta', 'aseen', 'aseita', 'aseesi', 'aseeni', 'tuhma', 'kiimainen']);
const ALLOWED_DESPITE_PREFIX = new Set(['ruokalapsi']);

function blocked(word: string): boolean {
  if (BLOCKED_WORDS.has(word)) return true;
  if (ALLOWED_DESPITE_PREFIX.has(word)) return false;
  return BLOCKED_PREFIXES.some((prefix) => word.startsWith(prefix));
}

/** Voikko through enchant-2: prints the words it does not know. */
function unknownToVoikko(words: string[]): Set<string> {
  const out = execFileSync('enchant-2', ['-l', '-d', 'fi'], { input: words.join('\n'), maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
  return new Set(out.split('\n').filter(Boolean));
}

const names = new Set([...fromPackage('femaleFirstnames'), ...fromPackage('maleFirstnames')].map((n) => n.toLowerCase()));
const ordered = [...new Set([...fromPackage('commonWords'), ...fromPackage('wikipedia')])];
const shaped = ordered.filter((w) => /^[a-zäö]{4,9}$/.test(w) && !names.has(w) && !blocked(w));
const unknown = unknownToVoikko(shaped);
const words = shaped.filter((w) => !unknown.has(w)).slice(0, TARGET);
if (words.length < 7000) throw new Error(`only ${words.length} words passed the filters`);

const header = `/**
 * Finnish words for generated passphrases: ${words.length} common, letters-only, lower-case words of 4–9 letters.
 * GENERATED by tools/wordlist/build-finnish-wordlist.ts from @zxcvbn-ts/language-fi ${version} (MIT):
 * its film-subtitle and Wikipedia frequency lists, checked with Voikko, names and offensive or
 * topic-related words removed. Do not edit by hand; change the script and run it again.
 */
`;
writeFileSync(OUT, `${header}export const FINNISH_WORDS: readonly string[] = '${words.join(' ')}'.split(' ');\n`);
console.log(`${words.length} words written to ${OUT} (from ${shaped.length} candidates, ${unknown.size} unknown to Voikko)`);
