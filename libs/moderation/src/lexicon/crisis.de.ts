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
    'ich wünschte ich wäre tot',
    'ich wuenschte ich waere tot',
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
  // Someone else.
  ...phrases('active_ideation', 0.85, ['(will|möchte|wolle) sich (umbringen|töten|das leben nehmen)', 'sich (umbringen|das leben nehmen)'], { about: 'other' }),
  ...phrases('self_harm', 0.7, ['(ritzt sich|sich ritzen|verletzt sich)'], { about: 'other' }),
];
