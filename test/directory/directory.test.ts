import { expect } from '@open-wc/testing';
import { packNamespace } from '../helpers/packs.js';
import {
  APPROACHES,
  AUDIENCES,
  DIRECTORY_CHECKED,
  FELLOWSHIPS,
  PROFESSIONAL_HELP,
  byApproach,
  byAudience,
  fellowshipById,
} from '../../src/directory/index.js';
import { HELPLINES, TREATMENT_LOCATOR } from '../../src/data/helplines.js';

const isHttps = (value: string) => {
  const url = new URL(value);
  return url.protocol === 'https:' && url.username === '' && url.password === '' && url.href === value;
};
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

let spanish: Record<string, string>;
before(async () => {
  spanish = await packNamespace('es', 'directory');
});

describe('fellowship directory', () => {
  it('has the checked date and at least the twenty named fellowships', () => {
    expect(DIRECTORY_CHECKED).to.equal('2026-12-07');
    const names = FELLOWSHIPS.map((f) => f.name);
    for (const name of [
      'Alcoholics Anonymous',
      'Narcotics Anonymous',
      'Al-Anon Family Groups',
      'Alateen',
      'Nar-Anon Family Groups',
      'SMART Recovery',
      'SMART Recovery Family & Friends',
      'Cocaine Anonymous',
      'Crystal Meth Anonymous',
      'Heroin Anonymous',
      'Recovery Dharma',
      'LifeRing Secular Recovery',
      'Women for Sobriety',
      'Celebrate Recovery',
      'Families Anonymous',
      'Adult Children of Alcoholics & Dysfunctional Families',
      'Refuge Recovery',
      'Dual Recovery Anonymous',
      'Marijuana Anonymous',
      'Medication-Assisted Recovery Anonymous',
    ]) {
      expect(names, name).to.include(name);
    }
  });

  it('gives every entry a unique id, https URLs, valid enums, both descriptions and a check date', () => {
    const ids = new Set<string>();
    for (const f of FELLOWSHIPS) {
      expect(f.id, f.name).to.match(/^[a-z0-9-]+$/);
      expect(ids.has(f.id), `duplicate id ${f.id}`).to.equal(false);
      ids.add(f.id);
      expect(isHttps(f.finderUrl), `${f.id} finderUrl ${f.finderUrl}`).to.equal(true);
      if (f.onlineUrl !== undefined) expect(isHttps(f.onlineUrl), `${f.id} onlineUrl`).to.equal(true);
      expect(AUDIENCES, f.id).to.include(f.serves);
      expect(APPROACHES, f.id).to.include(f.approach);
      expect(['own-site', 'secondary'], f.id).to.include(f.confirmedBy);
      expect(f.description.trim(), `${f.id} en`).to.not.equal('');
      expect(spanish[f.id], `${f.id} es`).to.be.a('string').and.not.equal('');
      expect(f.description, `${f.id} en is one line`).not.to.match(/[\r\n]/);
      expect(spanish[f.id], `${f.id} es is one line`).not.to.match(/[\r\n]/);
      expect(spanish[f.id], `${f.id} es differs from en`).not.to.equal(f.description);
      expect(isDate(f.checked), `${f.id} checked`).to.equal(true);
      expect(f.checked <= DIRECTORY_CHECKED, `${f.id} checked not after the directory date`).to.equal(true);
      if (f.phone) {
        expect(f.phone.tel, `${f.id} tel`).to.match(/^\d{3,15}$/);
        expect(f.phone.display.replace(/\D/g, ''), `${f.id} display matches tel`).to.equal(f.phone.tel);
      }
    }
  });

  it('represents both audiences and every approach', () => {
    for (const audience of AUDIENCES) expect(byAudience(audience), audience).to.not.be.empty;
    for (const approach of APPROACHES) expect(byApproach(approach), approach).to.not.be.empty;
  });

  it('lists Al-Anon, Nar-Anon and SMART Family & Friends for families, and no self-help groups there', () => {
    const families = byAudience('family');
    expect(families.map((f) => f.id)).to.include.members(['al-anon', 'nar-anon', 'smart-family-friends']);
    expect(families.every((f) => f.serves === 'family')).to.equal(true);
    expect(byAudience('self').map((f) => f.id)).to.not.include('al-anon');
  });

  it('filters by approach and finds by id', () => {
    expect(byApproach('buddhist-inspired').map((f) => f.id)).to.deep.equal(['recovery-dharma', 'refuge-recovery']);
    expect(byApproach('faith-based').map((f) => f.id)).to.deep.equal(['celebrate-recovery']);
    expect(byApproach('secular').map((f) => f.id)).to.include.members(['smart-recovery', 'lifering', 'wfs']);
    expect(fellowshipById('aa')?.name).to.equal('Alcoholics Anonymous');
    expect(fellowshipById('nope')).to.equal(undefined);
  });

  it('lists the new fellowships for the right people, with how each was confirmed and when', () => {
    const expected: Record<string, [string, string, string]> = {
      'refuge-recovery': ['self', 'buddhist-inspired', 'secondary'],
      dra: ['self', '12-step', 'secondary'],
      ma: ['self', '12-step', 'own-site'],
      mara: ['self', '12-step', 'own-site'],
    };
    for (const [id, [serves, approach, confirmedBy]] of Object.entries(expected)) {
      const f = fellowshipById(id)!;
      expect([f.serves, f.approach, f.confirmedBy], id).to.deep.equal([serves, approach, confirmedBy]);
      expect(f.checked, id).to.equal('2026-12-07');
    }
    expect(fellowshipById('mara')!.description).to.match(/methadone, buprenorphine/);
    // Rows not checked again keep the date of their last check.
    expect(fellowshipById('aa')!.checked).to.equal('2026-11-26');
  });

  it('links Alateen and SMART Family & Friends to their own pages, not the parent home page', () => {
    const alateen = fellowshipById('alateen')!;
    const smartFamily = fellowshipById('smart-family-friends')!;
    expect(alateen.finderUrl).to.equal('https://al-anon.org/newcomers/teen-corner-alateen/');
    expect(smartFamily.finderUrl).to.equal('https://smartrecovery.org/family/');
    expect(alateen.finderUrl).not.to.equal(fellowshipById('al-anon')!.finderUrl);
    expect(smartFamily.finderUrl).not.to.equal(fellowshipById('smart-recovery')!.finderUrl);
  });

  it('describes Heroin Anonymous as its own page does: heroin, not other opioids', () => {
    const ha = fellowshipById('ha')!;
    expect(ha.confirmedBy).to.equal('own-site');
    expect(ha.description)
      .to.contain('heroin')
      .and.not.match(/opioid/i);
    expect(spanish.ha)
      .to.contain('heroína')
      .and.not.match(/opioide/i);
  });

  it('uses natural Spanish in the descriptions flagged in review', () => {
    const es = FELLOWSHIPS.map((f) => spanish[f.id]).join(' ');
    expect(es).not.to.contain('usar cualquier droga');
    expect(es).not.to.contain('toda otra');
    expect(spanish.na).to.contain('consumir');
    const lifering = spanish.lifering;
    expect(lifering.match(/laic/gi) ?? [], lifering).to.have.length.at.most(1);
  });

  it('lists every entry resting on secondary sources in docs/directory-sources.md for a live check', async () => {
    const doc = await (await fetch('/docs/directory-sources.md')).text();
    const start = doc.indexOf('## Needs a live check');
    expect(start, 'the section exists').to.be.greaterThan(-1);
    const section = doc.slice(
      start,
      doc.indexOf('\n## ', start + 5) === -1 ? undefined : doc.indexOf('\n## ', start + 5),
    );
    for (const f of FELLOWSHIPS.filter((x) => x.confirmedBy === 'secondary')) {
      expect(section, f.name).to.contain(`| ${f.name} |`);
    }
  });

  it('keeps the data frozen in spirit: helpers return copies, not the shared array', () => {
    const list = byAudience('self');
    list.pop();
    expect(byAudience('self').length).to.equal(list.length + 1);
  });
});

describe('professional help', () => {
  it('reuses the SAMHSA helpline and FindTreatment.gov facts from src/data/helplines.ts', () => {
    const samhsa = HELPLINES.find((h) => h.id === 'samhsa-helpline')!;
    const helpline = PROFESSIONAL_HELP.find((p) => p.id === 'samhsa-helpline')!;
    expect(helpline.phone).to.deep.equal({ display: samhsa.display, tel: samhsa.tel });
    expect(helpline.phone!.display).to.equal('1-800-662-4357');
    expect(helpline.url).to.equal(samhsa.url);
    const locator = PROFESSIONAL_HELP.find((p) => p.id === 'findtreatment')!;
    expect(locator.url).to.equal(TREATMENT_LOCATOR.url);
    for (const p of PROFESSIONAL_HELP) {
      expect(isHttps(p.url), p.id).to.equal(true);
      expect(p.description).to.not.equal('');
      expect(spanish[`pro:${p.id}`]).to.be.a('string').and.not.equal('');
      expect(isDate(p.checked)).to.equal(true);
    }
  });
});
