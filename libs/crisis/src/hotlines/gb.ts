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
};
