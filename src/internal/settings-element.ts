import { LitElement, type PropertyDeclarations } from 'lit';
import { checkAttributes } from './attribute-check.js';
import type { RecoverySettings, Theme } from './settings.js';

/**
 * The settings attributes shared by `<recovery-provider>` and every widget. On a widget each one
 * overrides the provider's value.
 */
export class SettingsElement extends LitElement {
  static override properties: PropertyDeclarations = {
    organization: {},
    phone: {},
    sms: {},
    email: {},
    contactUrl: { attribute: 'contact-url' },
    hours: {},
    theme: {},
    contentBase: { attribute: 'content-base' },
    hrefTemplate: { attribute: 'href-template' },
  };

  /** The partner organization's name, shown in calls to action. */
  organization?: string;
  /** The partner's phone number, for a call link: digits, spaces, +, - and parentheses; letters in capitals (`1-800-RECOVERY`) and an extension (`ext. 12`) work too. */
  phone?: string;
  /** A number that takes text messages, for an `sms:` link (letters as for `phone`; no extension). */
  sms?: string;
  /** The partner's email address, for a `mailto:` link. */
  email?: string;
  /** A link (http or https, absolute or relative to the page) to the partner's contact page. */
  contactUrl?: string;
  /** Opening hours as free text, e.g. "Mon–Fri, 9am–5pm". */
  hours?: string;
  /** `light` (the default), `dark`, or `auto` to follow the visitor's system setting. */
  theme?: Theme;
  /** The URL of the folder that holds article data. Default: `content/` beside the script. */
  contentBase?: string;
  /** How to link to an article on the partner's site, e.g. `/blog/{slug}`; `{lang}` becomes `en` or `es`. */
  hrefTemplate?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // Lit lists the attributes it reads: each property's `attribute` name, or its name lowercased.
    checkAttributes(this, (this.constructor as typeof LitElement).observedAttributes);
  }

  /** The values set on this element, before any provider is consulted. */
  protected ownSettings(): RecoverySettings {
    return {
      organization: this.organization,
      phone: this.phone,
      sms: this.sms,
      email: this.email,
      contactUrl: this.contactUrl,
      hours: this.hours,
      theme: this.theme,
      contentBase: this.contentBase,
      hrefTemplate: this.hrefTemplate,
    };
  }
}
