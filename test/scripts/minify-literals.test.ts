import { expect } from '@open-wc/testing';
import { minifyLiterals } from '../../scripts/lib/minify-literals.mjs';

/**
 * The build squeezes the whitespace out of the `css` templates of the drop-in script. Each squeeze
 * must keep the stylesheet's meaning: the browser's own parse of both versions must agree.
 */
const squeeze = (css: string) => {
  const out = minifyLiterals(`const s = css\`${css}\`;`)!;
  return out.slice(out.indexOf('`') + 1, out.lastIndexOf('`'));
};

/** The rules as the browser reads them. */
const parsed = (css: string) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return [...sheet.cssRules].map((r) => r.cssText);
};

describe('the build’s css squeezer', () => {
  const source = `
    .root {
      padding: 0.25em 0.5em;
      margin: -0.5em 10.5em 0 0;
    }
    [part~='heading'],
    [part~="title"] > a {
      font-size: 1.5em;
    }
    .body :is(ul, ol) + p {
      gap: var(--_space-1) var(--_space-3);
    }
    [part~='link']::after {
      content: ' (' attr(href) ')';
    }
    [data-x='two words'] {
      display: none !important;
    }
    @media print and (min-width: 30em) {
      .root {
        color: #000;
      }
    }
  `;

  it('drops spaces after colons, leading zeros, quotes of plain attribute values and the outer whitespace', () => {
    const out = squeeze(source);
    expect(out).to.contain('padding:.25em .5em');
    expect(out).to.contain('[part~=heading],[part~=title]>a{');
    expect(out.startsWith('.root{')).to.equal(true);
    expect(out.endsWith('}}')).to.equal(true);
    expect(out).to.contain('display:none!important');
  });

  it('keeps what carries meaning: descendant spaces, quoted strings, negative and larger numbers, `and (`', () => {
    const out = squeeze(source);
    expect(out).to.contain('.body :is(ul,ol)');
    expect(out).to.contain("content:' (' attr(href) ')'");
    expect(out).to.contain("[data-x='two words']");
    expect(out).to.contain('margin:-0.5em 10.5em 0 0');
    expect(out).to.contain('@media print and (min-width:30em)');
  });

  it('gives the browser the same rules as the readable source', () => {
    expect(parsed(squeeze(source))).to.deep.equal(parsed(source));
  });

  it('keeps the space beside an expression, which may be a combinator', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the module text holds a template literal
    const out = minifyLiterals('const s = css`\n  .a ${b} .c {\n    color: red;\n  }\n`;')!;
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the expected module text
    expect(out).to.contain('css`.a ${b} .c{color:red}`');
  });
});
