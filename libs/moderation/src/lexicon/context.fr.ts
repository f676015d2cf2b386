import { phrases, type LexiconEntry } from './lexicon-entry';

/** French context phrases; see context.en.ts for what each kind does. */
export const CONTEXT_FR: readonly LexiconEntry[] = [
  ...phrases('figurative', 1, [
    '(mort|morte|je meurs|mourir|mourrir) de (rire|faim|froid|chaud|honte|envie|fatigue|ennui)',
    // "ce devoir me tue", "il me tue"; not "ce soir je me tue", where the writer is the subject.
    '(ça|ca|il|elle|ils|ces) ~2 me (tue|tuent)',
    '(ce|cette) ~1 (la|ci)? me (tue|tuent)',
    '(tuer|tue) le temps',
    'je me coupe les cheveux',
    'me coupe (les|mes|la|ma) (ongles|cheveux|frange|barbe|moustache|pointes)',
    // Cut or burnt by accident: "je me suis coupée en cuisinant".
    '(coupe|coupee|brule|brulee|coupé|coupée|brûlé|brûlée) ~3 (en cuisinant|en cuisine|en me rasant|en bricolant|au travail|avec (une|un|du) (feuille|papier|couteau de cuisine|verre|four|fer a repasser|casserole))',
    '(crever|creve|crève) (l abces|l abcès|de (rire|faim|chaud|froid|soif|envie|jalousie|fatigue))',
    '(crever|creve|crève) (un|le|les|mon) (pneu|pneus|ballon|ballons)',
    // A life somewhere, or with someone: "je ne veux plus vivre à Paris".
    'vivre (a|au|aux|en|dans|chez|ici|la bas|seul|seule|en ville|a la campagne|sous le meme toit|en colocation|avec (lui|elle|eux|mes parents|ma mere|mon pere|mes colocs|mon ex))',
    // Ending a relationship.
    'en finir avec (lui|elle|eux|toi|cette relation|notre relation|mon ex|ce mec|ce type|cette fille)',
    // Jumping into water, a mistake made.
    '(sauter|saute|sauté) ~3 dans (l eau|la riviere|la piscine|le lac|la mer)',
    'balle dans le pied',
    '(me tue|me tuer|me tuais) (au|a la) (travail|boulot|tache)',
    // "en finir avec ce projet": finishing a piece of work.
    'en finir avec (ce|cette|ces|mon|ma|mes|le|la|les|un|une) (projet|travail|boulot|dossier|devoir|devoirs|examen|exam|mémoire|memoire|rapport|chapitre|livre|série|serie|ménage|menage|lessive|semaine|histoire)',
  ]),
  ...phrases('recent', 1, ["(aujourd'hui|ce soir|cette nuit|ce matin|encore|de nouveau|a nouveau|tout a l heure)"]),
  ...phrases('earlier', 1, ['(hier|hier soir|la nuit derniere|la semaine derniere|le mois dernier|avant hier|il y a #num jours|il y a quelques jours)']),
  ...phrases('now', 1, ['(maintenant|en ce moment|actuellement|ces temps ci|toujours)']),
  ...phrases('past', 1, ['(avant|autrefois|il y a (des années|des annees|longtemps|#num ans|deux ans|trois ans|quatre ans|cinq ans|six ans|sept ans|huit ans|neuf ans|dix ans|quelques années|quelques annees|plusieurs années|plusieurs annees)|quand j\'étais (petit|petite|jeune|ado|adolescent|adolescente))']),
  ...phrases('recovery', 1, ["(ça|ca) fait ~3 que j'ai arrêté", "j'ai arrêté", 'je vais mieux']),
  ...phrases('news', 1, ['(selon|d\'après) (une|un|le|la) (étude|rapport|enquête)', 'le taux de suicide', '(cours|manuel|livre|td|partiel|examen) de (pharmaco|pharmacologie|medecine|toxicologie|biologie|chimie|soins infirmiers)']),
  ...phrases('supportive', 1, ['on est là pour toi', "tu n'es pas seul", "tu n'es pas seule"]),
  ...phrases('concern', 1, ['je ne sais pas quoi faire', 'comment (l\'aider|lui parler)', '(inquiet|inquiète) pour']),
  ...phrases('relation', 1, ['(mon|ma) (ami|amie|frère|soeur|sœur|père|mère|fils|fille|copain|copine|mari|femme)']),
];
