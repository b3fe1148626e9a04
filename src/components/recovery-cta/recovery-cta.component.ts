import { html, nothing, type PropertyValues } from 'lit';
import { HELPLINES, type Helpline } from '../../data/helplines.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { LocalizeController } from '../../internal/localize.js';
import { RecoveryElement } from '../../internal/recovery-element.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { relFor } from '../../internal/link-rel.js';
import { hint } from '../../internal/warn.js';
import { ctaMessages } from './recovery-cta.i18n.js';
import { ctaStyles } from './recovery-cta.styles.js';

export type CtaAction = 'call' | 'sms' | 'email' | 'contact' | 'helpline-call' | 'helpline-text' | 'helpline-website';

export interface CtaActionDetail {
  action: CtaAction;
  /** Which national line, for helpline actions. */
  helpline?: Helpline['id'];
}

declare module '../../internal/recovery-element.js' {
  interface RecoveryEventMap {
    'recovery-cta-action': CtaActionDetail;
  }
}

/**
 * "Start your journey": the partner's own phone, text, email and contact page, plus the national
 * helplines (the 988 Suicide & Crisis Lifeline, its Veterans Crisis Line option, and the SAMHSA
 * National Helpline with its TTY number). With no organization settings it still shows the
 * national lines.
 *
 * @tagname recovery-cta
 * @summary A call to action with the partner's contact details and national helplines.
 *
 * @slot heading - Replaces the heading.
 * @slot message - Replaces the message under the heading.
 *
 * @fires recovery-cta-action - A visitor chose a way to reach out. `detail.action` is one of `call`, `sms`, `email`, `contact`, `helpline-call`, `helpline-text`, `helpline-website`; `detail.helpline` names the national line. Nothing personal is included.
 *
 * @csspart base - The block around everything.
 * @csspart heading - The heading.
 * @csspart message - The message under the heading.
 * @csspart actions - The list of the organization's contact actions.
 * @csspart action - Each contact action link (also `action-call`, `action-sms`, `action-email`, `action-contact`).
 * @csspart hours - The opening hours line.
 * @csspart helplines - The national helplines section.
 * @csspart helplines-heading - The helplines section's heading.
 * @csspart helpline - Each national line.
 * @csspart helpline-link - Each call, text or website link of a national line.
 *
 * @cssprop [--recovery-color-primary=#0b5394] - Links, buttons and the chosen option.
 * @cssprop [--recovery-color-on-primary=#fff] - Text on primary buttons.
 * @cssprop [--recovery-color-text=#1d2327] - Text and headings.
 * @cssprop [--recovery-color-muted=#50575e] - Secondary text: dates, hours, notes.
 * @cssprop [--recovery-color-surface=#fff] - The background.
 * @cssprop [--recovery-color-border=#8c8f94] - Borders, and the edges of form fields.
 * @cssprop [--recovery-color-focus=#0b57d0] - The keyboard focus ring.
 * @cssprop [--recovery-dark-color-primary=the light color, lightened; else #9ccaff] - Dark theme: links, buttons and the chosen option.
 * @cssprop [--recovery-dark-color-on-primary=#0b1a2a] - Dark theme: text on primary buttons.
 * @cssprop [--recovery-dark-color-text=#e8eaed] - Dark theme: text and headings.
 * @cssprop [--recovery-dark-color-muted=#b6bcc3] - Dark theme: secondary text: dates, hours, notes.
 * @cssprop [--recovery-dark-color-surface=#1b1f24] - Dark theme: the background.
 * @cssprop [--recovery-dark-color-border=#7d848c] - Dark theme: borders, and the edges of form fields.
 * @cssprop [--recovery-dark-color-focus=the light color, lightened; else #a8c7fa] - Dark theme: the keyboard focus ring.
 * @cssprop [--recovery-radius=8px] - Corner radius.
 * @cssprop [--recovery-space-1=0.25em] - Spacing step 1, the smallest: gaps inside a line.
 * @cssprop [--recovery-space-2=0.5em] - Spacing step 2: inside controls and between close items.
 * @cssprop [--recovery-space-3=1em] - Spacing step 3: between blocks and around cards.
 * @cssprop [--recovery-space-4=1.5em] - Spacing step 4: between sections.
 * @cssprop [--recovery-font-family=inherit] - The font. Default: the page's.
 * @cssprop [--recovery-heading-font-family=the body font] - The headings' font.
 * @cssprop [--recovery-cta-background=the surface color] - The block's background, in both themes (use `light-dark()` for a dark one).
 * @cssprop [--recovery-cta-padding=1em to 1.5em, by screen width] - The block's inner spacing.
 * @cssprop [--recovery-cta-heading-size=1.5em] - The heading's size.
 * @cssprop [--recovery-cta-heading-color=the text color] - The heading's color, in both themes (use `light-dark()` for a dark one).
 */
export class RecoveryCta extends RecoveryElement {
  static override styles = [sharedStyles, ctaStyles];
  static override properties = {
    headingLevel: { attribute: 'heading-level' },
    hideHelplines: { type: Boolean, attribute: 'hide-helplines' },
  };

  /** The level of the block's heading (2-6), to fit the host page's outline. Default 2. */
  headingLevel?: string;
  /** Hides the national helplines. */
  hideHelplines = false;

  private readonly i18n = new LocalizeController(this, 'cta', ctaMessages);

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const s = this.settings;
    if (!s.phone && !s.sms && !s.email && !s.contactUrl) {
      hint(
        this.localName,
        'no organization contact is set, so only the national helplines are shown. Add phone, sms, ' +
          'email or contact-url to <recovery-cta> or to a <recovery-provider> around it.',
      );
    }
  }

  private track(action: CtaAction, helpline?: Helpline['id']) {
    return () => this.emit('recovery-cta-action', helpline ? { action, helpline } : { action });
  }

  private renderActions() {
    const { phone, phoneDisplay, sms, smsDisplay, email, contactUrl } = this.settings;
    const t = this.i18n;
    const items = [
      phone &&
        html`<li><a class="button" part="action action-call" href="tel:${phone}" @click=${this.track('call')}>${t.t('call', { number: phoneDisplay ?? phone })}</a></li>`,
      sms &&
        html`<li><a class="button secondary" part="action action-sms" href="sms:${sms}" @click=${this.track('sms')}>${t.t('text', { number: smsDisplay ?? sms })}</a></li>`,
      email &&
        html`<li><a class="button secondary" part="action action-email" href="mailto:${email}" @click=${this.track('email')}>${t.t('email')}</a></li>`,
      contactUrl &&
        html`<li><a class="button secondary" part="action action-contact" href=${contactUrl} rel=${relFor(contactUrl)} @click=${this.track('contact')}>${t.t('contact')}</a></li>`,
    ].filter(Boolean);
    return items.length ? html`<ul part="actions" aria-label=${t.t('actionsLabel')}>${items}</ul>` : nothing;
  }

  private renderHelpline(line: Helpline) {
    const t = this.i18n;
    const name = t.data('helplines', line.id) ?? line.name;
    return html`<li part="helpline">
      <span class="helpline-name">${name}</span>
      <span>${t.t(line.id)}</span>
      <span class="helpline-actions">
        <a class="button secondary" part="helpline-link" href="tel:${line.tel}" @click=${this.track('helpline-call', line.id)}>${line.press ? t.t('callPress', { number: line.display, key: line.press }) : t.t('call', { number: line.display })}</a>
        ${
          line.sms
            ? html`<a class="button secondary" part="helpline-link" href="sms:${line.sms}" @click=${this.track('helpline-text', line.id)}>${t.t('text', { number: line.sms === line.tel ? line.display : line.sms })}</a>`
            : nothing
        }
        ${
          line.tty
            ? html`<a class="button secondary" part="helpline-link" href="tel:${line.tty.tel}" @click=${this.track('helpline-call', line.id)}>${t.t('tty', { number: line.tty.display })}</a>`
            : nothing
        }
        <a class="link" part="helpline-link" href=${line.url} target="_blank" rel="noopener noreferrer" @click=${this.track('helpline-website', line.id)}
          >${t.t('website', { name })} <span class="visually-hidden">${t.t('newTab')}</span></a
        >
      </span>
    </li>`;
  }

  protected override render() {
    const t = this.i18n;
    const { organization, hours } = this.settings;
    const level = headingLevel(this.localName, this.headingLevel);
    return html`<section part="base" class="${this.rootClass}${t.ready ? '' : ' awaiting-language'}" lang=${t.lang} dir=${t.dir} aria-busy=${t.ready ? nothing : 'true'}>
      <div>
        <slot name="heading">${heading(level, organization ? t.t('headingWith', { organization }) : t.t('heading'), 'heading')}</slot>
        <slot name="message"><p part="message">${t.t('message')}</p></slot>
      </div>
      ${this.renderActions()}
      ${hours ? html`<p part="hours">${t.t('hours', { hours })}</p>` : nothing}
      ${
        this.hideHelplines
          ? nothing
          : html`<div part="helplines">
            ${heading(Math.min(level + 1, 6) as 3, t.t('helplinesHeading'), 'helplines-heading')}
            <ul>
              ${HELPLINES.map((line) => this.renderHelpline(line))}
            </ul>
          </div>`
      }
    </section>`;
  }
}
