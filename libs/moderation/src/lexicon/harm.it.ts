import { phrases, type LexiconEntry } from './lexicon-entry';

/** Italian harm phrases; see harm.en.ts. */
export const HARM_IT: readonly LexiconEntry[] = [
  ...phrases('incitement', 0.95, [
    '(ammazzati|ucciditi|impiccati|suicidati)',
    '(vai|va|vai a|va a|vai ad) (morire|morire ammazzato|ammazzarti|impiccarti|buttarti (da un ponte|sotto un treno))',
    '(dovresti|devi|faresti bene a) (ammazzarti|ucciderti|morire|suicidarti|impiccarti)',
    '^ (muori|crepa) $',
  ]),
  ...phrases('insult', 0.8, [
    '(sei|sei proprio|sei solo|sei davvero) (un|una|un gran|una gran)? (coglione|cogliona|idiota|stronzo|stronza|deficiente|cretino|cretina|imbecille|ritardato|ritardata|troia|puttana|sfigato|sfigata|fallito|fallita|merda|pezzo di merda|testa di cazzo|scemo|scema|mongoloide)',
    '(stai zitto|stai zitta|chiudi quella bocca|chiudi il becco)',
  ]),
  ...phrases('harassment', 0.8, ['nessuno ti (vuole|sopporta|ama|vuole bene|caga)', 'tutti ti odiano']),
  ...phrases('threat', 0.9, ['ti (ammazzo|uccido|spacco (la faccia|le gambe|il culo|la testa)|faccio a pezzi|vengo a cercare|sparo)', 'so dove (abiti|vivi)']),
];
