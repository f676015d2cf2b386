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
  // Lines for abuse at home, shown first to a member someone else is hurting or threatening.
  abuseLines: [
    // Women's Aid 24hr National Freephone Helpline: "The free 24/7 service – which can be
    // contacted on 1800 341 900" https://www.thejournal.ie/ (September 2016); "(tel: 1800 341 900 ) is
    // open 24 hours a day, seven days a week" https://www.irishcentral.com/; for women, and family
    // and friends who are worried about them (Irish Examiner).
    {
      id: 'ie-womens-aid',
      name: 'Women\'s Aid National Freephone Helpline',
      kind: 'call',
      number: '1800 341 900',
      source: 'https://www.womensaid.ie/',
      checkedOn: '2026-12-07',
      hours: '24/7',
      languages: ['en'],
      free: true,
      audience: 'Women, and family and friends worried about them.',
    },
  ],
};
