import type { RegionHotlineData } from './hotline-entry';

/**
 * Belgium. Checked on 2026-12-06 against stored copies of public pages (no live web); each entry
 * lists the pages that state what it says.
 *
 * Emergency: 112 for an ambulance, the fire brigade or the police, free, 24/7 (government pages):
 * http://www.112.be/fr/, https://www.police.be/5998/fr/contact/numeros-durgence
 */
export const BE_HOTLINES: RegionHotlineData = {
  region: 'BE',
  emergencyNumber: '112',
  otherEmergencyNumbers: [],
  hotlines: [
    // 0800 32 123, anonymous, free ("gratuite"), 24 hours a day ("disponible 24h/24"):
    //   https://bx1.be/categories/news/la-reine-mathilde-visite-le-centre-de-prevention-du-suicide-a-ixelles/
    //   https://www.lalibre.be/belgique/societe/2023/02/21/le-centre-de-prevention-du-suicide-est-confronte-a-une-hausse-du-nombre-dappels-A54EZGXFSJB3HNFT4ZSPCEPJ5I/
    //   https://www.lesoir.be/461316/article/2022-09-10/prevention-du-suicide-lecoute-benevole-peut-aussi-eviter-lirreparable (24 h/24 et 7 j/7)
    // The number on the centre's own site:
    //   https://www.preventionsuicide.be/actualites/le-centre-de-prevention-du-suicide-publie-son-rapport-dactivites-2022
    // French: the line serves all of French-speaking Belgium ("accessible à toute la Belgique
    // francophone"):
    //   https://www.lavenir.net/actu/belgique/2023/07/04/centre-de-prevention-du-suicide-un-pic-de-demandes-qui-temoigne-dune-detresse-croissante-TFC37Q5EAFGGFKISOLZSTWO4DU/
    {
      id: 'be-centre-prevention-suicide',
      name: 'Centre de Prévention du Suicide',
      kind: 'call',
      number: '0800 32 123',
      source: 'https://www.preventionsuicide.be/',
      checkedOn: '2026-12-06',
      hours: '24/7',
      languages: ['fr'],
      free: true,
    },
    // 1813, free for the caller from any phone, anonymous:
    //   https://www.online-hulpverlening.be/blog/tag/tele-onthaal/
    //   https://nieuws.vtm.be/binnenland/67758-nieuw-nummer-zelfmoordlijn1813 ("de klok rond")
    // By phone 24 hours a day ("24 uur op 24 telefonisch bereikbaar"); its chat keeps evening
    // hours only, so no chatUrl here:
    //   https://www.hbvl.be/cnt/dmf20211130_93272468
    //   https://www.nieuwsblad.be/cnt/dmf20220324_94345735
    // Dutch: the Flemish line; French speakers are pointed to the Centre de Prévention du Suicide:
    //   https://www.vrt.be/vrtnws/fr/2019/09/08/chaque-jour-trois-personnes-mettent-fin-a-leur-vie-en-flandre/
    {
      id: 'be-zelfmoordlijn-1813',
      name: 'Zelfmoordlijn 1813',
      kind: 'call',
      number: '1813',
      source: 'https://www.zelfmoord1813.be/',
      checkedOn: '2026-12-06',
      hours: '24/7',
      languages: ['nl'],
      free: true,
    },
  ],
  // Lines for abuse at home, shown first to a member someone else is hurting or threatening.
  abuseLines: [
    // Ecoute Violences Conjugales (French-speaking Belgium): "0800/30 030 … du lundi au vendredi de
    // 9 heures à 19 heures" and "24 heures sur 24 et 7 jours sur 7 … une bascule vers le 107"
    //   https://www.ecouteviolencesconjugales.be/qui-sommes-nous/presentation/ (its own page)
    // "gratuitement, 24h/24 et 7 jours sur 7" (La Libre). Flanders' 1712 is left out: its current
    // hours are not on any stored page.
    {
      id: 'be-ecoute-violences-conjugales',
      name: 'Écoute Violences Conjugales',
      kind: 'call',
      number: '0800 30 030',
      source: 'https://www.ecouteviolencesconjugales.be/',
      checkedOn: '2026-12-07',
      hours: '24/7',
      languages: ['fr'],
      free: true,
      notes: 'Its own team weekdays 9:00 to 19:00; Télé-Accueil answers the other hours.',
    },
  ],
};
