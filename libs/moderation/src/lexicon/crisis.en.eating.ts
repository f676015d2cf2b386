import { phrases, type LexiconEntry } from './lexicon-entry';

/**
 * English eating-disorder danger: purging, laxatives, restriction, fasting for days, very low
 * weights and pro-ana goals, chewing and spitting, and the body's warning signs beside them
 * (fainting, chest pain, a heart that flutters or skips, blood). A probe (labelled.probe-eating)
 * found the lexicon read none of it: "I've been purging 6 or 7 times a day and my heart keeps
 * doing this fluttery thing" showed no hotline. Eating-disorder behaviour is self-harm (it kills
 * more people than any other mental illness, mostly through the heart), so it reports `self_harm`.
 *
 * Almost every word here is also everyday: purging a wardrobe, fasting for Ramadan, a cut at
 * 1,800 calories, laxatives before a colonoscopy, a baby's weight, "I fainted at the blood test",
 * "my heart flutters when he texts me", a stomach bug. So a behaviour counts only with what makes
 * it one (how often, after every meal, to lose weight, for days), numbers count only when they are
 * dangerously low, and a warning sign of the body counts in full only beside the behaviour in the
 * same sentence; alone it only adds a little to other evidence. Religious, medical and diet
 * fasting are read as everyday (the `figurative` entries at the end).
 *
 * Weights: 0.75 the behaviour said plainly; 0.85 the behaviour with a warning sign of the body;
 * ~0.45 needs company (a low weight alone, throwing up after every meal, which pregnancy does
 * too); 0.25 a warning sign of the body alone, which only adds to other evidence.
 *
 * Risk: self_harm grades moderate. A warning sign beside the behaviour is a medical emergency and
 * grades high (`self_harm_danger`).
 */

/** Every whole number from `from` to `to`, as a pattern group: "(25|26|...|42)". */
function numbers(from: number, to: number, step = 1): string {
  const values: number[] = [];
  for (let n = from; n <= to; n += step) values.push(n);
  return `(${values.join('|')})`;
}

/**
 * A dangerously low adult weight: up to 42 kg, or 95 lb (about 43 kg). Not a baby's 3.8 kg, not a
 * dieter's 78 kg. A decimal ("38.5kg") reads as two numbers, hence the optional second one.
 */
const LOW_WEIGHT = `(${numbers(25, 42)} #num? (kg|kgs|kilo|kilos|kilograms)|${numbers(55, 95)} #num? (lbs|lb|pounds))`;
/**
 * The kilograms without a unit, as goal weights are written ("cw 52 gw 45 ugw 40"); "40 lbs lighter" is
 * read as weight lost (a `figurative` entry). Not the pounds: a bare 65 is a healthy goal in kilograms.
 */
const LOW_WEIGHT_BARE = `(${LOW_WEIGHT}|${numbers(25, 42)})`;
/** A day's food at a few hundred calories or less (a gym cut is 1,800; 5:2 fast days are 500, for a day). */
const LOW_CALORIES = `${numbers(0, 600)} (cals|cal|calories|calorie|kcal|kcals)`;
/** Laxatives and what is taken like them. */
// Not "lax" alone: an airport (LAX) and a loose rule say it too.
const LAXATIVES = '(laxatives|laxative|laxies|laxs|lax pills|dulcolax|senokot|senna|bisacodyl|ex lax|exlax|diuretics|water pills)';
/** Purging, as members write it; "b/p" reads "b p", "b/p'd" "b pd". */
const PURGING = '(purge|purging|purged|purges|b p|b pd|b ped|b ping|b pping)';
/**
 * Purging and being sick on purpose, as verbs (not "the Great Purge"): what blood beside it comes
 * from. Not "throwing up" alone, which a stomach bug does, with blood too.
 */
const PURGE_ACT = `((purging|purged|i purge|b p|b pd|b ped|b ping|b pping)|(binge|binged|binging|bingeing) and (purge|purged|purging)|(making|made|make) myself (sick|throw up|vomit|puke))`;
/**
 * The behaviour, for a warning sign beside it. "Restricting" said of the writer ("restricting my
 * breathing", "restricted airflow", "restricting blood flow" are not); fasting only as a fast of days.
 * (Opening a sentence, "restricting" has a pattern of its own: `^` stands only at a pattern's start.)
 */
const BEHAVIOUR =
  `(${PURGE_ACT}|${LAXATIVES}|(been|im|i'm|i am|i|keep|kept|started|cant stop|can't stop|cannot stop|still|back to|and|but|from|the) restricting|starving myself|starved myself|water fast|water fasting|dry fast|dry fasting)`;
/** Blood, beside purging only. */
const BLOOD = '(blood|bleeding|bleeds|bled)';
/** A warning sign of the body: fainting, a heart that races or skips, chest pain. */
const BODY_SIGN =
  '(faint|fainted|fainting|faints|pass out|passed out|passing out|black out|blacked out|blacking out|collapsed|collapsing|(heart|hearts|heartbeat|heart beat|pulse) (keeps|is|s|has been|been|was|starts|started)? ~3 (flutter|fluttery|flutters|fluttering|skipping|skips|skipped|racing|races|pounding|pounds|irregular|stopping|doing (this|a|that) (weird|funny|fluttery|skippy|flippy|jumpy) thing)|heart rate (is|was|s|keeps|has been)? ~2 (low|dropping|dropped|crashing|crashed|in the (30 s|40 s|30s|40s|thirties|forties)|#num bpm)|palpitations|heart palps|palps|chest (pain|pains)|pain in my chest|pains in my chest|chest (hurts|is tight|feels tight|tightness))';
/** Milder signs: only ever beside the behaviour, never in full. */
const MILD_SIGN = '(dizzy|lightheaded|light headed|vision (goes|going|went|keeps going) (black|dark|blurry)|seeing stars|hair (is|s)? falling out)';

export const CRISIS_EN_EATING: readonly LexiconEntry[] = [
  // Purging: how often, after what, again. "Purging my wardrobe", "purge my camera roll" name a thing.
  ...phrases('self_harm', 0.75, [
    `${PURGING} (like|about|around|up to)? (#num|two|three|four|five|six|seven|eight|nine|ten|several|multiple|a few|so many) (or #num|to #num|#num)? (times|x|time)`,
    `${PURGING} (after|everything|all|every|each|whatever) ~3 (meal|meals|eat|ate|eaten|eating|dinner|lunch|breakfast|tea|binge|binges|food|snack|bite)`,
    `${PURGING} (daily|every day|everyday|every night|every meal|all day|all night|all weekend|all week|all the time|constantly|non stop|nonstop|again|tonight|today|last night|this morning|for days|for weeks)`,
    `(been|keep|kept|started|start|i|ive|i've|im|i'm|i am|i have|back to|cant stop|can't stop|cannot stop) ${PURGING} (again)? $`,
    '(binged|binging|bingeing|binge) (and|n|then)? (purged|purging|purge)',
    '(make|making|made|makes) @reflexive (throw up|vomit|puke|purge)',
    '(make|making|made|makes) @reflexive sick (after|straight after|right after) (every|each|every single)? (meal|meals|i eat|dinner|lunch|tea|breakfast|food)',
    '(throwing|throw|threw|throwin) up (on purpose|deliberately|intentionally|to lose weight|so i (dont|don\'t|wont|won\'t) (gain|put on))',
    '(stick|sticking|stuck|put|putting|shove|shoving) (my|her|his|their)? (fingers|finger|toothbrush|a toothbrush|spoon|a spoon) down (my|her|his|their) throat',
  ]),
  ...phrases('self_harm', 0.6, ['(make|making|made|makes) myself sick again $'], { note: 'also said of eating too much: needs no other sign, but a laugh halves it' }),
  ...phrases('self_harm', 0.45, [
    '(throwing up|throw up|threw up|vomiting|puking|being sick|been sick) (straight|right)? after (every|each|every single|all my) (meal|meals|time i eat|bite)',
  ], { note: 'pregnancy and a stomach bug say it too: only beside another sign' }),
  ...phrases('self_harm', 0.3, [
    '(teeth|enamel) (are|is|r)? (ruined|rotting|wrecked|eroded|destroyed|falling apart|crumbling)',
  ], { note: 'eroded by purging: only beside another sign' }),

  // Laxatives: after every meal, many at once, to lose weight. A doctor's prescription is none of these.
  ...phrases('self_harm', 0.75, [
    `${LAXATIVES} (after|with) (every|each|every single)? (meal|meals|binge|binges|time i eat|i eat|thing i eat)`,
    `${LAXATIVES} (to|so i can|so i|so that i) (lose weight|lose more|get rid of|purge|empty|flush|undo|compensate|make up for|feel empty|be empty|not gain|stay thin)`,
    `(abusing|abuse|abused|addicted to|hooked on|misusing|overusing|cant stop taking|can't stop taking) ${LAXATIVES}`,
  ]),
  ...phrases('self_harm', 0.75, [
    `(took|take|taking|taken|swallowed|swallowing|had|used|using) (like|about|around)? #num ${LAXATIVES}`,
    `${LAXATIVES} ~6 (like|about|around|up to)? #num (a day|per day|at once|at a time|a night|every day|daily|a go|in one go|tonight|today)`,
    // context.en reads "taking ... a day" as a question of dosing: these start before it or run past it.
    `(i|im|i'm|i am|been|ive been|i've been|started|start|keep|now|still|was) (taking|take|took|having|using|swallowing|popping) (like|about|around|up to)? #num ${LAXATIVES} (a day|per day|daily|every day|at once|at a time|a night)`,
    `(taking|take|took|having|using|swallowing|popping) (like|about|around|up to)? #num ${LAXATIVES} (a day|per day|daily|every day|at once|at a time|a night) (now|and|to|so|because|cause|cos|after|since|for|lately|again|at the moment|rn|just)`,
  ], { minNumber: 6, note: 'a doctor\'s dose is one to four' }),
  // The number in words, or by the handful (labelled.probe-leftovers.jsonl: "took twenty laxatives
  // tonight"); six and up only, as with the digits. "Took a laxative" is a dose.
  ...phrases('self_harm', 0.75, [
    `(took|take|taking|taken|swallowed|swallowing|had|used|using|popped|popping|necked) (like|about|around|over|nearly|almost|more than|maybe)? (six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a dozen|dozens of|a handful of|handfuls of|(a|the) whole (box|packet|pack|bottle|strip|tub) of|(an|the) entire (box|packet|pack|bottle|strip|tub) of) ${LAXATIVES}`,
  ]),
  ...phrases('self_harm', 0.6, ['(laxative|lax) (abuse|misuse|addiction)'], { needsSubject: true }),
  ...phrases('self_harm', 0.7, [
    'my (laxative|lax|diuretic) (abuse|misuse|addiction|use|habit)',
    '(laxative|lax) (abuse|misuse|addiction|use|habit) (is|has|s|has been)? (wrecking|ruining|destroying|killing|messing up|taking over|controlling) (me|my)',
  ]),

  // Restriction: "restricting" of food, calories of a few hundred for days, not eating for days.
  ...phrases('self_harm', 0.65, [
    `(been|im|i'm|i am|ive been|i've been|started|start|keep|kept|back to|cant stop|can't stop|cannot stop|i) (restricting|restrict) (again|hard|harder|heavily|all week|for days|for weeks|everything|food|my food|my intake|my eating|my calories|to under|to less than|to ${LOW_CALORIES}|$)`,
    `^ (restricting|restricted) (again|hard|harder|heavily|all week|for days|for weeks|everything|my food|my intake|my eating|my calories|to under|to less than|to ${LOW_CALORIES})`,
  ]),
  ...phrases('self_harm', 0.7, [
    `(eating|eat|ate|having|had|living on|surviving on|been on|on|only|under|less than|below|barely|max|maximum|no more than|at most) (like|about|around)? ${LOW_CALORIES} (a day|per day|daily|each day|every day|a week)? ~3 (for|in|over) ((like|about|over|nearly|almost)? (#num|two|three|four|five|six|seven|a few|few|several|the last|the past|a couple of) (days|weeks|months|day|week|month|straight days)|(a|a whole|over a|nearly a|almost a) (week|month|fortnight))`,
    `${LOW_CALORIES} ~6 , ~4 (want|wanna|need|going|gonna|have) to (go|get|eat) (even)? (lower|less|under|below)`,
    `${LOW_CALORIES} ~5 (still too much|too much|still (fat|huge|disgusting|gross|so big)|feel (fat|huge|disgusting|gross|guilty)|hate myself|i (feel|am|m) (fat|huge|disgusting|gross))`,
  ]),
  ...phrases('self_harm', 0.7, [
    '(one|1|a single) meal (every|in|per) (#num|two|three|four|few|couple of|other) (days|day)',
  ], { note: '"one meal a day" is a diet; one every two days is not' }),
  ...phrases('self_harm', 0.45, [
    `(only|just|barely) (had|ate|eaten|eating|having) (like|about|around)? ${LOW_CALORIES} (today|a day|per day|daily|all day|yesterday|this week)`,
  ], { note: 'also a busy day: only beside another sign' }),
  ...phrases('self_harm', 0.7, [
    '(havent|haven\'t|have not|not|hadnt|hadn\'t|had not) (eaten|ate|had food|had any food|had anything to eat|eaten anything|had a meal|eaten a meal|eaten properly|eaten a thing) (in|for) (like|about|around|over|nearly|almost)? (#num|three|four|five|six|seven|eight|nine|ten|a few|several) (days|day|straight days)',
    '(havent|haven\'t|have not|not|hadnt|hadn\'t|had not) (eaten|ate|had food|had any food|had anything to eat|eaten anything|had a meal|eaten a thing) (in|for) (nearly|almost|over)? (a week|a whole week|weeks)',
    '(day|days) (#num|two|three|four|five|six|seven|eight|nine|ten) (of|without) (a|my)? (water fast|dry fast|no food|eating|food) $',
  ], { about: 'self', minNumber: 3, note: 'the writer\'s own hunger ("my dog hasn\'t eaten" is not)' }),
  ...phrases('self_harm', 0.25, [
    '(havent|haven\'t|have not|not) (eaten|ate|had food|eaten anything|had anything) (all day|today|since yesterday|since (monday|tuesday|wednesday|thursday|friday|saturday|sunday))',
  ], { about: 'self', note: 'also someone kept from food: only adds to other evidence, never shown alone' }),

  // Very low weight, and wanting less; goal weights set dangerously low (pro-ana "ugw").
  ...phrases('self_harm', 0.75, [
    `${LOW_WEIGHT} ~2 , ~6 (want|wanna|need|have|going|gonna) to lose (more|another|even more|#num more|more weight|a bit more)`,
    `${LOW_WEIGHT} ~2 , ~6 (still (see|feel|feeling|look|looking|am|im|i'm|i am)? (so|really|too)? (fat|huge|big|too big|so big|disgusting|gross|enormous|massive)|not (thin|skinny|small|light|low) enough|(isnt|isn't|is not|still not|not) enough|want to be (smaller|thinner|lighter|less))`,
    `${LOW_WEIGHT} ~2 , ~6 (want|wanna|need|going|gonna) to (be|get to|reach|hit|weigh|see|get down to|get under|get below) (under|below|less than)? (${numbers(25, 42)}|${numbers(55, 95)})`,
    `(ugw|goal weight|ultimate goal weight|ultimate gw|final goal weight) (is|of|at|now)? ${LOW_WEIGHT_BARE}`,
    `(not stopping|wont stop|won't stop|will not stop|not gonna stop|not going to stop|cant stop|can't stop|dont stop|don't stop|keep going) (until|till|til|untill) (i|im|i'm)? (hit|reach|get to|am|weigh|see|get under|get below|under) ${LOW_WEIGHT_BARE}`,
  ]),
  ...phrases('self_harm', 0.5, [
    `(gw|gwi) (is|of|at|now)? (${LOW_WEIGHT}|${numbers(25, 42)} ($|ugw|cw|hw|lw|sw|gw|gwi|gw2|and|lets|let s|by))`,
  ], { note: '"gw" is also Guild Wars, a gateway, "gw 40 hours a week"' }),
  ...phrases('self_harm', 0.4, [
    `(down to|im|i'm|i am|i weigh|weighing|weigh|now|only|at) ${LOW_WEIGHT}`,
  ], { about: 'self', note: 'also a short teenager: only beside another sign' }),

  // Chewing and spitting food so as not to swallow it.
  ...phrases('self_harm', 0.7, [
    '(chewing|chew|chewed|chews) (and|n)? (spitting|spit|spat|spits) ~5 (so (that)? i (dont|don\'t|do not|wont|won\'t|cant|can\'t) (swallow|absorb|keep|get|gain)|instead of (eating|swallowing)|the (calories|cals)|binge|binges|whole (packets|packet|bags|bag|boxes|box|tubs|jars|loaves|loaf))',
    '(been|keep|kept|started|cant stop|can\'t stop|cannot stop|i) (chewing and spitting|chew and spit|csing|cs ing) (again|all day|every day|everything|food|my food|$)',
    '^ (chewing and spitting|chew and spit|csing|cs ing) (again|all day|every day|everything|my food)',
  ]),

  // Everything eaten thrown up: a stomach bug says it too, so only beside another sign ("and i keep fainting").
  ...phrases('self_harm', 0.45, ['(throw up|threw up|throwing up|puke|puking|vomit|vomiting|bring up|bringing up) (everything|all|anything) (i eat|i ate|i eat now|i put in my mouth)'], {
    about: 'self',
    note: 'a stomach bug too: only beside another sign',
  }),
  // The illness back, said plainly: "bulimia is back", "my ED is back".
  ...phrases('self_harm_urge', 0.6, ['(my)? (bulimia|anorexia|ed|eating disorder|b p|purging|restricting) (is|s|has) (come)? back'], { about: 'self' }),

  // Relapse into the illness; the illness's voice loud; pro-ana coaching sought.
  ...phrases('self_harm', 0.7, [
    // Not "with Ana" or "with Mia": names as often as the illness's.
    '(relapsed|relapse|relapsing|relapses|slipped|slipped back) (in|into|with|back into|on)? (my)? (ed|eating disorder|anorexia|bulimia|purging|restricting|restriction|b p|bingeing and purging|binging and purging|binge purge)',
    '(relapsed|relapse|relapsing|relapses|slipped back) (in|into|back into) (my)? (ana|mia)',
  ]),
  ...phrases('self_harm', 0.55, ['(ed|eating disorder|anorexia|bulimia|anorexic|bulimic) (relapse|relapsing)'], { needsSubject: true }),
  ...phrases('self_harm_urge', 0.75, [
    // Not "purge everything from my closet" or "purge again, my inbox is full": the food, or said and stopped.
    '(want|wanna|need|needing|urge|urges|tempted|craving|itching|going|gonna) to (purge|b p|binge and purge) (so bad|so badly) (right now|rn|now|tonight)?',
    '(want|wanna|need|needing|urge|urges|tempted|craving|itching|going|gonna) to (purge|restrict|b p|binge and purge) (it all up|all of it up|what i ate|the (binge|food|dinner|meal|lunch|pizza|cake)|after (eating|dinner|lunch|breakfast|every meal|that meal)|everything i (ate|eat|just ate))',

    '(urge|urges|need|craving|cravings) to (purge|restrict|b p) (is|are|was|s)? (so)? (strong|bad|loud|intense|overwhelming|unbearable|awful|huge)',
    '(purge|purging|restrict|restricting|b p) (urges|cravings)',
  ]),
  ...phrases('self_harm_urge', 0.45, [
    // Said and stopped it is a wardrobe or an inbox as often ("I need to purge again, my inbox is full").
    '(want|wanna|need|needing|urge|urges|tempted|craving|itching|going|gonna) to (purge|b p|binge and purge) (again|tonight|right now|rn|now|so bad|so badly)? $',
    'my (ed|eating disorder|anorexia|bulimia|ana|mia|ed voice|ed brain) (is|s|has been|been|was|keeps|kept)? (so|really)? (loud|screaming|yelling|winning|back|bad|strong|in control|taking over|out of control|worse|telling me)',
    '(dont|don\'t|do not) deserve (to eat|food|to have (food|dinner|lunch|breakfast|a meal))',
  ], { note: 'the illness\'s voice: only beside another sign' }),
  ...phrases('self_harm', 0.7, [
    '(need|want|looking for|find|get|become) (an|a|my)? (ana|mia|pro ana|proana|pro mia) (coach|buddy|buddies|bestie|mentor)',
    '(send|need|post|give|want|dm) (me)? (some|more)? (thinspo|meanspo|bonespo|thinspiration)',
  ]),

  // Physical danger: the behaviour with a warning sign of the body in the same sentence.
  ...phrases('self_harm_danger', 0.85, [
    `${BEHAVIOUR} ~10 ${BODY_SIGN}`,
    `^ restricting ~10 ${BODY_SIGN}`,
    `${BODY_SIGN} ~10 ${BEHAVIOUR}`,
    `${PURGE_ACT} ~10 ${BLOOD}`,
    `${BLOOD} ~10 (after|from|when|while) ~2 ${PURGE_ACT}`,
    `${LOW_WEIGHT} ~8 ${BODY_SIGN}`,
    `(fasting|fasted|fast|not eating|not eaten|no food) (for)? (#num|three|four|five|six|seven|eight|nine|ten) days ~8 ${BODY_SIGN}`,
    `${BODY_SIGN} ~8 (fasting|fasted|fast|not eating|not eaten|no food) (for)? (#num|three|four|five|six|seven|eight|nine|ten) days`,
    `${BODY_SIGN} ~6 (from|because of|since|when|while|after) (the|all the|my)? (fasting|starving|not eating|restriction)`,
  ], { note: 'physical danger: a medical emergency, high' }),
  ...phrases('self_harm', 0.7, [`${BEHAVIOUR} ~10 ${MILD_SIGN}`, `^ restricting ~10 ${MILD_SIGN}`, `${MILD_SIGN} ~10 ${BEHAVIOUR}`], {
    note: 'a milder sign beside the behaviour',
  }),
  // A warning sign of the body alone: one text's worth, never a crisis alone ("I fainted at the blood test").
  ...phrases('self_harm', 0.25, [`(${BODY_SIGN}|${MILD_SIGN}|there (was|is|s) ${BLOOD} (in it|this time|in the toilet|in my sick|in my vomit|when i (throw|threw) up))`], { about: 'self', note: 'physical danger alone: only adds to other evidence' }),

  // Told as how a goal was reached, in coaching ("purging after every meal is how i got to my goal
  // weight, use a toothbrush"): the method is harm (harm.en), the writer's own purging the past.
  ...phrases('past', 1, [
    '(is|was|s) how (i|we) (got|reached|hit|lost|dropped|stayed|kept) (to|at|down to|under|below|off)? (my|our|the|a|that)? (goal weight|gw|ugw|goal|weight|target|target weight|#num|the weight)',
  ]),

  // Everyday fasting and weights: religion, medicine, diets, babies and pets.
  ...phrases('figurative', 1, [
    // Not eaten for an illness: "haven't eaten in 3 days because of the stomach bug".
    '(havent|haven\'t|have not|not|hadnt|hadn\'t) (eaten|ate|had food|had any food|eaten anything|had anything) ~6 (because of|cause of|cuz of|cos of|with|due to|from|since|after) (the|this|a|my|that)? (stomach bug|bug|flu|food poisoning|norovirus|noro|sickness bug|sickness|covid|tonsillitis|wisdom teeth|surgery|op|operation|chemo|migraine|vomiting bug|gastro|virus|fever|strep|nausea|morning sickness|hyperemesis|sore throat|braces)',
    // A low-calorie plan a doctor runs: "600 calories a day on the soup-and-shake plan".
    `${LOW_CALORIES} ~10 (soup and shake|shake plan|shakes|meal replacement|meal replacements|total diet replacement|newcastle diet|fast 800|lighter life|lighterlife|vlcd|slimfast|liquid diet|on the plan|prescribed|medically supervised)`,
    // Laxatives a doctor or nurse gave, for constipation, an operation or a colonoscopy.
    `(nurse|doctor|gp|dr|pharmacist|consultant|surgeon|hospital|midwife|specialist|clinic) ~3 (prescribed|recommended|gave me|gave|told me to take|said to take|put me on|suggested) ~3 ${LAXATIVES}`,
    `${LAXATIVES} ~6 (for|before|after) (my|the|a|her|his|this)? (constipation|colonoscopy|bowel prep|prep|op|operation|surgery|piles|haemorrhoids|hemorrhoids|ibs|procedure|scan|iron tablets|c section|birth)`,
    `${LAXATIVES} ~8 (like|as) (the|my)? (nurse|doctor|gp|dr|pharmacist|consultant|surgeon|midwife|hospital) (said|told me|says|recommended|prescribed|suggested)`,
    '(fasting|fasted|fast|fasts) (for|during|before|over)? (the|a|my)? (ramadan|ramzan|ramadhan|lent|yom kippur|ekadashi|navratri|karva chauth|eid|religious reasons|church|god|blood test|blood tests|bloods|blood work|bloodwork|surgery|op|operation|procedure|scan|colonoscopy|endoscopy|anaesthetic|anesthetic|glucose test)',
    '(intermittent|alternate day|16 8|18 6|20 4|5 2) (fasting|fast|fasts)',
    // A diet or a rule that restricts something named: to the end of the phrase, so it outlasts a sign after it.
    '(restricting|restricted|restrict|restricts) (my|the|our|his|her|their|all)? (carbs|carb|carbohydrates|sugar|sugars|salt|sodium|caffeine|alcohol|booze|dairy|gluten|fodmaps|fodmap|protein|potassium|fluids|fluid|screen time|spending|access|movement|breathing|blood flow|airflow|air flow|the airway|my airway) ~12 $',
    '(fast|fasting) (days|day) ~3 (a week|per week|twice a week)',
    '(dog|dogs|cat|cats|puppy|pup|kitten|horse|pony|baby|babies|toddler|newborn|bump|suitcase|bag|luggage|parcel|box|fish|salmon|turkey|pumpkin|bar|barbell|deadlift|squat|bench|kettlebell|dumbbell|dumbbells) (is|weighs|weighed|was|s|at|now|only)? (now|only|down to|up to)? ${LOW_WEIGHT}',
    `${LOW_WEIGHT} (dog|dogs|cat|puppy|baby|toddler|bag|suitcase|bar|barbell|deadlift|squat|bench|kettlebell|dumbbell|dumbbells|weights|weight plate|plates|pack|backpack|rucksack|turkey|box)`,
    `(lift|lifted|lifting|deadlift|deadlifted|squat|squatted|bench|benched|press|pressed|carry|carried|carrying|curl|curled|row|rowed|hit|pr|prd|pb|rm|rep|reps|repped|max|maxed|pulled|pull) (a|the|my)? (new)? ${LOW_WEIGHT}`,
    // To the end of the phrase, so that a longer reading of the weight does not outlast it.
    `${LOW_WEIGHT} (on|for|in)? (the|my|a)? (bench|bench press|squat|squats|deadlift|deadlifts|press|overhead press|ohp|leg press|bar|barbell|rack|cable|row|rows|pulldown|lat pulldown|sled|kettlebell|dumbbell|dumbbells|rm|pr|pb|max) ~12 $`,
    // Weight lost or gained, not weighed: "40 lbs lighter", "down 40kg".
    '#num #num? (lbs|lb|pounds|kg|kgs|kilos|kilo) (lighter|heavier|less|more|off|down|gone|to go|away|to lose|lost|overweight|underweight)',
    '(lost|lose|losing|shed|dropped|drop|gained|gain|gaining|put on|down|up|minus|plus) (like|about|around|over|nearly)? #num #num? (lbs|lb|pounds|kg|kgs|kilos|kilo)',
  ]),
];
