import { css, html, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { registerPackUrls } from '../../internal/language-packs.js';
import { type RecoverySettings, settingsContext } from '../../internal/settings.js';
import { SettingsElement } from '../../internal/settings-element.js';
import { warn } from '../../internal/warn.js';
import { safeHttpUrl } from '../../util/validate.js';
import type { MapSettings } from '../support-group-finder/map/map-config.js';

/**
 * Page-level settings for every Recovery Widgets element inside it. Wrap a region of the page (or
 * the whole `<body>`) once, instead of repeating the organization's details on each widget. A
 * widget's own attribute always wins over the provider. Its `lang` attribute sets the language of
 * the widgets inside, as `lang` does for any HTML.
 *
 * `language-pack` adds a language the library does not ship, or rewords strings of one it does
 * (English included): `language-pack="de=/i18n/de.json en=/i18n/our-words.json"`. A pack is JSON in
 * the format of `i18n/en.json` in the release; it is fetched only when a widget needs its language.
 *
 * @tagname recovery-provider
 * @summary Shares organization, contact, theme, content and link settings with the widgets inside.
 * @slot - The part of the page whose widgets use these settings.
 */
export class RecoveryProvider extends SettingsElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    ...SettingsElement.properties,
    languagePack: { attribute: 'language-pack' },
    mapTiles: { attribute: 'map-tiles' },
    mapAttribution: { attribute: 'map-attribution' },
    mapView: { attribute: 'map-view' },
  };

  /** Language packs of your own: space-separated `lang=url` pairs, e.g. `de=/i18n/de.json`. A pack for a language we ship rewords only the strings it has. */
  languagePack?: string;
  /** Turns on the map of every `<support-group-finder>` inside: a tile URL template (see that element's `map-tiles`). A finder's own attribute wins. */
  mapTiles?: string;
  /** The tiles' credit, for the finders inside (see `<support-group-finder>`). */
  mapAttribution?: string;
  /** The maps' first view as `latitude,longitude,zoom` (see `<support-group-finder>`). */
  mapView?: string;

  private readonly provider = new ContextProvider(this, { context: settingsContext });

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('languagePack') && this.languagePack) {
      const tokens = this.languagePack.trim().split(/\s+/).filter(Boolean);
      const bad = registerPackUrls(tokens, (url) => safeHttpUrl(url, document.baseURI));
      for (const token of bad) {
        warn(
          this.localName,
          `language-pack token "${token.slice(0, 80)}" is not lang=url (like de=/i18n/de.json, an http(s) link); it is ignored.`,
        );
      }
    }
    // A new object each time, so subscribed widgets see the change and re-render.
    const settings: RecoverySettings & MapSettings = {
      ...this.ownSettings(),
      mapTiles: this.mapTiles,
      mapAttribution: this.mapAttribution,
      mapView: this.mapView,
    };
    this.provider.setValue(settings);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
