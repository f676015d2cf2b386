import { phrases, type LexiconEntry } from './lexicon-entry';

/** French context phrases; see context.en.ts for what each kind does. */
export const CONTEXT_FR: readonly LexiconEntry[] = [
  ...phrases('figurative', 1, [
    '(mort|morte|je meurs|mourir|mourrir) de (rire|faim|froid|chaud|honte|envie|fatigue|ennui)',
    '(ça|ca|ce|cette|il|elle|ils|ces) ~2 me (tue|tuent)',
    '(tuer|tue) le temps',
    'je me coupe les cheveux',
    // "en finir avec ce projet": finishing a piece of work.
    'en finir avec (ce|cette|ces|mon|ma|mes|le|la|les|un|une) (projet|travail|boulot|dossier|devoir|devoirs|examen|exam|mémoire|memoire|rapport|chapitre|livre|série|serie|ménage|menage|lessive|semaine|histoire)',
  ]),
  ...phrases('past', 1, ['(avant|autrefois|il y a (des années|longtemps|#num ans)|quand j\'étais (petit|petite|jeune|ado|adolescent|adolescente))']),
  ...phrases('recovery', 1, ["(ça|ca) fait ~3 que j'ai arrêté", "j'ai arrêté", 'je vais mieux']),
  ...phrases('news', 1, ['(selon|d\'après) (une|un|le|la) (étude|rapport|enquête)', 'le taux de suicide']),
  ...phrases('supportive', 1, ['on est là pour toi', "tu n'es pas seul", "tu n'es pas seule"]),
  ...phrases('concern', 1, ['je ne sais pas quoi faire', 'comment (l\'aider|lui parler)', '(inquiet|inquiète) pour']),
  ...phrases('relation', 1, ['(mon|ma) (ami|amie|frère|soeur|sœur|père|mère|fils|fille|copain|copine|mari|femme)']),
];
