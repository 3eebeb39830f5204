// Originality check: finds sentences of 20 or more characters that were copied from the source
// documents the course was written from (the curriculum standard, lesson plans and articles; not part
// of this repository). Seeds are folded to Simplified Chinese and stripped of whitespace and
// punctuation (PDF extraction breaks lines and spaces characters apart), then every sentence of the
// checked text, stripped the same way, is looked up in them. The check reads the documents from their
// folder beside the checkout (`seedDir` below) when it exists, and otherwise the stripped copy vendored
// in tests/fixtures/seeds/seed-text.txt, so it works from a clean checkout.
//
//   node scripts/seed-copy.mjs --refresh          rewrite tests/fixtures/seeds/seed-text.txt (needs the documents' folder)
//   node scripts/seed-copy.mjs FILE…              print copied sentences found in FILE… (exit 1 if any)
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const seedDir = resolve(root, '../shared/seeds');
export const fixture = join(root, 'tests/fixtures/seeds/seed-text.txt');
/** Shortest copied sentence that counts, in characters after stripping. */
const minLength = 20;

const strip = (text) => text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

/** The seeds as one stripped Simplified string, one document per line. */
export async function seedTextFromSources(dir = seedDir) {
  const { Converter } = await import('opencc-js/t2cn');
  const taiwan = Converter({ from: 'twp', to: 'cn' });
  const hongKong = Converter({ from: 'hk', to: 'cn' });
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => strip(hongKong(taiwan(readFileSync(join(dir, name), 'utf8')))))
    .join('\n');
}

/** Splits running text into sentences at sentence-ending punctuation and line breaks. */
const sentences = (text) => text.split(/[。！？；!?;\n\r]+/u).map((s) => s.trim()).filter(Boolean);

/**
 * Sentences of `text` (≥ minLength characters once stripped) that occur in the seeds, except those
 * in `allowed` (e.g. the curriculum standard's requirement wording, which may be kept verbatim).
 */
export function copiedSentences(text, seedText, allowed = []) {
  const allowedStripped = allowed.map(strip).filter((a) => a.length >= minLength);
  const hits = new Set();
  for (const sentence of sentences(text)) {
    const bare = strip(sentence);
    if (bare.length < minLength || !seedText.includes(bare)) continue;
    if (allowedStripped.some((a) => a.includes(bare))) continue;
    hits.add(sentence);
  }
  return [...hits];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === '--refresh') {
    writeFileSync(fixture, (await seedTextFromSources()) + '\n');
    console.log(`wrote ${fixture}`);
  } else {
    const seedText = existsSync(seedDir) ? await seedTextFromSources() : readFileSync(fixture, 'utf8');
    let found = 0;
    for (const file of args) {
      // MDX/TS sources: also split at commas so long sentences are checked clause by clause.
      const text = readFileSync(file, 'utf8');
      const hits = [...new Set([...copiedSentences(text, seedText), ...copiedSentences(text.replace(/[，,、：:]/g, '\n'), seedText)])];
      for (const hit of hits) console.log(`${file}: ${hit}`);
      found += hits.length;
    }
    console.log(found ? `${found} copied sentence(s) found` : 'no copied sentence found');
    process.exit(found ? 1 : 0);
  }
}
