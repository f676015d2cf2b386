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
};
