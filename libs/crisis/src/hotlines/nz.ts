import type { RegionHotlineData } from './hotline-entry';

export const NZ_HOTLINES: RegionHotlineData = {
  region: 'NZ',
  emergencyNumber: '111',
  otherEmergencyNumbers: [],
  hotlines: [
    {
      id: 'nz-1737',
      name: '1737 Need to talk?',
      kind: 'call',
      number: '1737',
      sms: { number: '1737' },
      source: 'https://1737.org.nz/',
      checkedOn: '2026-11-22',
      hours: '24/7',
      languages: ['en'],
      // Free to call or text: https://www.health.govt.nz/ (Ministry of Health, 2019: "there is no charge"), the Health Minister's release on scoop.co.nz (2017); checked 2026-12-06 against stored copies.
      free: true,
      notes: 'Call or text.',
    },
    {
      id: 'nz-lifeline',
      name: 'Lifeline Aotearoa',
      kind: 'call',
      number: '0800 543 354',
      sms: { number: '4357', keyword: 'HELP' },
      source: 'https://www.lifeline.org.nz/',
      checkedOn: '2026-11-22',
      hours: '24/7',
      languages: ['en'],
      // Free: http://www.lifeline.co.nz/history-lifeline/ ("a free-of-charge telephone counselling service"), Lifeline's release on scoop.co.nz (2018); checked 2026-12-06 against stored copies.
      free: true,
    },
  ],
  // Lines for abuse at home, shown first to a member someone else is hurting or threatening.
  abuseLines: [
    // Women's Refuge crisis line: "Crisisline: 0800 REFUGE or 0800 733 843", "24 hours a day, 7
    // days a week" https://womensrefuge.org.nz/get-help/ (its own page); "free from any phone, 24
    // hours a day, every day" (govt.nz); "(for women only)" https://2shine.org.nz/ (February 2022).
    // Are You OK (0800 456 450) is left out: the stored pages disagree on its hours.
    {
      id: 'nz-womens-refuge',
      name: 'Women\'s Refuge Crisisline',
      kind: 'call',
      number: '0800 733 843',
      source: 'https://womensrefuge.org.nz/',
      checkedOn: '2026-12-07',
      hours: '24/7',
      languages: ['en'],
      free: true,
      audience: 'Women.',
      notes: 'Also 0800 REFUGE.',
    },
  ],
};
