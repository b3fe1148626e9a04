import type { ArticleDocument } from '../../content/document-types.js';
import { warn } from '../../internal/warn.js';

/**
 * schema.org structured data for an article, placed in the LIGHT DOM as
 * `<script type="application/ld+json">` so crawlers that read the page's own HTML find it.
 * Empty fields are left out (see `placeJsonLd`).
 */
export function articleJsonLd(doc: ArticleDocument, url: string | undefined, publisher: string | undefined) {
  const org = (name: string | undefined) => (name ? { '@type': 'Organization', name } : undefined);
  return {
    '@context': 'https://schema.org',
    '@type': doc.reviewed ? 'MedicalWebPage' : 'Article',
    headline: doc.title,
    description: doc.description,
    datePublished: doc.published,
    dateModified: doc.updated || doc.published,
    inLanguage: doc.language,
    url,
    author: org(doc.author),
    publisher: org(publisher || doc.source.name),
    citation: doc.references.length
      ? doc.references.map((r) => ({
          '@type': 'CreativeWork',
          name: r.title,
          url: r.url,
          author: r.authors,
          publisher: r.publisher,
          datePublished: r.year && String(r.year),
        }))
      : undefined,
    lastReviewed: doc.reviewed,
    reviewedBy: doc.reviewed && doc.reviewer ? { '@type': 'Person', name: doc.reviewer } : undefined,
  };
}

type Policy = { createScript(s: string): unknown };

/**
 * The Trusted Types policy `recovery-widgets` and the one text it passes, private to this module:
 * no page script can reach the policy to turn text of its own into script. `null` once the page
 * refused it. Two copies of the script on a page never both need it: the first copy defines
 * `<recovery-article>`, so only its module ever places structured data (a copy whose policy name is
 * taken says so, and its articles still render, without the data).
 */
let policy: Policy | null | undefined;
/** The JSON being placed right now: the policy refuses anything else, even if someone held it. */
let placing: string | undefined;

const MARK = 'data-recovery-article';

/** Replaces the element's structured data (or only removes it, when `data` is undefined). */
export function placeJsonLd(host: HTMLElement, data?: unknown): void {
  host.querySelectorAll(`:scope>[${MARK}]`).forEach((old) => old.remove());
  if (data === undefined) return;
  // Empty strings are left out. Script text that cannot end its `<script>` early or open a comment:
  // `<` (and the two line separators JavaScript once refused) as \u escapes, which JSON reads back unchanged.
  const json = JSON.stringify(data, (_, v) => (v === '' ? undefined : v)).replace(
    /[<\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const script = document.createElement('script');
  // The type goes first, so the element is never an executable script for a single moment.
  script.type = 'application/ld+json';
  script.setAttribute(MARK, '');
  const tt = (
    globalThis as {
      trustedTypes?: { createPolicy(name: string, rules: { createScript: (s: string) => string }): Policy };
    }
  ).trustedTypes;
  if (tt) {
    // Created when first needed, so importing this module changes nothing on the page.
    if (policy === undefined) {
      try {
        policy = tt.createPolicy('recovery-widgets', {
          createScript: (s) => {
            if (s !== placing) throw new TypeError('recovery-widgets: not our structured data');
            return s;
          },
        });
      } catch (e) {
        policy = null;
        warn(
          host.localName,
          `the page's Trusted Types refuse the policy "recovery-widgets" (${(e as Error).message}), so the article ` +
            'has no schema.org data for search engines. Allow it in the Content-Security-Policy: ' +
            '"trusted-types lit-html recovery-widgets".',
        );
      }
    }
    // The page refused our policy; it would refuse plain script text too: leave the data out.
    if (!policy) return;
    placing = json;
    try {
      script.text = policy.createScript(json) as string;
    } finally {
      placing = undefined;
    }
  } else script.text = json;
  host.append(script);
}
