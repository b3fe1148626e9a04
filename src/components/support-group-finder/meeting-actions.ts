import type { Meeting } from '../../meetings/types.js';
import type { Engine } from './load-engine.js';
import { emptyFilters, writeUrl } from './url-state.js';

/**
 * Downloads the meeting as a calendar file, made in the page (nothing is sent anywhere). The link
 * is added inside the widget's shadow root, so the host page's click handlers never see it.
 */
export function downloadCalendar(root: ShadowRoot | HTMLElement, ics: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  root.appendChild(a);
  a.click();
  a.remove();
  // Revoke after the download has started, not before.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The calendar file for one meeting, or undefined when it has no weekly time. */
export function calendarFor(engine: Engine, m: Meeting, now: Date, language: string): string | undefined {
  return engine.meetingToIcs(m, { now, url: location.href, language: language === 'es' ? 'es' : 'en' });
}

export type ShareResult = 'shared' | 'copied' | 'failed' | 'cancelled';

/**
 * A link to the meeting on this page (filters cleared: the visitor's choices stay private), through
 * the device's share sheet where there is one, else copied.
 */
export async function shareMeeting(m: Meeting): Promise<ShareResult> {
  const url = writeUrl(location.href, { filters: emptyFilters(), meeting: m.id });
  const nav = navigator as Navigator & { share?: (d: ShareData) => Promise<void> };
  try {
    if (nav.share) {
      await nav.share({ title: m.name, url });
      return 'shared';
    }
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch (error) {
    return (error as Error)?.name === 'AbortError' ? 'cancelled' : 'failed';
  }
}
