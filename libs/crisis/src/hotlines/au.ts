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
      // Not marked free: calls from mobiles are free, from a landline pages disagree (https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/, a Lifeline centre); checked 2026-12-06 against stored copies.
      notes: 'Free from mobiles.',
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
      // Free: https://kidshelpline.com.au/grownups/getting-help/ ("free from mobile phones, landlines and public telephones"); checked 2026-12-06 against stored copies.
      free: true,
      audience: 'Children and young people.',
    },
  ],
  // Lines for abuse at home, shown first to a member someone else is hurting or threatening.
  abuseLines: [
    // 1800RESPECT, the national domestic, family and sexual violence counselling service, for
    // anyone: "telephone support service (1800 737 732)", "text (SMS): 0458 737 732"
    //   https://www.1800respect.org.au/terms-and-conditions (its own page)
    // "24 hours a day, seven days a week": https://plan4womenssafety.dss.gov.au/initiatives/1800respect
    // "phone, text, and online chat services are available 24/7", with interpreters for calls:
    //   https://thedailyaus.com.au/ (the chat is reached from the service's home page)
    // Not marked free: no stored page says so.
    {
      id: 'au-1800respect',
      name: '1800RESPECT',
      kind: 'call',
      number: '1800 737 732',
      sms: { number: '0458 737 732' },
      chatUrl: 'https://www.1800respect.org.au/',
      source: 'https://www.1800respect.org.au/',
      checkedOn: '2026-12-07',
      hours: '24/7',
      languages: ['en'],
      notes: 'Call, text or chat online. Interpreters on request.',
    },
  ],
};
