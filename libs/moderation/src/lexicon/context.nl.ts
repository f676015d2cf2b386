import { phrases, type LexiconEntry } from './lexicon-entry';

/** Dutch context phrases; see context.en.ts for what each kind does. */
export const CONTEXT_NL: readonly LexiconEntry[] = [
  ...phrases('figurative', 1, [
    // "ik ga dood van het lachen", "ik ga dood van de honger", "doodgaan van de zenuwen".
    '(dood|doodgaan|dood gaan|doodga|sterf|sterft|sterven|stierf) (zijn|gaan|ging)? van (het|de)? (lachen|lach|honger|dorst|hitte|warmte|kou|verveling|schaamte|zenuwen|stress|nieuwsgierigheid|spanning|moeheid|vermoeidheid|ellende|heimwee|pijn|jaloezie|ongeduld)',
    '(lach|lachen|lacht|lachte|lachten) (me|mij|mezelf|je|jezelf|ons|zich|jullie) (dood|een breuk|kapot|rot|suf|de pleuris)',
    '(dood gelachen|doodgelachen|dood verveeld|doodverveeld)',
    '(verveel|verveelde|vervelen) (me|mij|ons) (dood|kapot|rot)',
    '(schaam|schaamde|schamen) (me|mij|ons) (dood|kapot|rot)',
    '(kan|kon) ~1 (niet|ni|nie) meer van (het)? (lachen|de lach)',
    // "mijn moeder vermoordt me als ze dit ziet": trouble, not a threat.
    '(vermoordt|vermoord|vermoorden|maakt|maken) (me|mij) ~2 (als|wanneer|zodra)',
    // Ending a relationship, a series, a quarrel.
    'er (een eind|een einde|n eind) aan ~2 (met|bij) (mijn|m n|mn|hem|haar|die|dat|de|het|onze|zijn|jou)',
    '(een eind|een einde) (maken)? aan (die|dat|deze|dit|de|het|onze|mijn|m n|mn|zijn|haar) (relatie|serie|discussie|ruzie|verhaal|gedoe|project|abonnement|vriendschap|gezeur|samenwerking|studie|baan)',
    // Cut or burnt by accident, hair and nails.
    '(snij|snijd|gesneden|sneed|brand|gebrand|verbrand) ~4 (bij het|tijdens het) (koken|scheren|snijden|bakken|klussen|afwassen|groente snijden|brood snijden)',
    '(snij|snijd|gesneden|sneed|brand|gebrand|verbrand) ~4 (aan|met) (een|het|de) (blaadje|papiertje|papier|mes|broodmes|keukenmes|glas|oven|fornuis|strijkijzer|pan)',
    '(knip|knippen|knipte) (mijn|m n|mn|me|zelf)? ~1 (haar|nagels|pony|baard)',
    // Jumping into water.
    '(springen|spring|sprong|sprongen|springt) ~4 (in het water|in het zwembad|in de zee|in de rivier|in het meer|in de gracht|in de plas|het water in)',
    // A farewell before a holiday, to colleagues; pills for a headache; a life somewhere.
    'laatste (bericht|berichtje|post) ~2 (voor|tot|tijdens) (de|het|mijn|deze)? (vakantie|zomer|zomervakantie|weekend|kerst|pauze|examens|verhuizing|reis)',
    '(afscheidsbrief|afscheidsbriefje) ~1 (voor|aan) (mijn|de|onze|m n|mn)? (colegas|collega|klas|team|school|baas|leerlingen|werk|club|vereniging|buren)',
    `(pillen|pilletjes|tabletten|paracetamol|ibuprofen) ~4 tegen (de|mijn|m n|mn)? (hoofdpijn|migraine|pijn|koorts|griep|buikpijn|kiespijn|allergie|menstruatiepijn|rugpijn)`,
    'leven (in|op|bij|met|zonder) (deze|die|dit|dat|de|het|een|mijn ouders|m n ouders|mn ouders|hem|haar|hen|mijn ex)',
    'mezelf ~2 (verwennen|trakteren|cadeau doen|belonen)',
    // "iedereen is beter af zonder mij in dat team": a team or a class, not the world.
    'zonder (mij|me) (in|op|bij) (het|dat|de|die|deze|dit|ons|onze|jullie)',
    // Annoyance with a thing named: "ik zie het niet meer zitten met die verbouwing" (not "met mijn leven").
    '(zie|zag|ziet) het ~2 (niet|ni|nie) meer zitten met (die|dat|deze|dit|de|het|dat hele|die hele|onze|zo n|zon)',
    '(hou|houd|trek) het ~2 (niet|ni|nie) meer (vol|uit)? (met|van|in) (deze|die|dat|dit|de|het|zo n|zon)',
  ]),
  ...phrases('laughter', 1, ['(hihi*|hahah*|hah|haha|lol|xd|gierend)']),
  ...phrases('hyperbole', 1, [
    '(ik neem ontslag|ik zeg mijn baan op|ik ga verhuizen|ik verhuis|ik stop met (werken|school|die studie|die opleiding))',
    '(deze|die|dat|dit|zo n|zon) (hitte|warmte|kou|herrie|lawaai|file|files|drukte|verbouwing|wachtrij|buren|regen)',
  ]),
  ...phrases('negation_exception', 1, ['(ik weet|weet ik|k weet|weet) (het)? (niet|ni|nie) (waarom|hoe|wat|meer|wat ik moet)?', 'geen idee', 'niet normaal']),
  ...phrases('recent', 1, ['(vandaag|vanavond|vannacht|vanochtend|vanmorgen|vanmiddag|weer|opnieuw|alweer|zojuist|daarnet|net nog)']),
  ...phrases('earlier', 1, ['(gisteren|gister|gisteravond|gisternacht|eergisteren|vorige week|vorige maand|vorig weekend|een paar dagen geleden|paar dagen terug)', '#num dagen geleden']),
  ...phrases('now', 1, ['(nu|nou|op dit moment|momenteel|tegenwoordig|nog steeds|nog altijd|de laatste tijd)']),
  ...phrases('past', 1, [
    '(vroeger|destijds|toentertijd|in het verleden|jaren geleden|lang geleden)',
    '(#num|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|paar|aantal|heel wat) jaar geleden',
    '(toen ik|als) (jong|jonger|klein|kind|tiener|puber|#num|student) (was)?',
    'op de (middelbare|basisschool)',
  ]),
  ...phrases('recovery', 1, [
    '(al)? #num (jaar|jaren|maanden|weken|dagen) (clean|vrij|zonder)',
    '(clean|vrij) (sinds|voor)',
    'het gaat (nu)? (veel|een stuk|stukken|echt)? (beter|goed) (met me|met mij)?',
    '(nu|inmiddels|tegenwoordig) gaat het (veel|een stuk|stukken|echt)? (beter|goed) (met me|met mij)?',
    '(ik ben|ben ik) (er)? (overheen|doorheen|uitgekomen|uit gekomen)',
    '(therapie|medicatie|mijn psycholoog|de behandeling|behandeling) (heeft)? (me|mij)? (echt)? (geholpen|helpt)',
  ]),
  ...phrases('news', 1, [
    '(volgens|uit) (een|het) (onderzoek|rapport|studie|enquete)',
    '(het aantal|aantal) zelfmoorden',
    '(zelfmoordcijfers|suicidecijfers|zelfmoordpreventie|suicidepreventie)',
    '(de|het|een) (film|serie|boek|roman|documentaire|nieuws|krant|artikel|personage|hoofdpersoon)',
  ]),
  ...phrases('supportive', 1, [
    '(je bent|jij bent) (niet|ni|nie) alleen',
    '(bel|bellen|bel dan) (113|0800 0113|de zelfmoordlijn|de hulplijn|1813|tele onthaal|de huisarts|je huisarts)',
    '(we zijn|ik ben) er (voor je|voor jou)',
    '(doe|doe jezelf) (jezelf)? (niks|niets) aan',
    '(praat|praten) (erover|er over) met iemand',
    '(je bent|jij bent) geen last',
  ]),
  ...phrases('concern', 1, ['wat moet ik doen', 'hoe kan ik (hem|haar|ze|hen|diegene) helpen', 'ik maak me (zorgen|zon zorgen|zo n zorgen)', '(bezorgd|ongerust) (om|over)']),
  ...phrases('relation', 1, [
    '(mijn|m n|mn|me) (vriend|vriendin|beste vriend|beste vriendin|broer|broertje|zus|zusje|moeder|vader|mama|papa|zoon|dochter|man|vrouw|partner|neef|nicht|oom|tante|opa|oma|huisgenoot|klasgenoot|collega)',
  ]),
  ...phrases('reported_speech', 1, ['(zei|zegt|zeiden|schreef|appte|vertelde) (tegen)? (me|mij|ons)']),
];
