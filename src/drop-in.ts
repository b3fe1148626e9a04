/**
 * The entry of `dist/recovery-widgets.js`, the one-tag drop-in script. It says so while it runs,
 * when `document.currentScript` still points at it, so article data is found beside it.
 *
 * The provider is defined at once, so every widget finds its settings when it upgrades; the
 * widgets are defined one per task (`defineInTurns`), which keeps the host page responsive while
 * they draw. npm users importing `recovery-widgets` get every tag defined at once instead.
 */
import { rememberDropIn } from './internal/content-base.js';
import { defineInTurns } from './internal/define.js';
import { prefetchPacks } from './internal/language-packs.js';
import { shareLit } from './internal/share-lit.js';
import { nextTask } from './util/scheduling.js';
import './components/recovery-provider/recovery-provider.js';
import { RecoveryCta } from './components/recovery-cta/recovery-cta.component.js';
import { RecoveryArticle } from './components/recovery-article/recovery-article.component.js';
import { RelatedPosts } from './components/related-posts/related-posts.component.js';
import { SupportGroupFinder } from './components/support-group-finder/support-group-finder.component.js';

rememberDropIn();
shareLit();

const widgets: Array<[string, CustomElementConstructor]> = [
  ['recovery-article', RecoveryArticle],
  ['related-posts', RelatedPosts],
  ['support-group-finder', SupportGroupFinder],
  ['recovery-cta', RecoveryCta],
];
void defineInTurns(widgets);
// In the first turn, not now: finding the script's folder reads an Error's stack, which at the top
// level would make V8 parse the whole script again.
void nextTask().then(() => prefetchPacks(widgets.map(([tag]) => tag).join(',')));
