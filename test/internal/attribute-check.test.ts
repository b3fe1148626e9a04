import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import { ours, recordConsole, type ConsoleRecord } from '../helpers/console.js';

/**
 * A misspelled attribute does nothing, silently: each widget names it once in the console, with
 * the attribute it probably meant. What webmasters, CMSs and frameworks legitimately put on any
 * element is never named.
 */
async function place(markup: string): Promise<HTMLElement> {
  const holder = await fixture<HTMLElement>(`<div>${markup}</div>`);
  const el = holder.firstElementChild as HTMLElement & { updateComplete?: Promise<unknown> };
  await el.updateComplete;
  return el;
}

const note = (tag: string, name: string, rest: string) =>
  `[recovery-widgets] <${tag}>: "${name}" is not an attribute of <${tag}>; ${rest}`;

describe('misspelled attributes', () => {
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());
  // Only the attribute notes: a widget without its data may say more (no content here, say).
  const named = () => ours(log.warn).filter((m) => m.includes('is not an attribute'));

  const typos: [tag: string, typo: string, meant: string][] = [
    ['recovery-cta', 'phnoe', 'phone'],
    ['recovery-cta', 'heading-levle', 'heading-level'],
    ['recovery-cta', 'hide-helpline', 'hide-helplines'],
    ['recovery-article', 'slgu', 'slug'],
    ['recovery-article', 'reading-tme', 'reading-time'],
    ['related-posts', 'limt', 'limit'],
    ['related-posts', 'tpoics', 'topics'],
    ['support-group-finder', 'fellowhsip', 'fellowship'],
    ['support-group-finder', 'timezon', 'timezone'],
    ['support-group-finder', 'sync-ulr', 'sync-url'],
    ['recovery-provider', 'organisation', 'organization'],
    ['recovery-provider', 'language-packs', 'language-pack'],
  ];
  for (const [tag, typo, meant] of typos) {
    it(`<${tag} ${typo}> suggests ${meant}`, async () => {
      const el = await place(`<${tag} ${typo}="x"></${tag}>`);
      expect(named()).to.deep.equal([note(tag, typo, `did you mean "${meant}"?`)]);
      // The widget still draws.
      if (tag !== 'recovery-provider') expect(el.shadowRoot!.childElementCount).to.be.greaterThan(0);
    });
  }

  it('names an attribute with no near match without a guess', async () => {
    await place('<recovery-cta colour="red"></recovery-cta>');
    expect(named()).to.deep.equal([note('recovery-cta', 'colour', 'it is ignored.')]);
  });

  it('says it once per tag and attribute, however many widgets carry it', async () => {
    await place('<recovery-cta phnoe="1"></recovery-cta><recovery-cta phnoe="2"></recovery-cta>');
    await place('<recovery-cta phnoe="3"></recovery-cta>');
    await place('<support-group-finder phnoe="3"></support-group-finder>');
    expect(named()).to.deep.equal([
      note('recovery-cta', 'phnoe', 'did you mean "phone"?'),
      note('support-group-finder', 'phnoe', 'did you mean "phone"?'),
    ]);
  });

  it('knows every attribute each widget reads, the shared settings included', async () => {
    await place(
      '<recovery-cta organization="A" phone="555-0100" sms="555-0101" email="a@b.example" contact-url="/c" hours="9-5" theme="dark" content-base="/dist/content/" href-template="/{slug}" heading-level="3" hide-helplines></recovery-cta>',
    );
    await place(
      '<related-posts for="x" target="#a" history limit="2" layout="grid" exclude="y" topics="z" heading="H" heading-level="3" content-base="/dist/content/"></related-posts>',
    );
    await place(
      '<support-group-finder timezone="America/Chicago" fellowship="na" soon-minutes="20" stale-after="90" heading-level="3" sync-url></support-group-finder>',
    );
    await place('<recovery-provider language-pack="" organization="A"></recovery-provider>');
    expect(named()).to.deep.equal([]);
  });

  it('never names what any element may carry: global, data-, aria-, on*, microdata and framework attributes', async () => {
    await place(
      `<recovery-cta id="c" class="k" style="margin:0" lang="en" dir="ltr" title="t" tabindex="-1" role="region"
        slot="s" part="p" exportparts="base" translate="no" inert data-track="1" aria-label="Help" onclick="void 0"
        itemscope itemtype="https://schema.org/Thing" itemprop="x" nonce="n" x-data="{}" v-if="true" hx-get="/x"
        :class="k" @click="f" _ngcontent-c0="" wire:model="m"></recovery-cta>`,
    );
    expect(ours(log.warn)).to.deep.equal([]);
  });
});
