// What the plugin prints, read from a page's source: only <recovery-provider> around one widget,
// attribute names from the element's documented list, values with nothing left unescaped, and
// links that are http(s). A payload that escaped its attribute would break this shape.
import { readFileSync } from 'node:fs';
import { decode } from '../../../../scripts/wordpress/http-client.mjs';

const TAGS = ['recovery-article', 'related-posts', 'support-group-finder', 'recovery-cta'];
const ATTR = `\\s[a-z][a-z-]*(?:="[^"<>']*")?`;
const OUTPUT = new RegExp(
  `<recovery-provider((?:${ATTR})*)><(${TAGS.join('|')})((?:${ATTR})*)></\\2></recovery-provider>`,
  'g',
);

/** Element => documented attribute names, from custom-elements.json. */
export function manifestAttributes(file = 'custom-elements.json') {
  const out = {};
  for (const module of JSON.parse(readFileSync(file, 'utf8')).modules)
    for (const d of module.declarations ?? []) if (d.tagName) out[d.tagName] = (d.attributes ?? []).map((a) => a.name);
  return out;
}

function attributes(text) {
  return [...text.matchAll(/\s([a-z][a-z-]*)(?:="([^"]*)")?/g)].map((m) => [
    m[1],
    m[2] === undefined ? '' : decode(m[2]),
  ]);
}

/** Problems with the plugin's output in `html` (an empty list when it is all well-formed). */
export function widgetMarkupProblems(html, manifest) {
  const problems = [];
  const opened = html.split('<recovery-provider').length - 1;
  const matches = [...html.matchAll(OUTPUT)];
  if (matches.length !== opened) {
    const bad = html
      .split('<recovery-provider')
      .slice(1)
      .find((s) => !new RegExp(`^${OUTPUT.source.slice(18)}`).test(s));
    problems.push(
      `${opened - matches.length} of ${opened} widgets are not well-formed: <recovery-provider${(bad ?? '').slice(0, 300)}`,
    );
  }
  for (const [, providerAttrs, tag, ownAttrs] of matches) {
    const lists = [
      ['recovery-provider', providerAttrs, [...manifest['recovery-provider'], 'lang', 'style', 'class']],
      [tag, ownAttrs, [...manifest[tag], 'id']],
    ];
    for (const [name, text, allowed] of lists) {
      for (const [attr, value] of attributes(text)) {
        if (!allowed.includes(attr)) problems.push(`<${name}> has attribute ${attr}`);
        if (['src', 'contact-url', 'content-base'].includes(attr))
          for (const link of value.split(/\s+/).filter(Boolean))
            if (!/^https?:\/\//i.test(link))
              problems.push(`<${name} ${attr}> is not an http(s) link: ${link.slice(0, 100)}`);
        if (attr === 'style' && !/^--recovery-color-primary:#[0-9a-f]{6}$/.test(value))
          problems.push(`style="${value}"`);
      }
    }
  }
  return problems;
}
