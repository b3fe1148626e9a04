import { expect } from '@open-wc/testing';
import { usesMiles } from '../../../src/components/support-group-finder/units.js';

describe('usesMiles', () => {
  it('reads the region from the tag, and the likely region of a bare language', () => {
    const miles = ['en', 'en-US', 'en-GB', 'es-US', 'en-Latn', 'en-Latn-GB', 'EN-us'];
    const km = ['es', 'es-MX', 'es-419', 'en-CA', 'en-AU', 'es-Latn-ES', 'en-IN'];
    expect(miles.filter((l) => !usesMiles(l))).to.deep.equal([]);
    expect(km.filter((l) => usesMiles(l))).to.deep.equal([]);
  });

  it('agrees with Intl.Locale#maximize() for every tag above', () => {
    for (const tag of ['en', 'es', 'en-GB', 'es-US', 'es-419', 'en-CA', 'en-Latn', 'es-Latn-ES']) {
      const region = new Intl.Locale(tag).maximize().region!;
      expect(usesMiles(tag), tag).to.equal(/^(US|GB|LR|MM)$/.test(region));
    }
  });
});
