import { phrases, type LexiconEntry } from './lexicon-entry';

/** Spanish harm phrases; see harm.en.ts. */
export const HARM_ES: readonly LexiconEntry[] = [
  ...phrases('incitement', 0.95, ['(matate|suicidate|muerete|ahorcate|tirate de un puente)', 'deberias (matarte|morirte|suicidarte)', 'ojala te mueras']),
  ...phrases('insult', 0.8, [
    '(eres|sos|eres un|eres una|sos un|sos una) (idiota|inutil|estupido|estupida|imbecil|pendejo|pendeja|gilipollas|mierda|basura|perdedor|perdedora|tonto|tonta|puta|zorra|subnormal|retrasado|retrasada)',
    '(callate|cierra la boca)',
  ]),
  ...phrases('harassment', 0.8, ['nadie te (quiere|soporta|aguanta)', 'todos te odian']),
  ...phrases('threat', 0.9, ['te voy a (matar|encontrar|partir la cara|romper)', '(los|las) voy a matar']),
];
