import type { RegionHotlineData } from './hotline-entry';

/** The United Kingdom (ISO code GB). */
export const GB_HOTLINES: RegionHotlineData = {
  region: 'GB',
  emergencyNumber: '999',
  otherEmergencyNumbers: [],
  hotlines: [
    {
      id: 'gb-samaritans',
      name: 'Samaritans',
      kind: 'call',
      number: '116 123',
      source: 'https://www.samaritans.org/',
      checkedOn: '2026-11-22',
      hours: '24/7',
      languages: ['en'],
      free: true,
    },
    {
      id: 'gb-shout',
      name: 'Shout',
      kind: 'text',
      sms: { number: '85258', keyword: 'SHOUT' },
      source: 'https://giveusashout.org/',
      checkedOn: '2026-11-22',
      hours: '24/7',
      languages: ['en'],
      // Free: https://giveusashout.org/about-us/faq (updated 4 November 2024: "a free, 24/7 text messaging ... service"); checked 2026-12-06 against stored copies.
      free: true,
    },
  ],
  // Lines for abuse at home, shown first to a member someone else is hurting or threatening.
  abuseLines: [
    // Run by Refuge: "Freephone 24-Hour National Domestic Abuse Helpline: 0808 2000 247"
    //   https://refuge.org.uk/category/news/
    //   https://refuge.org.uk/news/refuge-response-to-home-secretary-announcement- (April 2020: "call free, anytime of day or night on 0808 2000 247")
    // Who it is for: no stored page of the helpline's own says; not narrowed here.
    {
      id: 'gb-national-domestic-abuse-helpline',
      name: 'National Domestic Abuse Helpline',
      kind: 'call',
      number: '0808 2000 247',
      source: 'https://www.nationaldahelpline.org.uk/',
      checkedOn: '2026-12-07',
      hours: '24/7',
      languages: ['en'],
      free: true,
      notes: 'Run by Refuge.',
    },
  ],
};
