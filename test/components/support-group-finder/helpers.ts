import { fixture, html } from '@open-wc/testing';
import '../../../src/components/support-group-finder/support-group-finder.js';
import type { SupportGroupFinder } from '../../../src/components/support-group-finder/support-group-finder.js';
import { until } from '../../helpers/frame.js';
import { $, $$ } from '../../helpers/shadow.js';

export type { SupportGroupFinder };

/** The browser's own zone: feeds in it read the same for the viewer, on any test machine. */
export const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Monday 23 November 2026, 18:45 on the test machine's clock. */
export const MONDAY_EVENING = new Date(2026, 10, 23, 18, 45);

export const FEEDS = '/test/fixtures/feeds';

export async function finder(
  src: string,
  { now = MONDAY_EVENING, timezone = ZONE, lang = 'en', extra = {} as Record<string, string> } = {},
): Promise<SupportGroupFinder> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('support-group-finder');
  el.now = now;
  el.setAttribute('src', src);
  if (timezone) el.setAttribute('timezone', timezone);
  for (const [k, v] of Object.entries(extra)) el.setAttribute(k, v);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** Waits until no source is loading and the list (or an empty/error state) is on screen. */
export async function loaded(el: SupportGroupFinder): Promise<SupportGroupFinder> {
  await until(
    () =>
      !$(el, '[part~="loading"]') &&
      !$(el, '[part~="loading-more"]') &&
      ($(el, '[part~="list"]') || $(el, '[part~="empty"]') || $(el, '[part~="detail"]')),
    8000,
  );
  await el.updateComplete;
  return el;
}

export const names = (el: Element) =>
  $$(el, '[part~="meeting"] [part~="meeting-name"]').map((b) => b.textContent!.trim());
export const sections = (el: Element) =>
  $$(el, '[part~="day"]').map((s) => ({
    title: s.querySelector('[part~="day-heading"]')!.textContent!.trim(),
    names: Array.from(s.querySelectorAll('[part~="meeting-name"]')).map((b) => b.textContent!.trim()),
  }));

export const countText = (el: Element) => $(el, '[part~="count"]')!.textContent!.trim();

/** Visitor ticks a checkbox by its visible label inside a filter group. */
export function check(el: Element, group: string, label: string): void {
  const box = $$(el, `[part~="${group}"] label`).find((l) => l.textContent!.trim() === label);
  if (!box) throw new Error(`no "${label}" in ${group}`);
  box.querySelector('input')!.click();
}

export function choose(el: Element, selectId: string, value: string): void {
  const select = $(el, `#${selectId}`) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

export function search(el: Element, text: string): void {
  const input = $(el, 'input[type="search"]') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
}

/** The focused element inside the widget's shadow root. */
export const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

export const settle = async (el: SupportGroupFinder) => {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  await el.updateComplete;
};

/** Replaces fetch for one URL, for feeds built inside a test. Returns the restore function. */
export function serve(path: string, body: unknown): () => void {
  const real = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (new URL(url, location.href).pathname === path) {
      return Promise.resolve(
        new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }),
      );
    }
    return real(input, init);
  };
  return () => (window.fetch = real);
}

/** Records every URL fetched while it is on. */
export function spyFetch(): { urls: string[]; restore: () => void } {
  const real = window.fetch;
  const urls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return real(input, init);
  };
  return { urls, restore: () => (window.fetch = real) };
}
