import { phrases, type LexiconEntry } from './lexicon-entry';

/** German harm phrases; see harm.en.ts. */
export const HARM_DE: readonly LexiconEntry[] = [
  ...phrases('incitement', 0.95, ['(töte dich|häng dich auf|geh sterben|spring von der brücke)', '^ (bring|bringe) dich (doch|endlich|einfach|halt|mal|selbst)? (doch|endlich|einfach|halt|mal)? um', '(geh|geh doch|dann) (und)? (bring|bringe) dich um']),
  ...phrases('insult', 0.8, [
    '(du bist|du|du bist so ein|du bist ein|du bist eine) (idiot|versager|arschloch|wichser|hurensohn|missgeburt|spast|behinderter|opfer|schlampe|hure|fotze|vollidiot|penner|loser)',
    'halt (die fresse|dein maul|die klappe)',
  ]),
  ...phrases('harassment', 0.8, ['niemand mag dich', 'alle hassen dich']),
  ...phrases('threat', 0.9, ['ich (bringe|bring) dich um', 'ich werde dich (umbringen|töten|finden|fertig machen)']),
];
