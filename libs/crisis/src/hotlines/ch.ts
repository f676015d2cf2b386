import type { RegionHotlineData } from './hotline-entry';

/**
 * Switzerland. Checked on 2026-12-06 against stored copies of public pages (no live web); each
 * entry lists the pages that state what it says.
 *
 * Emergency: 144 is the ambulance ("Sanitätsnotruf"), free from any phone without a prefix, at any
 * hour: https://www.ksgr.ch/notruf.aspx, https://stadt-zuerich.ch/web/de/stadtleben/notfall/notrufe/notruf-144.html.
 * 112 works in Switzerland too, but is answered by the police:
 * https://www.srf.ch/sendungen/einstein/kleiner-wegweiser-durch-den-notrufnummern-dschungel,
 * https://srf.ch/sendungen/kassensturz-espresso/services/espresso-aha/schlauer-i-d-wuche-wohin-fuehrt-die-nummer-112
 * so 144 comes first here.
 */
export const CH_HOTLINES: RegionHotlineData = {
  region: 'CH',
  emergencyNumber: '144',
  otherEmergencyNumbers: ['112'],
  hotlines: [
    // 143, free ("kostenlos"), anonymous, round the clock ("rund um die Uhr"), open to everyone:
    //   https://www.143.ch/maenner-kampagne-2016
    //   https://www.143.ch/fr/category/news/ (24 hours a day by phone, chat and e-mail)
    //   https://www.20min.ch/fr/story/session-du-parlement-traumatise-par-le-loup-alain-berset-conseille-la-main-tendue-837858163750
    // 24/7, free, answered in German, French and Italian (Federal Office of Public Health):
    //   https://www.bag-blueprint.ch/die-dargebotene-hand-tel-143
    // No chatUrl: no stored page gives the chat's address.
    {
      id: 'ch-143-dargebotene-hand',
      name: 'Die Dargebotene Hand / La Main Tendue (143)',
      kind: 'call',
      number: '143',
      source: 'https://www.143.ch/',
      checkedOn: '2026-12-06',
      hours: '24/7',
      languages: ['de', 'fr', 'it'],
      free: true,
    },
    // Round the clock ("Rund um die Uhr"), free, confidential, for children and young people, by
    // phone 147, WhatsApp chat through 147.ch or e-mail, in German, French and Italian:
    //   https://www.projuventute.ch/de/eltern/familie-gesellschaft/147?gclid=Cj0KCQjwi7GnBhDXARIsAFLvH4lHBEwaeced7WSWlijw3cbKr4vGcX5-2mqulEI9aM9TkEU7iM8okEgaAsMZEALw_wcB
    //   http://www.pfarreiforum.ch/Kinderseite/dies--das/die-nummer-gegen-kummer/index.php
    {
      id: 'ch-147-pro-juventute',
      name: 'Pro Juventute 147',
      kind: 'call',
      number: '147',
      source: 'https://www.147.ch/',
      checkedOn: '2026-12-06',
      hours: '24/7',
      languages: ['de', 'fr', 'it'],
      audience: 'Children and young people.',
      free: true,
      notes: 'Also by WhatsApp chat through 147.ch.',
    },
  ],
  // No national line for abuse at home: a three-digit one was planned, its launch postponed
  // ("zuletzt auf Mai 2026", daslamm.ch); the cantons' own lines (Zurich's 044 455 2 142, for one)
  // are not national. The crisis lines and 144 are shown.
  abuseLines: [],
};
