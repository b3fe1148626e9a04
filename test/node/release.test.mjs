// The release a webmaster downloads, tried the way they would use it: `npm run release`'s zip is
// unzipped into a temporary site, served by a plain static server under the strict CSP the README
// documents, and opened in Chromium: START-HERE.html from a subfolder (/assets/recovery-widgets/),
// and a plain page made only of the README's Quick start snippets (at /recovery-widgets/, the path
// they use). Reuses the dist/ that `npm test` has just built (builds it when missing).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { waitForWidgets } from '../../scripts/lib/widget-state.mjs';
import { CONFIGURATOR, release, sri } from '../../scripts/release.mjs';
import { STRICT_CSP } from '../../scripts/wtr/middleware.mjs';
import { axeViolations, launch, recordingPage } from './lib/browser.mjs';
import { staticServer } from './lib/static-server.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FEED_IN_README = 'https://your-intergroup.example/wp-admin/admin-ajax.php?action=meetings';

let tmp;
let rel;
let zip;
let site;
let server;
let browser;

/** Writes the zip's entries under `dir` (the zip's own `recovery-widgets/` folder included). */
function unzipInto(dir, { skip = () => false } = {}) {
  for (const [name, bytes] of Object.entries(zip)) {
    if (name.endsWith('/') || skip(name)) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
}

/** The ```html and ```css blocks of the README's Quick start (up to its first subsection, the CDN's). */
function quickStartSnippets() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Quick start');
  const end = Math.min(...['\n## ', '\n### '].map((h) => readme.indexOf(h, start + 5)).filter((i) => i > 0));
  const section = readme.slice(start, end);
  const blocks = (lang) =>
    [...section.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]);
  return { html: blocks('html'), css: blocks('css') };
}

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'recovery-release-'));
  rel = await release({ outDir: join(tmp, 'out'), build: 'if-missing', log: () => {} });
  zip = unzipSync(readFileSync(rel.zip));
  site = join(tmp, 'site');
  // START-HERE from a subfolder; the README's snippets at the path they name.
  unzipInto(join(site, 'assets'));
  unzipInto(site);
  // The same folder uploaded without its content/ (a webmaster who copied only the script files).
  unzipInto(join(site, 'no-content'), { skip: (name) => name.includes('/content/') });

  const { html, css } = quickStartSnippets();
  const snippets = html.join('\n').replaceAll(FEED_IN_README, '/recovery-widgets/start-here/sample-meetings.json');
  writeFileSync(join(site, 'readme.css'), css.join('\n'));
  // In a subfolder, as a blog post is: the README's root-relative path must work from there too.
  mkdirSync(join(site, 'blog/2024'), { recursive: true });
  writeFileSync(
    join(site, 'blog/2024/readme.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A plain page</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/readme.css"></head>
<body><h1>A clinic's page</h1>\n${snippets}\n</body></html>`,
  );
  server = await staticServer(site, {
    headers: (path) => (path.endsWith('.html') ? { 'Content-Security-Policy': STRICT_CSP } : {}),
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the release zip', () => {
  test('holds one recovery-widgets/ folder with exactly what a plain website needs', () => {
    const names = Object.keys(zip).filter((n) => !n.endsWith('/'));
    assert.ok(
      names.every((n) => n.startsWith('recovery-widgets/')),
      'everything inside recovery-widgets/',
    );
    const tree = (dir, top, prefix = '') =>
      readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? tree(dir, top, posix.join(prefix, e.name)) : [posix.join(top, prefix, e.name)],
      );
    const expected = [
      'LICENSE',
      'START-HERE.html',
      'recovery-widgets.js',
      'recovery-widgets.contrast.js',
      'recovery-widgets.finder.js',
      'recovery-widgets.map.js',
      'recovery-widgets.meetings.js',
      'start-here/sample-meetings.json',
      'start-here/start-here.css',
      'start-here/start-here.js',
      ...tree(join(ROOT, 'dist/content'), 'content'),
      ...tree(join(ROOT, 'dist/i18n'), 'i18n'),
    ];
    const files = names.map((n) => n.slice('recovery-widgets/'.length));
    const configurator = files.filter((f) => f === CONFIGURATOR.as || f.startsWith('configure'));
    assert.equal(existsSync(join(ROOT, CONFIGURATOR.page)), configurator.includes(CONFIGURATOR.as));
    assert.deepEqual(files.filter((f) => !configurator.includes(f) || expected.includes(f)).sort(), expected.sort());
    assert.deepEqual(
      files.filter((f) => /\.map$|(^|\/)(esm|types)\//.test(f)),
      [],
      'no source maps, esm/ or types/',
    );
    assert.ok(files.some((f) => f === 'content/en/you-cant-do-recovery-alone.json'));
    assert.ok(files.includes('content/index.en.json'));
  });

  test('also writes the WordPress plugin zip, with the same script and the language packs', () => {
    const plugin = unzipSync(readFileSync(rel.plugin));
    const names = Object.keys(plugin);
    assert.ok(names.includes('recovery-widgets/recovery-widgets.php'), 'the plugin file');
    const script = names.find((n) => n.endsWith('/recovery-widgets.js'));
    assert.ok(script, 'the drop-in script in the plugin');
    assert.deepEqual(Buffer.from(plugin[script]), readFileSync(join(rel.folder, 'recovery-widgets.js')));
    assert.ok(
      names.some((n) => n.endsWith('/i18n/es.json')),
      'the Spanish pack',
    );
  });

  test('ships the built files byte for byte, each with its version banner, and the licences', () => {
    for (const file of [
      'recovery-widgets.js',
      'recovery-widgets.finder.js',
      'recovery-widgets.map.js',
      'recovery-widgets.meetings.js',
      'recovery-widgets.contrast.js',
    ]) {
      const shipped = Buffer.from(zip[`recovery-widgets/${file}`]);
      assert.ok(shipped.equals(readFileSync(join(ROOT, 'dist', file))), `${file} is the built file`);
      assert.match(shipped.toString('utf8', 0, 120), new RegExp(`^/\\*! recovery-widgets v${rel.version} .*MIT`));
      assert.doesNotMatch(shipped.toString(), /sourceMappingURL/);
    }
    const licence = Buffer.from(zip['recovery-widgets/LICENSE']).toString();
    assert.match(licence, /^MIT License/);
    assert.match(licence, /Recovery Widgets contributors/);
    for (const name of [
      'lit-html',
      'lit-element',
      '@lit/reactive-element',
      '@lit/context',
      'leaflet',
      'supercluster',
      'kdbush',
    ]) {
      assert.match(licence, new RegExp(`${name.replace('/', '\\/')} \\d`), `credits ${name}`);
    }
    assert.match(licence, /BSD 3-Clause License/);
    assert.match(rel.zip, new RegExp(`recovery-widgets-${rel.version.replaceAll('.', '\\.')}\\.zip$`));
  });

  test("START-HERE.html carries the SRI hash of the script's exact bytes", () => {
    const integrity = sri(Buffer.from(zip['recovery-widgets/recovery-widgets.js']));
    assert.equal(rel.integrity, integrity);
    const html = Buffer.from(zip['recovery-widgets/START-HERE.html']).toString();
    assert.ok(html.includes(`<script src="recovery-widgets.js" integrity="${integrity}" crossorigin="anonymous"`));
    assert.ok(
      html.includes(`integrity=&quot;${integrity}&quot;&gt;&lt;/script&gt;`),
      'the snippet shows the same hash',
    );
    assert.doesNotMatch(html, /\{\{|<script>|\son\w+=/, 'no placeholders left, no inline script or handler');
    assert.doesNotMatch(html, /(?:src|href)="(?:https?:)?\/\//, 'no third-party file');
  });
});

describe('START-HERE.html from a subfolder, under the strict CSP', () => {
  test('shows every widget working, reading a feed and an article beside the script, with a clean console', async () => {
    const { page, problems } = await recordingPage(browser);
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.origin}/assets/recovery-widgets/START-HERE.html`, { waitUntil: 'load' });
    const states = await waitForWidgets(page, { label: 'START-HERE.html' });
    assert.deepEqual(
      states.map((s) => s.widget.replace(/ id=".*"/, '')),
      [
        '<recovery-cta>',
        '<recovery-article>',
        '<related-posts>',
        '<support-group-finder>',
        '<support-group-finder> #2',
      ],
    );
    const seen = await page.evaluate(() => {
      const root = (sel) => document.querySelector(sel).shadowRoot;
      const finders = document.querySelectorAll('support-group-finder');
      return {
        check: document.getElementById('check').textContent,
        cta: root('recovery-cta').querySelector('h4')?.textContent,
        article: root('recovery-article').querySelector('[part~="title"]')?.textContent,
        articleText: root('recovery-article').querySelector('[part~="body"]')?.textContent.length,
        related: root('related-posts').querySelectorAll('[part~="item"]').length,
        directory: finders[0].shadowRoot.querySelectorAll('[part~="entry"]').length,
        meetings: [...finders[1].shadowRoot.querySelectorAll('[part~="meeting-name"]')].map((m) => m.textContent),
        folders: [...new Set([...document.querySelectorAll('.folder')].map((f) => f.textContent))],
      };
    });
    assert.match(seen.check, /^Working\. The widgets below come from this folder/);
    assert.equal(seen.cta, 'Start your journey with Your clinic');
    assert.equal(seen.article, "You Can't Do Recovery Alone");
    assert.ok(seen.articleText > 1000, 'the article text is drawn');
    assert.equal(seen.related, 3);
    assert.ok(seen.directory > 3, 'the fellowship directory');
    assert.ok(seen.meetings.includes('Noon Lifeline'), `the sample feed's meetings: ${seen.meetings}`);
    assert.deepEqual(seen.folders, ['/assets/recovery-widgets/'], 'the snippets name the folder as served');
    assert.ok(
      requests.some((u) => u.includes('/assets/recovery-widgets/recovery-widgets.meetings.js')),
      'engine beside the script',
    );
    assert.ok(requests.some((u) => u.includes('/assets/recovery-widgets/content/en/you-cant-do-recovery-alone.json')));
    assert.deepEqual(
      requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('data:')),
      [],
      'no third-party request',
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });

  test('is usable with the keyboard: every snippet and copy button is reached, with a visible focus', async () => {
    const { page } = await recordingPage(browser);
    await page.goto(`${server.origin}/assets/recovery-widgets/START-HERE.html`, { waitUntil: 'load' });
    await waitForWidgets(page, { label: 'START-HERE.html' });
    const want = await page.evaluate(() =>
      [...document.querySelectorAll('pre[id], button[data-copy]')].map((e) => e.id || `copy ${e.dataset.copy}`),
    );
    const reached = new Set();
    for (let i = 0; i < 600 && reached.size < want.length; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el?.matches('pre[id], button[data-copy]')) return undefined;
        return { name: el.id || `copy ${el.dataset.copy}`, outline: getComputedStyle(el).outlineStyle };
      });
      if (focused) {
        assert.notEqual(focused.outline, 'none', `${focused.name} shows its focus`);
        reached.add(focused.name);
      }
    }
    assert.deepEqual([...reached].sort(), [...want].sort());
    // The contents' links land on their sections, past the long article.
    for (const id of ['csp', 'help', 'upload']) {
      await page.focus(`nav a[href="#${id}"]`);
      await page.keyboard.press('Enter');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const { top, atEnd } = await page.evaluate(
        (id) => ({
          top: document.getElementById(id).getBoundingClientRect().top,
          atEnd: scrollY + innerHeight >= document.documentElement.scrollHeight - 1,
        }),
        id,
      );
      assert.ok(Math.abs(top) < 2 || (atEnd && top > 0 && top < 900), `#${id} is in view at the top (${top})`);
    }
    await page.close();
  });

  test('copy buttons copy with the Clipboard API, and select the code where there is none (http, file://)', async () => {
    const context = browser.defaultBrowserContext();
    await context.overridePermissions(server.origin, [
      'clipboard-read',
      'clipboard-write',
      'clipboard-sanitized-write',
    ]);
    const { page } = await recordingPage(browser);
    await page.goto(`${server.origin}/assets/recovery-widgets/START-HERE.html`, { waitUntil: 'load' });
    await page.focus('button[data-copy="snippet-script"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#script .copy-status').textContent !== '');
    const copied = await page.evaluate(async () => ({
      status: document.querySelector('#script .copy-status').textContent,
      clipboard: await navigator.clipboard.readText(),
      code: document.getElementById('snippet-script').textContent,
    }));
    assert.equal(copied.status, 'Copied.');
    assert.equal(copied.clipboard, copied.code);
    assert.match(copied.code, /^<script src="\/assets\/recovery-widgets\/recovery-widgets\.js" defer/);
    await page.close();

    const { page: plain } = await recordingPage(browser);
    await plain.evaluateOnNewDocument(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    });
    await plain.goto(`${server.origin}/assets/recovery-widgets/START-HERE.html`, { waitUntil: 'load' });
    await plain.focus('button[data-copy="snippet-cta"]');
    await plain.keyboard.press('Enter');
    await plain.waitForFunction(() => document.querySelector('[data-copy="snippet-cta"] + .copy-status').textContent);
    const fallback = await plain.evaluate(() => ({
      status: document.querySelector('[data-copy="snippet-cta"] + .copy-status').textContent,
      selected: getSelection().toString(),
      code: document.getElementById('snippet-cta').textContent,
    }));
    assert.match(fallback.status, /^(Copied\.|Selected: press Ctrl\+C)/);
    assert.equal(fallback.selected, fallback.code);
    assert.equal(fallback.code, '<recovery-cta organization="Your clinic" phone="(555) 555-0100"></recovery-cta>');
    await plain.close();
  });

  test('says what is wrong when content/ was not uploaded beside the script', async () => {
    const { page } = await recordingPage(browser);
    await page.goto(`${server.origin}/no-content/recovery-widgets/START-HERE.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.getElementById('check').classList.contains('check-problem'), {
      timeout: 15000,
    });
    const check = await page.evaluate(() => document.getElementById('check').textContent);
    assert.match(check, /could not be read from the content folder beside recovery-widgets\.js/);
    await page.close();
  });

  test('opened from disk (file://), says to upload the folder first', async () => {
    const { page } = await recordingPage(browser);
    await page.goto(pathToFileURL(join(site, 'assets/recovery-widgets/START-HERE.html')).href, { waitUntil: 'load' });
    const check = await page.evaluate(() => document.getElementById('check').textContent);
    assert.match(check, /^You opened this page from your computer/);
    await page.close();
  });
});

test("a plain page made only of the README's Quick start snippets, in a subfolder, works with the release folder", async () => {
  const { page, problems } = await recordingPage(browser);
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${server.origin}/blog/2024/readme.html`, { waitUntil: 'load' });
  await waitForWidgets(page, { label: 'readme.html' });
  const seen = await page.evaluate(() => {
    const all = (sel) => [...document.querySelectorAll(sel)].map((e) => e.shadowRoot);
    const [directory, finder] = all('support-group-finder');
    return {
      cta: all('recovery-cta')[0].querySelector('h2')?.textContent,
      article: all('recovery-article')[0].querySelector('[part~="title"]')?.textContent,
      related: [...all('related-posts')[0].querySelectorAll('[part~="item"] a')].map((a) => a.getAttribute('href')),
      directory: directory.querySelectorAll('[part~="entry"]').length,
      meetings: finder.querySelectorAll('[part~="meeting-name"]').length,
    };
  });
  assert.equal(seen.cta, 'Start your journey with Harbor Recovery Center');
  assert.equal(seen.article, "You Can't Do Recovery Alone");
  assert.equal(seen.related.length, 3);
  assert.ok(
    seen.related.every((href) => new RegExp(`^${server.origin}/blog/[a-z0-9-]+$`).test(href)),
    `related links follow href-template: ${seen.related}`,
  );
  assert.ok(seen.directory > 3);
  assert.ok(seen.meetings > 0, 'the finder reads the feed, with the engine found beside the script');
  assert.ok(requests.includes('/recovery-widgets/recovery-widgets.meetings.js'));
  assert.ok(requests.includes('/recovery-widgets/content/index.en.json'));
  assert.deepEqual(problems, []);
});
