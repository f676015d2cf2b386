import type { DirectoryRegion } from '../regions/region-code';

/** The main way to reach a service: what the big button on the entry does. */
export type HotlineKind = 'call' | 'text' | 'chat' | 'web';

/** A text line: the short code or number to text, and the keyword some services ask for first. */
export interface SmsContact {
  /** As the organisation prints it, spaces included (`0477 13 11 14`); hrefs strip them. */
  readonly number: string;
  /** The first message that routes the conversation (`HOME`, `START`); absent when any text works. */
  readonly keyword?: string;
}

/**
 * One crisis service, with every channel it offers. Numbers are data, not code: each entry names
 * the page it was checked against and when, so a reviewer can re-check it and a stale entry is
 * visible in a diff.
 */
export interface HotlineEntry {
  /** Stable and unique across the directory: React keys, de-duplication, analytics-free logging. */
  readonly id: string;
  readonly name: string;
  readonly kind: HotlineKind;
  /** Voice number as the organisation prints it (`1-866-488-7386`, `13 11 14`). */
  readonly number?: string;
  /** A menu choice after connecting, e.g. the Veterans Crisis Line is 988 then 1. */
  readonly pressAfterDialing?: string;
  readonly sms?: SmsContact;
  /** A web chat with a person (the "Chat online" button). */
  readonly chatUrl?: string;
  /** The organisation's website, for services reached there rather than by phone or text. */
  readonly url?: string;
  /** The organisation's own page the contact details were checked against. */
  readonly source: string;
  /** ISO date (YYYY-MM-DD) the details were last checked against `source`. */
  readonly checkedOn: string;
  /** Human-readable availability, e.g. `24/7`. */
  readonly hours: string;
  /** BCP 47 language tags the service answers in. */
  readonly languages: readonly string[];
  /**
   * A page the entry was checked against says reaching it costs the caller nothing (for a text
   * line, the text). Absent where no page said so: not confirmed, which is not the same as charged.
   * Copy that promises "free" lines promises it only where every line shown is (linesPromise).
   */
  readonly free?: true;
  /** Who the service is for, when it is not everyone. */
  readonly audience?: string;
  readonly notes?: string;
}

/** The checked data for one region, as kept in `hotlines/<region>.ts`. */
export interface RegionHotlineData {
  readonly region: DirectoryRegion;
  /** `null` only for the international fallback, where we cannot know the local number. */
  readonly emergencyNumber: string | null;
  /** Numbers that work as well as the main one (Ireland answers both 112 and 999). */
  readonly otherEmergencyNumbers: readonly string[];
  readonly hotlines: readonly HotlineEntry[];
  /**
   * National lines for abuse at home (a partner, an ex, a parent), checked the same way; shown first
   * to a member someone else is hurting or threatening, and on /help. Empty where no national line
   * could be confirmed (Switzerland's is still to launch). Canada has no national line either: its
   * entry is ShelterSafe's map of shelters, each with its own 24-hour line.
   */
  readonly abuseLines: readonly HotlineEntry[];
}

/** What `hotlinesFor` answers: the region's lines plus the international fallback, always. */
export interface RegionHotlines extends RegionHotlineData {
  /** Find A Helpline: shown under every region's lines for members who are travelling or moved. */
  readonly fallback: HotlineEntry;
}
