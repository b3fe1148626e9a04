import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { define } from '../../src/internal/define.js';
import { VERSION } from '../../src/internal/version.js';
import { ours, recordConsole } from '../helpers/console.js';

const versions = () =>
  (globalThis as unknown as Record<symbol, Map<string, string>>)[Symbol.for('recovery-widgets.versions')];

describe('define()', () => {
  it('defines a tag and records the version that defined it', () => {
    class A extends LitElement {}
    define('rw-test-define-a', A);
    expect(customElements.get('rw-test-define-a')).to.equal(A);
    expect(versions().get('rw-test-define-a')).to.equal(VERSION);
  });

  it('is silent when the same version defines a tag again', () => {
    const log = recordConsole();
    try {
      class B extends LitElement {}
      class B2 extends LitElement {}
      define('rw-test-define-b', B);
      define('rw-test-define-b', B);
      define('rw-test-define-b', B2);
      expect(ours(log.warn)).to.deep.equal([]);
      expect(customElements.get('rw-test-define-b')).to.equal(B);
    } finally {
      log.restore();
    }
  });

  it('warns once, naming both versions, when another version got there first', () => {
    const log = recordConsole();
    try {
      class Old extends LitElement {}
      customElements.define('rw-test-define-c', Old);
      customElements.define('rw-test-define-d', class extends LitElement {});
      versions().set('rw-test-define-c', '0.0.1-old');
      versions().set('rw-test-define-d', '0.0.1-old');
      expect(() => define('rw-test-define-c', class extends LitElement {})).not.to.throw();
      define('rw-test-define-d', class extends LitElement {});
      const warnings = ours(log.warn);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('0.0.1-old').and.contain(VERSION);
      expect(customElements.get('rw-test-define-c')).to.equal(Old);
    } finally {
      log.restore();
    }
  });

  it('never throws, even for a name the registry refuses', () => {
    const log = recordConsole();
    try {
      expect(() => define('notvalid', class extends HTMLElement {})).not.to.throw();
      expect(ours(log.warn)[0]).to.contain('<notvalid>');
    } finally {
      log.restore();
    }
  });
});
