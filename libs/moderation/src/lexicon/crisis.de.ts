import { phrases, type LexiconEntry } from './lexicon-entry';

/**
 * German crisis language. "nicht" inside a phrase's gap negates it ("ich werde mich nicht
 * umbringen"); umlauts are optional ("möchte", "mochte" and "moechte" all match).
 */
export const CRISIS_DE: readonly LexiconEntry[] = [
  ...phrases('active_ideation', 0.9, [
    '(ich will|ich möchte|ich moechte|ich wünschte|ich wuenschte|ich würde gern|ich wuerde gern|will|möchte) (sterben|tot sein|mich umbringen|mich töten|mir das leben nehmen|verschwinden|nicht mehr da sein|nicht mehr existieren)',
    '(ich denke|denke) ~2 (an|über|ueber) (selbstmord|suizid|den tod|sterben|mich umzubringen)',
    '(mich umbringen|mich töten|mir das leben nehmen|mich umzubringen)',
  ]),
  ...phrases('intent', 0.95, ['(ich werde|werde) mich ~3 (umbringen|töten|toeten)', '(ich bringe|bringe) mich um', '(ich werde|werde) mir ~3 das leben nehmen'], {
    about: 'self',
  }),
  ...phrases('suicidal_state', 0.9, ['ich bin (suizidal|selbstmordgefährdet|suizidgefährdet)', 'ich habe (suizidgedanken|selbstmordgedanken)'], { about: 'self' }),
  ...phrases('suicidal_state', 0.75, ['(suizidgedanken|selbstmordgedanken|suizidale gedanken)'], { needsSubject: true }),
  ...phrases('passive_ideation', 0.8, [
    'ich (will|möchte|moechte|mag) nicht mehr leben',
    // "Ich wünschte, ich wäre tot": German puts a comma before the clause.
    '(ich wünschte|ich wuenschte|ich wünsche mir|ich wuensche mir) , (ich wäre|ich waere|ich wär|ich waer) (einfach|lieber)? (tot|nie geboren|nicht mehr am leben|nicht mehr da)',
    'lieber tot',
    'ich will nicht mehr aufwachen',
    '(kein|keinen) grund (mehr)? zu leben',
  ], { about: 'self' }),
  ...phrases('hopelessness', 0.55, ['ich kann nicht mehr', '(alles ist|es hat alles) (keinen sinn|sinnlos)', 'keinen sinn mehr'], { about: 'self' }),
  ...phrases('hopelessness', 0.45, ['(hoffnungslos|keine hoffnung)'], { about: 'self' }),
  ...phrases('burden', 0.75, ['(alle|sie|meine familie) (wären|waren|waeren) ~2 besser dran ohne mich'], { about: 'self' }),
  ...phrases('burden', 0.6, ['ich bin ~2 (eine|ne) last'], { about: 'self' }),
  ...phrases('self_harm', 0.75, [
    '(ich ritze mich|ritze mich|mich ritzen|mich geritzt|ich verletze mich|mich selbst verletzen|selbstverletzung|ich schneide mich|mich selbst verletzt)',
  ], { about: 'self' }),
  ...phrases('means', 0.45, ['(tabletten|pillen|seil|strick|brücke|pistole|waffe|messer|klinge|rasierklinge|gift)']),
  ...phrases('plan', 0.85, ['(tabletten|pillen) (gesammelt|gehortet|gespart)', '(nehme|schlucke) (sie|die tabletten|die pillen) ~2 alle'], { about: 'self' }),
  ...phrases('timing_now', 0.6, ['(heute nacht|heute abend|heute|jetzt|gleich|sofort)']),
  ...phrases('timing_soon', 0.5, ['(morgen|am wochenende)']),
  ...phrases('goodbye', 0.85, ['(das ist|dies ist|hier ist) mein letzter (beitrag|post|brief|eintrag)', 'mein letzter (beitrag|post|brief)'], { about: 'self' }),
  ...phrases('goodbye', 0.7, ['(lebt|lebe) wohl', 'lebewohl']),
  ...phrases('attempt', 0.75, ['ich habe versucht mich (umzubringen|zu töten)'], { about: 'self' }),
  ...phrases('attempt', 0.7, ['(suizidversuch|selbstmordversuch)'], { needsSubject: true }),
  // "Schluss machen" is ending it, unless it ends something named: "Schluss mit der Arbeit".
  ...phrases('intent', 0.6, ['(mache|machen|mach) ich schluss $', '(ich mache|ich mach|werde ich) ~2 schluss $', '(ich will|ich möchte|ich moechte) schluss machen $'], { about: 'self' }),
  // Wanting to be dead, said as German speakers say it: "ich will nicht mehr", "keinen Bock mehr
  // zu leben", "lebensmüde", "einschlafen und nie wieder aufwachen". Umlauts are also written
  // "ae/oe/ue", which the text does not fold, so both spellings are listed where it matters.
  ...phrases('passive_ideation', 0.8, [
    '(kein|keinen|keine) (bock|lust|kraft|grund|sinn) mehr (zu leben|zum leben|auf leben|aufs leben|auf das leben|am leben)',
    'ich (will|möchte|moechte|mag|würde gern|wuerde gern|würde gerne|wuerde gerne|wünschte|wuenschte) (morgens|morgen|einfach)? (nicht mehr|nie mehr|nie wieder) aufwachen',
    '(einschlafen|einzuschlafen) und (nicht mehr|nie mehr|nie wieder) (aufwachen|aufzuwachen)',
    'ich (hoffe|wünschte|wuenschte) ~2 (ich wache|ich wach|dass ich) ~2 (nicht mehr|nie mehr|nie wieder) (auf|aufwache)',
    '(für immer|fuer immer) (einschlafen|schlafen)',
    '(ich würde|ich wuerde|ich möchte|ich moechte|würde ich|wuerde ich) (am liebsten|so gern|so gerne) (sterben|tot sein|nicht mehr leben)',
    '(am liebsten|besser) (wäre|waere|wär|waer) ich tot',
    '(wäre|waere|wär|waer) ich doch tot',
    'ich (wäre|waere|wär|waer) (am liebsten|besser) tot',
    'ich (wünschte|wuenschte|wünsche mir|wuensche mir) ~2 (ich wäre|ich waere|ich wär|ich waer) (nicht mehr am leben|nie geboren|nicht mehr da|tot)',
    '(ich bin|bin|ich fühle mich|ich fuehle mich|ich fühl mich|fühle mich) ~2 (lebensmüde|lebensmuede)',
    '(müde|muede|satt|überdrüssig|ueberdruessig) (vom leben|von diesem leben|des lebens|zu leben)',
    '(des lebens|das leben|mein leben) (so)? (müde|muede|satt|überdrüssig|ueberdruessig)',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.8, ['(will|möchte|moechte|mag) nicht mehr leben'], {
    note: 'whose wish it is is read from the subject: "und will nicht mehr leben", "er will nicht mehr leben"',
  }),
  ...phrases('passive_ideation', 0.65, [
    'ich (will|möchte|moechte|mag) (einfach)? nicht mehr (hier sein|da sein|auf der welt sein|existieren|am leben sein)',
  ], { about: 'self', note: '"nicht mehr hier sein" can be a job or a town; counts a little less' }),
  // "Ich will nicht mehr." standing alone is the classic German crisis sentence; "ich will nicht
  // mehr warten" says what is no longer wanted, and does not match ($).
  ...phrases('passive_ideation', 0.6, ['^ (ich will|ich mag|will) (einfach)? nicht mehr $'], { about: 'self' }),
  // "Ich wünschte, ich wäre tot" is read whole above (" , "); "ich wäre lieber tot" on its own counts a little.
  ...phrases('passive_ideation', 0.45, ['^ (ich wäre|ich waere|ich wär|ich waer) (lieber|einfach)? (tot|nie geboren|nicht mehr am leben) $'], { about: 'self' }),

  // Acting on it: the reflexive method verbs, "mir was antun", "meinem Leben ein Ende setzen".
  ...phrases('active_ideation', 0.9, [
    'mich (toeten|zu toeten|aufhängen|aufhaengen|aufzuhängen|aufzuhaengen|erhängen|erhaengen|zu erhängen|zu erhaengen|erschießen|erschiessen|zu erschießen|zu erschiessen|vergiften|zu vergiften|ertränken|ertraenken|zu ertränken|umbringe|töte|toete|erhänge|erhaenge)',
    'mich vor (einen|den|die|ein|das) (zug|u bahn|s bahn|bahn|lkw|laster|auto|bus) (werfen|zu werfen|schmeißen|schmeissen|legen|zu legen)',
    '(mir|die) pulsadern (aufschneiden|aufzuschneiden|aufritzen|aufschlitzen)',
    'mir (was|etwas|etwas schlimmes) (antun|anzutun|antue)',
    '(ich tu|ich tue|tu|tue) mir (was|etwas) an',
    '(meinem|mein) leben (ein ende|ein end) (setzen|zu setzen|machen|zu machen|bereiten|zu bereiten)',
    'ich (will|möchte|moechte|werde|werd|würde gern|wuerde gern) ~2 (von|vom|aus dem) (der|einer|dem|einem)? (brücke|bruecke|hochhaus|dach|balkon|fenster|klippe|turm|parkhaus) (springen|stürzen|stuerzen)',
    'ich (will|möchte|moechte|werde|werd) ~2 (vor|unter) (einen|den|die|ein|das) (zug|u bahn|s bahn|bahn|lkw|laster) (springen|laufen|gehen)',
  ], { about: 'self' }),
  ...phrases('active_ideation', 0.9, ['(selbstmord|suizid) (begehen|zu begehen|machen|zu machen)'], {
    note: 'whose it is is read from the subject: "ich will", "er will"',
  }),
  ...phrases('active_ideation', 0.75, ['allem ein ende (setzen|zu setzen|machen|zu machen|bereiten)', 'ich (will|möchte|moechte) (einfach)? alles beenden $'], { about: 'self' }),
  ...phrases('suicidal_state', 0.9, [
    'ich (bin|fühle mich|fuehle mich|fühl mich|werde) ~3 (suizidal|selbstmordgefährdet|suizidgefährdet|selbstmordgefaehrdet|suizidgefaehrdet)',
    'ich (habe|hab|hatte wieder|bekomme|kriege|krieg) ~3 (suizidgedanken|selbstmordgedanken|suizidale gedanken|todesgedanken|todeswünsche|todeswuensche)',
  ], { about: 'self' }),
  ...phrases('suicidal_state', 0.75, ['(suizidal|todeswünsche|todeswuensche|todesgedanken)'], { needsSubject: true }),
  ...phrases('intent', 0.95, [
    '(ich bring|ich bringe|bring|bringe) mich ~3 um',
    '(bring|bringe) ich mich ~3 um',
    '(ich werd|werd) mich ~3 (umbringen|töten|toeten)',
    '(ich werde|werde|ich werd|werd) mich ~3 (erhängen|erhaengen|aufhängen|aufhaengen|erschießen|erschiessen|vergiften)',
    '(ich nehme|nehme|ich nehm|nehm) mir ~3 das leben',
    '(nehme|nehm) ich mir ~3 das leben',
    '(ich begehe|begehe) ~2 (selbstmord|suizid)',
  ], { about: 'self' }),
  // "ich springe heute von der Brücke"; into water it is a summer swim (context.de.ts).
  ...phrases('intent', 0.8, ['ich (springe|spring) ~3 (von der|vom|von einer|von einem) (brücke|bruecke|hochhaus|dach|klippe|parkhaus)'], { about: 'self' }),

  // Asking how: the lethal amount, the painless way.
  ...phrases('method_seeking', 0.9, [
    'wie viele (tabletten|pillen|schlaftabletten|paracetamol|ibuprofen|medikamente) ~4 (tödlich|toedlich|um zu sterben|zum sterben|sterben|tot)',
    'wie (bringe|bring) ich mich ~3 um',
    'wie (kann|könnte|koennte) (man|ich) ~2 (schmerzlos|schnell|sicher|friedlich) sterben',
    '(schmerzlos|schmerzlose|schmerzlosen|schmerzloseste|schmerzlosesten|schnellste|schnellsten|sicherste|sichersten|einfachste|einfachsten) (art|weg|methode|möglichkeit|moeglichkeit) (zu sterben|sich umzubringen|mich umzubringen|sich das leben zu nehmen|mir das leben zu nehmen)',
  ], { about: 'self' }),
  ...phrases('method_seeking', 0.25, ['(tödliche|toedliche|letale) (dosis|menge)'], {
    questionWeight: 0.9,
    note: 'asked, it is seeking; named in a pharmacology text it is not (kept under the decision floor)',
  }),
  ...phrases('means_access', 0.75, [
    'ich (habe|hab) (mir)? (ein|einen|das|den|die|genug|schon)? (seil|strick|tabletten|schlaftabletten|pillen|pistole|waffe|rasierklingen|klingen|gift) (gekauft|besorgt|gesammelt|gehortet|bereitgelegt|versteckt|zurückgelegt|zurueckgelegt)',
  ]),

  // Goodbyes.
  ...phrases('goodbye', 0.85, [
    '(tschüss|tschuess|tschüs|tschau|ciao|bye|auf wiedersehen|lebt wohl|macht es gut|machts gut) (für immer|fuer immer|ein letztes mal)',
    '(verabschiede mich|verabschieden) ~3 (für immer|fuer immer)',
    '(ich bin|bin ich) (dann)? (schon|bereits|längst|laengst) tot',
    '(meine|das ist meine|dies ist meine) letzte nachricht',
    'mein letztes (posting|video|lebenszeichen)',
    '(einen|meinen|nen|die|meine) (abschiedsbrief|abschiedsbriefe) (geschrieben|schreiben|verfasst|hinterlassen|fertig)',
    '(ich habe|ich hab) ~2 (abschiedsbrief|abschiedsbriefe)',
  ], { about: 'self' }),
  ...phrases('goodbye', 0.6, [
    '(wenn|sobald|nachdem) ich (tot|nicht mehr da|nicht mehr hier|nicht mehr am leben|gestorben) (bin)?',
    'ich werde nicht mehr (lange)? (da|hier|am leben) sein',
  ], { about: 'self' }),
  ...phrases('goodbye', 0.45, ['(bin ich|ich bin) (dann)? nicht mehr (da|am leben|hier)'], { about: 'self' }),
  ...phrases('goodbye', 0.4, ['wenn ihr (das|dies|diesen post|diesen beitrag|diese nachricht) (lest|lesen)'], {
    about: 'self',
    note: 'also a trip ("bin ich schon im Flieger"): counts beside other signs',
  }),
  ...phrases('goodbye', 0.35, [
    '(ich wollte|wollte|ich will|ich möchte|ich moechte) mich (nur|noch)? (von euch|von allen|bei euch|von euch allen) verabschieden',
    'ich verabschiede mich (von euch|von allen|von euch allen)',
    '(es tut mir leid|tut mir leid|verzeiht mir) für alles',
    'verzeiht mir',
  ], { about: 'self', note: 'leaving a forum or a job too: counts beside other signs' }),
  // Under the decision floor, so "danke für alles, bis morgen" is not a farewell with a date.
  ...phrases('goodbye', 0.25, ['(danke|vielen dank) (für|fuer) alles'], { about: 'self' }),
  ...phrases('goodbye', 0.85, ['(danke|vielen dank) (für|fuer) alles (und)? (lebt wohl|tschüss|tschuess|adieu|auf wiedersehen)'], { about: 'self' }),
  ...phrases('giving_away', 0.45, ['kümmert euch (bitte|doch|dann)? um (meine|meinen|mein) (katze|kater|hund|kinder|tiere|haustiere|pflanzen|familie|mama|mutter)'], { about: 'self' }),

  // An attempt under way: every pill taken, on the tracks, the wrists cut.
  ...phrases('attempt_now', 0.85, [
    '(alle|sämtliche|saemtliche|die ganzen|meine ganzen|die restlichen|#num|viel zu viele) ~2 (tabletten|pillen|schlaftabletten|medikamente|ibuprofen|paracetamol|antidepressiva|tabs) ~3 (genommen|geschluckt|eingenommen|eingeworfen)',
    '(ganze|ganzen) (packung|schachtel|dose|flasche|blister) ~3 (genommen|geschluckt|eingenommen|eingeworfen)',
    'sie ~2 alle (genommen|geschluckt|eingenommen)',
    '(mir)? (die)? pulsadern (aufgeschnitten|aufgeritzt|aufgeschlitzt)',
    '(strick|schlinge|seil|gürtel|guertel) (ist|liegt|hängt|haengt)? (schon|bereits)? (um meinen hals|um den hals)',
    '(der strick|die schlinge) (hängt|haengt|ist) (schon|bereits) (fest|bereit|da|geknüpft|geknuepft)?',
    'ich (stehe|steh|sitze|sitz|liege|lieg) ~2 auf den (gleisen|schienen)',
    'auf (der|dem|einer|einem) (brücke|bruecke|dach|hochhaus|klippe|balkon|brüstung|bruestung|geländer|gelaender) (und)? ~3 (springen|runterspringen|springe|spring)',
  ], { about: 'self', minNumber: 10 }),
  ...phrases('attempt_now', 0.7, ['zu viele (tabletten|pillen|schlaftabletten|medikamente) (genommen|geschluckt|eingenommen)'], { about: 'self' }),
  ...phrases('attempt_now', 0.6, ['die (tabletten|pillen|schlaftabletten) (schon|bereits|jetzt) (genommen|geschluckt)'], {
    about: 'self',
    note: '"die Tabletten" are ones already spoken of; "meine Tabletten schon genommen" is routine and does not match',
  }),
  ...phrases('attempt_now', 0.45, ['ich (stehe|steh|sitze|sitz|bin) ~2 auf (der|einer|dem) (brücke|bruecke|dach|hochhaus|brüstung|bruestung|klippe)'], {
    about: 'self',
    note: 'also waiting for someone: counts beside other signs',
  }),
  ...phrases('attempt', 0.75, ['ich (habe|hab) (versucht|probiert) ~2 (mich umzubringen|mich zu töten|mich zu toeten|mir das leben zu nehmen|mich zu erhängen|mich aufzuhängen)'], { about: 'self' }),

  // Self-harm: "SVV", "Ritzdruck", cutting again, burning on purpose.
  ...phrases('self_harm', 0.75, [
    'mich ~3 geritzt',
    'mich ~2 (wieder|schon wieder|erneut|absichtlich|mit absicht|extra) (geritzt|geschnitten|verbrannt|verletzt|geschlagen)',
    'mich ~3 (verbrannt|geschnitten|verletzt|geschlagen) ~2 (mit absicht|absichtlich)',
    'mich (selbst|selber) (schlagen|schlage|geschlagen|verbrennen|verbrenne|verbrannt|verletze|verletzt|bestrafe|bestrafen)',
    '(ich verbrenne|ich schlage|ich schlag) mich (selbst|selber)',
    'mir (die arme|den arm|die beine|das bein|die handgelenke) (aufgeschnitten|aufgeritzt|geritzt|zerschnitten)',
  ], { about: 'self' }),
  ...phrases('self_harm', 0.8, ['(svv|selbstverletzendes verhalten)'], { needsSubject: true }),
  ...phrases('self_harm_urge', 0.8, [
    '(ritzdruck|svv druck|schneidedruck)',
    '(drang|druck|lust|bedürfnis|beduerfnis) ~3 (zu ritzen|mich zu ritzen|mich zu schneiden|mich zu verletzen|mich selbst zu verletzen)',
  ], { about: 'self' }),

  // Hopelessness and being a burden.
  ...phrases('hopelessness', 0.55, [
    'ich (halte|halt|ertrage|ertrag) (das|es|das alles|alles|das leben|mein leben|diese leere|diesen schmerz) (einfach)? nicht mehr (aus)?',
    '(ich sehe|seh|ich seh|sehe) (einfach)? keinen (ausweg|sinn|grund) mehr',
    'es gibt keinen ausweg (mehr)?',
    'es wird (nie|niemals) (besser|wieder gut) $',
  ], { about: 'self' }),
  ...phrases('burden', 0.75, ['ohne mich (wären|waren|waeren|wär|waer) ~3 besser dran'], { about: 'self' }),
  ...phrases('burden', 0.6, [
    'ich bin ~2 (eine|ne) (belastung|zumutung)',
    '(niemand|keiner|keine sau) (würde|wuerde|wird) mich (vermissen|vermisst)',
    'ich bin (allen|jedem|euch|allen anderen) (nur)? im weg',
  ], { about: 'self' }),
  ...phrases('self_hate', 0.35, ['ich hasse mich (selbst|so sehr)?', 'ich bin (so)? (wertlos|nichts wert|ein nichts)'], { about: 'self' }),

  // Someone else.
  ...phrases('active_ideation', 0.85, ['(will|möchte|wolle) sich (umbringen|töten|das leben nehmen)', 'sich (umbringen|das leben nehmen)'], { about: 'other' }),
  ...phrases('self_harm', 0.7, ['(ritzt sich|sich ritzen|verletzt sich)'], { about: 'other' }),

  // A probe of crisis as members write it in this language (labelled.probe-languages.jsonl),
  // each line beside its everyday twins in probe-languages.spec.ts.
  // Austrian and Swiss German: "i wü nimma leben", "ich mag nümme", "kei Chraft meh zum läbe".
  ...phrases('passive_ideation', 0.8, [
    '(i|ich) (wü|wui|will|mog|mag) (nimma|nimmer|nümme|numme) (leben|lebn|läbe)',
    '(ka|kei|koa|kein|keine) (kraft|chraft|bock|lust) (mehr|meh|mea) (zum|zu) (leben|lebn|läbe)',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.45, ['^ (i|ich) (mag|mog|wü|will) (nümme|numme|nimma|nimmer) $'], { about: 'self', note: 'also said when full: counts beside another sign' }),
  ...phrases('hopelessness', 0.55, ['(ich|i)? (pack|packe|schaff|schaffe) (das|es) (alles)? (einfach)? nicht mehr $'], { about: 'self' }),
  // Pills taken from home, and when: "wenn alle schlafen nehm ich die".
  ...phrases('means_access', 0.75, ['(ich habe|ich hab|hab|habe) ~3 (tabletten|schlaftabletten|pillen|medikamente) ~4 (eingesteckt|geklaut|gestohlen|mitgenommen|gebunkert)'], { about: 'self' }),
  ...phrases('plan', 0.8, ['wenn (alle|alle anderen|die anderen|meine eltern|meine familie|mama|papa) (schlafen|eingeschlafen sind|weg sind|nicht da sind|aus dem haus sind) (nehm|nehme|schluck|schlucke) ich (die|sie) (alle)? $'], { about: 'self' }),
  ...phrases('goodbye', 0.45, ['(das ist|dies ist|hier ist) mein abschied $', '(ihr wart|du warst|ihr seid) (die einzigen|der einzige|die einzige) (die|der) (mir)? (zugehört|zugehoert|zugehort|geholfen)'], {
    about: 'self',
    note: 'also a club or a job left: counts beside another sign',
  }),
  ...phrases('intent', 0.45, ['dass ich (heute|heute nacht|heute abend|morgen|bald|jetzt)? schluss (mache|mach) $'], { about: 'self', note: 'also calling it a night: counts beside another sign' }),
  ...phrases('active_ideation', 0.9, [
    'mich (vorn|vors|vor nen|vor n) (zug|u bahn|s bahn|bahn|lkw|laster|auto|bus) (werfen|zu werfen|schmeißen|schmeissen|zu schmeißen|zu schmeissen|legen|zu legen)',
    'mich vor (einen|den|die|ein|das) (zug|u bahn|s bahn|bahn|lkw|laster|auto|bus) (zu schmeißen|zu schmeissen)',
  ], { about: 'self' }),
  // A rope put by, and how long: "ich weiß nicht, wie lange ich noch warte" (company for the means).
  ...phrases('plan', 0.45, ['(ich weiß|ich weiss|weiß|weiss) (nicht)? , wie lange ich (noch)? (warte|durchhalte|aushalte)', '(ich weiß|ich weiss) (schon)? (wo|wann|wie) ich es (mache|tue|tun werde|machen werde)'], { about: 'self', note: 'also a bus, or a tattoo: counts beside the means' }),
  // Someone else's wish in a clause of its own: "dass sie nicht mehr leben will" (whose, from the subject).
  ...phrases('passive_ideation', 0.8, ['nicht mehr leben (will|möchte|moechte|mag|wolle|wollte)']),
  // Ending one's life said in the present: "heute Nacht beende ich mein Leben", "ich will mein Leben beenden".
  ...phrases('intent', 0.95, ['(heute|heute nacht|heute abend|morgen|jetzt) (beende|beend) ich mein leben $', 'ich (beende|beend) (heute|heute nacht|heute abend|morgen|jetzt)? mein leben $'], { about: 'self' }),
  ...phrases('active_ideation', 0.9, ['(ich will|ich möchte|ich moechte|ich würde gern|ich wuerde gern) (einfach)? mein leben beenden $'], { about: 'self' }),
];
