import { phrases, type LexiconEntry } from './lexicon-entry';

/** Dutch harm phrases; see harm.en.ts. "ik ga dood" is the writer's, so "ga dood" counts only opening a phrase. */
export const HARM_NL: readonly LexiconEntry[] = [
  ...phrases('incitement', 0.95, [
    '^ (ga|ga jij|ga je|ga maar|ga toch) ~1 (dood|jezelf van kant maken|zelfmoord plegen|jezelf ophangen|van een brug springen|voor de trein springen|voor een trein springen)',
    '(maak|hang) jezelf (maar|toch)? (van kant|op)',
    '(pleeg|pleeg toch|pleeg maar) zelfmoord',
    '(je moet|jij moet|je zou|jij zou) ~2 (dood|jezelf van kant maken|zelfmoord plegen|jezelf ophangen)',
  ]),
  ...phrases('insult', 0.8, [
    '(je bent|jij bent|ben je|wat ben jij|wat ben je|jij|je) (echt|gewoon|zo)? (een|zo n|zon)? (vieze|domme|stomme|achterlijke|zielige|vuile)? (kankerlijer|tyfuslijer|teringlijer|klootzak|idioot|sukkel|loser|mongool|debiel|hoer|slet|lul|eikel|kutwijf|mislukkeling|zielepoot|kankerhoer|kutkind|randdebiel|achterlijke)',
    '(kanker|tyfus|tering) (op|toch op)',
    'hou je (bek|kop|smoel|muil)',
  ]),
  ...phrases('harassment', 0.8, ['niemand (mag|moet|wil) (je|jou)', 'iedereen haat (je|jou)', 'niemand zou (je|jou) missen']),
  ...phrases('threat', 0.9, [
    '(ik maak|ik sla|ik steek|ik schiet|ik ga) (je|jou) ~2 (af|kapot|dood|neer|afmaken|in elkaar slaan|in elkaar trappen|verrot slaan)',
    'ik (vermoord|vermoordt) (je|jou)',
    'ik weet waar (je|jij) woont',
  ]),
];
