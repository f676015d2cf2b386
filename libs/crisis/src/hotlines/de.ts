import type { RegionHotlineData } from './hotline-entry';

/**
 * Germany. Checked on 2026-12-06 against stored copies of public pages (no live web); each entry
 * lists the pages that state what it says.
 *
 * Emergency: 112 reaches the fire brigade and ambulance anywhere in Germany, free from any phone:
 * https://de.m.wikibooks.org/wiki/Erste_Hilfe/_Rufnummern,
 * https://feuerwehr.oestringen.de/aktuelles/aktuelle-berichte/seite-4/suche-none
 */
export const DE_HOTLINES: RegionHotlineData = {
  region: 'DE',
  emergencyNumber: '112',
  otherEmergencyNumbers: [],
  hotlines: [
    // Numbers 0800 111 0 111 and 0800 111 0 222, free ("kostenfrei"), anonymous, round the clock
    // ("rund um die Uhr"), chat and e-mail through telefonseelsorge.de:
    //   https://www.domradio.de/glossar/telefonseelsorge-0
    //   https://www.domradio.de/artikel/telefonseelsorge-jetzt-unter-oekumenischem-dachverband
    //   https://www.kirche-koeln.de/telefonseelsorge-befuerwortet-gesetzliche-regelung-fuer-suizidpraevention/
    // 116 123 as a third free number, alongside the two 0800 numbers:
    //   http://ansbach-evangelisch.de/jeder-braucht-mal-hilfe/
    //   http://forum.briefmarken.de/topic/2348-mayotte/?do=getLastComment
    // German: the volunteers are German-speaking ("den deutschsprachigen Ehrenamtlichen"); other
    // languages are separate local lines with their own numbers and hours:
    //   http://inter-focus.de/?p=6579&lang=de
    //   https://www.landeskirche-hannovers.de/evlka-de/presse-und-medien/nachrichten/2014/09/2014_09_24_2
    // No chatUrl: no stored page gives the chat's hours, and this entry says 24/7.
    {
      id: 'de-telefonseelsorge',
      name: 'TelefonSeelsorge',
      kind: 'call',
      number: '0800 111 0 111',
      source: 'https://www.telefonseelsorge.de/',
      checkedOn: '2026-12-06',
      hours: '24/7',
      languages: ['de'],
      free: true,
      notes: 'Also on 0800 111 0 222 and 116 123. Chat and e-mail at telefonseelsorge.de.',
    },
  ],
  // Lines for abuse at home, shown first to a member someone else is hurting or threatening.
  abuseLines: [
    // Hilfetelefon "Gewalt gegen Frauen": "unter der Nummer 116 016 … vertraulich und kostenfrei …
    // an 365 Tagen, rund um die Uhr, anonym, mehrsprachig"
    //   https://www.hilfetelefon.de/das-hilfetelefon/angebot-im-ueberblick.html (its own page)
    // "18 Fremdsprachen": https://www.der-paritaetische.de/ (June 2023). For women, the people close
    // to them and professionals. (Not the old 08000 116 016, kept only for a year beside it.)
    {
      id: 'de-hilfetelefon-gewalt-gegen-frauen',
      name: 'Hilfetelefon Gewalt gegen Frauen',
      kind: 'call',
      number: '116 016',
      source: 'https://www.hilfetelefon.de/',
      checkedOn: '2026-12-07',
      hours: '24/7',
      languages: ['de'],
      free: true,
      audience: 'Women, and the people close to them.',
      notes: 'Anonymous; in German and 18 other languages.',
    },
  ],
};
