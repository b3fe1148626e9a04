import type { ArticleDocument } from '../../content/document-types.js';
import { warn } from '../../internal/warn.js';

/**
 * schema.org structured data for an article, placed in the LIGHT DOM as
 * `<script type="application/ld+json">` so crawlers that read the page's own HTML find it.
 */
export function articleJsonLd(doc: ArticleDocument, url: string | undefined, publisher: string | undefined) {
  const reviewed = Boolean(doc.reviewed);
  const org = (name: string) => ({ '@type': 'Organization', name });
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': reviewed ? 'MedicalWebPage' : 'Article',
    headline: doc.title,
    description: doc.description || undefined,
    datePublished: doc.published || undefined,
    dateModified: doc.updated || doc.published || undefined,
    inLanguage: doc.language || undefined,
    url,
    author: doc.author ? org(doc.author) : undefined,
    publisher: publisher || doc.source.name ? org(publisher || doc.source.name) : undefined,
    citation: doc.references.length
      ? doc.references.map((r) => ({
          '@type': 'CreativeWork',
          name: r.title,
          ...(r.url ? { url: r.url } : {}),
          ...(r.authors ? { author: r.authors } : {}),
          ...(r.publisher ? { publisher: r.publisher } : {}),
          ...(r.year ? { datePublished: String(r.year) } : {}),
        }))
      : undefined,
  };
  if (reviewed) {
    data.lastReviewed = doc.reviewed;
    if (doc.reviewer) data.reviewedBy = { '@type': 'Person', name: doc.reviewer };
  }
  return data;
}

/**
 * JSON as script text that cannot end its `<script>` early or open a comment: `<` becomes
 * `\u003c` (and the two line separators JavaScript once refused), which JSON reads back unchanged.
 */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScript: (s: string) => string }): { createScript(s: string): unknown };
}
const POLICY_KEY = Symbol.for('recovery-widgets.trusted-types-policy');

/**
 * Shared on the page (a name can be registered once), with the set of JSON texts the policy may
 * pass, so a second copy of the script uses the first copy's policy.
 */
type PolicyCache = { policy?: { createScript(s: string): unknown } | null; allowed: Set<string> };

function cache(): PolicyCache {
  const g = globalThis as unknown as Record<symbol, PolicyCache | undefined>;
  return (g[POLICY_KEY] ??= { allowed: new Set() });
}

/**
 * The one Trusted Types policy the library needs, `recovery-widgets`, or `null` when the browser
 * has no Trusted Types or the page refuses the name (warned once).
 */
function policy(tag: string) {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return null;
  const shared = cache();
  const { allowed } = shared;
  if (shared.policy === undefined) {
    try {
      // Only the exact JSON we just built may pass: the policy can never turn other text into script.
      shared.policy = tt.createPolicy('recovery-widgets', {
        createScript: (s) => {
          if (!allowed.has(s)) throw new TypeError('recovery-widgets: not our structured data');
          return s;
        },
      });
    } catch {
      shared.policy = null;
      warn(
        tag,
        'this page enforces Trusted Types and does not allow the policy "recovery-widgets", so the article ' +
          "is shown without its schema.org data for search engines. Add it to the page's Content-Security-Policy: " +
          '"trusted-types lit-html recovery-widgets".',
      );
    }
  }
  return shared.policy;
}

const MARK = 'data-recovery-article';

/** Replaces the element's structured data (or only removes it, when `data` is undefined). */
export function placeJsonLd(host: HTMLElement, data: unknown | undefined): void {
  for (const old of Array.from(host.children)) if (old.hasAttribute(MARK)) old.remove();
  if (data === undefined) return;
  const json = scriptJson(data);
  const script = document.createElement('script');
  // The type goes first, so the element is never an executable script for a single moment.
  script.type = 'application/ld+json';
  script.setAttribute(MARK, '');
  const p = policy(host.localName);
  const { allowed } = cache();
  if (p) {
    allowed.add(json);
    try {
      (script as unknown as { text: unknown }).text = p.createScript(json);
    } finally {
      allowed.delete(json);
    }
  } else if ((globalThis as { trustedTypes?: unknown }).trustedTypes) {
    // The page refused our policy; it would refuse plain script text too: leave the data out.
    return;
  } else {
    script.append(document.createTextNode(json));
  }
  host.append(script);
}
