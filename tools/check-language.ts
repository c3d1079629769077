/**
 * `npm run check:language`: spelling of every module text and UI string with real dictionaries
 * (Voikko for Finnish, Hunspell for Swedish and British English) and the banned-terms list over
 * every shipped text. Prints per language the word count, the unknown words and their share, each
 * unknown word that the reviewed allowlist (modules-content/spelling-allowlist.json) does not cover
 * with the file and key where it occurs, and stale allowlist entries; then every alternative that
 * modules-content/glossary.json says not to use (one word per concept) in module texts, help pages
 * and UI strings. Exits 1 on any failure.
 */
import { join } from 'node:path';
import { collectShippedTexts, findBannedTerms, formatFinding, loadBannedTerms } from './language/bannedTerms';
import { DictionaryUnavailableError } from './language/dictionaries';
import { ALLOWLIST_PATH, MAX_UNKNOWN_PERCENT, checkSpelling, type SpellingReport } from './language/spelling';
import { GLOSSARY_PATH, findGlossaryAlternatives, formatGlossaryFinding, glossaryTexts, loadGlossary } from './language/glossary';

const root = join(import.meta.dirname, '..');
const started = Date.now();
let failed = false;

function printSpelling(report: SpellingReport): void {
  for (const p of report.problems) console.error(`  - ${p}`);
  for (const l of report.languages) {
    const pct = l.percent.toFixed(2);
    console.log(
      `${l.ok ? 'ok  ' : 'FAIL'} ${l.lang} (${l.dictionary}): ${l.words} words, ${l.unknown} unknown to the dictionary (${pct}% of module text, at most ${MAX_UNKNOWN_PERCENT}%), ${l.unknownWords.length} distinct`,
    );
    if (l.percent > MAX_UNKNOWN_PERCENT) {
      console.log(`       too many unknown words: ${pct}% > ${MAX_UNKNOWN_PERCENT}%`);
    }
    const missing = l.unknownWords.filter((w) => w.allowedBy === undefined);
    if (missing.length > 0) {
      console.log(`       ${missing.length} unknown word(s) not in ${ALLOWLIST_PATH} (fix the spelling, or add the word under "${l.lang}" with a reason):`);
      for (const w of missing) {
        const where = w.places.map((p) => `${p.file}: ${p.key}`);
        console.log(`         "${w.word}" ×${w.count}: ${where.slice(0, 5).join('; ')}${where.length > 5 ? `; and ${where.length - 5} more` : ''}`);
      }
      const byFile = l.files.filter((f) => f.notAllowed > 0);
      console.log('       by file (to route to its owner):');
      for (const f of byFile) console.log(`         ${f.file} (${f.kind}): ${f.notAllowed} of ${f.words} words`);
    }
    for (const w of l.stale) {
      console.log(`       stale allowlist entry "${w}" under "${l.lang}": no text uses it any more; remove it from ${ALLOWLIST_PATH}`);
    }
  }
}

console.log('Spelling (module texts and UI strings):');
try {
  const report = checkSpelling(root);
  printSpelling(report);
  if (!report.ok) failed = true;
} catch (error) {
  if (!(error instanceof DictionaryUnavailableError)) throw error;
  console.error(`FAIL a dictionary is missing: ${error.message}`);
  failed = true;
}

console.log('\nBanned terms (modules-content/banned-terms.json):');
const problems: string[] = [];
const texts = collectShippedTexts(root, problems);
const findings = findBannedTerms(texts, loadBannedTerms(join(root, 'modules-content', 'banned-terms.json')));
for (const p of problems) console.error(`  - ${p}`);
if (findings.length === 0 && problems.length === 0) {
  console.log(`ok   ${texts.length} strings in ${new Set(texts.map((t) => t.file)).size} files, no banned term`);
} else {
  failed = true;
  console.log(`FAIL ${findings.length} banned term(s):`);
  for (const f of findings) console.log(`  - ${formatFinding(f)}`);
}

console.log(`\nGlossary (${GLOSSARY_PATH}):`);
try {
  const glossary = loadGlossary(join(root, GLOSSARY_PATH));
  const scoped = glossaryTexts(texts);
  const alternatives = findGlossaryAlternatives(texts, glossary);
  if (alternatives.length === 0) {
    console.log(`ok   ${glossary.concepts.length} concepts (${glossary.concepts.map((c) => c.id).join(', ')}) in ${scoped.length} strings of ${new Set(scoped.map((t) => t.file)).size} files, no alternative term`);
  } else {
    failed = true;
    console.log(`FAIL ${alternatives.length} alternative term(s); use the glossary term instead:`);
    for (const f of alternatives) console.log(`  - ${formatGlossaryFinding(f)}`);
  }
} catch (error) {
  failed = true;
  console.error(`FAIL ${error instanceof Error ? error.message : String(error)}`);
}

console.log(`\nLanguage check ${failed ? 'failed' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
process.exit(failed ? 1 : 0);
