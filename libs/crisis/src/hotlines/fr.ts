import type { RegionHotlineData } from './hotline-entry';

/**
 * France. Checked on 2026-12-06 against stored copies of public pages (no live web); each entry
 * lists the pages that state what it says.
 *
 * Emergency: 112 in every EU country, and 15 for the SAMU (medical emergencies); both free, 24/7:
 * https://associations.gouv.fr./1044-choix-siege-social-association.html?xml=F33954 (a
 * service-public.fr fact sheet), https://www.senioractu.com/Les-numeros-d-urgence-a-connaitre_a23873.html
 */
export const FR_HOTLINES: RegionHotlineData = {
  region: 'FR',
  emergencyNumber: '112',
  otherEmergencyNumbers: ['15'],
  hotlines: [
    // 3114, free, 24 hours a day, 7 days a week, answered by psychiatrists, nurses and
    // psychologists (government pages):
    //   https://www.service-public.fr/particuliers/actualites/A15206
    //   https://www.mayotte.ars.sante.fr/3114-le-numero-national-de-prevention-du-suicide (free,
    //   24/7, "accueil en français")
    // For yourself or for someone you are worried about; answered 24 hours a day (its own site):
    //   https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/
    {
      id: 'fr-3114',
      name: '3114 Numéro national de prévention du suicide',
      kind: 'call',
      number: '3114',
      source: 'https://3114.fr/',
      checkedOn: '2026-12-06',
      hours: '24/7',
      languages: ['fr'],
      free: true,
      notes: 'For yourself or for someone you are worried about.',
    },
    // National number 09 72 39 40 50, 24 hours a day, 7 days a week:
    //   https://www.francebleu.fr/infos/societe/sos-amitie-croule-sous-les-appels-d-un-nouveau-public-depuis-le-debut-du-confinement-1585652341
    //   https://www.francetvinfo.fr/societe/pendant-les-fetes-les-benevoles-de-sos-amitie-restent-mobilises-la-personne-appelle-en-pleurs-et-peu-a-peu-l-angoisse-se-desserre_4892343.html
    // Anonymous phone listening 24/7; chat daily 13:00 to 03:00 (SOS Amitié's own pages):
    //   https://chat-accueil.org/nous-connaitre
    //   http://www.sosamitiesudlorraine.fr/sos-amitie
    // No "free to call" note: no stored page says what the call costs. No chatUrl: the chat is
    // not open round the clock. French: the language of every stored page about it.
    {
      id: 'fr-sos-amitie',
      name: 'SOS Amitié',
      kind: 'call',
      number: '09 72 39 40 50',
      source: 'https://www.sos-amitie.com/',
      checkedOn: '2026-12-06',
      hours: '24/7',
      languages: ['fr'],
      notes: 'Anonymous listening by trained volunteers.',
    },
  ],
  // Lines for abuse at home, shown first to a member someone else is hurting or threatening.
  abuseLines: [
    // 3919 – Violences Femmes Info, run by the Fédération Nationale Solidarité Femmes: "Anonyme,
    // accessible 24h/24 et 7j/7 gratuit depuis un poste fixe ou mobile"
    //   https://www.solidaritefemmes.org/appeler-le-3919/ (its own page; round the clock since 2021)
    // For women facing violence, the people close to them and professionals; in French, and 12
    // other languages at some hours.
    {
      id: 'fr-3919',
      name: '3919 – Violences Femmes Info',
      kind: 'call',
      number: '3919',
      source: 'https://www.solidaritefemmes.org/',
      checkedOn: '2026-12-07',
      hours: '24/7',
      languages: ['fr'],
      free: true,
      audience: 'Women facing violence, and the people close to them.',
      notes: 'Anonymous.',
    },
  ],
};
