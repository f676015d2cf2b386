import type { RegionHotlineData } from './hotline-entry';

/**
 * Italy. Checked on 2026-12-06 against stored copies of public pages (no live web); each entry
 * lists the pages that state what it says.
 *
 * Emergency: 112, the single European emergency number, free from any fixed or mobile phone
 * (European Parliament's office in Italy; the Marche region's health agency):
 * https://www.europarl.europa.eu/italy/it/succede-al-pe/112-il-numero-unico-europeo-per-le-emergenze,
 * http://www.regione.marche.it/ars/Aree-di-Attivit%C3%A0/Area-Emergenza
 * Where the single-number centres are not yet running, 112 reaches the Carabinieri, who pass the
 * call on: http://migis.eu/?page_id=4553. The older national numbers, 118 for a medical emergency
 * among them, stay in service beside 112:
 * https://www.ilrestodelcarlino.it/ravenna/cronaca/emergenze-numero-unico-112-da-2d34bf57
 * 118 is the national medical emergency number, free, 24 hours a day, from any phone:
 * http://www.catis.net/utilita-eo-informazioni/tecniche/il-numero-118/,
 * https://www.croceverdeviareggio.org/118-2/
 */
export const IT_HOTLINES: RegionHotlineData = {
  region: 'IT',
  emergencyNumber: '112',
  otherEmergencyNumbers: ['118'],
  hotlines: [
    // 02 2327 2327, the national number since 2020 (it replaced 199 284 284):
    //   https://vivimilano.corriere.it/attivita-bambini/attivita-varie/coronavirus-telefono-amico-italia-attiva-un-nuovo-numero/
    //   https://alleyoop.ilsole24ore.com/2025/10/10/salute-mentale-300-richieste-di-aiuto-al-giorno-per-telefono-amico-italia/
    // Hours: 365 days a year, from 9 to 24 ("dalle 9 alle 24"); the start moved from 10 to 9 in
    // September 2024. Not round the clock (it stays open overnight only at Christmas):
    //   https://www.agensir.it/quotidiano/2025/12/10/solidarieta-telefono-amico-italia-con-lingresso-di-torino-e-reggio-calabria-i-centri-locali-passano-da-20-a-22
    //   https://www.ansa.it/lombardia/notizie/2024/12/19/natale-con-chi-e-solo-la-maratona-di-telefono-amico_60daa9c9-ac0b-436f-a0c2-e65411ab11a2.html
    // Cost: the listening is free, but the call is charged as an ordinary call to a Milan (02)
    // number (nothing extra on plans with unlimited minutes), so no "Free to call" note:
    //   https://vivimilano.corriere.it/attivita-bambini/attivita-varie/coronavirus-telefono-amico-italia-attiva-un-nuovo-numero/
    // WhatsApp Amico 324 011 7252, named in the note (no stored page gives its hours), and an
    // anonymous e-mail form at telefonoamico.it:
    //   https://alleyoop.ilsole24ore.com/2025/10/10/salute-mentale-300-richieste-di-aiuto-al-giorno-per-telefono-amico-italia/
    // Anonymous ("garantendo il totale anonimato"), answered by volunteers who are trained for it:
    //   https://agensir.it/quotidiano/2019/7/16/telefono-amico-petra-presidente-ricevute-50mila-chiamate-di-aiuto-nel-2018-al-via-la-ricerca-di-nuovi-volontari/
    //   https://www.lanazione.it/cronaca/telefono-amico-natale-prato-f4bb9507
    // Italian: the language of every stored page about it; none names another.
    {
      id: 'it-telefono-amico',
      name: 'Telefono Amico Italia',
      kind: 'call',
      number: '02 2327 2327',
      source: 'https://www.telefonoamico.it/',
      checkedOn: '2026-12-06',
      hours: 'Every day, 9:00 to 24:00',
      languages: ['it'],
      notes: 'Anonymous listening by trained volunteers. The listening is free; the call is charged as an ordinary call to a Milan (02) number. Also on WhatsApp at 324 011 7252.',
    },
    // 19696, free ("numero gratuito"), every day, 24 hours a day, from fixed and mobile phones,
    // for children and young people; its chat keeps shorter hours, so no chatUrl:
    //   https://tg24.sky.it/cronaca/2025/04/23/telefono-azzurro-numeri-intervento-giubileo
    //   https://www.lanazione.it/cronaca/telefono-azzurro-2f861597 (24 ore su 24, August 2025)
    //   https://luccaindiretta.it/in-sociale/2017/11/15/telefono-azzurro-in-piazza-per-i-30-anni/106413
    //   (chat 8:00 to 22:00, weekends to 20:00)
    // Children can call for a friend, and an adult worried about a child can call too:
    //   https://notizie.tiscali.it/cronaca/articoli/minori-telefono-azzurro-non-va-in-vacanza/
    // Italian: the language of every stored page about it; none names another.
    {
      id: 'it-telefono-azzurro',
      name: 'Telefono Azzurro 19696',
      kind: 'call',
      number: '19696',
      source: 'https://www.azzurro.it/',
      checkedOn: '2026-12-06',
      hours: '24/7',
      languages: ['it'],
      audience: 'Children and young people, and adults worried about a child.',
      free: true,
    },
  ],
  // Lines for abuse at home, shown first to a member someone else is hurting or threatening.
  abuseLines: [
    // 1522, Numero antiviolenza e stalking: "attivo 24 ore su 24, tutti i giorni dell'anno …
    // gratuitamente, sia da rete fissa che mobile, anche attraverso chat", in Italian, English,
    // French, Spanish, Arabic, Farsi, Albanian, Russian, Ukrainian, Portuguese and Polish
    //   https://www.lineaamica.gov.it/ (government, 25 November 2024)
    {
      id: 'it-1522',
      name: '1522 – Numero antiviolenza e stalking',
      kind: 'call',
      number: '1522',
      source: 'https://www.1522.eu/',
      checkedOn: '2026-12-07',
      hours: '24/7',
      languages: ['it', 'en', 'fr', 'es', 'ar', 'fa', 'sq', 'ru', 'uk', 'pt', 'pl'],
      free: true,
      audience: 'Anyone facing violence or stalking.',
      notes: 'Also by chat at 1522.eu.',
    },
  ],
};
