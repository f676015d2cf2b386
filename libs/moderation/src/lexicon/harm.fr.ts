import { phrases, type LexiconEntry } from './lexicon-entry';

/** French harm phrases; see harm.en.ts. */
export const HARM_FR: readonly LexiconEntry[] = [
  ...phrases('incitement', 0.95, ['(va te pendre|va te tuer|tue toi|suicide toi|crève|va crever|jette toi d\'un pont)']),
  ...phrases('insult', 0.8, [
    "(t'es|tu es|espèce de|sale) (un|une|qu'un|qu'une)? (connard|conne|abruti|abrutie|idiot|idiote|débile|con|salope|pute|merde|nul|nulle|bâtard|enculé|pd|crétin|crétine)",
    '(ta gueule|ferme ta gueule|ferme la)',
  ]),
  ...phrases('harassment', 0.8, ["personne ne t'aime", 'tout le monde te déteste']),
  ...phrases('threat', 0.9, ['je vais te (tuer|buter|défoncer|frapper|retrouver)']),
];
