import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/components/recovery-article/recovery-article.js';
import type { RecoveryArticle } from '../../../src/components/recovery-article/recovery-article.js';
import { until } from '../../helpers/frame.js';
import { $ } from '../../helpers/shadow.js';

export const BASE = '/test/fixtures/articles/content/';
export const FIXTURES = '/test/fixtures/articles/';

/** Waits until the widget shows an article or a message (not the loading placeholder). */
export async function shown(el: RecoveryArticle): Promise<RecoveryArticle> {
  await until(() => $(el, '[part~="title"], [part~="message"]'));
  await el.updateComplete;
  return el;
}

export async function article(template: TemplateResult): Promise<RecoveryArticle> {
  const el = await fixture<RecoveryArticle>(template);
  const inner = el.localName === 'recovery-article' ? el : el.querySelector('recovery-article')!;
  return shown(inner as RecoveryArticle);
}

/** The structured data the element put in its light DOM. */
export function jsonLd(el: Element): Record<string, unknown>[] {
  return Array.from(el.querySelectorAll(':scope > script[type="application/ld+json"]')).map((s) =>
    JSON.parse(s.textContent ?? ''),
  );
}

export const nextTask = () => new Promise((r) => setTimeout(r));
