/** One entry of an `Accept-Language` header, after validation. */
export interface LanguagePreference {
  /** The language tag as sent, with `_` read as `-` (some non-browser clients send `en_GB`). */
  readonly tag: string;
  /** 0 < quality <= 1; entries with q=0 mean "not this one" and are dropped. */
  readonly quality: number;
}

/**
 * Real browsers send a few dozen bytes; the cap keeps a hostile header from costing more than
 * that, since this runs on every anonymous request that shows resources.
 */
const MAX_HEADER_LENGTH = 1024;

const LANGUAGE_RANGE = /^(\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)$/;
// RFC 9110 §12.4.2: at most three decimals, never above 1.
const QVALUE = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/;

function parseEntry(raw: string): LanguagePreference | null {
  const [rangePart, ...params] = raw.split(';');
  const tag = (rangePart ?? '').trim().replace(/_/g, '-');
  if (!LANGUAGE_RANGE.test(tag)) return null;
  let quality = 1;
  for (const param of params) {
    const match = /^q\s*=\s*(.*)$/i.exec(param.trim());
    if (match === null) continue; // other parameters carry no preference
    const value = (match[1] ?? '').trim();
    // A malformed weight makes the whole entry untrustworthy; guessing 1 could let junk outrank
    // the member's real first choice.
    if (!QVALUE.test(value)) return null;
    quality = Number(value);
  }
  return quality > 0 ? { tag, quality } : null;
}

/**
 * Parses an `Accept-Language` header into preferences, most preferred first (ties keep header
 * order, as RFC 9110 leaves them to the server and the sender lists its favourite first).
 * Malformed entries are skipped rather than failing the whole header.
 */
export function parseAcceptLanguage(header: string | null | undefined): LanguagePreference[] {
  if (typeof header !== 'string') return [];
  const entries = header
    .slice(0, MAX_HEADER_LENGTH)
    .split(',')
    .map((raw) => parseEntry(raw))
    .filter((entry): entry is LanguagePreference => entry !== null);
  // Array.prototype.sort is stable (ES2019), which keeps equal weights in header order.
  return entries.sort((a, b) => b.quality - a.quality);
}

/**
 * The country in a BCP 47 tag (`en-GB` → `GB`, `zh-Hant-TW` → `TW`), or `null` when the tag names
 * none (`en`, `*`) or names a multi-country area (`es-419`, which tells us no country).
 */
export function regionOfLanguageTag(tag: string): string | null {
  const subtags = tag.replace(/_/g, '-').split('-');
  const language = subtags[0] ?? '';
  // Private-use (`x-…`) and grandfathered (`i-…`) tags have one-letter prefixes and no region.
  if (!/^[A-Za-z]{2,8}$/.test(language)) return null;
  let index = 1;
  // Extended language subtags (`zh-yue`), up to three, come before script and region.
  while (index < subtags.length && index <= 3 && /^[A-Za-z]{3}$/.test(subtags[index] ?? '')) index += 1;
  if (/^[A-Za-z]{4}$/.test(subtags[index] ?? '')) index += 1; // script, e.g. Hant
  const candidate = subtags[index] ?? '';
  return /^[A-Za-z]{2}$/.test(candidate) ? candidate.toUpperCase() : null;
}

/** The region of the most preferred language that names one, or `null`. */
export function regionFromAcceptLanguage(header: string | null | undefined): string | null {
  for (const preference of parseAcceptLanguage(header)) {
    const region = regionOfLanguageTag(preference.tag);
    if (region !== null) return region;
  }
  return null;
}
