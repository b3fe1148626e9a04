/**
 * Console messages for webmasters. Every message names the element (and the attribute when there
 * is one), so a webmaster who pasted several widgets knows which tag to fix.
 *
 * Each distinct message is printed once per page: a misconfigured widget that re-renders must not
 * flood the console.
 */
const PREFIX = '[recovery-widgets]';
const said = new Set<string>();

type Level = 'warn' | 'error' | 'info';

function say(level: Level, where: string, message: string): void {
  const text = where ? `${PREFIX} <${where}>: ${message}` : `${PREFIX} ${message}`;
  if (said.has(text)) return;
  said.add(text);
  console[level](text);
}

export const warn = (tag: string, message: string): void => say('warn', tag, message);
export const error = (tag: string, message: string): void => say('error', tag, message);
/** A hint, for a setting that works as it is but could be better. */
export const hint = (tag: string, message: string): void => say('info', tag, message);

/** For messages about the page as a whole rather than one tag. */
export const warnPage = (message: string): void => say('warn', '', message);

/** Tests reset between cases so "once per page" does not hide a message from the next case. */
export function resetMessagesForTests(): void {
  said.clear();
}
