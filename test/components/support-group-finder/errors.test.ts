import { expect } from '@open-wc/testing';
import { ALL_PAYLOADS, DANGEROUS_URLS, SCRIPTY, dangerousLinks, pwned } from '../../fixtures/hostile/payloads.js';
import { ours, recordConsole, type ConsoleRecord } from '../../helpers/console.js';
import { until } from '../../helpers/frame.js';
import { $, $$, text } from '../../helpers/shadow.js';
import { FEEDS, countText, finder, loaded, names, serve, settle, spyFetch } from './helpers.js';

const EDGE = `${FEEDS}/edge-cases.json`;
const host = location.host;

describe('<support-group-finder> when feeds fail', () => {
  let log: ConsoleRecord;
  beforeEach(() => (log = recordConsole()));
  afterEach(() => log.restore());

  const cases: [string, string][] = [
    ['/faults/404', 'the address doesn’t lead to a meeting list'],
    ['/faults/500', 'its server had a problem'],
    ['/faults/not-json', 'it didn’t send a meeting list'],
    ['/faults/wrong-shape', 'isn’t in a meeting format we know'],
    ['/faults/empty-array', 'lists no meetings'],
    ['/faults/huge?mb=25', 'the list is too large'],
  ];
  for (const [route, says] of cases) {
    it(`explains ${route} by host, keeps the other source, and tells the webmaster`, async () => {
      const el = await loaded(await finder(`${route} ${EDGE}`));
      const error = $(el, '[part~="error"]')!;
      expect(error.textContent).to.contain(host).and.contain(says);
      expect(names(el)).to.have.length(9);
      const warnings = ours(log.warn);
      expect(warnings.some((w) => w.includes('<support-group-finder>') && w.includes(route))).to.equal(true);
    });
  }

  it('never shows a blank box when every source fails: errors plus the directory links', async () => {
    const el = await loaded(await finder('/faults/404 /faults/not-json'));
    expect($$(el, '[part~="error"]')).to.have.length(2);
    expect($$(el, '[part~="directory-links"] a').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('says once what several feeds on one host have in common, and Try again retries them all', async () => {
    // A src of words is addresses on this host: three 404s read as one message, not three boxes.
    const el = await loaded(await finder(`/faults/404?a /faults/404?b /faults/404?c ${EDGE}`));
    const boxes = $$(el, '[part~="error"]');
    expect(boxes).to.have.length(1);
    expect(boxes[0].textContent).to.contain(host).and.contain('the address doesn’t lead to a meeting list');
    expect(names(el)).to.have.length(9);
    // The webmaster still reads each address.
    const warnings = ours(log.warn).filter((w) => w.includes('/faults/404?'));
    expect(warnings).to.have.length(3);
    const spy = spyFetch();
    try {
      $(el, '[part~="retry"]')!.click();
      await until(() => spy.urls.length >= 3, 5000);
      expect(spy.urls.map((u) => u.slice(u.indexOf('/faults/'))).sort()).to.deep.equal([
        '/faults/404?a',
        '/faults/404?b',
        '/faults/404?c',
      ]);
      await loaded(el);
      expect($$(el, '[part~="error"]')).to.have.length(1);
    } finally {
      spy.restore();
    }
    await expect(el).to.be.accessible();
  });

  it('explains a failed source in Spanish', async () => {
    const el = await loaded(await finder(`/faults/404 ${EDGE}`, { lang: 'es' }));
    expect($(el, '[part~="error"]')!.textContent).to.contain(`No se pudieron cargar las reuniones de ${host}`);
    expect($(el, '[part~="retry"]')!.textContent).to.contain('Reintentar');
    await expect(el).to.be.accessible();
  });

  it('retries only the failed source, and recovers', async () => {
    const key = `sgf-${Date.now()}`;
    const flaky = `/faults/flaky/${key}?file=${FEEDS}/massachusetts-al-anon.json`;
    const el = await loaded(await finder(`${flaky} ${EDGE}`, { extra: { fellowship: 'al-anon' } }));
    expect($(el, '[part~="error"]')!.textContent).to.contain(host);
    expect(countText(el)).to.equal('9 meetings');
    await expect(el).to.be.accessible();
    await fetch(`/faults/heal/${key}`);
    const spy = spyFetch();
    try {
      $(el, '[part~="retry"]')!.click();
      await until(() => !$(el, '[part~="error"]') && Number(countText(el).replace(/\D/g, '')) > 300, 8000);
      expect(spy.urls).to.have.length(1);
      expect(spy.urls[0]).to.contain(`/faults/flaky/${key}`);
    } finally {
      spy.restore();
    }
  });

  it('says which src token is not a URL, in the widget and the console, and loads the others', async () => {
    const el = await loaded(await finder(`javascript:alert(1) ${EDGE}`));
    expect($(el, '[part~="error"]')!.textContent).to.contain('“javascript:alert(1)” is not a web address');
    expect(names(el)).to.have.length(9);
    const warnings = ours(log.warn);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<support-group-finder>').and.contain('src token "javascript:alert(1)"');
  });

  it('names only the first three tokens that are not URLs, on the page and in the console, and loads the feed', async () => {
    const junk = Array.from({ length: 50 }, (_, i) => `ftp:n${i}`).join(' ');
    const el = await loaded(await finder(`${junk} ${EDGE}`));
    const boxes = $$(el, '[part~="error"]').map((e) => e.textContent!.trim());
    expect(boxes).to.deep.equal(
      ['ftp:n0', 'ftp:n1', 'ftp:n2'].map((t) => `“${t}” is not a web address, so no meetings were loaded from it.`),
    );
    expect(names(el)).to.have.length(9);
    const warnings = ours(log.warn);
    expect(warnings).to.have.length(4);
    expect(warnings[3]).to.contain('src has 47 more tokens that are not http(s) URLs');
    await expect(el).to.be.accessible();
  });

  it('falls back for a bad timezone, fellowship or soon-minutes, with one warning each', async () => {
    const el = await loaded(
      await finder(EDGE, { timezone: 'Mars/Olympus', extra: { fellowship: 'xyz', 'soon-minutes': 'soon' } }),
    );
    expect(names(el).length).to.equal(9);
    const warnings = ours(log.warn).join('\n');
    expect(warnings)
      .to.contain('timezone="Mars/Olympus"')
      .and.contain('fellowship="xyz"')
      .and.contain('soon-minutes="soon"');
  });

  it('summarizes skipped records in one informational console line per source', async () => {
    const restore = serve('/test/generated/partly-bad.json', [
      { slug: 'ok', name: 'Good meeting', day: 1, time: '19:00', formatted_address: '1 Main St, Anytown' },
      { slug: 'no-name', day: 1, time: '19:00' },
      { slug: 'no-name-2', day: 2, time: '19:00' },
      'not a record',
    ]);
    try {
      const el = await loaded(await finder('/test/generated/partly-bad.json'));
      expect(names(el)).to.deep.equal(['Good meeting']);
      // Informational: the feed's owner, not the webmaster, can fix its records.
      const lines = ours(log.info).filter((w) => w.includes('partly-bad.json'));
      expect(lines).to.have.length(1);
      expect(ours(log.warn).filter((w) => w.includes('partly-bad.json'))).to.deep.equal([]);
      expect(lines[0]).to.match(/\d+ records skipped; first: record \S+ field \S+/);
    } finally {
      restore();
    }
  });

  it('renders hostile feed text as text: no element, no script, no dangerous link', async () => {
    const w = window as unknown as { __pwned?: number };
    delete w.__pwned;
    const records = ALL_PAYLOADS.map((p, i) => ({
      slug: `h${i}`,
      name: p,
      day: i % 7,
      time: '19:00',
      notes: p,
      location: p,
      location_notes: p,
      group: p,
      formatted_address: p,
      region: p,
      types: ['O', p.slice(0, 20)],
      conference_url: DANGEROUS_URLS[i % DANGEROUS_URLS.length],
      conference_phone: p,
      website: DANGEROUS_URLS[i % DANGEROUS_URLS.length],
      latitude: p,
      longitude: 'NaN',
    }));
    const restore = serve('/test/generated/hostile.json', records);
    try {
      const el = await loaded(await finder('/test/generated/hostile.json'));
      // The first rows paint at once and the rest follow in idle moments.
      await until(() => names(el).length > SCRIPTY.length - 1, 10000);
      // Feeds are plain text by spec; tags some WordPress feeds carry are dropped, the rest shows as typed.
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a payload, shown as text
      expect(text(el)).to.contain('${window.__pwned=1}').and.contain('javascript:window.__pwned=1');
      for (const b of $$(el, '[part~="meeting-name"]').slice(0, 12)) {
        b.click();
        await settle(el);
        expect(pwned(el.shadowRoot!), b.textContent!).to.equal(false);
        expect(dangerousLinks(el.shadowRoot!)).to.deep.equal([]);
        $(el, '[part~="back"]')!.click();
        await settle(el);
      }
      await new Promise((r) => setTimeout(r, 50));
      expect(pwned(el.parentElement!)).to.equal(false);
      expect(w.__pwned).to.equal(undefined);
    } finally {
      restore();
    }
  });
});
