import { html, nothing, type PropertyValues } from 'lit';
import { below, heading, headingLevel } from '../../internal/heading.js';
import { LocalizeController } from '../../internal/localize.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { directoryLinks, type Path, renderDirectory } from './directory-view.js';
import type { FeedsUi } from './feeds-ui.js';
import { importFeedsUi } from './import-feeds-ui.js';
import { type HelpSituation, renderHelp } from './help-view.js';
import { besideLoader } from './load-beside.js';
import { loadFailedView, loadingView } from './loading-view.js';
import type { MapSettings } from './map/map-config.js';
import { SupportGroupFinderApi } from './support-group-finder.api.js';
import { finderMessages } from './support-group-finder.i18n.js';
import { finderStyles } from './support-group-finder.styles.js';

// Its documented API is in support-group-finder.api.ts; this is its behaviour (directory, feed mode).
/**
 * @tagname support-group-finder
 * @summary Find a support group: a fellowship directory, or meetings from your intergroup's feeds.
 */
export class SupportGroupFinder extends SupportGroupFinderApi {
  static override styles = [sharedStyles, finderStyles];
  static override properties = { path: { state: true }, approach: { state: true }, uiFailed: { state: true } };
  private path: Path = 'self';
  private approach = '';
  /** The feed mode's file could not be loaded: say so, with Try again. */
  private uiFailed = false;
  private readonly i18n = new LocalizeController(this, 'finder', finderMessages);
  /** The feed mode, loaded beside the script the first time `src` is set. */
  private ui?: FeedsUi;
  private loadingUi = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.src?.trim() && !this.ui && !this.loadingUi && !this.uiFailed) void this.loadUi();
  }

  private async loadUi(): Promise<void> {
    this.loadingUi = true;
    // The locale data, in short tasks while the feed mode's file loads: the feed mode awaits the
    // same steps before it reads a feed, and by then they are done.
    void this.i18n.warm({ sorting: true });
    try {
      const { FeedsUi } = await loadFeedsUi();
      this.ui = new FeedsUi(this, {
        i18n: this.i18n,
        emit: (name, detail) => this.emit(name, detail),
        links: (audience) => directoryLinks(this.i18n, audience),
        help: (situation) => this.help(situation),
      });
      this.requestUpdate();
    } catch {
      this.uiFailed = true;
    } finally {
      this.loadingUi = false;
    }
  }

  /** The map attributes of the nearest `<recovery-provider>`; the finder's own win (map/map-config.ts). */
  providedMap(): MapSettings | undefined {
    return this.provided.value as MapSettings | undefined;
  }

  /** The help block, in the widget's outline, with the partner's contact as resolved for this render. */
  private help(situation: HelpSituation) {
    return renderHelp(this.i18n, below(headingLevel(this.localName, this.headingLevel)), this.settings, situation);
  }

  private renderFeeds() {
    if (this.ui) return this.ui.render();
    if (!this.uiFailed) return loadingView(this.i18n);
    const links = directoryLinks(this.i18n, 'self');
    return loadFailedView(this.i18n, this.help('failed'), links, () => (this.uiFailed = false));
  }

  protected override render() {
    const i18n = this.i18n;
    const level = headingLevel(this.localName, this.headingLevel);
    // With src, the feed mode (once loaded, only when a token is a link: else the directory says why).
    const feeds = !!this.src?.trim() && (!this.ui || this.ui.active);
    // The directory has no data to wait for: it waits, laid out, for the page's language pack.
    const waiting = !feeds && !i18n.ready;
    return html`<section part="base" class="${this.rootClass} finder${waiting ? ' awaiting-language' : ''}" lang=${i18n.lang} dir=${i18n.dir} aria-busy=${waiting ? 'true' : nothing}>
      ${heading(level, feeds ? i18n.t('meetingsHeading') : i18n.t('heading'), 'heading')}
      ${
        feeds
          ? this.renderFeeds()
          : renderDirectory({
              i18n,
              level,
              badTokens: this.ui?.badTokens ?? [],
              path: this.path,
              approach: this.approach,
              onPath: (p) => (this.path = p),
              onApproach: (a) => (this.approach = a),
            })
      }
    </section>`;
  }
}

/** The finder's feed mode, imported once per page beside the script. */
const loadFeedsUi = besideLoader("the meeting finder's list", 'recovery-widgets.finder.js', importFeedsUi);
