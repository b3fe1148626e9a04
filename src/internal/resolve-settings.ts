import { defaultContentBase, resolveContentBase } from './content-base.js';
import { THEMES, type RecoverySettings, type Theme } from './settings.js';
import { cleanEmail, cleanPhone, safeHttpUrl } from '../util/validate.js';
import { warn } from './warn.js';

/** Settings after merging and checking: every value here is safe to render. */
export interface ResolvedSettings {
  organization?: string;
  /** Digits (and a leading +) for `tel:`; an extension after a pause (`,12`). */
  phone?: string;
  /** The phone as the webmaster wrote it, for display. */
  phoneDisplay?: string;
  sms?: string;
  smsDisplay?: string;
  email?: string;
  contactUrl?: string;
  hours?: string;
  theme: Theme;
  contentBase: string;
  hrefTemplate?: string;
}

export const ATTRIBUTE: Record<keyof RecoverySettings, string> = {
  organization: 'organization',
  phone: 'phone',
  sms: 'sms',
  email: 'email',
  contactUrl: 'contact-url',
  hours: 'hours',
  theme: 'theme',
  contentBase: 'content-base',
  hrefTemplate: 'href-template',
};

/** What the console says after `attr="value"` for a refused setting; the configurator shows the same. */
export const PROBLEMS = {
  theme: 'is not a theme (light, dark or auto); using light.',
  phone:
    'is not a phone number (use digits, spaces, +, - or parentheses; capital letters such as 1-800-RECOVERY and an extension such as ext. 12 work too); it is left out.',
  sms: 'has an extension, and a text message cannot reach one; it is left out.',
  email: 'is not a plain email address; it is left out.',
  contactUrl: 'is not an http(s) link; it is left out.',
};

/**
 * Merges a widget's own attributes over the provider's settings (the attribute wins), then checks
 * each value. A bad value falls back to the default with one warning that names the element and the
 * attribute it came from, so the widget still renders something useful.
 */
export function resolveSettings(
  tag: string,
  own: RecoverySettings,
  provided: RecoverySettings | undefined,
): ResolvedSettings {
  const pick = <K extends keyof RecoverySettings>(key: K) => {
    const mine = own[key];
    if (mine !== undefined && mine !== null && String(mine).trim() !== '') {
      return { value: String(mine).trim(), from: tag };
    }
    const theirs = provided?.[key];
    if (theirs !== undefined && theirs !== null && String(theirs).trim() !== '') {
      return { value: String(theirs).trim(), from: 'recovery-provider' };
    }
    return undefined;
  };
  const bad = (key: keyof RecoverySettings, from: string, value: string, why: string) =>
    warn(from, `${ATTRIBUTE[key]}="${clip(value)}" ${why}`);

  const out: ResolvedSettings = { theme: 'light', contentBase: defaultContentBase() };

  const theme = pick('theme');
  if (theme) {
    if ((THEMES as readonly string[]).includes(theme.value)) out.theme = theme.value as Theme;
    else bad('theme', theme.from, theme.value, PROBLEMS.theme);
  }

  const organization = pick('organization');
  if (organization) out.organization = organization.value.slice(0, 200);
  const hours = pick('hours');
  if (hours) out.hours = hours.value.slice(0, 200);

  for (const key of ['phone', 'sms'] as const) {
    const found = pick(key);
    if (!found) continue;
    const clean = cleanPhone(found.value);
    if (key === 'sms' && clean?.includes(',')) bad(key, found.from, found.value, PROBLEMS.sms);
    else if (clean) {
      out[key] = clean;
      out[key === 'phone' ? 'phoneDisplay' : 'smsDisplay'] = found.value;
    } else {
      bad(key, found.from, found.value, PROBLEMS.phone);
    }
  }

  const email = pick('email');
  if (email) {
    const clean = cleanEmail(email.value);
    if (clean) out.email = clean;
    else bad('email', email.from, email.value, PROBLEMS.email);
  }

  const contact = pick('contactUrl');
  if (contact) {
    const clean = safeHttpUrl(contact.value, document.baseURI);
    if (clean) out.contactUrl = clean;
    else bad('contactUrl', contact.from, contact.value, PROBLEMS.contactUrl);
  }

  const base = pick('contentBase');
  if (base) {
    const clean = resolveContentBase(base.value);
    if (clean) out.contentBase = clean;
    else bad('contentBase', base.from, base.value, `is not an http(s) URL; using ${out.contentBase}.`);
  }

  const template = pick('hrefTemplate');
  if (template) out.hrefTemplate = template.value;

  return out;
}

/** Keeps a hostile 100 KB attribute from flooding the console. */
export function clip(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}...` : value;
}
