import type { RegionHotlineData } from './hotline-entry';

export const AU_HOTLINES: RegionHotlineData = {
  region: 'AU',
  emergencyNumber: '000',
  otherEmergencyNumbers: [],
  hotlines: [
    {
      id: 'au-lifeline',
      name: 'Lifeline',
      kind: 'call',
      number: '13 11 14',
      sms: { number: '0477 13 11 14' },
      source: 'https://www.lifeline.org.au/',
      checkedOn: '2026-11-22',
      hours: '24/7',
      languages: ['en'],
    },
    {
      id: 'au-kids-helpline',
      name: 'Kids Helpline',
      kind: 'call',
      number: '1800 55 1800',
      source: 'https://kidshelpline.com.au/',
      checkedOn: '2026-11-22',
      hours: '24/7',
      languages: ['en'],
      audience: 'Children and young people.',
    },
  ],
};
