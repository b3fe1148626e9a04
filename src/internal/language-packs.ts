import { fetchJson } from '../net/fetch-json.js';
import { baseLanguage, isShipped } from '../util/language.js';
import type { Message } from '../util/message-format.js';
import { VERSION } from '../util/version.js';
import { libraryBase } from './content-base.js';
import { inheritedLang } from './language.js';
import { warnPage } from './warn.js';

/**
 * Language packs: the messages of one language, as JSON (never script), keyed by namespace (one per
 * widget, plus shared data such as `directory` and `types`):
 *
 *   { "format": 1, "language": "fr", "version": "0.2.0", "messages": { "cta": { "call": "Appeler le {number}" } } }
 *
 * Shipped packs sit in `i18n/` beside the script and are fetched the first time a widget on the
 * page needs their language, once per page. A partner adds a language, or rewords some strings of
 * any language (English included), with `language-pack="de=/i18n/de.json"` on `<recovery-provider>`
 * or `registerLanguagePack()`. A partner's strings win over ours; each widget checks its own
 * namespace against English when it first reads it (see LocalizeController).
 */
export type PackMessages = Record<string, Record<string, Message>>;

interface PackState {
  /** Where the shipped pack is, if the library ships one. */
  shipped?: string;
  /** Partner packs, in the order given; later ones win. */
  partner: string[];
  /** Packs given as data (`registerLanguagePack`). */
  given: PackMessages[];
  loading?: Promise<void>;
  /** What was read, in order of precedence (shipped, partner files, data): later layers win. */
  layers?: PackMessages[];
}

const packs = new Map<string, PackState>();
const listeners = new Set<() => void>();
/** Packs are JSON text: 1 MB is far more than every string of every widget. */
const MAX_BYTES = 1 << 20;

function state(language: string): PackState {
  let s = packs.get(language);
  if (!s) {
    s = { partner: [], given: [] };
    if (isShipped(language) && language !== 'en')
      s.shipped = `${libraryBase()}i18n/${language}.json?v=${encodeURIComponent(VERSION)}`;
    packs.set(language, s);
  }
  return s;
}

/** Whether there is anything to load for this language (a shipped pack, a partner's, or data). */
export function hasPack(language: string): boolean {
  const s = packs.get(language);
  return isShipped(language) || !!s?.partner.length || !!s?.given.length;
}

/**
 * The language's packs once loaded, shipped first (a failed file is simply absent); `undefined`
 * while loading. A widget takes each string from the last layer where it is valid for that widget.
 */
export const packLayers = (language: string): readonly PackMessages[] | undefined => packs.get(language)?.layers;

/**
 * Loads what the language has (once per page); resolves when its messages are ready, or failed
 * (the widgets then show English, and the console names the file). English with no partner
 * strings resolves at once.
 */
export function loadPack(language: string): Promise<void> {
  const s = state(language);
  if (s.layers) return Promise.resolve();
  if (s.loading) return s.loading;
  const files = [s.shipped, ...s.partner].filter((u): u is string => !!u);
  const loading: Promise<void> = Promise.all(files.map((url) => readPack(url, language))).then((read) => {
    // A pack added meanwhile started a newer load, which has the final word.
    if (s.loading === loading) s.layers = [...read.filter((p): p is PackMessages => !!p), ...s.given];
    else return s.loading;
  });
  return (s.loading = loading);
}

async function readPack(url: string, language: string): Promise<PackMessages | undefined> {
  const got = await fetchJson(url, { timeoutMs: 15000, maxBytes: MAX_BYTES });
  const file = url.replace(/\?.*$/, '');
  const fail = (why: string) => {
    warnPage(`the language pack ${file} ${why}; the widgets show English where it would apply.`);
    return undefined;
  };
  if (!got.ok) return fail(`could not be loaded (${got.status ?? got.kind}: ${got.message})`);
  const pack = got.data as { language?: unknown; version?: unknown; messages?: unknown } | null;
  if (!pack || typeof pack !== 'object' || !pack.messages || typeof pack.messages !== 'object') {
    return fail('is not a language pack (no "messages" object)');
  }
  if (baseLanguage(String(pack.language)) !== language) {
    return fail(`is for "${String(pack.language).slice(0, 20)}", not "${language}"`);
  }
  // Source packs (tests, the demo before a build) carry no version; built ones do.
  if (url === packs.get(language)?.shipped && pack.version && pack.version !== VERSION) {
    warnPage(
      `the language pack ${file} is from release ${String(pack.version).slice(0, 20)}, the script from ${VERSION}: ` +
        'upload both from the same release. Strings it lacks are shown in English.',
    );
  }
  return pack.messages as PackMessages;
}

/** Reads `language-pack` tokens (`fr=/i18n/fr.json`); returns the ones that are not `lang=url`. */
export function registerPackUrls(tokens: string[], resolve: (url: string) => string | undefined): string[] {
  const bad: string[] = [];
  for (const token of tokens) {
    const match = /^([^=/]+)=(.+)$/.exec(token);
    const language = baseLanguage(match?.[1]);
    const url = match && resolve(match[2]);
    if (!language || !url) {
      bad.push(token);
      continue;
    }
    const s = state(language);
    if (s.partner.includes(url)) continue;
    s.partner.push(url);
    reset(s);
  }
  return bad;
}

/**
 * Adds a language, or rewords strings of one, from data: `{ language: 'de', messages: { cta: {...} } }`.
 * For pages that build their packs in script (npm users); the widgets on the page follow at once.
 */
export function registerLanguagePack(pack: { language: string; messages: PackMessages }): void {
  const language = baseLanguage(pack?.language);
  if (!language || !pack.messages || typeof pack.messages !== 'object') {
    warnPage('registerLanguagePack() needs { language: "de", messages: { ... } }; nothing was added.');
    return;
  }
  const s = state(language);
  s.given.push(pack.messages);
  reset(s);
}

function reset(s: PackState): void {
  s.loading = s.layers = undefined;
  for (const listener of listeners) listener();
}

/** Called when packs are added, so every widget re-reads its language. */
export function onPacksChanged(listener: () => void): void {
  listeners.add(listener);
}

/**
 * Starts loading the packs the widgets already on the page will need, so they arrive while the
 * widgets are being set up rather than after their first render.
 */
export function prefetchPacks(selector: string): void {
  for (const el of document.querySelectorAll(selector)) {
    const language = baseLanguage(inheritedLang(el));
    if (language && hasPack(language) && !packLayers(language)) void loadPack(language);
  }
}

/** Tests start each case from the shipped packs only. */
export function resetPacksForTests(): void {
  packs.clear();
}
