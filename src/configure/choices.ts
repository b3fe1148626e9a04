import { ATTRIBUTE, clip, PROBLEMS } from '../internal/resolve-settings.js';
import { cleanEmail, cleanPhone, safeHttpUrl } from '../util/validate.js';

/**
 * What a partner fills in on the configurator page, checked the way the widgets check it, and the
 * code it gives them. No DOM here beyond `CSS.supports`, so the tests can drive it directly.
 */
export interface Choices {
  organization: string;
  phone: string;
  sms: string;
  email: string;
  contactUrl: string;
  hours: string;
  primary: string;
  onPrimary: string;
  text: string;
  surface: string;
  /** Empty: the dark theme derives its primary from `primary`. */
  darkPrimary: string;
  font: string;
  radius: string;
  theme: 'light' | 'dark' | 'auto';
  /** The widgets' language (LANGUAGES: English built in, the others as packs). */
  lang: string;
  scriptUrl: string;
}

export const DEFAULTS: Choices = {
  organization: '',
  phone: '',
  sms: '',
  email: '',
  contactUrl: '',
  hours: '',
  primary: '#0b5394',
  onPrimary: '#ffffff',
  text: '#1d2327',
  surface: '#ffffff',
  darkPrimary: '',
  font: 'inherit',
  radius: '8',
  theme: 'light',
  lang: 'en',
  scriptUrl: '/recovery-widgets/recovery-widgets.js',
};

/** The widget settings a field feeds, with the attribute the widgets know it by. */
const SETTINGS = ['organization', 'phone', 'sms', 'email', 'contactUrl', 'hours'] as const;

/** Color fields and the custom property each sets. */
export const COLORS: Record<string, string> = {
  primary: '--recovery-color-primary',
  onPrimary: '--recovery-color-on-primary',
  text: '--recovery-color-text',
  surface: '--recovery-color-surface',
  darkPrimary: '--recovery-dark-color-primary',
};

export interface Checked {
  /** Valid widget settings, by attribute name. */
  attributes: Record<string, string>;
  /** Custom properties that differ from the built-in look. */
  properties: Record<string, string>;
  /** A message per field whose value is left out. */
  problems: Partial<Record<keyof Choices, string>>;
}

/** A refused setting, in the words a widget uses in the console. */
const problem = (key: keyof typeof ATTRIBUTE, value: string, why: string) =>
  `${ATTRIBUTE[key]}="${clip(value)}" ${why}`;

/** A font list: names and quoted names separated by commas, nothing that could end the rule. */
const FONT = /^\s*(inherit|[\w -]+|"[\w -]+"|'[\w -]+')(\s*,\s*([\w -]+|"[\w -]+"|'[\w -]+'))*\s*$/;

export function check(choices: Choices, base: string): Checked {
  const out: Checked = { attributes: {}, properties: {}, problems: {} };
  for (const key of SETTINGS) {
    const value = choices[key].trim();
    if (!value) continue;
    let clean: string | undefined = value.slice(0, 200);
    let why = '';
    if (key === 'phone' || key === 'sms') [clean, why] = [cleanPhone(value) && value, PROBLEMS.phone];
    if (key === 'sms' && cleanPhone(value)?.includes(',')) [clean, why] = [undefined, PROBLEMS.sms];
    if (key === 'email') [clean, why] = [cleanEmail(value), PROBLEMS.email];
    if (key === 'contactUrl') [clean, why] = [safeHttpUrl(value, base) && value, PROBLEMS.contactUrl];
    if (clean) out.attributes[ATTRIBUTE[key]] = clean;
    else out.problems[key] = problem(key, value, why);
  }
  for (const [key, property] of Object.entries(COLORS) as [keyof Choices, string][]) {
    const value = choices[key].trim();
    if (!value || value.toLowerCase() === DEFAULTS[key]) continue;
    if (CSS.supports('color', value)) out.properties[property] = value;
    else out.problems[key] = `"${clip(value)}" is not a CSS color; it is left out.`;
  }
  const font = choices.font.trim();
  if (font && font !== 'inherit') {
    if (FONT.test(font) && CSS.supports('font-family', font)) out.properties['--recovery-font-family'] = font;
    else
      out.problems.font = `"${clip(font)}" is not a list of font names (Georgia, "Times New Roman", serif); it is left out.`;
  }
  const radius = Number(choices.radius);
  if (choices.radius.trim() === '' || !Number.isFinite(radius) || radius < 0 || radius > 48) {
    out.problems.radius = `"${clip(choices.radius)}" is not a radius from 0 to 48 pixels; using 8.`;
  } else if (radius !== 8) {
    out.properties['--recovery-radius'] = `${radius}px`;
  }
  if (!safeHttpUrl(choices.scriptUrl, base)) {
    out.problems.scriptUrl = `"${clip(choices.scriptUrl)}" is not an http(s) address for the script.`;
  }
  return out;
}

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The markup to paste: the script once, and the widgets inside a provider with the settings. */
export function snippet(choices: Choices, checked: Checked): string {
  const script = checked.problems.scriptUrl ? DEFAULTS.scriptUrl : choices.scriptUrl.trim();
  const settings = { ...checked.attributes, theme: choices.theme, lang: choices.lang };
  const provider = Object.entries(settings)
    .map(([name, value]) => `\n    ${name}="${attr(value)}"`)
    .join('');
  return `<script src="${attr(script)}" defer></script>

<recovery-provider${provider}>
  <!-- Keep the widgets you want, anywhere inside the provider. -->
  <recovery-cta></recovery-cta>
  <recovery-article slug="you-cant-do-recovery-alone" toc reading-time></recovery-article>
  <related-posts></related-posts>
  <support-group-finder></support-group-finder>
</recovery-provider>`;
}

/** The stylesheet to add: only what differs from the built-in look. */
export function stylesheet(checked: Checked): string {
  const lines = Object.entries(checked.properties).map(([name, value]) => `  ${name}: ${value};`);
  return lines.length ? `:root {\n${lines.join('\n')}\n}` : '/* The built-in look: nothing to add. */';
}

/** The Content-Security-Policy directives the widgets need, with the script's host if it is another. */
export function cspLines(choices: Choices, base: string): string {
  const url = safeHttpUrl(choices.scriptUrl, base);
  const host = url && new URL(url).origin !== new URL(base).origin ? ` ${new URL(url).origin}` : '';
  return [
    `script-src 'self'${host};`,
    "style-src 'self';",
    `connect-src 'self'${host};`,
    "require-trusted-types-for 'script';",
    'trusted-types lit-html recovery-widgets;',
  ].join('\n');
}
