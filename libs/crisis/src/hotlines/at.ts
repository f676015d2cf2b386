import type { RegionHotlineData } from './hotline-entry';

/**
 * Austria. Checked on 2026-12-06 against stored copies of public pages (no live web); each entry
 * lists the pages that state what it says.
 *
 * Emergency: 112 (the Euro emergency number) and 144 (ambulance, "Rettung"), without a prefix:
 * http://www.vol.at/guten-rutsch-via-handy-belastungsspitze-zum-jahreswechsel/apa-1433676314,
 * https://burgenland.orf.at/stories/3027145/
 */
export const AT_HOTLINES: RegionHotlineData = {
  region: 'AT',
  emergencyNumber: '112',
  otherEmergencyNumbers: ['144'],
  hotlines: [
    // 142, free ("kostenlos"), round the clock ("rund um die Uhr") from all of Austria:
    //   https://www.katholisch.at/telefonseelsorge
    //   https://burgenland.orf.at/stories/3207209/
    //   https://ooe.orf.at/stories/3204589/
    // German: the language of every stored page about it; none names another.
    // No chatUrl: its chat is open daily 16:00 to 23:00, not round the clock:
    //   https://www.dioezese-linz.at/institution/8170/aktuelles/article/297583.html
    {
      id: 'at-telefonseelsorge',
      name: 'TelefonSeelsorge',
      kind: 'call',
      number: '142',
      source: 'https://www.telefonseelsorge.at/',
      checkedOn: '2026-12-06',
      hours: '24/7',
      languages: ['de'],
      free: true,
    },
    // 147, round the clock from all of Austria, free ("zum Nulltarif"), anonymous, not shown on
    // the phone bill (the organisation's own press release):
    //   https://www.rataufdraht.at/pressemitteilungen/25-jahre-notrufnummer-147
    // For children and young people, and their parents and other adults close to them:
    //   https://kurier.at/wissen/familienberatungsstellen-merken-der-druck-wird-hoeher/400489741
    //   http://www.vol.at/30-jahre-rat-auf-draht/5480915
    // German: the language of every stored page about it; none names another.
    {
      id: 'at-rat-auf-draht',
      name: 'Rat auf Draht',
      kind: 'call',
      number: '147',
      source: 'https://www.rataufdraht.at/',
      checkedOn: '2026-12-06',
      hours: '24/7',
      languages: ['de'],
      audience: 'Children and young people, and the adults close to them.',
      free: true,
    },
  ],
  // Lines for abuse at home, shown first to a member someone else is hurting or threatening.
  abuseLines: [
    // Frauenhelpline gegen Gewalt: "0800 222 555 … rund um die Uhr, anonym, kostenlos und
    // mehrsprachig" (Frauenhaus Mödling, reporting 2021); "Die Nummer 0800 222 555 ist kostenlos und
    // anonym" https://www.frauenhelpline.at/ (its own site). For women, and the people around them.
    {
      id: 'at-frauenhelpline',
      name: 'Frauenhelpline gegen Gewalt',
      kind: 'call',
      number: '0800 222 555',
      source: 'https://www.frauenhelpline.at/',
      checkedOn: '2026-12-07',
      hours: '24/7',
      languages: ['de'],
      free: true,
      audience: 'Women, and the people around them.',
      notes: 'Anonymous, in several languages.',
    },
  ],
};
