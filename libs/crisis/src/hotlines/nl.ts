import type { RegionHotlineData } from './hotline-entry';

/**
 * The Netherlands. Checked on 2026-12-06 against stored copies of public pages (no live web); each
 * entry lists the pages that state what it says.
 *
 * Emergency: 112 for danger to life; 113's own line points callers in danger there:
 * https://www.113.nl/qa-nummerwijziging-113-en-gratis-nummer-0800-0113,
 * https://nltimes.nl/2020/01/28/people-used-suicide-prevention-hotline-decrease-number-suicides
 */
export const NL_HOTLINES: RegionHotlineData = {
  region: 'NL',
  emergencyNumber: '112',
  otherEmergencyNumbers: [],
  hotlines: [
    // 113 is free to call since October 2025 ("Bel dan 24/7 gratis en anoniem 113 of chat op
    // 113.nl"); 0800-0113 was already free:
    //   https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij-zelfdodingsgedachten/pj8neqt
    //   https://www.113.nl/schoolopdracht ("Bel gratis 113", "Chat met ons" on every page)
    //   https://www.113.nl/qa-nummerwijziging-113-en-gratis-nummer-0800-0113 (0800-0113 free)
    // Round-the-clock support by chat and phone (its own English page):
    //   https://www.113.nl/english
    // Dutch: its crisis line is for people in the Netherlands, and the English page offers no
    // English-language line.
    // chatUrl is the home page: every 113.nl page opens the chat ("Chat met ons"); no stored page
    // gives a deeper address for it.
    {
      id: 'nl-113',
      name: '113 Zelfmoordpreventie',
      kind: 'call',
      number: '113',
      chatUrl: 'https://www.113.nl/',
      source: 'https://www.113.nl/',
      checkedOn: '2026-12-06',
      hours: '24/7',
      languages: ['nl'],
      free: true,
      notes: 'Also on 0800-0113, or chat online.',
    },
  ],
  // Lines for abuse at home, shown first to a member someone else is hurting or threatening.
  abuseLines: [
    // Veilig Thuis: "Het nummer 0800-2000 is gratis en alle dagen en alle uren bereikbaar"
    //   https://www.rijksoverheid.nl/ (wat moet ik doen bij huiselijk geweld). For everyone, witnesses
    //   included.
    {
      id: 'nl-veilig-thuis',
      name: 'Veilig Thuis',
      kind: 'call',
      number: '0800-2000',
      source: 'https://veiligthuis.nl/',
      checkedOn: '2026-12-07',
      hours: '24/7',
      languages: ['nl'],
      free: true,
      notes: 'For anyone, and for anyone who sees it happen.',
    },
  ],
};
