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

  for (const file of [
    'dist/recovery-widgets.js',
    'dist/recovery-widgets.meetings.js',
    'dist/recovery-widgets.contrast.js',
  ]) {
    it(`${file} stays within its gzip budget`, async () => {
      const limit = budget[file]?.gzipBytes;
      expect(limit, `${file} has a budget`).to.be.a('number');
      const bytes = await (await fetch(`/${file}`)).arrayBuffer();
      expect(bytes.byteLength).to.be.greaterThan(500);
      const size = await gzipSize(bytes);
      expect(size, `gzip ${size} bytes, budget ${limit}`).to.be.at.most(limit);
    });
  }

  it('the drop-in script leaves the meeting engine out, to be imported beside it', async () => {
    const script = await (await fetch('/dist/recovery-widgets.js')).text();
    // Booleans: a failure message must not print the whole script.
    // besideScript() makes it absolute only for a CDN script without crossorigin (cdn-script.test.ts).
    expect(script.includes('("./recovery-widgets.meetings.js?v='), 'imports the engine beside it').to.equal(true);
    // The engine's Meeting Guide reader is not inlined.
    expect(script.includes('conference_url'), 'Meeting Guide reader inlined').to.equal(false);
  });
});
