import { contrast, PAIRS, readTokens } from '../internal/contrast.js';
import { check, type Choices, cspLines, DEFAULTS, snippet, stylesheet } from './choices.js';

/**
 * The configurator page (demo/configure.html): reads the form, shows the widgets live in light and
 * dark with the contrast of each pair, and writes the code to copy. Built to dist/configure.js. It
 * uses only the page's own files, and CSSOM for the preview's styles, so it runs under the strict
 * Content-Security-Policy the widgets do.
 */
const form = document.querySelector<HTMLFormElement>('#choices')!;
const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

/** What each pair is, in a partner's words. */
const LABELS: Record<string, string> = {
  'text surface': 'Text on the background',
  'muted surface': 'Secondary text on the background',
  'primary surface': 'Links on the background',
  'text surface-alt': 'Text on cards',
  'muted surface-alt': 'Secondary text on cards',
  'primary surface-alt': 'Links on cards',
  'on-primary primary': 'Button text on buttons',
  'focus surface': 'Focus ring on the background',
  'border surface': 'Borders on the background',
  'danger surface': 'Error border on the background',
};

const sheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

function read(): Choices {
  const data = new FormData(form);
  const out = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS) as (keyof Choices)[]) {
    const value = data.get(key);
    if (typeof value === 'string') (out as Record<string, string>)[key] = value;
  }
  if (data.get('darkPrimaryOwn') !== 'on') out.darkPrimary = '';
  return out;
}

function showProblems(problems: Partial<Record<keyof Choices, string>>): void {
  for (const field of form.querySelectorAll<HTMLInputElement>('[data-problem]')) {
    const message = problems[field.name as keyof Choices] ?? '';
    const out = document.getElementById(field.dataset.problem!)!;
    if (out.textContent !== message) out.textContent = message;
    if (message) field.setAttribute('aria-invalid', 'true');
    else field.removeAttribute('aria-invalid');
  }
}

function preview(choices: Choices, attributes: Record<string, string>, css: string): void {
  sheet.replaceSync(css.startsWith(':root') ? css : '');
  for (const provider of document.querySelectorAll('.preview recovery-provider')) {
    for (const name of ['organization', 'phone', 'sms', 'email', 'contact-url', 'hours']) {
      const value = attributes[name];
      if (value === undefined) provider.removeAttribute(name);
      else if (provider.getAttribute(name) !== value) provider.setAttribute(name, value);
    }
    if (provider.getAttribute('lang') !== choices.lang) provider.setAttribute('lang', choices.lang);
  }
}

/** The contrast of every pair in each column, from the colors the preview really shows. */
function readout(): void {
  let failing = 0;
  for (const theme of ['light', 'dark']) {
    const cta = document.querySelector(`#preview-${theme} recovery-cta`);
    const root = cta?.shadowRoot?.querySelector('.root');
    const body = $(`#contrast-${theme} tbody`);
    if (!root) continue;
    const colors = readTokens(root, [...new Set(PAIRS.flatMap((p) => p.slice(0, 2)))]);
    if (!colors) continue;
    const rows = PAIRS.map(([fg, bg, min = '4.5']) => {
      const ratio = contrast(colors[fg], colors[bg]);
      const pass = ratio >= +min;
      if (!pass) failing++;
      return [LABELS[`${fg} ${bg}`], `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`, `${min}:1`, pass];
    });
    body.replaceChildren(
      ...rows.map(([label, ratio, min, pass]) => {
        const tr = document.createElement('tr');
        for (const text of [label, ratio, min, pass ? 'Pass' : 'Fail']) {
          const td = document.createElement(text === label ? 'th' : 'td');
          if (text === label) td.scope = 'row';
          td.textContent = String(text);
          tr.append(td);
        }
        tr.className = pass ? 'pass' : 'fail';
        return tr;
      }),
    );
  }
  const summary = failing
    ? `${failing} ${failing === 1 ? 'pair fails' : 'pairs fail'}: change the colors marked Fail.`
    : 'Every pair passes WCAG 2.2 AA in light and dark.';
  if ($('#contrast-summary').textContent !== summary) $('#contrast-summary').textContent = summary;
}

let pending = 0;
function update(): void {
  cancelAnimationFrame(pending);
  pending = requestAnimationFrame(async () => {
    const choices = read();
    const checked = check(choices, document.baseURI);
    const css = stylesheet(checked);
    showProblems(checked.problems);
    $('#code-html').textContent = snippet(choices, checked);
    $('#code-css').textContent = css;
    $('#code-csp').textContent = cspLines(choices, document.baseURI);
    $('#dark-primary').hidden = !(form.elements.namedItem('darkPrimaryOwn') as HTMLInputElement).checked;
    preview(choices, checked.attributes, css);
    await Promise.all(
      [...document.querySelectorAll('.preview recovery-cta')].map(
        (el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete,
      ),
    );
    readout();
    // The page shows the current choices: tests and screenshots wait for this.
    document.body.dataset.ready = 'true';
  });
}

/** A color field and its picker show one value. */
function pairPickers(): void {
  for (const picker of form.querySelectorAll<HTMLInputElement>('input[type="color"]')) {
    const text = form.elements.namedItem(picker.dataset.for!) as HTMLInputElement;
    picker.addEventListener('input', () => {
      text.value = picker.value;
      update();
    });
    text.addEventListener('input', () => {
      if (/^#[0-9a-f]{6}$/i.test(text.value.trim())) picker.value = text.value.trim().toLowerCase();
    });
  }
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const code = document.getElementById(button.dataset.copy!)!;
  const status = $('#copy-status');
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    status.textContent = `${button.dataset.what} copied.`;
  } catch {
    getSelection()?.selectAllChildren(code);
    status.textContent = `${button.dataset.what} selected: press Ctrl+C (or ⌘C) to copy.`;
  }
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (e) => e.preventDefault());
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.addEventListener('click', () => void copy(button));
}
pairPickers();
void Promise.all(['recovery-provider', 'recovery-cta'].map((tag) => customElements.whenDefined(tag))).then(update);
