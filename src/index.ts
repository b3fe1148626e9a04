/**
 * Every element of the library. Importing this module defines all the tags; import one element's
 * module (`recovery-widgets/recovery-cta.js`) to define only that one.
 */
export * from './components/recovery-provider/recovery-provider.js';
export * from './components/recovery-cta/recovery-cta.js';
export * from './components/recovery-article/recovery-article.js';
export * from './components/related-posts/related-posts.js';
export * from './components/support-group-finder/support-group-finder.js';
export type { RecoverySettings, Theme } from './internal/settings.js';
export { VERSION } from './util/version.js';
export { registerLanguagePack } from './internal/language-packs.js';
