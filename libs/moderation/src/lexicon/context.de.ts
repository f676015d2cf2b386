import { phrases, type LexiconEntry } from './lexicon-entry';

/** School subjects, homework, tests and games, as the cause of a sigh. */
const SCHOOL_OR_GAME =
  '(mathe|mathematik|physik|chemie|bio|biologie|latein|englisch|französisch|franzoesisch|deutsch|geschichte|erdkunde|informatik|hausaufgaben|die hausaufgaben|hausi|die hausi|der vokabeltest|das spiel|dieses spiel|das level|dieses level|der boss|dieser boss|die aufgabe|diese aufgabe|die lernerei|das lernen)';

/** German context phrases; see context.en.ts for what each kind does. */
export const CONTEXT_DE: readonly LexiconEntry[] = [
  ...phrases('figurative', 1, [
    '(bringen|bringt|bringst) mich (noch)? um',
    '(totgelacht|tot gelacht|lache mich tot|lach mich tot|lachen mich tot)',
    'zu tode (gelangweilt|erschrocken|gelacht)',
    '(sterbe|sterben|starb|gestorben|stirbt) vor (lachen|scham|hunger|langeweile|durst|hitze|kälte|kaelte|angst|neugier|peinlichkeit|müdigkeit|muedigkeit|sehnsucht|lust)',
    '(kann|konnte|könnte|koennte) ~2 nicht mehr vor lachen',
    // "ich könnte mich erschießen, der Schlüssel liegt drinnen": annoyance at oneself.
    '(könnte|koennte|könnt|koennt) mich (erschießen|erschiessen|aufhängen|aufhaengen|ohrfeigen)',
    // "ich bringe mich um den Schlaf": depriving oneself of something.
    '(mich|dich|sich|uns) ~2 um (den|die|das|meinen|meine|mein|deinen|seinen|seine|ihren|ihre) (schlaf|verstand|job|ruf|geld|chance|freizeit|nachtruhe|erfolg|lohn|feierabend|wochenende)',
    // Cut or burnt by accident.
    'mich ~2 (beim|bei dem|bei der) (kochen|rasieren|schneiden|gemüse|gemuese|gemüseschneiden|zwiebelschneiden|brot|basteln|arbeiten|heimwerken|spülen|spuelen|abwaschen|grillen|backen)',
    'mich ~2 (an|mit) (einem|einer|dem|der) (papier|blatt|dose|herd|ofen|bügeleisen|buegeleisen|küchenmesser|kuechenmesser)',
    // Jumping into water, pills for a headache, a goodbye before a holiday or to colleagues.
    '(springen|springe|spring|springt) ~2 (ins|in den|in die) (wasser|see|fluss|pool|becken|meer|schwimmbad)',
    '(tabletten|pillen) ~4 gegen (die|meine)? (kopfschmerzen|migräne|migraene|schmerzen|erkältung|erkaeltung|allergie|übelkeit|uebelkeit|fieber|zahnschmerzen|regelschmerzen)',
    '(verabschiede|verabschieden) (mich|uns) ~3 (in den|in die|ins) (urlaub|ruhestand|rente|ferien|elternzeit|mutterschutz|wochenende|feierabend|pause|sommerpause|winterpause|bett)',
    '(mein|meine) (letzter|letzte|letztes) (beitrag|post|posting|nachricht) ~3 (vor dem|vorm|vor den|vor der|im|in diesem|für dieses|fuer dieses) (urlaub|ferien|umzug|prüfung|pruefung|prüfungen|pruefungen|klausur|reise|operation|feiertagen|weihnachten|jahr|monat)',
    '(abschiedsbrief|abschiedsbriefe) (an|für) (die|meine|meinen|unsere|das|den) (kollegen|kolleginnen|klasse|schule|team|firma|chef|chefin|mitarbeiter|schüler|verein|abteilung)',
    // A school subject, homework or a game too hard, and "ich will nicht mehr" said and stopped
    // (labelled.probe-leftovers.jsonl): "Mathe ist so schwer, ich will nicht mehr 😭" is giving up on
    // the homework. "Ich will nicht mehr" alone, "das Leben ist so schwer, ich will nicht mehr" and
    // "... ich will nicht mehr leben" still read.
    `${SCHOOL_OR_GAME} (ist|war|sind|waren|nervt|nerven) (so|zu|echt|voll|mega|einfach|total|richtig|sowas von)? (schwer|schwierig|anstrengend|nervig|blöd|bloed|doof|kacke|scheiße|scheisse|langweilig|unfair|hart|krass|unmöglich|unmoeglich)? , (ich will|ich mag|will|ich kann) (einfach)? nicht mehr $`,
    `^ (ich will|ich mag|will|ich kann) (einfach)? nicht mehr , ${SCHOOL_OR_GAME} (ist|war|sind|waren|nervt|nerven)`,
  ]),
  // Times: today and again bring a phrase back to now; yesterday is recent but over.
  ...phrases('recent', 1, ['(heute|heute nacht|heute abend|heute morgen|heute früh|heute frueh|schon wieder|wieder|vorhin|gerade eben|eben gerade)']),
  ...phrases('earlier', 1, ['(gestern|gestern abend|gestern nacht|letzte nacht|letzte woche|letzten monat|vorgestern|vor #num tagen|vor ein paar tagen)']),
  ...phrases('now', 1, ['(jetzt|momentan|zurzeit|derzeit|mittlerweile|inzwischen|immer noch|noch immer|in letzter zeit)']),
  // A job or a town one wants to leave: "ich will nicht mehr hier sein, ich kündige morgen".
  ...phrases('hyperbole', 1, ['(ich kündige|ich kuendige|kündige ich|kuendige ich|gekündigt|gekuendigt|meine kündigung|meine kuendigung|ich ziehe um|ziehe ich um|ich wechsle den job)']),
  ...phrases('past', 1, ['(früher|damals|vor (#num|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|ein paar|einigen|vielen) jahren|als ich (jung|kind|teenager|klein) war)']),
  ...phrases('recovery', 1, ['seit ~3 nicht mehr', '(clean|frei) seit', 'es geht mir (besser|gut)']),
  ...phrases('news', 1, ['(laut|nach) (einer|der|einem) (studie|bericht|umfrage)', '(suizidrate|selbstmordrate)', '(lehrbuch|fachbuch|vorlesung|pharmakologie|toxikologie|klausur|studium)']),
  ...phrases('supportive', 1, ['wir sind für dich da', 'du bist nicht allein', 'tu dir nichts an']),
  ...phrases('concern', 1, ['was soll ich tun', 'wie kann ich (ihr|ihm) helfen', 'ich mache mir sorgen']),
  ...phrases('relation', 1, ['(mein|meine) (freund|freundin|bruder|schwester|mutter|vater|sohn|tochter|mann|frau)']),
];
