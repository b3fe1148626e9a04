import { expect } from '@open-wc/testing';

/**
 * The drop-in script's size is deterministic, so its budget is a test. The budget lives in one
 * place, `size-budget.json`, as a deliberate number.
 */
async function gzipSize(bytes: ArrayBuffer): Promise<number> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

describe('size budget', () => {
  it('dist/recovery-widgets.js stays within its gzip budget', async () => {
    const budget = await (await fetch('/size-budget.json')).json();
    const limit: number = budget['dist/recovery-widgets.js'].gzipBytes;
    expect(limit).to.equal(50 * 1024);
    const script = await (await fetch('/dist/recovery-widgets.js')).arrayBuffer();
    expect(script.byteLength).to.be.greaterThan(1000);
    const size = await gzipSize(script);
    expect(size, `gzip ${size} bytes, budget ${limit}`).to.be.at.most(limit);
  });
});
