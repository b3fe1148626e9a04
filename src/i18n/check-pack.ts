import { isMessage, MAX_MESSAGE, type Messages, placeholders } from '../util/message-format.js';

/**
 * What is wrong with a language pack, measured against English: missing, unknown or malformed
 * strings, placeholders English does not have, and plural messages without every form the language
 * uses (`forms`, from `Intl.PluralRules#resolvedOptions().pluralCategories`). Empty when it is whole.
 */
export function checkPack(
  pack: unknown,
  english: Readonly<Record<string, Messages>>,
  language: string,
  forms: readonly string[],
): string[] {
  const problems: string[] = [];
  const p = pack as { format?: unknown; language?: unknown; messages?: Record<string, Record<string, unknown>> };
  if (!p || typeof p !== 'object') return ['it is not a JSON object'];
  if (p.format !== 1) problems.push(`"format" must be 1`);
  if (p.language !== language) problems.push(`"language" is ${JSON.stringify(p.language)}, expected "${language}"`);
  if (!p.messages || typeof p.messages !== 'object') return [...problems, 'it has no "messages" object'];
  // Own keys only: "constructor" or "__proto__" must not pass for English ones through the prototype.
  const has = Object.hasOwn;
  for (const ns of Object.keys(p.messages)) if (!has(english, ns)) problems.push(`unknown namespace "${ns}"`);
  for (const [ns, messages] of Object.entries(english)) {
    const theirs = (has(p.messages, ns) && p.messages[ns]) || {};
    for (const key of Object.keys(theirs)) if (!has(messages, key)) problems.push(`${ns}.${key}: not an English key`);
    for (const [key, en] of Object.entries(messages)) {
      const message = has(theirs, key) ? theirs[key] : undefined;
      const where = `${ns}.${key}`;
      if (message === undefined) problems.push(`${where}: missing`);
      else if (!isMessage(message))
        problems.push(`${where}: not a string or plural forms of at most ${MAX_MESSAGE} characters`);
      else {
        const allowed = placeholders(en);
        const extra = [...placeholders(message)].filter((name) => !allowed.has(name));
        if (extra.length) problems.push(`${where}: placeholders English lacks: ${extra.join(', ')}`);
        if (typeof en !== 'string') {
          const lacking = typeof message === 'string' ? forms : forms.filter((f) => !has(message, f));
          if (lacking.length) problems.push(`${where}: plural forms missing for ${language}: ${lacking.join(', ')}`);
        }
      }
    }
  }
  return problems;
}
