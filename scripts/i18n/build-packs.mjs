// npm run build: language packs. Checks every i18n/<lang>.json against the English messages built
// into the script (src/i18n/english.ts), then writes dist/i18n/<lang>.json stamped with the release
// version, and dist/i18n/en.json: the English reference a partner translates from.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs } from '../lib/import-ts.mjs';

export async function buildPacks({ from = 'i18n', to = 'dist/i18n', version } = {}) {
  const { ENGLISH, checkPack } = await importTs(
    process.cwd(),
    {
      contents:
        "export { ENGLISH } from './src/i18n/english.ts'; export { checkPack } from './src/i18n/check-pack.ts';",
    },
    'i18n',
  );
  mkdirSync(to, { recursive: true });
  const problems = [];
  const sizes = [];
  for (const file of readdirSync(from)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const language = file.slice(0, -5);
    let pack;
    try {
      pack = JSON.parse(readFileSync(join(from, file), 'utf8'));
    } catch (e) {
      problems.push(`${from}/${file}: not JSON: ${e.message}`);
      continue;
    }
    const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const found = checkPack(pack, ENGLISH, language, forms);
    if (found.length) problems.push(...found.map((p) => `${from}/${file}: ${p}`));
    const text = JSON.stringify({ ...pack, version });
    writeFileSync(join(to, file), text);
    sizes.push(`${language} ${(text.length / 1024).toFixed(1)} KB`);
  }
  writeFileSync(
    join(to, 'en.json'),
    `${JSON.stringify({ format: 1, language: 'en', version, messages: ENGLISH }, null, 2)}\n`,
  );
  if (problems.length) throw new Error(`Language packs have problems:\n  ${problems.join('\n  ')}`);
  console.log(`language packs: ${sizes.join(', ')}`);
}
