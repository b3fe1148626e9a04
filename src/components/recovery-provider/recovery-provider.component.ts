import { css, html, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { settingsContext } from '../../internal/settings.js';
import { SettingsElement } from '../../internal/settings-element.js';

/**
 * Page-level settings for every Recovery Widgets element inside it. Wrap a region of the page (or
 * the whole `<body>`) once, instead of repeating the organization's details on each widget. A
 * widget's own attribute always wins over the provider. Its `lang` attribute sets the language of
 * the widgets inside, as `lang` does for any HTML.
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

  private readonly provider = new ContextProvider(this, { context: settingsContext });

  protected override willUpdate(_changed: PropertyValues): void {
    // A new object each time, so subscribed widgets see the change and re-render.
    this.provider.setValue(this.ownSettings());
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
