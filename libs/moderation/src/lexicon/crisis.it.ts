import { phrases, type LexiconEntry } from './lexicon-entry';

/**
 * Italian crisis language. Like Spanish, Italian drops the subject and the clitic says who is
 * meant: "voglio uccidermi", "mi voglio ammazzare" are the writer (`about: 'self'`); "vuole
 * uccidersi", "si vuole ammazzare" someone else. Accents are optional ("più" = "piu"), doubled
 * letters are squeezed ("ammazzare" = "amazare"), elisions split ("d'addio" reads "d addio"), and
 * chat spellings are listed: "nn" (non), "xke" (perché), "raga", "cmq".
 */
const ACT =
  '(morire|uccidermi|ammazzarmi|suicidarmi|togliermi la vita|farla finita|farmi fuori|impiccarmi|avvelenarmi|annegarmi|tagliarmi le vene|sparire per sempre|non esistere piu|smettere di esistere|buttarmi (sotto|da|dal|dalla|giu da|giu dal|giu dalla|giu dal) ~2 (treno|metro|macchina|camion|ponte|palazzo|balcone|finestra|tetto|terrazzo|scogliera|binari|grattacielo)|lanciarmi (sotto|da|dal|dalla|giu dal) ~2 (treno|metro|ponte|palazzo|balcone|finestra|tetto|terrazzo|scogliera))';
const ACT_AFTER_MI =
  '(ammazzare|uccidere|suicidare|impiccare|togliere la vita|tagliare le vene|avvelenare|fare fuori|buttare (sotto|da|dal|dalla|giu da|giu dal|giu dalla) ~2 (treno|metro|macchina|camion|ponte|palazzo|balcone|finestra|tetto|terrazzo|scogliera|binari|grattacielo)|lanciare (sotto|da|dal|dalla|giu dal) ~2 (treno|metro|ponte|palazzo|balcone|finestra|tetto))';
const PILLS = '(pillole|pastiglie|pasticche|compresse|farmaci|medicine|medicinali|tachipirina|tachipirine|xanax|sonniferi|gocce|antidepressivi|benzodiazepine)';
const HIGH_PLACE = '(tetto|ponte|balcone|cornicione|terrazzo|parapetto|palazzo|grattacielo|scogliera|finestra)';

export const CRISIS_IT: readonly LexiconEntry[] = [
  ...phrases('active_ideation', 0.9, [
    `(voglio|vorrei|volevo|ho voglia di|ho bisogno di|desidero|mi viene voglia di|sto pensando di|penso di|ho deciso di|devo) ${ACT}`,
    `mi (voglio|vorrei|viene voglia di|devo) ${ACT_AFTER_MI}`,
    '(penso|pensando|ho pensato|continuo a pensare|sto pensando) ~3 (al|a) (suicidio|suicidarmi|uccidermi|ammazzarmi|farla finita|togliermi la vita|morire)',
    '(mi voglio|voglio) sparare (in testa|un colpo)? $',
    'spararmi (in testa|un colpo)? $',
  ], { about: 'self' }),
  // "voglia di morire": whose is read from the subject ("ho di nuovo voglia di morire", "lei ha voglia di...").
  ...phrases('active_ideation', 0.9, ['voglia di (morire|uccidermi|ammazzarmi|suicidarmi|farla finita|togliermi la vita)']),
  ...phrases('intent', 0.95, [
    '(stasera|stanotte|oggi|domani|adesso|ora|subito) (mi|m) (ammazzo|amazo|uccido|suicido|impicco|tolgo la vita)',
    '(mi|m) (ammazzo|uccido|suicido|impicco|tolgo la vita) (stasera|stanotte|oggi|domani|adesso|ora|subito)',
    '(ho deciso|ormai ho deciso|l ho deciso|e deciso) ~3 (di)? (uccidermi|ammazzarmi|suicidarmi|farla finita|togliermi la vita|morire|impiccarmi)',
    '(mi suicido|sto per (uccidermi|ammazzarmi|suicidarmi|farla finita|buttarmi|saltare|impiccarmi))',
    '(la faccio|la faro|faccio) finita (stasera|stanotte|oggi|domani|adesso|ora)',
  ], { about: 'self' }),
  // "mi butto dal ponte"; into the river it is a summer swim (context.it.ts).
  ...phrases('intent', 0.8, ['(mi butto|mi lancio) (giu)? (dal|da un|dalla|da una|sotto il|sotto un|sotto la|sotto al) (tetto|ponte|balcone|cornicione|terrazzo|parapetto|palazzo|grattacielo|scogliera|finestra|treno|metro|macchina|camion)'], { about: 'self' }),
  // "mi ammazzo" alone is also "se prendo un altro 4 mi ammazzo": strong, not certain.
  ...phrases('intent', 0.7, ['^ (mi|m) (ammazzo|uccido|impicco) $'], { about: 'self' }),
  ...phrases('suicidal_state', 0.9, [
    '(sono|mi sento|io sono) ~2 (suicida|a rischio suicidio)',
    '(ho|avere|ho di nuovo|mi vengono|faccio) ~3 (pensieri suicidi|pensieri suicidari|pensieri di morte|idee suicide|ideazione suicidaria)',
  ], { about: 'self' }),
  ...phrases('suicidal_state', 0.75, ['(pensieri suicidi|pensieri suicidari|idee suicide|ideazione suicidaria)'], { needsSubject: true }),

  // Wanting to be dead: "vorrei essere morta", "addormentarmi e non svegliarmi più".
  ...phrases('passive_ideation', 0.8, [
    '(vorrei|voglio|preferirei|desidererei|preferisco) (essere)? (gia)? (morto|morta)',
    'meglio (morto|morta) $',
    '(vorrei|voglio) (addormentarmi|dormire|andare a dormire) e (non|nn) (svegliarmi|risvegliarmi) (mai)? piu',
    '(addormentarmi|dormire) per sempre',
    '(non|nn) (voglio|vorrei) (piu)? (vivere|esistere)',
    '(sono|mi sento) (stanco|stanca|stufo|stufa|stanchissimo|stanchissima) (di vivere|della vita|di questa vita|di esistere)',
    '(non ho|nn ho|non trovo|nn trovo) (nessun|nessuna|piu)? (motivo|ragione|ragioni|motivi|senso) (per|di) (vivere|andare avanti)',
    '(vorrei|preferirei) (non)? (essere mai nato|essere mai nata|non essere mai nato|non essere mai nata|non esistere|non esserci piu)',
    '(perche|xke|xche|pk) (sono|sto) ancora (vivo|viva|qui|al mondo)',
    // "nn voglio più svegliarmi" said of mornings at all; "alle 6 per andare a lavoro" goes on ($).
    '(non|nn) (voglio|vorrei) (piu)? (svegliarmi|risvegliarmi) (mai piu|piu)? (la mattina|domani|domattina)? $',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.4, ['(voglio|vorrei) (solo)? sparire $'], {
    about: 'self',
    note: 'also said of a party or a Monday: counts beside other signs',
  }),

  // Hopelessness and being a burden.
  ...phrases('hopelessness', 0.55, [
    // Said alone, or of living; "non ce la faccio più ad aspettare le vacanze" goes on.
    '(non|nn) ce la faccio piu $',
    '(non|nn) ce la faccio piu (a vivere|ad andare avanti|a continuare|a sopportare (tutto|questa vita|la vita))',
    '(non|nn) ne posso piu $',
    '(non|nn) ne posso piu di (niente|nulla|vivere|questa vita|tutto|me stesso|me stessa)',
    '(la|mia|la mia) vita (non|nn) ha (piu)? (senso|nessun senso)',
    '(niente|nulla) ha (piu)? senso',
    '(non|nn) ha (piu)? senso (niente|nulla|vivere)',
    '(non|nn) c e (nessuna)? (via d uscita|via di uscita|speranza|futuro) (per me)?',
    '(non|nn) (andra|migliorera|cambiera) mai (niente|nulla)?',
    '(cosa serve|che senso ha) (vivere|andare avanti)',
  ], { about: 'self' }),
  ...phrases('burden', 0.75, ['(starebbero|stareste|starebbe|sarebbero|sarebbe|staranno|saranno) (tutti)? (molto)? meglio senza (di)? me'], { about: 'self' }),
  ...phrases('burden', 0.6, [
    '(sono|io sono) (solo|soltanto)? un peso (per tutti|per la mia famiglia|per voi|per tutti quanti|per i miei|per gli altri)? $',
    '(a)? nessuno (mancherei|mancherebbe|importerebbe|importa) (di me)?',
    'nessuno sentirebbe la mia mancanza',
  ], { about: 'self' }),
  ...phrases('self_hate', 0.35, ['mi odio', '(non|nn) valgo (niente|nulla)', 'sono (un|una) (fallimento|fallito|fallita|nullita)'], { about: 'self' }),

  // Self-harm.
  ...phrases('self_harm', 0.75, [
    'mi sono (tagliato|tagliata|tagliat|bruciato|bruciata|ferito|ferita) (di nuovo|ancora|ancora una volta|apposta|di proposito|le braccia|i polsi|le gambe|le cosce|il braccio|il polso)',
    'mi taglio (le|i|il) (braccia|polsi|gambe|cosce|braccio|polso|pancia)',
    '(mi taglio|mi faccio del male|mi ferisco|mi brucio) (ancora|di nuovo|apposta|di proposito|ogni (sera|giorno|notte)|quando)',
    'mi faccio del male (apposta|di proposito|da sola|da solo)?',
    'mi (sono)? (bruciato|bruciata|brucio) ~3 (apposta|di proposito|con (la|una|le) (sigaretta|sigarette|accendino))',
    '(ho ricominciato|ho ripreso|ricominciato) a (tagliarmi|farmi del male|autolesionarmi)',
    '(mi autolesiono|mi sono autolesionato|mi sono autolesionata)',
  ], { about: 'self' }),
  ...phrases('self_harm', 0.8, ['(autolesionismo|autolesionista)'], { needsSubject: true }),
  ...phrases('self_harm_urge', 0.8, ['(voglia|bisogno|impulso|tentazione) ~2 (di)? (tagliarmi|autolesionarmi|farmi del male|ferirmi|bruciarmi)'], { about: 'self' }),

  // Means, timing, a stash.
  ...phrases('means', 0.45, [`(${PILLS}|corda|ponte|pistola|coltello|lametta|lamette|veleno|binari|treno)`]),
  ...phrases('means_access', 0.75, [
    `(ho comprato|ho preso|ho gia|ho messo da parte|ho trovato|ho nascosto|tengo) (una|la|le|delle|i|dei)? (corda|${PILLS}|lamette|lametta|pistola|veleno)`,
  ]),
  ...phrases('plan', 0.45, [`(messo da parte|accumulato|accumulando|conservato|nascosto|tenuto) ~2 ${PILLS}`], {
    about: 'self',
    note: 'a stash; also a trip, so it needs company',
  }),
  ...phrases('timing_now', 0.6, ['(stasera|stanotte|oggi|adesso|subito|tra poco|fra poco|ora)']),
  ...phrases('timing_soon', 0.5, ['(domani|domattina|questo weekend|questo fine settimana)']),

  // Asking how.
  ...phrases('method_seeking', 0.9, [
    `(quante|quanti|quanta) ~2 ${PILLS} ~4 (per morire|per uccidermi|per farla finita|per non svegliarmi|per ammazzarmi|mortali|mortale|letali|letale)`,
    '(qual e|quale e|quale) (il)? (modo|metodo|maniera) (meno doloroso|meno dolorosa|piu veloce|piu rapido|piu facile|piu sicuro|indolore|migliore) (per|di) (morire|uccidermi|uccidersi|suicidarmi|suicidarsi|farla finita|ammazzarsi|ammazzarmi|togliersi la vita)',
    'come (posso|si puo|faccio a|fare a)? (uccidermi|suicidarmi|ammazzarmi|uccidersi|suicidarsi|ammazzarsi|impiccarsi|impiccarmi|togliermi la vita|togliersi la vita) (senza (soffrire|dolore)|velocemente|in fretta)?',
  ], { about: 'self' }),
  ...phrases('method_seeking', 0.25, ['dose (letale|mortale)'], {
    questionWeight: 0.9,
    note: 'asked, it is seeking; a pharmacology lesson names it too (kept under the decision floor)',
  }),

  // Goodbyes.
  ...phrases('goodbye', 0.85, [
    '(questo e|ecco|questo sara) il mio ultimo (messaggio|post)',
    'addio (a tutti|per sempre|mondo|a tutti quanti|a tutte)',
    'vi (dico|saluto) addio',
    '(quando|appena|se) (leggerete|leggete|leggerai|leggi) (questo|questo messaggio|queste parole|questo post) ~2 (saro|io saro) ~2 (morto|morta|gia morto|gia morta)',
    '(una|la|mia|le|delle|mie) (lettera|lettere|biglietto|biglietti) (d addio|di addio)',
    '(ho scritto|ho lasciato|scrivo|lascio) ~3 (lettera|lettere|biglietto) (d addio|di addio)',
  ], { about: 'self' }),
  ...phrases('goodbye', 0.6, [
    '(quando|appena|dopo che|una volta che) (non|nn) ci (saro|saro piu|sarò)',
    '(non|nn) ci saro (piu|ancora per molto)',
    '(quando|appena|dopo che) (saro|sarò) (morto|morta)',
  ], { about: 'self' }),
  ...phrases('goodbye', 0.4, ['(quando|appena) (leggerete|leggete|leggerai|leggi) (questo|questo messaggio|queste parole)'], {
    about: 'self',
    note: 'a trip too ("sarò già in aereo"): counts beside other signs',
  }),
  ...phrases('goodbye', 0.35, ['(perdonatemi|scusatemi|scusate) (per tutto|di tutto)', 'perdonatemi'], { about: 'self' }),
  // Under the decision floor, so "grazie di tutto, a domani" is not a farewell with a date.
  ...phrases('goodbye', 0.25, ['grazie (di|per) tutto'], { about: 'self' }),
  ...phrases('goodbye', 0.85, ['grazie (di|per) tutto , (e)? addio'], { about: 'self' }),
  // Each also said at a station or of summer ("addio estate"): together they are a farewell.
  ...phrases('goodbye', 0.3, ['addio'], { about: 'self' }),
  ...phrases('goodbye', 0.25, ['vi voglio (tanto)? bene'], { about: 'self' }),
  ...phrases('giving_away', 0.45, ['(prendetevi|prenditi|abbiate|abbi) cura (del mio|della mia|dei miei|delle mie|di mia|di mio) (gatto|gatta|gatti|cane|cani|cagnolino|figli|figlio|figlia|piante|famiglia|mamma|madre|criceto|coniglio)'], { about: 'self' }),

  // An attempt under way.
  ...phrases('attempt_now', 0.85, [
    `(ho preso|ho ingoiato|ho mandato giu|ho buttato giu|mi sono preso|mi sono presa|ho inghiottito) (tutte|tutti|#num|un sacco di|troppe|troppi|un intero|un intera) ~2 ${PILLS}`,
    '(ho preso|ho ingoiato|ho buttato giu|ho inghiottito) (tutta la scatola|tutto il flacone|una scatola intera|un flacone intero|tutto il blister|tutta la confezione|una confezione intera)',
    `(sul|sulla|cima al|cima alla|sopra il|sopra la) ${HIGH_PLACE} ~4 (saltare|salto|buttarmi|mi butto|lanciarmi)`,
    'mi sono (tagliato|tagliata|tagliat) (le vene|i polsi)',
    'sono (sui|sulle|sopra i|in mezzo ai) binari',
  ], { about: 'self', minNumber: 10 }),
  ...phrases('attempt_now', 0.45, [`sono (sul|sulla|in cima al|in cima alla) ${HIGH_PLACE}`], {
    about: 'self',
    note: 'also fixing the aerial or waiting for someone: counts beside other signs',
  }),
  ...phrases('attempt', 0.75, ['(ho tentato|ho provato|ho cercato|tentai|provai) (di|a)? (uccidermi|ammazzarmi|suicidarmi|togliermi la vita|farla finita|impiccarmi|avvelenarmi)', 'ho tentato il suicidio'], { about: 'self' }),
  ...phrases('attempt', 0.7, ['(tentato suicidio|tentativo di suicidio)'], { needsSubject: true }),

  // Someone else.
  ...phrases('active_ideation', 0.85, [
    '(vuole|vuol|sta pensando di|pensa di|ha detto che vuole|dice che vuole|parla di) (uccidersi|ammazzarsi|suicidarsi|togliersi la vita|farla finita|morire|suicidio)',
    'si (vuole|vuol|sta per|vorrebbe) (uccidere|ammazzare|suicidare|togliere la vita|impiccare)',
  ], { about: 'other' }),
  ...phrases('self_harm', 0.7, ['si (taglia|autolesiona|fa del male|brucia)'], { about: 'other' }),

  // A probe of crisis as members write it in this language (labelled.probe-languages.jsonl),
  // each line beside its everyday twins in probe-languages.spec.ts.
  ...phrases('active_ideation', 0.9, ['(penso|pensando|ho pensato) (sempre|spesso|ogni giorno|tutti i giorni|ogni notte|di continuo)? (di|a) (buttarmi|gettarmi|lanciarmi) (dal|da un|dalla|sotto il|sotto un|sotto al) (ponte|palazzo|balcone|finestra|treno|tetto|terrazzo)'], { about: 'self' }),
  ...phrases('intent', 0.95, ['(stanotte|stasera|oggi|domani|adesso|ora) (la faccio finita|mi ammazzo|mi uccido|mi tolgo la vita) $'], { about: 'self' }),
  ...phrases('plan', 0.45, ['(stanotte|stasera|oggi|domani|adesso) (prendo|mi prendo|ingoio|mando giu) (tutte|tutti) (le|i|mie|miei)? (pastiglie|pillole|pasticche|medicine|farmaci|compresse|sonniferi)'], { about: 'self', note: 'also said of taking the day\'s medicines: counts beside another sign' }),
  ...phrases('means_access', 0.75, ['(ho trovato|ho preso) (la|una) (pistola|fucile|corda)'], { about: 'self' }),
  ...phrases('plan', 0.45, ['ci penso (ogni notte|ogni giorno|tutte le notti|tutti i giorni|sempre)', '(so gia|so già|so) (dove|come|quando) (lo faro|lo farò|farlo)'], { about: 'self', note: 'counts beside the means' }),
];
