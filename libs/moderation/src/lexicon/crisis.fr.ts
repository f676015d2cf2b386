import { phrases, type LexiconEntry } from './lexicon-entry';

/**
 * French crisis language. Elisions are split by the tokeniser ("j'ai" reads "j ai"), so write
 * them with the apostrophe or a space. Negation ("ne ... pas") breaks these phrases by itself:
 * "je ne veux pas mourir" does not match "je veux mourir".
 */
export const CRISIS_FR: readonly LexiconEntry[] = [
  ...phrases('active_ideation', 0.9, [
    "(je veux|j'ai envie de|envie de|je voudrais|j'aimerais|je veux juste) (mourir|me tuer|me suicider|en finir|disparaître pour toujours|mettre fin à mes jours|ne plus exister)",
    '(je pense|je pense souvent|je songe|je pense tout le temps) (à|au) (me suicider|mourir|me tuer|la mort|suicide|en finir)',
    "je veux en finir (avec la vie|avec tout)?",
  ], { about: 'self' }),
  ...phrases('intent', 0.95, ['je vais (me tuer|me suicider|en finir|mettre fin à mes jours|me jeter)', "j'ai décidé de (mourir|me tuer|me suicider|en finir)"], {
    about: 'self',
  }),
  ...phrases('suicidal_state', 0.9, ['je suis suicidaire', "j'ai des (idées|pensées) (suicidaires|noires)"], { about: 'self' }),
  ...phrases('suicidal_state', 0.75, ['(idées|pensées) (suicidaires|noires)'], { needsSubject: true }),
  ...phrases('passive_ideation', 0.8, [
    'je ne veux plus vivre',
    '(plus|pas) envie de vivre',
    'je voudrais ne (jamais|plus) me réveiller',
    '(mieux vaut|je serais mieux) (mort|morte|mourir)',
    '(à quoi bon|aucune raison de) vivre',
    'la vie ne vaut pas la peine',
  ], { about: 'self' }),
  ...phrases('hopelessness', 0.55, ["je n'en peux plus", 'je ne peux plus continuer', "(pas|aucune) d'issue", 'aucune issue'], { about: 'self' }),
  ...phrases('hopelessness', 0.45, ['(sans|aucun) espoir', 'je suis (désespéré|désespérée)'], { about: 'self' }),
  ...phrases('burden', 0.75, ['(ils|elles|tout le monde|ma famille) (serait|seraient) mieux sans moi'], { about: 'self' }),
  ...phrases('burden', 0.6, ['je suis (un fardeau|une charge|un poids)'], { about: 'self' }),
  ...phrases('self_harm', 0.75, [
    "(je me scarifie|me scarifier|je me scarifiais|scarification|je me coupe|me couper|me faire du mal|je me fais du mal|je me faisais du mal|automutilation|m'automutiler|je m'automutile)",
  ], { about: 'self' }),
  ...phrases('means', 0.45, ['(corde|pilules|cachets|médicaments|comprimés|pont|pistolet|couteau|lame|rasoir)']),
  ...phrases('means_access', 0.75, ["j'ai (acheté|trouvé|gardé|préparé) (une corde|des cachets|un pistolet|des médicaments|des pilules)"]),
  ...phrases('timing_now', 0.6, ["(ce soir|cette nuit|maintenant|aujourd'hui|tout de suite)"]),
  ...phrases('timing_soon', 0.5, ['(demain|ce week end)']),
  ...phrases('goodbye', 0.85, ["(c'est|voici) mon dernier message", 'adieu pour toujours'], { about: 'self' }),
  ...phrases('goodbye', 0.6, ['adieu (tout le monde|à tous)']),
  ...phrases('goodbye', 0.3, ['adieu']),
  ...phrases('attempt', 0.75, ["j'ai fait une tentative (de suicide)?", "j'ai (essayé|tenté) de (me tuer|me suicider|mourir)"], { about: 'self' }),
  ...phrases('attempt', 0.7, ['tentative de suicide'], { needsSubject: true }),
  ...phrases('attempt_now', 0.8, ["j'ai (pris|avalé|avale) (toutes|tous) (mes|les) (pilules|cachets|médicaments|medicaments|comprimés|comprimes)", "j'ai (pris|avalé|avale) (une boîte|une boite|une plaquette|un tube) (de|entière|entiere)"], { about: 'self' }),
  ...phrases('goodbye', 0.85, ["j'ai (écrit|ecrit|laissé|laisse) (une|ma|des|mes) (lettre|lettres|mot) (d'adieu|d adieu|de adieu)"], { about: 'self' }),
  // Chat spellings: "j'veux", "jveux", "jvais", "jpense", "jai", "chui" (je suis), and French
  // that drops the "ne": "je veux plus vivre". The acts are listed once per frame below.
  ...phrases('active_ideation', 0.9, [
    '(j veux|jveux|j voudrais|jvoudrais|jaimerais|jai envie de|j ai envie de|jai besoin de|besoin de|j ai besoin de) (mourir|crever|me tuer|me suicider|en finir|mettre fin a mes jours|mettre fin a ma vie|me foutre en l air)',
    '(envie|besoin) (d en|den) finir',
    '(je veux|jveux|j veux|je voudrais|j voudrais|j aimerais|jaimerais|envie de|besoin de) (me flinguer|me pendre|me tirer une balle|m ouvrir les veines|me couper les veines|me noyer|m empoisonner|me defenestrer|me jeter (sous|d un|du|de la|par la|depuis) ~2 (train|metro|rer|tram|pont|toit|immeuble|fenetre|falaise|balcon|viaduc|voiture|camion)|sauter (d un|du|de la|depuis le|depuis un|par la) (pont|toit|immeuble|fenetre|falaise|balcon|viaduc))',
    '(je pense|jpense|j pense|je songe) ~4 (a|au|aux) (me suicider|me tuer|mourir|la mort|suicide|en finir|me foutre en l air|me flinguer|me pendre|me jeter|sauter (d un|du|de la|depuis le) (pont|toit|immeuble|fenetre|falaise|balcon)|m ouvrir les veines|mettre fin a mes jours)',
    '(je pense|jpense|j pense|je songe) ~4 (a|au) (d en|den) finir',
    '(je veux|jveux|j veux|je voudrais|j aimerais|envie de) mettre fin a ma vie',
    '(me suicider|me foutre en l air|m ouvrir les veines|me defenestrer|mettre fin a mes jours)',
  ], { about: 'self' }),
  ...phrases('suicidal_state', 0.9, ['(je me sens|je suis|chui|chuis|jsuis|j suis|je deviens) ~2 suicidaire', "(j'ai|jai|j ai) ~3 (idees|pensees) (suicidaires|noires|de mort)"], { about: 'self' }),
  ...phrases('intent', 0.95, [
    '(je vais|jvais|j vais|je compte|j ai decide de|jai decide de) (me tuer|me suicider|en finir|mettre fin a mes jours|mettre fin a ma vie|me foutre en l air|me flinguer|me pendre|me tirer une balle|m ouvrir les veines|me jeter|sauter (d un|du|de la|depuis le) (pont|toit|immeuble|fenetre|falaise|balcon|viaduc))',
    '(decide|decidee) (d en|den) finir',
    '(ce soir|cette nuit|demain|aujourd hui|maintenant) (je me|jme) (tue|suicide|pends|flingue)',
    '(je me|jme) (tue|suicide|pends|flingue) (ce soir|cette nuit|demain|aujourd hui|maintenant)',
    '(ce soir|cette nuit|demain|aujourd hui|maintenant) (j en|jen) finis',
    '(j en|jen) finis (ce soir|cette nuit|demain|aujourd hui|maintenant)',
    '(je me|jme) suicide',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.8, [
    '(je veux|jveux|j veux|je ne veux|j ne veux|je voudrais|j voudrais) plus (vivre|exister)',
    '(envie|besoin) de (m endormir|dormir) (et)? (ne)? (jamais|plus|pas) (me)? (reveiller|me reveiller)',
    'm endormir (et)? (ne)? (jamais|plus|pas) (me)? (reveiller|me reveiller)',
    '(m endormir|dormir) pour (toujours|de bon|l eternite)',
    "(j'ai|jai|j ai)? (pas|plus) envie de me (reveiller|lever) (demain|le matin|le lendemain)?",
    '(je|j) (prefererais|prefere|voudrais|aimerais|veux|serais mieux) (etre)? (mort|morte|crever)',
    '(marre|ras le bol|raz le bol|fatigue|fatiguee|lasse|las|epuise|epuisee) (de vivre|d exister|de la vie|de cette vie)',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.65, ['(je veux|jveux|j veux|je ne veux|je voudrais) plus (etre la|etre ici|etre en vie)'], { about: 'self' }),
  ...phrases('passive_ideation', 0.4, ['(je veux|jveux|j veux|je voudrais|j aimerais|envie de) (juste)? disparaitre $'], {
    about: 'self',
    note: 'also said of a party or a class: counts beside other signs',
  }),
  ...phrases('hopelessness', 0.55, [
    '(j en|jen|je n en) peux plus $',
    'je (ne)? (peux|supporte|tiens) plus (continuer|rien|le coup|cette vie|ma vie|de vivre)',
    '(la|ma) vie (n a|na) (plus|aucun|pas) (de)? sens',
    '(la|ma) vie (n a|na) plus aucun sens',
  ], { about: 'self' }),
  ...phrases('hopelessness', 0.5, ['(ca|ça|rien) (ne)? (s arrangera|ira mieux|ira plus jamais bien|va (jamais)? s arranger) jamais?'], { about: 'self' }),
  ...phrases('burden', 0.6, [
    'personne (ne)? (me)? (regretterait|regrettera|manquerait|remarquerait|verrait|pleurerait)',
    'je (ne)? manquerais a personne',
  ], { about: 'self' }),
  ...phrases('self_hate', 0.35, ['je me (deteste|hais)', 'je (ne)? sers a rien', 'je (ne)? vaux rien'], { about: 'self' }),

  // Asking how, the lethal amount, a stash put aside.
  ...phrases('method_seeking', 0.9, [
    'combien de ~2 (cachets|comprimes|pilules|medicaments|doliprane|paracetamol|somniferes|gelules|xanax|lexomil) ~4 (pour mourir|pour en finir|pour me tuer|pour crever|pour ne plus me reveiller|mortel|mortels|mortelle|mortelles|letal|letale)',
    'comment (se|me) (suicider|tuer|pendre|foutre en l air|flinguer)',
    'comment (mourir|en finir|crever) (sans (souffrir|douleur|avoir mal)|vite|rapidement|facilement)',
    '(indolore|sans douleur|sans souffrir|moins douloureuse|moins douloureux|plus rapide|plus douce|plus sure|plus efficace) (de|pour) (mourir|me suicider|se suicider|me tuer|se tuer|en finir)',
  ], { about: 'self' }),
  ...phrases('method_seeking', 0.25, ['dose (mortelle|letale)'], {
    questionWeight: 0.9,
    note: 'asked, it is seeking; a pharmacology lesson names it too (kept under the decision floor)',
  }),
  ...phrases('plan', 0.5, [
    '(mis de cote|stocke|stockee|accumule|accumulee|planque|planquee) ~2 (cachets|comprimes|pilules|medicaments|somniferes)',
    '(cachets|comprimes|pilules|medicaments|somniferes) de cote',
  ], { about: 'self', note: 'a stash; also a trip abroad, so it needs company to be read as a plan' }),

  // Goodbyes.
  ...phrases('goodbye', 0.85, [
    '(je vous dis|je dis) adieu',
    'je dis adieu (a la vie|a ce monde|a tous|a tout le monde)',
    '(au revoir|salut|bye|ciao|adieu) (pour toujours|pour de bon|a jamais)',
    'je (serai|serais) (deja)? (mort|morte)',
    'je (ne)? (serai|serais) plus de ce monde',
    "(c'est|voici|ceci est) (mon|ma) (dernier|derniere) (post|publication|lettre|mot)",
  ], { about: 'self' }),
  ...phrases('goodbye', 0.6, [
    'je (ne)? (serai|serais) plus (la|ici|en vie|parmi vous)',
    '(quand|lorsque|une fois que|apres que) je (ne)? (serai|suis) plus (la|ici|en vie)',
    '(quand|lorsque|une fois que) je (serai|suis) (mort|morte)',
  ], { about: 'self' }),
  ...phrases('goodbye', 0.4, ['quand (vous|tu) (lirez|lisez|liras|lis) (ce message|ceci|ca|ces mots|ce post)'], {
    about: 'self',
    note: 'a trip too: counts beside other signs',
  }),
  ...phrases('goodbye', 0.35, ['(pardon|desole|desolee) (a tous|a tout le monde|pour tout)', 'pardonnez moi'], { about: 'self' }),
  // Under the decision floor, so "merci pour tout, à demain" is not a farewell with a date.
  ...phrases('goodbye', 0.25, ['merci pour tout', 'je vous aime (tous|toutes|fort)'], { about: 'self' }),
  ...phrases('goodbye', 0.85, ['merci pour tout (et)? adieu'], { about: 'self' }),
  ...phrases('giving_away', 0.45, ['prenez soin de (mon|ma|mes) (chat|chats|chien|chiens|enfants|plantes|famille|mere|maman|animaux)'], { about: 'self' }),

  // An attempt under way.
  ...phrases('attempt_now', 0.85, [
    "(j'ai|jai|j ai) (pris|avale) (toute la|toute une|la|une) (boite|plaquette|tube|flacon) (entiere)?",
    '(pris|avale) #num ~2 (cachets|comprimes|pilules|medicaments|doliprane|gelules|somniferes|xanax)',
    '(ouvert|ouverte|taillade|tailladee|tranche|tranchee|entaille|entaillee|coupe|coupee) les (veines|poignets)',
    'sur (le|la|un|une) (pont|toit|rebord|balcon|falaise|parapet) (et)? ~3 (sauter|saute|sauterai)',
    'je suis (allonge|allongee|assis|assise|debout) sur les (rails|voies)',
  ], { about: 'self', minNumber: 10 }),
  ...phrases('attempt_now', 0.7, ['(pris|avale) (beaucoup)? trop de (cachets|comprimes|pilules|medicaments|somniferes)'], { about: 'self' }),
  ...phrases('attempt_now', 0.45, ['je suis (sur|au bord du|au bord de la) (le|la)? (pont|toit|rebord|falaise|parapet)'], {
    about: 'self',
    note: 'also waiting for someone: counts beside other signs',
  }),
  ...phrases('attempt_now', 0.4, ['je saigne (beaucoup|partout|enormement|trop)']),

  // Self-harm.
  ...phrases('self_harm', 0.75, [
    'me suis ~2 (scarifie|scarifiee|mutile|mutilee|automutile|automutilee)',
    'me suis ~2 (coupe|coupee|taillade|tailladee|entaille|entaillee|brule|brulee) (les|le|la) (bras|poignets|poignet|cuisses|cuisse|jambes|jambe|ventre|avant bras|peau)',
    'me suis (encore|de nouveau|a nouveau|re) (coupe|coupee|taillade|tailladee|brule|brulee)',
    '(je me|jme|me) (mutile|taillade|scarifie)',
    '(je me|jme) (brule|brulee) ~3 (cigarette|cigarettes|briquet|clope|clopes)',
    '(me fais|me faire|me suis fait|me suis faite) (du)? mal (expres|volontairement|pour (me punir|ressentir quelque chose))',
  ], { about: 'self' }),

  // Someone else.
  ...phrases('active_ideation', 0.85, ['(il|elle) (veut|va) (se tuer|se suicider|mourir|en finir)', 'veut se (tuer|suicider)', "(dit|dit qu'il|dit qu'elle) (veut|va) (mourir|se tuer|se suicider)", '(parle|parlent|parlait) (de|d) (se suicider|se tuer|mourir|en finir|suicide)'], {
    about: 'other',
  }),

  // A probe of crisis as members write it in this language (labelled.probe-languages.jsonl),
  // each line beside its everyday twins in probe-languages.spec.ts.
  // Québec and chat: "j'ai le goût de mourir", "j'vas", "j'en peux pu", "chu pu capable", "jpp".
  ...phrases('active_ideation', 0.9, ["(j'ai|jai|j ai) (le gout|le goût|envie) de (mourir|crever|me tuer|me suicider|en finir)"], { about: 'self' }),
  ...phrases('intent', 0.95, ["(j'vas|jvas|j vas|je vas|jva|j'va) (me tuer|me suicider|en finir|me pendre|me tirer une balle|me flinguer|me jeter)"], { about: 'self' }),
  ...phrases('hopelessness', 0.55, ["(j'en|jen|j en) (peux|peut) (pu|pus) $"], { about: 'self' }),
  ...phrases('hopelessness', 0.45, ['(chu|chui|chus) (pu|pus|plus) capable $', '^ jpp de (cette|ma|la) vie'], { about: 'self', note: 'also said of lost keys: counts beside another sign' }),
  ...phrases('plan', 0.8, ["(je vais|jvais|j vais|j'vas|jvas) (tout)? avaler (tout)? ce qui reste ~4 (pharmacie|cachets|comprimes|medicaments|pilules)", "(je vais|jvais|j vais|j'vas|jvas) avaler (toute la boite|toutes les boites|la boite entiere|la plaquette entiere) (de)? (cachets|comprimes|medicaments|pilules|somniferes)?"], { about: 'self' }),
  ...phrases('passive_ideation', 0.8, ['(je veux|jveux|j veux|je voudrais) plus (jamais)? me (reveiller|réveiller) (le matin|demain|le lendemain)? $'], { about: 'self' }),
  ...phrases('passive_ideation', 0.6, ["(je vois|jvois|j vois) (pas|plus) (d'autre|d autre|dautre) (issue|solution|sortie) que (de)? (disparaitre|mourir|en finir) $"], { about: 'self' }),
  ...phrases('hopelessness', 0.45, ['plus aucun espoir'], { about: 'self' }),
  // A rope bought and the place chosen (company for the means); letters, and an end with a day.
  ...phrases('plan', 0.45, ['je sais (ou|où|quand|comment) je vais le faire'], { about: 'self', note: 'a tattoo or a party too: counts beside the means' }),
  ...phrases('goodbye', 0.4, ['(j ai|jai|j\'ai) (ecrit|écrit|laisse|laissé) (des|les|mes) lettres (pour|a|à) (ma|mon|mes)'], { about: 'self', note: 'a birthday too: counts beside other signs' }),
  ...phrases('goodbye', 0.45, ['(demain|ce soir|cette nuit|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (ca|ça) (sera|va etre|va être) (fini|termine|terminé) $'], { about: 'self', note: 'an exam too: counts beside other signs' }),
  // Someone else's wish, told: "il m'a dit qu'il voulait mourir", "mon frère veut mourir".
  ...phrases('active_ideation', 0.85, ["(qu'il|qu il|quil|qu'elle|qu elle|quelle) (voulait|voudrait|veut|allait|va) (mourir|se tuer|se suicider|en finir)", '(veut|voulait|voudrait) (mourir|se tuer|se suicider|en finir) $'], { about: 'other' }),
  // Ending one's life said in the present: "ce soir je mets fin à mes jours".
  ...phrases('intent', 0.95, ['(je mets|jmets|j mets) fin (a|à) (mes jours|ma vie)'], { about: 'self' }),
];
