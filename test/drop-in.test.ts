import { expect } from '@open-wc/testing';
import { VERSION } from '../src/util/version.js';

/**
 * The built drop-in script, as a webmaster pastes it: every way of including it (plain, defer,
 * async, module; head or body; before or after the elements; twice) must define every tag and
 * render, without an error in the page.
 */
interface Recorded {
  errors: string[];
  warn: string[];
  error: string[];
  info: string[];
}
type PageWindow = Window & typeof globalThis & { __record: Recorded };

async function libraryTags(): Promise<string[]> {
  const manifest = await (await fetch('/custom-elements.json')).json();
  const tags: string[] = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) if (d.tagName) tags.push(d.tagName);
  }
  return tags;
}

async function openPage(name: string): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `/test/pages/${name}.html`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  // The drop-in defines its widgets one per task after it runs, so wait for all of them.
  await Promise.all((await libraryTags()).map((t) => win.customElements.whenDefined(t)));
  const cta = win.document.querySelector('recovery-cta') as HTMLElement & { updateComplete: Promise<unknown> };
  await cta.updateComplete;
  return win;
}

const heading = (win: PageWindow) =>
  win.document.querySelector('recovery-cta')!.shadowRoot!.querySelector('h2')!.textContent;

describe('the drop-in script', () => {
  let tags: string[];
  before(async () => {
    tags = await libraryTags();
    expect(tags).to.include.members(['recovery-cta', 'recovery-provider']);
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const page of [
    'only-cta',
    'head-plain',
    'head-defer',
    'head-async',
    'head-module',
    'body-before',
    'body-after',
  ]) {
    it(`defines every tag and renders when included as ${page}`, async () => {
      const win = await openPage(page);
      for (const tag of tags) expect(win.customElements.get(tag), tag).to.be.a('function');
      expect(heading(win)).to.equal('Start your journey with Page Clinic');
      expect(win.__record.errors).to.deep.equal([]);
      expect(win.__record.error).to.deep.equal([]);
      expect(win.__record.warn).to.deep.equal([]);
    });
  }

  it('loaded three times on one page: no error, no warning, still works', async () => {
    const win = await openPage('twice');
    expect(win.__record.errors).to.deep.equal([]);
    expect(win.__record.error).to.deep.equal([]);
    expect(win.__record.warn).to.deep.equal([]);
    expect(heading(win)).to.equal('Start your journey with Page Clinic');
  });

  it('a second copy of another version: no exception, one warning naming both versions, widgets work', async () => {
    const win = await openPage('mixed-versions');
    expect(win.__record.errors).to.deep.equal([]);
    expect(win.__record.error).to.deep.equal([]);
    expect(win.__record.warn).to.have.length(1);
    expect(win.__record.warn[0]).to.match(/^\[recovery-widgets\]/);
    expect(win.__record.warn[0]).to.include('version 0.0.0-other').and.include(`version ${VERSION}`);
    expect(heading(win)).to.equal('Start your journey with Page Clinic');
  });

  it('the other version first, ours deferred: the same single warning, and the page works', async () => {
    const win = await openPage('mixed-versions-older-first');
    expect(win.__record.errors).to.deep.equal([]);
    expect(win.__record.warn).to.have.length(1);
    expect(win.__record.warn[0]).to.include(`version ${VERSION} was loaded`).and.include('0.0.0-other');
    expect(heading(win)).to.equal('Start your journey with Page Clinic');
  });

  it('evaluates cheaply: defines only the provider before it returns, and makes no Error', async () => {
    // The widgets are defined one per task afterwards (defineInTurns), so the script's own task
    // stays short. An Error made at the top level makes V8 parse the whole script again to place
    // its stack: 5 ms on a laptop, 20 on a phone, for finding the script's URL.
    const win = await openPage('evaluation');
    const seen = (win as unknown as { __evaluation: { errors: number; defined: string[] } }).__evaluation;
    expect(seen.defined).to.deep.equal(['recovery-provider']);
    expect(seen.errors).to.equal(0);
    expect(win.__record.errors).to.deep.equal([]);
    expect(heading(win)).to.equal('Start your journey with Page Clinic');
  });

  it('upgrades elements added after the script ran', async () => {
    const win = await openPage('head-plain');
    const late = win.document.createElement('recovery-cta') as HTMLElement & { updateComplete: Promise<unknown> };
    late.setAttribute('organization', 'Later Clinic');
    win.document.body.append(late);
    await late.updateComplete;
    expect(late.shadowRoot!.querySelector('h2')!.textContent).to.equal('Start your journey with Later Clinic');
  });
});
