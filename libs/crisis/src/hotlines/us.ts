import type { RegionHotlineData } from './hotline-entry';

export const US_HOTLINES: RegionHotlineData = {
  region: 'US',
  emergencyNumber: '911',
  otherEmergencyNumbers: [],
  hotlines: [
    {
      id: 'us-988-lifeline',
      name: '988 Suicide & Crisis Lifeline',
      kind: 'call',
      number: '988',
      sms: { number: '988' },
      chatUrl: 'https://988lifeline.org/chat/',
      source: 'https://988lifeline.org/',
      checkedOn: '2026-11-22',
      hours: '24/7',
      languages: ['en', 'es'],
      // Free to call or text: https://health.wyo.gov/ (Wyoming Department of Health, "988 is free, confidential, and available 24/7"), https://contactlistens.org/get-help/ (a 988 crisis centre); checked 2026-12-06 against stored copies.
      free: true,
      notes: 'Call, text or chat online.',
    },
    {
      id: 'us-crisis-text-line',
      name: 'Crisis Text Line',
      kind: 'text',
      sms: { number: '741741', keyword: 'HOME' },
      source: 'https://www.crisistextline.org/',
      checkedOn: '2026-11-22',
      hours: '24/7',
      languages: ['en'],
      // Not marked free: texts are free on AT&T, T-Mobile, Sprint and Verizon, other carriers may charge standard rates (https://www.snopes.com/crisis-text-line-741741/, 2015, quoting its FAQ); checked 2026-12-06 against stored copies.
    },
    {
      id: 'us-veterans-crisis-line',
      name: 'Veterans Crisis Line',
      kind: 'call',
      number: '988',
      pressAfterDialing: '1',
      sms: { number: '838255' },
      source: 'https://www.veteranscrisisline.net/',
      checkedOn: '2026-11-22',
      hours: '24/7',
      languages: ['en'],
      // Free by call, chat or text: https://www.veteranscrisisline.net/About/VeteranSuicide.aspx, VA press releases (va.gov, 2022 and 2024); checked 2026-12-06 against stored copies.
      free: true,
      audience: 'Veterans, service members and the people who support them.',
      notes: 'Dial 988 then press 1, or text 838255.',
    },
    {
      id: 'us-trevor-project',
      name: 'The Trevor Project',
      kind: 'call',
      number: '1-866-488-7386',
      sms: { number: '678-678', keyword: 'START' },
      source: 'https://www.thetrevorproject.org/get-help/',
      checkedOn: '2026-11-22',
      hours: '24/7',
      languages: ['en'],
      // Free and confidential crisis services by phone and text: https://www.activeminds.org/?p=7221 (2025); checked 2026-12-06 against stored copies.
      free: true,
      audience: 'LGBTQ+ young people.',
    },
  ],
  // Lines for abuse at home, shown first to a member someone else is hurting or threatening.
  abuseLines: [
    // National Domestic Violence Hotline: "call 800–799–SAFE (7233), TTY 800–787–3224, text
    // "START" to 88788", "available 24/7/365 for anyone who needs help"
    //   https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts (US Department of Justice, 20 January 2022)
    // Free: the law that founded it calls it a "national, toll-free telephone hotline"
    //   https://times.courts.in.gov/ (2016)
    // Languages: only Wikipedia names them; English only here until a page of theirs says more.
    {
      id: 'us-domestic-violence-hotline',
      name: 'National Domestic Violence Hotline',
      kind: 'call',
      number: '1-800-799-7233',
      sms: { number: '88788', keyword: 'START' },
      source: 'https://www.thehotline.org/',
      checkedOn: '2026-12-07',
      hours: '24/7',
      languages: ['en'],
      free: true,
      notes: 'Also 800-799-SAFE; TTY 800-787-3224.',
    },
  ],
};
