import type { CSSResultGroup, PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { languagePending } from './localize.js';
import { ContrastGuard } from './contrast-guard.js';
import { resolveSettings, type ResolvedSettings } from './resolve-settings.js';
import { settingsContext } from './settings.js';
import { SettingsElement } from './settings-element.js';
import { sharedStyles } from './shared-styles.js';

/**
 * Every event the library fires, with its detail type. Widgets add theirs by declaration merging,
 * so `emit()` only accepts known names with the right detail.
 */
// biome-ignore lint/suspicious/noEmptyInterface: widgets add their events by declaration merging
export interface RecoveryEventMap {}

/** Outside the class so the manifest analyzer doesn't list a generic event on every widget. */
function recoveryEvent<T>(name: string, detail: T): CustomEvent<T> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}

/**
 * The base of every widget: page settings from `<recovery-provider>` merged with the widget's own
 * attributes, the theme class, and typed events. Each widget adds a localizer with its own
 * dictionaries.
 */
export class RecoveryElement extends SettingsElement {
  static override styles: CSSResultGroup = sharedStyles;

  /** The nearest `<recovery-provider>`'s settings (a widget may read ones of its own, like the map's). */
  protected readonly provided = new ContextConsumer(this, {
    context: settingsContext,
    subscribe: true,
  });

  /** Warns once when the colors in effect are hard to read (see contrast-guard.ts). */
  protected readonly contrastGuard = new ContrastGuard(this);

  /** Settings in force for this render, checked and safe to use. */
  protected settings!: ResolvedSettings;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.settings = resolveSettings(this.localName, this.ownSettings(), this.provided.value);
  }

  /**
   * `updateComplete` also waits for the widget's language pack, so `await el.updateComplete` means
   * the widget is drawn in its language.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // Again if a partner's pack was added while the first one loaded (a newer load replaces it).
    for (let pending = languagePending(this), n = 0; pending && n < 5; pending = languagePending(this), n++) {
      await pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Class list for the root element of every widget's template. */
  protected get rootClass(): string {
    return `root theme-${this.settings.theme}`;
  }

  /** Dispatches a bubbling, composed event with typed detail. */
  protected emit<K extends keyof RecoveryEventMap>(name: K, detail: RecoveryEventMap[K]): void {
    this.dispatchEvent(recoveryEvent(name, detail));
  }
}
