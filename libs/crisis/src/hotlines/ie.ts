import type { RegionHotlineData } from './hotline-entry';

export const IE_HOTLINES: RegionHotlineData = {
  region: 'IE',
  emergencyNumber: '112',
  otherEmergencyNumbers: ['999'],
  hotlines: [
    {
      id: 'ie-samaritans',
      name: 'Samaritans Ireland',
      kind: 'call',
      number: '116 123',
      source: 'https://www.samaritans.org/ireland/',
      checkedOn: '2026-11-22',
      hours: '24/7',
      languages: ['en'],
      free: true,
    },
    {
      id: 'ie-50808',
      name: '50808',
      kind: 'text',
      sms: { number: '50808', keyword: 'HELLO' },
      source: 'https://50808.ie/',
      checkedOn: '2026-11-22',
      hours: '24/7',
      languages: ['en'],
      // Free: https://www.irishexaminer.com/news/munster/arid-40195665.html ("the free, anonymous, 24/7 text support service"); checked 2026-12-06 against stored copies.
      free: true,
    },
  ],
};
