import type { HotlineEntry } from './hotline-entry';

/**
 * Dialable form of a printed number: digits only, keeping a leading `+`. RFC 3966 forbids spaces
 * in a `tel:` URI and some dialers mishandle even the separators it allows, so hrefs carry none.
 */
function dialable(printed: string): string | null {
  const trimmed = printed.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length === 0) return null;
  return trimmed.startsWith('+') ? `+${digits}` : digits;
}

/**
 * `tel:` link for an entry's voice number (`tel:988`), or `null` when it has none. Takes any
 * object with a `number`, so an emergency number can be linked too: `telHref({ number: '000' })`.
 * A menu choice such as the Veterans Crisis Line's "press 1" stays out of the href: pause
 * characters are not handled the same way by every dialer, and a wrong digit could misroute the
 * call; the UI shows the instruction instead.
 */
export function telHref(entry: Pick<HotlineEntry, 'number'>): string | null {
  if (entry.number === undefined) return null;
  const number = dialable(entry.number);
  return number === null ? null : `tel:${number}`;
}

/**
 * `sms:` link that opens the messaging app with the keyword typed in (`sms:741741?&body=HOME`).
 * `?&body=` is the one form both iOS (which expects `&`) and Android (which expects `?`) read.
 */
export function smsHref(entry: Pick<HotlineEntry, 'sms'>): string | null {
  if (entry.sms === undefined) return null;
  const number = dialable(entry.sms.number);
  if (number === null) return null;
  const keyword = entry.sms.keyword?.trim();
  return keyword ? `sms:${number}?&body=${encodeURIComponent(keyword)}` : `sms:${number}`;
}
