import { nothing } from 'lit';

/**
 * The `rel` of a link made from settings or data (an absolute http(s) URL as `safeHttpUrl` writes
 * it, so its origin is exactly what comes before its path): a link that leaves
 * the site gets `noopener noreferrer`, so a click never tells another origin the page's address
 * (on a recovery site the page itself can say too much); a link within the site keeps its
 * referrer, which the site's own analytics may expect.
 */
export const relFor = (href: string) => (href.startsWith(`${self.origin}/`) ? nothing : 'noopener noreferrer');
