import { expect } from '@open-wc/testing';
import { haversineKm, isPoint, kmToMiles, milesToKm } from '../../src/meetings/distance.js';
import { knownTypes, typeLabel } from '../../src/meetings/type-codes.js';
import { translator } from '../helpers/packs.js';

describe('haversineKm', () => {
  it('measures known distances', () => {
    const seattle = { latitude: 47.6062, longitude: -122.3321 };
    const portland = { latitude: 45.5152, longitude: -122.6784 };
    expect(haversineKm(seattle, portland)).to.be.closeTo(233.5, 1.5);
    expect(haversineKm(seattle, seattle)).to.equal(0);
    // Across the antimeridian and pole to pole.
    expect(haversineKm({ latitude: 0, longitude: 179.5 }, { latitude: 0, longitude: -179.5 })).to.be.closeTo(
      111.2,
      0.5,
    );
    expect(haversineKm({ latitude: 90, longitude: 0 }, { latitude: -90, longitude: 0 })).to.be.closeTo(20015, 5);
    expect(milesToKm(kmToMiles(10))).to.be.closeTo(10, 1e-9);
  });

  it('refuses points that are not places', () => {
    expect(isPoint(0, 0)).to.equal(false);
    expect(isPoint(91, 0)).to.equal(false);
    expect(isPoint('1', 2)).to.equal(false);
    expect(isPoint(NaN, 2)).to.equal(false);
    expect(isPoint(47.6, -122.3)).to.equal(true);
  });
});

describe('typeLabel', () => {
  let spanish: (key: string) => string | undefined;
  before(async () => {
    spanish = await translator('es', 'types');
  });

  it('labels AA codes in English and Spanish', () => {
    expect(typeLabel('O', 'aa')).to.equal('Open');
    expect(typeLabel('O', 'aa', spanish)).to.equal('Abierta');
    expect(typeLabel('Y', 'aa')).to.equal('Young People');
    expect(typeLabel('12x12', 'aa', spanish)).to.equal('12 Pasos y 12 Tradiciones');
    expect(typeLabel('TC', 'aa')).to.equal('Location temporarily closed');
  });

  it('uses Al-Anon’s own meanings', () => {
    expect(typeLabel('Y', 'al-anon')).to.equal('Alateen');
    expect(typeLabel('POA', 'al-anon')).to.equal('Parents of Alcoholics');
    expect(typeLabel('POA', 'aa')).to.equal('Proof of Attendance');
    expect(typeLabel('AC', 'al-anon', spanish)).to.equal('Hijos adultos de alcohólicos');
  });

  it('labels NA world ids and common BMLT keys', () => {
    expect(typeLabel('OPEN', 'na')).to.equal('Open');
    expect(typeLabel('O', 'na')).to.equal('Open');
    expect(typeLabel('VM', 'na', spanish)).to.equal('Virtual');
    expect(typeLabel('BT', 'na')).to.equal('Basic Text');
  });

  it('gives codes that reuse another table’s entry the same labels', () => {
    expect(typeLabel('CAN', 'al-anon', spanish)).to.equal('A la luz de las velas');
    expect(typeLabel('LGBTQIA', 'al-anon')).to.equal('LGBTQIA+');
    expect(typeLabel('SPK', 'na', spanish)).to.equal('Orador');
    expect(typeLabel('DISC', 'na')).to.equal('Discussion');
    expect(typeLabel('YP', 'na')).to.equal('Young people');
    expect(typeLabel('G', 'aa', spanish)).to.equal('Gay');
    expect(typeLabel('constructor', 'na')).to.equal('constructor');
  });

  it('returns the code itself for unknown codes and falls back to English', () => {
    expect(typeLabel('ASBI', 'aa')).to.equal('ASBI');
    expect(typeLabel('toString', 'aa')).to.equal('toString');
    expect(typeLabel('__proto__', 'na', spanish)).to.equal('__proto__');
    expect(typeLabel('O', 'aa')).to.equal('Open');
    expect(typeLabel('O', 'nope' as never)).to.equal('Open');
  });

  it('has complete English and Spanish labels', () => {
    for (const f of ['aa', 'al-anon', 'na'] as const) {
      const codes = knownTypes(f);
      expect(codes.length).to.be.greaterThan(15);
      for (const c of codes) {
        expect(typeLabel(c, f), c).to.not.equal(c === 'LGBTQ' ? 'x' : c);
        expect(typeLabel(c, f, spanish).length).to.be.greaterThan(1);
      }
    }
  });
});
