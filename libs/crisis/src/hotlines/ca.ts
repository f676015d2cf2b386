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
      audience: 'Young people.',
    },
  ],
};
