import { phrases, type LexiconEntry } from './lexicon-entry';

/** German context phrases; see context.en.ts for what each kind does. */
export const CONTEXT_DE: readonly LexiconEntry[] = [
  ...phrases('figurative', 1, [
    '(bringen|bringt|bringst) mich (noch)? um',
    '(totgelacht|tot gelacht|lache mich tot|lach mich tot|lachen mich tot)',
    'zu tode (gelangweilt|erschrocken|gelacht)',
  ]),
  ...phrases('past', 1, ['(früher|damals|vor (#num|zwei|drei|vier|fünf|vielen) jahren|als ich (jung|kind|teenager|klein) war)']),
  ...phrases('recovery', 1, ['seit ~3 nicht mehr', '(clean|frei) seit', 'es geht mir (besser|gut)']),
  ...phrases('news', 1, ['(laut|nach) (einer|der|einem) (studie|bericht|umfrage)', '(suizidrate|selbstmordrate)']),
  ...phrases('supportive', 1, ['wir sind für dich da', 'du bist nicht allein', 'tu dir nichts an']),
  ...phrases('concern', 1, ['was soll ich tun', 'wie kann ich (ihr|ihm) helfen', 'ich mache mir sorgen']),
  ...phrases('relation', 1, ['(mein|meine) (freund|freundin|bruder|schwester|mutter|vater|sohn|tochter|mann|frau)']),
];
