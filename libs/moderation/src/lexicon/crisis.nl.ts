import { phrases, type LexiconEntry } from './lexicon-entry';

/**
 * Dutch (and Flemish) crisis language. Dutch puts the verb last in a clause after "dat", "als",
 * "omdat" ("ze zegt dat ze dood wil"), so phrases are listed in both orders where it matters, and
 * whose words they are is read from the subject (`ik`, "ze", "hij"). "je" is "you" in Dutch text
 * (see word-classes.ts). Chat spellings: "'k" (ik), "gwn" (gewoon), "mn"/"m'n" (mijn), "ni"/"nie"
 * (niet). Doubled letters are squeezed, so "meer" and "mer" are one word.
 */
const WANT = '(ik wil|k wil|wil ik|ik zou willen|ik wou|ik heb zin om|ik zou graag)';
const ACT =
  '(dood|doodgaan|dood gaan|sterven|zelfmoord plegen|suicide plegen|mezelf doden|mezelf van kant maken|me van kant maken|mezelf ophangen|mezelf iets aandoen|mezelf wat aandoen|mijn leven beeindigen|m n leven beeindigen|mn leven beeindigen|een eind aan mijn leven maken|een einde aan mijn leven maken|uit het leven stappen)';
const ACT_TO =
  '(dood te gaan|te sterven|zelfmoord te plegen|mezelf te doden|mezelf van kant te maken|me van kant te maken|mezelf op te hangen|mijn leven te beeindigen|er een eind aan te maken|er een einde aan te maken|uit het leven te stappen)';
const HIGH_PLACE = '(brug|flat|dak|balkon|gebouw|toren|parkeergarage|klif|viaduct|raam)';
const VEHICLE = '(trein|metro|tram|bus|vrachtwagen|auto)';
const PILLS = '(pillen|pilletjes|tabletten|paracetamol|slaappillen|medicijnen|medicatie|ibuprofen|oxazepam|antidepressiva|oxycodon|temazepam)';

export const CRISIS_NL: readonly LexiconEntry[] = [
  // Wanting to die, to end it, to kill oneself.
  ...phrases('active_ideation', 0.9, [
    `${WANT} ${ACT}`,
    // "dat ik dood wil", "omdat ze dood wil": whose wish is read from the subject.
    '(dood|sterven|zelfmoord plegen) (wil|wilt|wou)',
    '(wil|wilt) (dood|sterven|zelfmoord plegen)',
    '(ik denk|denk ik|k denk|ik zit te denken|ik denk vaak|ik denk steeds|ik denk de hele tijd) ~4 (aan|over) (om)? (zelfmoord|zelfmoord plegen|suicide|mezelf van kant maken|doodgaan|dood gaan|sterven)',
    `(ik denk|denk ik|k denk|ik zit te denken) ~4 (aan|over) om ${ACT_TO}`,
    '(zelfmoord|suicide) (plegen|te plegen)',
    '(mezelf|me) van kant (maken|te maken)',
    'mezelf (doden|te doden|ophangen|op te hangen|vergiftigen|te vergiftigen|verdrinken|te verdrinken|iets aandoen|iets aan te doen|wat aandoen|wat aan te doen)',
  ]),
  ...phrases('active_ideation', 0.9, [
    `${WANT} ~2 (voor|onder) (de|een) ${VEHICLE} (springen|gooien|lopen|stappen)`,
    `${WANT} ~2 (van|vanaf|vanof) (de|het|een|die|dat)? ${HIGH_PLACE} (springen|af springen|afspringen|gooien)`,
    `${WANT} (mijn|m n|mn|me) (polsen|pols|aders) (doorsnijden|opensnijden)`,
  ], { about: 'self' }),
  // "er een eind aan maken" is ending it, unless it ends something named: "met mijn vriend" (context.nl.ts).
  ...phrases('active_ideation', 0.75, [`${WANT} ~2 er (een eind|een einde|n eind) aan (maken)?`], { about: 'self' }),
  ...phrases('intent', 0.95, [
    '(ik ga|k ga|ga ik|ik zal|ik ga nu|ik ga vanavond) ~2 (zelfmoord plegen|mezelf van kant maken|me van kant maken|mezelf ophangen|mezelf doden|mijn leven beeindigen|uit het leven stappen)',
    '(ik heb besloten|ik heb het besloten|ik ben eruit) ~3 (om)? (zelfmoord te plegen|mezelf van kant te maken|dood te gaan|er een eind aan te maken|er een einde aan te maken|mijn leven te beeindigen)',
    '(ik pleeg|pleeg ik) ~3 zelfmoord',
  ], { about: 'self' }),
  ...phrases('intent', 0.8, [
    '(ik ga|k ga|ga ik|ik maak|maak ik|k maak|ik zal) ~3 er (een eind|een einde|n eind) aan',
    // The time between "er" and the ending: "ik maak er vannacht een eind aan".
    '(ik ga|k ga|ik maak|k maak|ik zal) er (vannacht|vanavond|vandaag|morgen|nu|straks|dit weekend|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag) (een eind|een einde|n eind) aan',
    `(ik ga|ga ik|k ga) ~3 (voor|onder) (de|een) ${VEHICLE} (springen|gooien|lopen)`,
    `(ik spring|spring ik) ~3 (van|vanaf) (de|het|een)? ${HIGH_PLACE}`,
    `(ik ga|ga ik|k ga) ~3 (van|vanaf) (de|het|een)? ${HIGH_PLACE} (af springen|afspringen|springen)`,
  ], { about: 'self' }),
  // "ik ga het vanavond doen": a date or a job too, so below the floor alone; beside the means it is intent.
  ...phrases('intent', 0.45, ['(ik ga het|ga ik het|k ga het) (vanavond|vannacht|vandaag|nu|morgen|echt) doen'], { about: 'self' }),
  ...phrases('suicidal_state', 0.9, [
    '(ik ben|ben ik|ik voel me|ik voel mij|ik word|k ben) ~3 (suicidaal|suicidale)',
    '(ik heb|heb ik|ik krijg|k heb|ik had weer) ~3 (zelfmoordgedachten|suicidale gedachten|doodsgedachten|zelfmoordneigingen|een doodswens)',
  ], { about: 'self' }),
  ...phrases('suicidal_state', 0.75, ['(zelfmoordgedachten|suicidale gedachten|doodsgedachten|zelfmoordneigingen|doodswens)'], { needsSubject: true }),

  // Wanting to be dead, as Dutch speakers say it: "ik wil niet meer", "ik wil er niet meer zijn",
  // "ik zie het niet meer zitten", "slapen en nooit meer wakker worden", "levensmoe".
  ...phrases('passive_ideation', 0.8, [
    '(ik|k) (wil|wou|zou willen) (echt)? (niet|ni|nie) meer (leven|bestaan)',
    'ik (wou|zou willen|wens) (dat ik)? ~3 (dood was|dood ben|er niet meer was|er ni meer was|niet meer leefde|nooit geboren was|nooit was geboren)',
    '(ik wil|ik zou willen|ik wou) (slapen|inslapen|gaan slapen) en (nooit meer|niet meer|nooit) (wakker worden|wakker)',
    '(inslapen|slapen) en (nooit meer|niet meer) (wakker worden|wakker te worden)',
    'ik hoop ~3 (nooit meer|niet meer) wakker (te worden|word) $',
    '(ik ben|ben ik|k ben) ~2 (levensmoe|het leven moe|het leven beu|het leven zat)',
    'het leven ~1 (moe|beu|zat) $',
    '(ik heb|heb|k heb) (echt)? (geen|gn) (zin|reden|puf|kracht) meer (in het leven|in mijn leven|in leven|om te leven|om verder te leven|om door te gaan)',
    '(geen|gn) (reden|zin) (meer)? om (te leven|verder te leven)',
    '(ik ben|ik was|ik zou) ~2 liever dood $',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.8, ['(wil|wilt|wou) (niet|ni|nie) meer leven'], {
    note: 'whose wish it is is read from the subject: "en wil niet meer leven", "ze wil niet meer leven"',
  }),
  ...phrases('passive_ideation', 0.65, ['(ik|k) (wil|wou) (er)? (niet|ni|nie) meer (zijn|hier zijn|op deze wereld zijn) $'], {
    about: 'self',
    note: '"er niet meer zijn" can be a place ("als het zo druk is"): a clause after it does not match',
  }),
  // "Ik wil niet meer." standing alone is the Dutch crisis sentence; "ik wil niet meer werken" is not ($).
  ...phrases('passive_ideation', 0.6, ['^ (ik wil|k wil|wil) (echt)? (niet|ni|nie) meer $'], { about: 'self' }),

  // Hopelessness and being a burden.
  ...phrases('hopelessness', 0.55, [
    '(ik|k) (zie|zag) het ~1 (niet|ni|nie) meer zitten',
    '(ik|k) (kan|kon) (het)? (echt)? (niet|ni|nie) meer $',
    '(ik|k) (hou|houd|trek) het ~1 (niet|ni|nie) meer (vol|uit)?',
    '(alles is|het is allemaal|het leven is|mijn leven is) ~1 (zinloos|hopeloos|uitzichtloos)',
    '(het|alles|niks|niets) heeft (allemaal)? (geen zin|zin) meer $',
    '(er is|ik zie) ~1 geen (uitweg|uitweg meer|uitkomst)',
    'het wordt (toch)? (nooit|nooit meer) (beter|goed) $',
  ], { about: 'self' }),
  ...phrases('burden', 0.75, [
    '(iedereen|ze|zij|jullie|mijn familie|mijn ouders|de wereld|iedereen om me heen) (is|zijn|zou|zouden|was|waren) ~2 beter af zonder (mij|me)',
    'zonder (mij|me) (is|zijn|zou|zouden) ~3 beter af',
  ], { about: 'self' }),
  ...phrases('burden', 0.6, [
    '(ik ben|k ben|ben ik) ~3 (een last|tot last|een blok aan het been)',
    '(niemand|geen mens|geen hond) (zou|zal|gaat) (me|mij) (missen|echt missen) (als ik (er niet meer|dood|weg) (was|ben))? $',
  ], { about: 'self' }),
  ...phrases('self_hate', 0.35, ['ik haat mezelf', 'ik ben (niks|niets) waard', 'ik ben (zo)? waardeloos'], { about: 'self' }),

  // Self-harm: "krassen" (cutting), "snijden", burning, "zelfbeschadiging".
  ...phrases('self_harm', 0.75, [
    'mezelf ~3 (gesneden|gekrast|verbrand|gebrand|beschadigd|verwond|geslagen|pijn gedaan)',
    '(ik snij|ik snijd|snij ik|snijd ik|ik kras|kras ik|ik brand|brand ik|ik beschadig|ik sla) (mezelf|in mezelf|in mijn (armen|arm|benen|been|polsen|pols))',
    // Only time words between: "ik heb de auto gekrast" is a scratched car.
    '(ik heb|heb ik|heb|k heb|ik ben|ben ik) (weer|opnieuw|alweer|vandaag|gisteren|gister|vannacht|vanavond|vanochtend|net|expres|toch|echt|nog)? (weer|opnieuw|alweer|vandaag|gisteren|vannacht|vanavond|net|expres)? (gekrast|gaan krassen|aan het krassen)',
    '(ik kraste|kraste ik|ik sneed mezelf|ik beschadigde mezelf)',
    'me (weer|opnieuw|alweer|expres|met opzet|bewust) ~1 (gesneden|gekrast|verbrand|gebrand|beschadigd|pijn gedaan)',
  ], { about: 'self' }),
  ...phrases('self_harm', 0.8, ['(zelfbeschadiging|automutilatie)'], { needsSubject: true }),
  ...phrases('self_harm_urge', 0.8, [
    'krasdrang',
    '(drang|zin|behoefte|neiging) ~3 (om)? (te krassen|mezelf te snijden|mezelf pijn te doen|mezelf te beschadigen|te snijden)',
  ], { about: 'self' }),

  // Means, timing, a stash, having the means at hand.
  ...phrases('means', 0.45, [`(${PILLS}|touw|strop|brug|pistool|mes|scheermesje|mesjes|gif|spoor)`]),
  ...phrases('means_access', 0.75, [
    `ik heb (een|het|de|genoeg|al|mijn)? (touw|strop|${PILLS}|pistool|scheermesjes|mesjes|gif) (gekocht|gehaald|verzameld|gespaard|opgespaard|klaargelegd|verstopt|liggen)`,
    `(de|mijn|alle|het) (${PILLS}|touw|strop|mesjes) (liggen|ligt|staan|hangt|hangen) (al)? klaar`,
  ]),
  ...phrases('plan', 0.45, [`(ik spaar|spaar ik) ~4 ${PILLS} op`, `${PILLS} ~2 (opgespaard|gespaard|verzameld)`], {
    about: 'self',
    note: 'a stash; also a long trip, so it needs company',
  }),
  // Pills or a rope laid ready: the means chosen (counts only beside ideation).
  ...phrases('plan_detail', 0.6, [`(de|mijn|alle|het) (${PILLS}|touw|strop|mesjes) (liggen|ligt|staan|hangt|hangen) (al)? klaar`], { about: 'self' }),
  // "om er een eind aan te maken" after a stash is its purpose; after "ik bel hem" it ends a relationship.
  ...phrases('active_ideation', 0.45, ['om (er|aan mijn leven|aan m n leven|aan mn leven) (een eind|een einde) (aan)? te maken']),
  // Not "vannacht" alone, which is also last night ("heb vannacht weer gekrast").
  ...phrases('timing_now', 0.6, ['(vanavond|vandaag|nu meteen|straks|zo meteen|nu)']),
  // "vannacht" with a verb in the present beside it is tonight (labelled.probe-leftovers.jsonl):
  // "vannacht maak ik er een eind aan", "ik neem vannacht al die pillen"; "heb vannacht" is the past.
  ...phrases('timing_now', 0.6, [
    'vannacht (ga|maak|neem|doe|spring|pak|slik|stop|hang|pleeg|beeindig|snij|kras) (ik|k)',
    '(ik|k) (ga|maak|neem|doe|spring|pak|slik|pleeg|zal) (er|het|mezelf|me|al|alle|mijn)? vannacht',
  ]),
  ...phrases('timing_soon', 0.5, ['(morgen|dit weekend|volgende week)']),

  // Asking how.
  ...phrases('method_seeking', 0.9, [
    `hoeveel ~2 ${PILLS} ~5 (dodelijk|om dood te gaan|om te sterven|om er een eind aan te maken|om niet meer wakker te worden|om zelfmoord te plegen)`,
    `(wat is|wat zijn|ken je|weet iemand) (de|een)? (pijnloze|pijnloosste|snelste|makkelijkste|zekerste|minst pijnlijke) (manier|methode|manieren) (om)? ${ACT_TO}`,
    'hoe (kan ik|pleeg je|pleeg ik|maak ik|maak je) ~3 (zelfmoord|mezelf van kant|jezelf van kant|een eind aan mijn leven)',
  ], { about: 'self' }),
  ...phrases('method_seeking', 0.25, ['(dodelijke|letale) (dosis|hoeveelheid)'], {
    questionWeight: 0.9,
    note: 'asked, it is seeking; a pharmacology text names it too (kept under the decision floor)',
  }),

  // Goodbyes.
  ...phrases('goodbye', 0.85, [
    '(dit is|hier is) (mijn|m n|mn) laatste (bericht|berichtje|post|brief)',
    'vaarwel (allemaal|iedereen|voor altijd|wereld|lieve mensen)',
    '(dag|doei|bye|tot ziens|vaarwel|ciao) voor (altijd|eeuwig)',
    '(als|wanneer|tegen de tijd dat) (jullie|je|u) dit (lezen|leest) ~2 (ben ik|zal ik|ik) ~2 (er niet meer|er ni meer|dood|al dood|niet meer in leven|niet meer)',
    '(een|mijn|de|m n|mn) (afscheidsbrief|afscheidsbrieven|afscheidsbriefje) (geschreven|schrijven|klaar|achtergelaten|neergelegd)',
    '(ik heb|heb|k heb) ~3 (afscheidsbrief|afscheidsbrieven|afscheidsbriefje)',
  ], { about: 'self' }),
  ...phrases('goodbye', 0.6, [
    '(als|wanneer|zodra|nadat) ik er (niet|ni|nie) meer (ben|zal zijn)',
    '(als|wanneer|zodra) ik dood (ben|ga)',
    'ik (ben|zal) er (straks|binnenkort|morgen|vannacht)? (niet|ni|nie) meer (zijn)?',
  ], { about: 'self' }),
  ...phrases('goodbye', 0.4, ['(als|wanneer) (jullie|je|u) dit (lezen|leest)'], {
    about: 'self',
    note: 'a trip too ("zit ik al in het vliegtuig"): counts beside other signs',
  }),
  ...phrases('goodbye', 0.35, ['(sorry|vergeef me|het spijt me) (voor|van) alles', 'ik wilde (jullie|iedereen) (nog)? (even)? gedag zeggen'], {
    about: 'self',
    note: 'leaving a forum or a job too: counts beside other signs',
  }),
  // Under the decision floor, so "bedankt voor alles, tot morgen" is not a farewell with a date.
  ...phrases('goodbye', 0.25, ['(bedankt|dankjewel|dank je) voor alles'], { about: 'self' }),
  ...phrases('goodbye', 0.85, ['(bedankt|dankjewel|dank je) voor alles (en)? (vaarwel|dag allemaal|doei)'], { about: 'self' }),
  ...phrases('giving_away', 0.45, ['zorg (goed)? voor (mijn|m n|mn) (kat|katten|hond|honden|konijn|kinderen|planten|huisdieren|familie|moeder|mama)'], { about: 'self' }),

  // An attempt under way: every pill taken, on the tracks, the wrists cut.
  ...phrases('attempt_now', 0.85, [
    `(alle|#num|een hele doos|de hele doos|de hele strip|een hele strip|veel te veel|te veel|teveel) ~2 ${PILLS} ~3 (ingenomen|geslikt|genomen|opgenomen|geslikt)`,
    `(een hele|de hele) (doos|strip|pot|fles) ~2 (ingenomen|geslikt|leeg)`,
    '(ik sta|ik zit|ik lig|sta ik|zit ik|lig ik) ~2 op (het|de) (spoor|rails|treinrails)',
    `op (het|de|een) (${HIGH_PLACE}|rand|reling|richel) ~6 (springen|spring)`,
    '(mijn|m n|mn|me) (polsen|pols|aders) (doorgesneden|opengesneden|opengehaald)',
  ], { about: 'self', minNumber: 10 }),
  // "al mijn pillen" is "all my pills", but "al" is also "already": a little less sure.
  ...phrases('attempt_now', 0.7, [`al (mijn|m n|mn|de) ${PILLS} (ingenomen|geslikt|genomen)`], { about: 'self' }),
  ...phrases('attempt_now', 0.45, [`(ik sta|ik zit|sta ik|zit ik) ~2 op (het|de|een) (${HIGH_PLACE}|rand|reling)`], {
    about: 'self',
    note: 'also waiting for someone or the view: counts beside other signs',
  }),
  ...phrases('attempt', 0.75, [
    '(geprobeerd|geprobeert|probeerde) (om)? (mezelf|me) ~2 (van kant te maken|te doden|op te hangen|dood te maken|te vergiftigen)',
    '(geprobeerd|geprobeert|probeerde) (om)? (zelfmoord te plegen|er een eind aan te maken|er een einde aan te maken|mijn leven te beeindigen)',
    '(ik heb|heb|k heb) ~3 (een)? (zelfmoordpoging|poging tot zelfmoord) (gedaan)?',
  ], { about: 'self' }),
  ...phrases('attempt', 0.7, ['(zelfmoordpoging|poging tot zelfmoord)'], { needsSubject: true }),

  // Someone else.
  ...phrases('active_ideation', 0.85, [
    '(wil|wilt|gaat) zichzelf ~2 (van kant maken|doden|ophangen|iets aandoen)',
    'zichzelf ~2 van kant (wil|wilt|gaat) maken',
  ], { about: 'other' }),
  // "hij wil zelfmoord plegen", "dat ze zelfmoord wil plegen": whose is read from the subject.
  ...phrases('active_ideation', 0.85, ['(wil|wilt) zelfmoord plegen', 'zelfmoord (wil|wilt) plegen']),
  ...phrases('self_harm', 0.7, ['(snijdt|krast|beschadigt) (zichzelf|zich)', 'zichzelf ~2 (snijdt|krast|pijn doet)'], { about: 'other' }),

  // A probe of crisis as members write it in this language (labelled.probe-languages.jsonl),
  // each line beside its everyday twins in probe-languages.spec.ts.
  ...phrases('active_ideation', 0.9, ['(ik denk|denk ik|ik dacht) (elke dag|iedere dag|vaak|steeds|constant)? aan (voor de trein springen|voor een trein springen|van een (brug|flat|dak) springen|mezelf ophangen|zelfmoord)'], { about: 'self' }),
  ...phrases('plan', 0.45, ['(neem|slik) ik (al die|alle|al de) (pillen|tabletten|pilletjes|medicijnen|slaappillen)'], { about: 'self', note: 'also said of taking the day\'s medicines: counts beside another sign' }),
  // The same with the night it is for, as "vanavond" beside it reads: "vannacht neem ik al die pillen"
  // (the time inside the plan's words would not count as a second sign).
  ...phrases('plan', 0.6, ['vannacht (neem|slik) ik (al die|alle|al de) (pillen|tabletten|pilletjes|medicijnen|slaappillen)'], { about: 'self' }),
  ...phrases('passive_ideation', 0.8, ['(hoop ik|ik hoop) (dat)? ik (gewoon)? (niet meer|nooit meer) wakker (word|wordt) $'], { about: 'self' }),
  // A rope bought and the place known (company for the means); letters, and an end with a day.
  ...phrases('plan', 0.45, ['(en)? (weet|ik weet) (al|ook al)? (waar|wanneer|hoe) $', '(ik wacht|wacht ik) (alleen)? (nog)? tot iedereen (weg|slaap|sliep|de deur uit) (is|gaat)?'], { about: 'self', note: 'counts beside the means' }),
  ...phrases('goodbye', 0.4, ['(ik heb|heb ik) brieven geschreven (voor|aan) (mijn|m n|mn)'], { about: 'self', note: 'a birthday too: counts beside other signs' }),
  ...phrases('goodbye', 0.45, ['(morgen|vanavond|vannacht|zondag|maandag|vrijdag|zaterdag) is het (allemaal)? (voorbij|over) $'], { about: 'self', note: 'exams too: counts beside other signs' }),
  // Ending one's life said in the present: "vanavond maak ik een einde aan mijn leven".
  ...phrases('intent', 0.95, ['(maak ik|ik maak) (vanavond|vannacht|vandaag|morgen)? (een eind|een einde) aan (mijn|m n|mn) leven', '(ik ga|ga ik) ~2 (een eind|een einde) aan (mijn|m n|mn) leven maken'], { about: 'self' }),
];
