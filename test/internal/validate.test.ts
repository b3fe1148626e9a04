import { expect } from '@open-wc/testing';
import { cleanEmail, cleanPhone, safeHttpUrl } from '../../src/util/validate.js';
import { resolveContentBase } from '../../src/internal/content-base.js';

describe('setting checks', () => {
  it('keeps phone numbers as people write them and refuses what is not a number', () => {
    expect(cleanPhone('(206) 555-0100')).to.equal('2065550100');
    expect(cleanPhone('+1 206 555 0100')).to.equal('+12065550100');
    expect(cleanPhone('988')).to.equal('988');
    expect(cleanPhone('12')).to.equal(undefined);
    expect(cleanPhone('javascript:alert(1)')).to.equal(undefined);
  });

  it('dials vanity letters by the keypad and an extension after a pause', () => {
    expect(cleanPhone('1-800-RECOVERY')).to.equal('18007326837');
    expect(cleanPhone('1-800-GET-HELP')).to.equal('18004384357');
    expect(cleanPhone('+1 (800) ABC-WXYZ')).to.equal('+18002229999');
    expect(cleanPhone('1-800-RECOVERY ext. 12')).to.equal('18007326837,12');
    expect(cleanPhone('800-555-0100 x12')).to.equal('8005550100,12');
    expect(cleanPhone('800-555-0100 X 12')).to.equal('8005550100,12');
    expect(cleanPhone('800-555-0100 Ext 12')).to.equal('8005550100,12');
    expect(cleanPhone('800-555-0100 extension 7')).to.equal('8005550100,7');
    expect(cleanPhone('800-555-0100 #7')).to.equal('8005550100,7');
    // Words are not numbers: no digit first, lowercase (a note), a marker without digits.
    expect(cleanPhone('GET-HELP')).to.equal(undefined);
    expect(cleanPhone('Text HOME to 741741')).to.equal(undefined);
    expect(cleanPhone('555-0100 (Bob)')).to.equal(undefined);
    expect(cleanPhone('555-0100 ext.')).to.equal(undefined);
    expect(cleanPhone('ext. 12')).to.equal(undefined);
    expect(cleanPhone('12 x 345')).to.equal(undefined);
  });

  it('accepts plain email addresses only', () => {
    expect(cleanEmail('help@clinic.example')).to.equal('help@clinic.example');
    expect(cleanEmail('help@clinic')).to.equal(undefined);
    expect(cleanEmail('a@b.c?subject=<x>')).to.equal(undefined);
    expect(cleanEmail('x@y.z\nBcc: z@z.z')).to.equal(undefined);
  });

  it('only lets http(s) links through', () => {
    expect(safeHttpUrl('https://clinic.example/contact', document.baseURI)).to.equal('https://clinic.example/contact');
    expect(safeHttpUrl('/contact', document.baseURI)).to.equal(new URL('/contact', document.baseURI).href);
    expect(safeHttpUrl('javascript:alert(1)', document.baseURI)).to.equal(undefined);
    expect(safeHttpUrl(' JaVaScRiPt:alert(1)', document.baseURI)).to.equal(undefined);
    expect(safeHttpUrl('java\tscript:alert(1)', document.baseURI)).to.equal(undefined);
    expect(safeHttpUrl('data:text/html,<script>alert(1)</script>', document.baseURI)).to.equal(undefined);
    expect(safeHttpUrl('vbscript:msgbox', document.baseURI)).to.equal(undefined);
    expect(safeHttpUrl('http://', document.baseURI)).to.equal(undefined);
  });

  it('makes a content base absolute with a trailing slash', () => {
    expect(resolveContentBase('https://cdn.example/rw/content')).to.equal('https://cdn.example/rw/content/');
    expect(resolveContentBase('/dist/content/')).to.equal(new URL('/dist/content/', location.href).href);
    expect(resolveContentBase('not a url')).to.equal(undefined);
  });
});
