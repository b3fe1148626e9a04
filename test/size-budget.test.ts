import { expect } from '@open-wc/testing';

/**
 * The built files' sizes are deterministic, so their budgets are a test. The budgets live in one
 * place, `size-budget.json`, as deliberate numbers.
 */
async function gzipSize(bytes: ArrayBuffer): Promise<number> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

describe('size budget', () => {
  let budget: Record<string, { gzipBytes: number }>;
  before(async () => {
    budget = await (await fetch('/size-budget.json')).json();
  });

  it('keeps the foundation’s 40 KB for the drop-in script', () => {
    expect(budget['dist/recovery-widgets.js'].gzipBytes).to.equal(40 * 1024);
  });

  /** Every file the build writes beside the script, and each language pack. */
  async function builtFiles(): Promise<string[]> {
    const listing = await (await fetch('/test-server/dist-files')).json();
    return listing as string[];
  }

  it('gives every file beside the script, and every language pack, a budget', async () => {
    const files = await builtFiles();
    expect(files).to.include.members([
      'dist/recovery-widgets.js',
      'dist/recovery-widgets.finder.js',
      'dist/recovery-widgets.map.js',
      'dist/i18n/es.json',
    ]);
    const unbudgeted = files.filter((f) => !budgetFor(f));
    expect(unbudgeted).to.deep.equal([]);
  });

  it('each stays within its gzip budget', async () => {
    const over: string[] = [];
    for (const file of await builtFiles()) {
      const limit = budgetFor(file)!;
      const bytes = await (await fetch(`/${file}`)).arrayBuffer();
      expect(bytes.byteLength, file).to.be.greaterThan(500);
      const size = await gzipSize(bytes);
      if (size > limit) over.push(`${file}: gzip ${size} bytes, budget ${limit}`);
    }
    expect(over).to.deep.equal([]);
  });

  /** A file's own budget, else its folder's pattern (`dist/i18n/*.json`). */
  function budgetFor(file: string): number | undefined {
    const pattern = Object.keys(budget).find(
      (k) => k.includes('*') && new RegExp(`^${k.replace('.', '\\.').replace('*', '[^/]+')}$`).test(file),
    );
    return budget[file]?.gzipBytes ?? (pattern ? budget[pattern].gzipBytes : undefined);
  }

  it("the drop-in leaves the finder's feed mode out, and the feed mode leaves Lit and the engine out", async () => {
    const script = await (await fetch('/dist/recovery-widgets.js')).text();
    const finder = await (await fetch('/dist/recovery-widgets.finder.js')).text();
    // Booleans: a failure message must not print a whole script.
    // besideScript() makes them absolute only for a CDN script without crossorigin (cdn-script.test.ts).
    expect(
      script.includes('("./recovery-widgets.finder.js?v='),
      'the drop-in imports the feed mode beside it',
    ).to.equal(true);
    expect(script.includes('recovery-widgets.meetings.js?v='), 'the drop-in imports no engine itself').to.equal(false);
    expect(
      finder.includes('("./recovery-widgets.meetings.js?v='),
      'the feed mode imports the engine beside it',
    ).to.equal(true);
    // The engine's Meeting Guide reader is inlined in neither; Lit is in the drop-in only.
    expect(
      script.includes('conference_url') || finder.includes('conference_url'),
      'Meeting Guide reader inlined',
    ).to.equal(false);
    expect(finder.includes('Symbol.for("recovery-widgets.lit")'), "the feed mode reads the drop-in's Lit").to.equal(
      true,
    );
    expect(/lit-html|\$lit\$|litHtmlPolicy|createTreeWalker/.test(finder), 'a copy of Lit in the feed mode').to.equal(
      false,
    );
  });

  it('the map is in its own file: Leaflet and supercluster in neither the drop-in nor the feed mode', async () => {
    const script = await (await fetch('/dist/recovery-widgets.js')).text();
    const finder = await (await fetch('/dist/recovery-widgets.finder.js')).text();
    const map = await (await fetch('/dist/recovery-widgets.map.js')).text();
    expect(finder.includes('("./recovery-widgets.map.js?v='), 'the feed mode imports the map beside it').to.equal(true);
    expect(script.includes('recovery-widgets.map.js'), 'the drop-in knows nothing of the map file').to.equal(false);
    // A class name only Leaflet writes, and a method only supercluster has.
    const leaflet = (code: string) =>
      code.includes('leaflet-tile-container') || code.includes('getClusterExpansionZoom');
    expect(leaflet(script) || leaflet(finder), 'Leaflet or supercluster outside the map file').to.equal(false);
    expect(leaflet(map), 'the map file holds them').to.equal(true);
    expect(/lit-html|\$lit\$|createTreeWalker/.test(map), 'a copy of Lit in the map file').to.equal(false);
  });
});
