import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { cleanEmail, cleanPhone, safeHttpUrl } from '../../src/util/validate.js';
import { ours, recordConsole } from '../helpers/console.js';

/**
 * The table of setting checks the widgets and the WordPress plugin share
 * (test/fixtures/validation-cases.json; PHPUnit runs the same table against the plugin's PHP).
 * Each case sets one attribute on a real widget and reads what the widget tells the webmaster:
 * a refused value gives the table's message, an accepted one gives none.
 */
interface Case {
  element: string;
  attribute: string;
  input: string;
  accepted: boolean;
  message?: string;
  typescript?: string;
}

const { cases } = (await (await fetch('/test/fixtures/validation-cases.json')).json()) as { cases: Case[] };

/** What each widget needs around it to reach the code that checks the attribute. */
const CONTEXT: Record<string, Record<string, string>> = {
  'related-posts': { 'content-base': '/dist/content/', for: 'you-cant-do-recovery-alone' },
  'recovery-article': { 'content-base': '/dist/content/' },
  'support-group-finder': { src: '/test/fixtures/feeds/edge-cases.json' },
  'recovery-cta': {},
};

/** The widget has drawn its data, or its message about it. */
function done(el: HTMLElement): boolean {
  const root = el.shadowRoot;
  if (!root?.childElementCount) return false;
  switch (el.localName) {
    case 'related-posts':
      return (
        !!root.querySelector('[part~="item"], [part~="status"]:not(:empty)') &&
        !root.querySelector('[part~="placeholder"]')
      );
    case 'recovery-article':
      return !!root.querySelector('[part~="title"], [part~="message"]');
    case 'support-group-finder':
      return !!root.querySelector('[part~="meeting"], [part~="error"], [part~="empty"], [part~="directory"]');
    default:
      return true;
  }
}

async function messagesFor(c: Case): Promise<string[]> {
  const log = recordConsole();
  const el = document.createElement(c.element);
  try {
    for (const [name, value] of Object.entries(CONTEXT[c.element])) el.setAttribute(name, value);
    el.setAttribute(c.attribute, c.input);
    document.body.append(el);
    const said = () => [...ours(log.warn), ...ours(log.error)];
    const expected = c.message ? `<${c.element}>: ${c.message}` : undefined;
    for (let i = 0; i < 300; i++) {
      await new Promise((r) => setTimeout(r, 10));
      if (expected && said().some((m) => m.includes(expected))) break;
      if (!expected && done(el)) break;
    }
    return said();
  } finally {
    log.restore();
    el.remove();
  }
}

/** The pure checks behind the settings, where the table's attribute has one. */
function pureCheck(c: Case): string | undefined | null {
  if (c.attribute === 'phone') return cleanPhone(c.input);
  // A text message cannot reach an extension (the pause after `,`).
  if (c.attribute === 'sms') return cleanPhone(c.input)?.includes(',') ? undefined : cleanPhone(c.input);
  if (c.attribute === 'email') return cleanEmail(c.input);
  if (c.attribute === 'contact-url') return safeHttpUrl(c.input, document.baseURI);
  return null;
}

describe('setting checks shared with the WordPress plugin', () => {
  it('has cases for every rule the plugin ports', () => {
    const attributes = new Set(cases.map((c) => c.attribute));
    for (const a of ['phone', 'email', 'contact-url', 'theme', 'content-base', 'href-template', 'heading-level'])
      expect([...attributes]).to.include(a);
  });

  for (const c of cases) {
    const name = `<${c.element} ${c.attribute}="${c.input}"> is ${c.accepted ? 'accepted' : 'refused'}`;
    if (c.typescript) {
      it.skip(`${name} (${c.typescript})`, () => {});
      continue;
    }
    it(name, async () => {
      const said = await messagesFor(c);
      const pure = pureCheck(c);
      if (c.accepted) {
        const about = said.filter((m) => m.includes(`${c.attribute}="`) || m.includes(`${c.attribute} token`));
        expect(about, 'no message about the attribute').to.deep.equal([]);
        if (pure !== null) expect(pure, 'the pure check accepts it').to.not.equal(undefined);
      } else {
        expect(said.join('\n')).to.include(`<${c.element}>: ${c.message}`);
        if (pure !== null) expect(pure, 'the pure check refuses it').to.equal(undefined);
      }
    });
  }
});
