import type { RegionHotlineData } from './hotline-entry';

export const CA_HOTLINES: RegionHotlineData = {
  region: 'CA',
  emergencyNumber: '911',
  otherEmergencyNumbers: [],
  hotlines: [
    {
      id: 'ca-988-suicide-crisis-helpline',
      name: '9-8-8 Suicide Crisis Helpline',
      kind: 'call',
      number: '988',
      sms: { number: '988' },
      source: 'https://988.ca/',
      checkedOn: '2026-11-22',
      hours: '24/7',
      languages: ['en', 'fr'],
      // Free to call or text: https://www.620ckrm.com/2023/12/02/ ("free of charge"), the CRTC as reported by MobileSyrup (2022); checked 2026-12-06 against stored copies.
      free: true,
      notes: 'Call or text.',
    },
    {
      id: 'ca-kids-help-phone',
      name: 'Kids Help Phone',
      kind: 'call',
      number: '1-800-668-6868',
      sms: { number: '686868', keyword: 'CONNECT' },
      source: 'https://kidshelpphone.ca/',
      checkedOn: '2026-11-22',
      hours: '24/7',
      languages: ['en', 'fr'],
      // Free: https://kidshelpphone.ca/text-about-it/ ("free and available across Canada 24/7"), todaysparent.com (the 1-800 line); checked 2026-12-06 against stored copies.
      free: true,
      audience: 'Young people.',
    },
  ],
  // Lines for abuse at home, shown first to a member someone else is hurting or threatening.
  abuseLines: [
    // Canada has no single national line: each province's and territory's shelters answer their own.
    // ShelterSafe (Women's Shelters Canada) is a map of them: "The map provides 24-hour emergency
    // telephone numbers" https://www.ihtoday.ca/ (2015); federal funding for crisis lines goes
    // through "13 bilateral agreements" with the provinces and territories (canada.ca).
    {
      id: 'ca-sheltersafe',
      name: 'ShelterSafe',
      kind: 'web',
      url: 'https://sheltersafe.ca/',
      source: 'https://sheltersafe.ca/',
      checkedOn: '2026-12-07',
      hours: 'Each shelter\'s own 24-hour line',
      languages: ['en'],
      notes: 'A map of women\'s shelters near you, with each one\'s 24-hour crisis line.',
    },
  ],
};
