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
  // Someone else.
  ...phrases('active_ideation', 0.85, ['(il|elle) (veut|va) (se tuer|se suicider|mourir|en finir)', 'veut se (tuer|suicider)', "(dit|dit qu'il|dit qu'elle) (veut|va) (mourir|se tuer|se suicider)", '(parle|parlent|parlait) (de|d) (se suicider|se tuer|mourir|en finir|suicide)'], {
    about: 'other',
  }),
];
