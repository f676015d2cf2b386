import { phrases, type LexiconEntry } from './lexicon-entry';

/**
 * Danger from someone else in the other languages the classifier reads: Spanish, French, German,
 * Dutch, Italian and Portuguese. Fewer and plainer than English (danger.en.ts): a partner or a
 * parent named, hitting the writer ("mi marido me pega", "mon mari me frappe", "mein Mann schlägt
 * mich"), and a threat to kill with what makes it real ("si lo dejo", "si je le quitte", "wenn ich
 * ihn verlasse"). The hyperbole of every language ("mi madre me va a matar cuando vea las notas",
 * "ma mère va me tuer") says neither, so it is not read.
 */
export const DANGER_MULTI: readonly LexiconEntry[] = [
  // Spanish. "me pega" is also a cold caught, a telling-off, a colour that suits: only where the
  // sentence says no more than that, or goes on as violence does ("cuando bebe", "todos los días").
  ...phrases('hurt_by_other', 0.75, [
    'mi (marido|esposo|novio|pareja|ex|padre|papa|padrastro|madre|mama|madrastra|tio) me (golpea|golpeaba|golpeo|maltrata|maltrataba|maltrato|ahorca|ahorco|estrangula|estrangulo|abofetea|abofeteo)',
    'me (golpea|golpeo|maltrata|ahorca|estrangula) mi (marido|esposo|novio|pareja|ex|padre|papa|padrastro|madre|mama)',
    'mi (marido|esposo|novio|pareja|ex|padre|papa|padrastro|madre|mama|madrastra|tio) me (pega|pegaba|pego|patea|pateaba|pateo) (cuando|todos los dias|a diario|siempre|mucho|otra vez|de nuevo|y|delante de|ayer|anoche|hoy)',
    'mi (marido|esposo|novio|pareja|ex|padre|papa|padrastro|madre|mama|madrastra|tio) me (pega|pegaba|pego) $',
    'me (pega|pego) mi (marido|esposo|novio|pareja|ex|padre|papa|padrastro) $',
    '(sufro|vivo con|estoy sufriendo) (violencia|maltrato) (de genero|domestica|en casa|de mi (marido|esposo|novio|pareja))?',
  ], { about: 'self' }),
  ...phrases('threatened', 0.9, [
    'me (va a|quiere|dijo que me iba a|dice que me va a) matar si (lo|la) (dejo|denuncio) $',
    'me (va a|quiere|dijo que me iba a|dice que me va a) matar si (se lo cuento|cuento|digo) (a alguien|algo) $',
  ], { about: 'self' }),
  // A threat told without its condition, as in English "he said he'd kill me": only beside another sign.
  ...phrases('threatened', 0.45, [
    'mi (marido|esposo|novio|pareja|ex|padre|padrastro) (me)? (dijo|dice|amenazo|amenaza) (que)? (me va a|me iba a|con) matar(me)?',
    '(mon|ma) (mari|copain|conjoint|compagnon|ex|pere|beau pere) (me menace|m a menace|menace|menacait) de me tuer',
    '(mein|meine) (mann|freund|partner|ex|vater|stiefvater) (droht|drohte|hat gedroht) (mir|mich)? ,? (mich)? (umzubringen|zu toten)',
    '(meu|minha) (marido|namorado|companheiro|ex|pai|padrasto) (ameacou|ameaca|disse que vai) me matar',
    '(mio|mia) (marito|ragazzo|fidanzato|compagno|ex|padre|patrigno) (minaccia|ha minacciato|mi ha detto che) (di)? (ammazzarmi|uccidermi|mi ammazza|mi uccide)',
  ], { about: 'self' }),
  // French
  ...phrases('hurt_by_other', 0.75, [
    '(mon|ma) (mari|copain|conjoint|compagnon|ex|pere|beau pere|mere|belle mere|oncle) (me frappe|me frappait|me bat|me battait|me tabasse|m etrangle|me gifle|me giflait|m a frappe|m a frappee|m a battu|m a battue|m a etrangle|m a etranglee|m a giflee|m a gifle)',
    '(il|elle) (me frappe|me bat|me tabasse|m etrangle|m a frappe|m a frappee|m a etranglee) (tous les jours|souvent|encore|quand il a bu|quand elle a bu|hier|ce soir|a nouveau)',
    '(je subis|victime de) (des violences conjugales|violences conjugales|de la violence conjugale)',
  ], { about: 'self' }),
  ...phrases('threatened', 0.9, [
    '(il|elle) (va|veut|a dit qu il allait|dit qu il va|menace de) me tuer si je (le|la) quitte',
    '(il|elle) (va|veut|a dit qu il allait|dit qu il va|menace de) me tuer si je (parle|porte plainte|le dis a quelqu\'un) $',
  ], { about: 'self' }),
  // "mon père me bat (toujours) aux échecs" beats at a game, as English "beat me at chess".
  ...phrases('figurative', 1, ['(bat|battait|battu|bats) ~3 (a|aux|au) (echecs|cartes|tennis|foot|ping pong|mario kart|fifa|jeu|jeux|jeux video|course|belote|scrabble|monopoly|dames|chaque partie)']),
  // German
  ...phrases('hurt_by_other', 0.75, [
    '(mein|meine) (mann|freund|partner|ex|vater|papa|stiefvater|mutter|mama|stiefmutter|onkel) (schlagt|schlug|verprugelt|verprugelte|wurgt|wurgte|misshandelt|misshandelte) mich',
    '(mein|meine) (mann|freund|partner|ex|vater|papa|stiefvater|mutter|mama|stiefmutter|onkel) hat mich (geschlagen|verprugelt|gewurgt|misshandelt)',
    '(er|sie) (schlagt|verprugelt|wurgt|misshandelt) mich (jeden tag|oft|immer wieder|wenn er getrunken hat)',
    '(ich erlebe|ich erfahre|opfer von) (hausliche gewalt|gewalt in der beziehung)',
  ], { about: 'self' }),
  ...phrases('threatened', 0.9, [
    '(er|sie) (will|wird|hat gesagt er|droht) mich (umzubringen|umbringen|toten|zu toten) , wenn ich (ihn|sie) verlasse',
    '(er|sie) (will|wird|hat gesagt er|droht) mich (umzubringen|umbringen|toten|zu toten) , wenn ich (es jemandem sage|zur polizei gehe|etwas sage)',
    '(droht|drohte|hat gedroht|hat angedroht) , mich (umzubringen|zu toten)',
  ], { about: 'self' }),
  // "schlägt mich beim Schach", and "schlägt mich als Trauzeugen vor" (proposes me).
  ...phrases('figurative', 1, [
    '(schlagt|schlug) mich (immer|oft|jedes mal|wieder|standig)? (beim|im|in|bei) (schach|tennis|fussball|kartenspiel|mario kart|fifa|tischtennis|monopoly|scrabble|rennen|spiel|wettrennen)',
    '(schlagt|schlug) mich ~6 vor $',
  ]),
  // Dutch
  ...phrases('hurt_by_other', 0.75, [
    '(mijn|m n|mn) (man|vriend|partner|ex|vader|papa|stiefvader|moeder|mama|stiefmoeder|oom) (slaat|sloeg|schopt|schopte|wurgt|wurgde|mishandelt|mishandelde) (me|mij)',
    '(ik word|ik werd) (geslagen|mishandeld) door (mijn|m n|mn) (man|vriend|partner|ex|vader|moeder|stiefvader)',
  ], { about: 'self' }),
  ...phrases('threatened', 0.9, [
    '(hij|zij|ze) (gaat|wil|zei dat hij|zegt dat hij|zei dat ze|zegt dat ze|dreigt) (me|mij) (gaat|zal|te)? (vermoorden|doodmaken|dood te maken) , als ik (hem|haar) (verlaat|ga verlaten)',
  ], { about: 'self' }),
  ...phrases('figurative', 1, ['(slaat|sloeg) (me|mij) ~3 (met|bij|in) (schaken|dammen|tennis|voetbal|kaarten|fifa|mario kart|spelletjes|het spel)']),
  // Italian
  ...phrases('hurt_by_other', 0.75, [
    '(mio|mia) (marito|ragazzo|fidanzato|compagno|ex|padre|papa|patrigno|madre|mamma|matrigna|zio) mi (picchia|picchiava|mena|menava|strangola|strangolava|maltratta|maltrattava|prende a schiaffi|ha picchiato|ha picchiata|ha menato|ha menata|ha strangolato|ha strangolata)',
    '(subisco|vittima di) (violenza domestica|violenze domestiche|maltrattamenti)',
  ], { about: 'self' }),
  ...phrases('threatened', 0.9, [
    'mi (ammazza|uccide|ammazzera|uccidera|vuole ammazzare|vuole uccidere|ha detto che mi ammazza|minaccia di ammazzarmi) se (lo|la) (lascio|denuncio) $',
  ], { about: 'self' }),
  // Portuguese
  ...phrases('hurt_by_other', 0.75, [
    '(meu|minha) (marido|namorado|companheiro|ex|pai|padrasto|mae|madrasta|tio) me (espanca|espancava|espancou|agride|agredia|agrediu|enforca|enforcou|estrangula|estrangulou)',
    '(meu|minha) (marido|namorado|companheiro|ex|pai|padrasto|mae|madrasta|tio) me (bate|batia|bateu) (quando|todo dia|todos os dias|sempre|muito|de novo|e|na frente|ontem|hoje)',
    '(meu|minha) (marido|namorado|companheiro|ex|pai|padrasto|mae|madrasta|tio) me (bate|batia|bateu) $',
    '(sofro|vitima de) (violencia domestica|agressao em casa)',
  ], { about: 'self' }),
  ...phrases('threatened', 0.9, [
    '(ele|ela) (vai|quer|disse que vai|ameaca) me matar se eu (o|a)? (deixar|largar|denunciar) $',
    '(ele|ela) (vai|quer|disse que vai|ameaca) me matar se eu (contar|falar) (para|pra) (alguem|a policia|ninguem) $',
  ], { about: 'self' }),

  // A probe in six languages (labelled.probe-languages.jsonl): the threat with its condition first,
  // and choking told with a time between.
  ...phrases('threatened', 0.9, [
    'si (lo|la) (dejo|denuncio) (me mata|me va a matar|me matara) $',
    'si je (le|la) quitte (il|elle) me (tue|tuera|tuerait) $',
    'se (lo|la) lascio mi (ammazza|uccide|ammazzera|uccidera) $',
    'se eu (o|a)? (deixar|largar|for embora) (ele|ela) me mata $',
    'wenn ich (ihn|sie) verlasse , (bringt|bringe) (er|sie) mich um',
    '(beim nachsten mal|nachstes mal) (bringt|bringe) (er|sie) mich um',
    '(hij|zij|ze) me (vermoordt|vermoord|doodmaakt) als ik (weg ga|wegga|hem verlaat|haar verlaat|ga) $',
  ], { about: 'self' }),
  ...phrases('strangled', 0.85, ['(mein|meine) (mann|freund|partner|ex|vater|papa|stiefvater|mutter|mama|stiefmutter) hat mich ~2 (gewurgt|erwurgt)'], { about: 'self' }),
  ...phrases('strangled', 0.45, ['me (agarro|agarra|apreto|aprieta|apreta) (del|el) cuello'], { about: 'self', note: 'a hug or a cat too: counts beside the danger' }),
];
