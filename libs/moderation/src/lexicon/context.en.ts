import { phrases, type LexiconEntry } from './lexicon-entry';

/** A next meeting named after "see you": a time or a place, never "see you on the other side". */
const SEE_YOU_NEXT =
  '(see you|see ya|see u|cya|catch you) (all|guys)? ((at|in) (the|next|our|my)? ~3 (group|meeting|session|class|practice|meetup|meet up|game|match|party|gym|work|school|uni|church|club|leaving do|do|drinks|pub|reunion|office)|tomorrow|tmrw|tmr|next week|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))';
/**
 * A farewell's light pieces one after another, to the end of the sentence, after a group left or a
 * last day at work: "Leaving this server now⏎Sorry for everything⏎Tell my mum I love her⏎Goodbye" is
 * no sign-off, whatever was left.
 */
const LIGHT_FAREWELL_RUN = '@farewell_light (, @farewell_light)? (, @farewell_light)? (, @farewell_light)? (, @farewell_light)? $';
/** After a game: light farewells and "I'm done" (with the game), never an apology for everything or a message left. */
const GAME_PIECE = "(@farewell_light|(im|i'm|i am) (so)? done)";
const GAME_OVER_RUN = `${GAME_PIECE} (, ${GAME_PIECE})? (, ${GAME_PIECE})? (, ${GAME_PIECE})? (, ${GAME_PIECE})? $`;
/** Hair that is the trouble, said beside "I'm going to cut": too long, in the eyes (not "my hair can wait"). */
const HAIR_TROUBLE =
  '(my|the|these|those)? (fringe|bangs|hair|split ends|ends|beard|curls|layers) (is|are|s|keeps|keep|getting|got)? (so|too|way too|really|getting)? (long|in my eyes|getting in my eyes|driving me (mad|crazy|nuts|insane)|annoying me|a mess|out of control|overgrown)';

/**
 * English context: phrases that change how crisis and harm matches read. How each kind acts is
 * described in classifier/context-reading.ts; in short:
 *
 * - figurative: a crisis or harm match that shares a word with one of these is dropped
 *   ("dying of laughter", "my feet are killing me", "cut myself shaving");
 * - laughter, hyperbole: discount the sentence (see `laughter` in signals.ts); everyday_cause
 *   ("this class makes me") discounts it as hyperbole does, but only beside a laugh;
 * - negation_exception: a "not"/"don't" inside these does not negate ("not gonna lie");
 * - generic: a general statement right before a phrase makes it nobody's ("it's normal to");
 * - past, recent, recovery: put crisis phrases in the past, or bring them back to now;
 * - news, supportive, concern, relation, reported_speech: whose words and whose crisis.
 */
export const CONTEXT_EN: readonly LexiconEntry[] = [
  ...phrases('figurative', 1, [
    // Everyday twins of the words of danger at home (danger.en.ts): a game won, a text sent, play,
    // affection, sport, a kink agreed, a film that moved someone. Each names what makes it everyday,
    // so "he beat me in front of the kids" and "he hit me hard in the face" still read.
    '(beat|beats|beating|beaten) (me|us|him|her) (at|in) (chess|pool|darts|tennis|golf|cards|poker|scrabble|monopoly|fifa|mario kart|the game|every game|a game|games|the race|a race|the quiz|football|the match|a match|arm wrestling|squash|badminton|ping pong|table tennis|bowling|snooker|checkers|draughts|connect four|uno|sudoku|wordle|the final|a round)',
    '(beat|beats|beating) (me|us|him|her) (to it|to the|by #num|#num|fair and square|every (single)? time (we play|at|in))',
    '(hit|hits|hitting) (me|us) (up|with (the|some|this|that|a|his|her|those|these) (news|question|questions|truth|bill|fact|facts|joke|jokes|line|look|song|idea|request|invoice|bombshell|details|pun|puns|worst puns|guilt trip|same guilt trip|lecture|speech|quote|snowball|pillow|ball|frisbee|water balloon|nerf dart|car door|door))',
    '(kicked|kicks|kicking|kick) (me|us) (out|off|under the table|in (his|her|their) sleep|all night)',
    '(choked|chokes|choking) (me|us) up',
    '(knocked|knocks) (me|her) (up|over at|out of|off my feet|off (the|my) (chair|stool) laughing)',
    '(slapped|slaps) (me|us) (a|with a) (fine|ticket|bill|high five)',
    '(slapped|slaps|punched|punches|hit|hits|smacked|nudged) me (playfully|gently|lightly|on the (back|shoulder|arm)|in the (arm|shoulder))',
    '(shoved|shoves) (me|us) (a|the) (leaflet|flyer|menu|phone|plate)',
    // Play, sport and affection named beside the act: "we were play fighting and he pinned me".
    '(play fighting|playfighting|play fight|wrestling|sparring|judo|karate|jiu jitsu|bjj|rugby|tickle fight|pillow fight) ~8 (pinned|pushed|threw|knocked|grabbed|punched|kicked|hit|tackled|choked|slapped) me',
    '(pinned|pushed|threw|knocked|grabbed|dragged|punched|kicked|hit|tackled|choked|slapped) me ~8 (and (kissed|tickled|hugged|cuddled)|play fighting|playfighting|in judo|in karate|at judo|at rugby|in training|at practice|in class|in the game|in the dream|in my dream|in the film|in the movie|haunted house|escape room)',
    // Something agreed in bed is not violence; "he chokes me during sex and I didn't want it" still is, beside another sign.
    '(chokes|choked|choking|choke|slaps|slapped|spanks|spanked) me ~8 (consensual|consensually|kink|kinky|safe word|safeword|we agreed|i asked him to|i asked her to|i like it|i loved it|i enjoy it|i love it|i liked it|i love that|its hot|it is hot|its so hot|breath play|i want him to|i want her to|at my request)',
    '(consensual|consensually|kink|kinky|breath play|safe word|safeword) ~8 (chokes|choked|choking|choke|slaps|slapped) me',
    // Unless it was said no to: "he chokes me during sex even when I say no" stays danger.
    '(chokes|choked|choking|choke) me (in bed|during sex|while we have sex|when we have sex) $',
    // Fiction: "the book where her dad beats her".
    '(book|novel|film|movie|show|episode|series|story|game|play|season|chapter) (where|in which|about|when) ~5 (beats|beat|hits|hit|kills|choked|chokes|abuses|abused|hurts)',
    '(dreamt|dreamed|dreaming|a dream|nightmare|nightmares) (that|where|about)? ~4 (choked|strangled|hit|beat|stabbed|kill|killed|attacked|attacks|chased|choking|strangling|hitting|beating|stabbing|killing|attacking|chasing) me',
    // A hug, a pillow, a joke, a race: "strangled me with a hug", "hit me with the worst dad joke", "beat me in the 5k".
    '(strangled|choked|smothered|crushed|squeezed) me (with|in) (a|his|her|their|the)? (big|huge|bear|giant|massive)? (hug|hugs|kisses|cuddle|cuddles|love)',
    '(hit|hits|hitting|smacked|smacks|whacked|whacks|slapped) (me|us) with (a|the|his|her|their|some)? (pillow|cushion|snowball|nerf|foam|water balloon|wet towel|tea towel)',
    '(hit|hits|hitting) (me|us) with (the|a|an|some|this|that|his|her|those|these|another|one of (his|her))? ~3 (joke|jokes|pun|puns|visit|surprise|news|question|questions|request|fact|facts|truth|bill|quote|line|lecture|speech|look|idea|story|stories|compliment|compliments|meme|memes|song|comeback|reality check|plot twist)',
    '(beat|beats|beating|beaten) (me|us|him|her) (up)? (in|at) (the|a|our|my|his|her|every)? (5k|10k|#num k|#num km|#num mile|#num miles|half marathon|marathon|race|parkrun|park run|sprint|triathlon|swim|cycle|fortnite|tekken|smash|street fighter|mortal kombat|call of duty|cod|minecraft|roblox|fifa|mario kart|overwatch|apex|valorant|league|game|games|round|quiz|exam|test|trivia|video games)',
    '(beat|beats|beating) (me|us|him|her) by (#num|two|three|four|five|ten|a) (minutes|minute|seconds|second|points|point|goals|goal|laps|lap|mile|miles|metres|meters|strokes|shots)',
    // A finale spoiled, a match to win: "if you spoil the finale I will kill you", "we're going to murder them on saturday".
    '(spoil|spoils|spoiled|spoilt|spoiler|spoilers) ~6 (kill|murder|end) (you|u|ya)',
    '(kill|murder|end) (you|u|ya) ~4 (spoil|spoils|spoiler|spoilers)',
    '(going to|gonna|will|are going to|re going to|were going to) (murder|kill|destroy|slaughter|bury) (them|those guys|that team|the other team) (on|this|next|at|in the)? (saturday|sunday|monday|tuesday|wednesday|thursday|friday|weekend|game|match|final|derby|league|tournament)',
    // A lyric, a film's line: "the song lyric "watch your back"", "taken's "I will find you and I will kill you"".
    '(lyric|lyrics|song|movie|film|quote|line|scene|iconic|catchphrase|trailer|meme) ~8 (watch your back|i will find you|ill find you|i will kill you|ill kill you)',
    '(watch your back|i will find you|ill find you|i will kill you|ill kill you) ~8 (lyric|lyrics|song|movie|film|quote|iconic|line|scene|catchphrase|trailer|meme)',
    // "my ex raped my trust": a word said of no body.
    'raped (my|our|his|her) (trust|wallet|bank account|bank|feed|ears|childhood|inbox|timeline|playlist)',
    // "my dad pushed me out of the way of the car", "grabbed me to stop me walking into traffic": saved, not hurt.
    '(pushed|pulled|grabbed|dragged|shoved) me ~6 (out of the way|to stop me|saved my life|from the road|from traffic|back from the edge)',
    '(pushed|pulled|grabbed|dragged|shoved) me ~6 (when|as|before) the (car|bus|truck|lorry|van|bike|cyclist|train|tram) (swerved|came|hit|went|pulled)',
    // The writer hitting: "my girlfriend says I hit her when I'm drunk", "he said I hit him first".
    '(i|we) (hit|hits|punched|kicked|slapped|beat|pushed|shoved|choked) (him|her|them) (first|back|when)?',
    // A hyperbole's cause named: "he's going to kill me when he sees the car".
    '(kill|murder) me (when|once|if|after) (he|she|they|my (mum|mom|dad|parents))? (sees|see|saw|finds out|find out|found out|hears|hear|gets home|get home|notices|notice|sees the)',
    // Hurt by words: "my uncle hurt me when he said I was useless".
    '(hurt|hurts) (me|us) (so much|so badly|a lot|deeply)? (when|by|with) (he|she|they)? (said|told|called|ignored|forgot|laughed|cheated|lied|what (he|she|they) (said|did)|his words|her words)',
    '(hurt|hurts|hurting) (me|us)? ~3 (emotionally|my feelings|like everyone else|like (he|she|they) always (do|does))',
    // Everyday twins of the 42nd session's probe: a weekend away, a relapse on chocolate, done with
    // summer, a cake done by the time you read this, no point in hiding it.
    '(disappear|vanish|escape) (off)? (to|into) ~3 for (the|a)? (weekend|week|day|night|evening|afternoon|summer|holidays|holiday|month|few days|couple of days|fortnight)',
    '(relapsed|relapsing|relapse|slipped|slipped up) (again)? (on|with|into) (chocolate|sugar|junk food|crisps|chips|biscuits|cookies|sweets|candy|cake|smoking|vaping|cigarettes|coffee|caffeine|diet coke|tiktok|social media|netflix|gaming|video games|online shopping|shopping|nail biting|biting my nails|takeaways|fast food|energy drinks)',
    '(im|i am|i\'m) (so)? done with (summer|winter|the heat|this heat|this weather|the weather|the cold|the rain|mondays|this game|the gym|chocolate|twitter|tiktok|instagram|facebook|this show|revision|the commute|this commute|football|the football)',
    'by the time (you|u|anyone|someone|they) (read|reads|see|sees) this ~3 (the|my|our|your) (cake|bread|dinner|roast|turkey|pie|pizza|biscuits|cookies|washing|laundry|paint|download|update|upload|match|game|exam|meeting|party|wedding) (will|should|ll|\'ll|is|are|has|have|might)',
    'by the time (you|u|anyone|someone|they) (read|reads|see|sees) this (ill|i\'ll|i will|well|we\'ll|we will)? (be)? (on (the|a|my) (plane|flight|ferry) (to|home|back|for)|in the air|at (work|school|the airport)|landed|boarding)',
    // A last post before a trip: "my last post here before I go travelling for a year".
    'last post (here|on here)? (before|till|until) (i|we) (go|head|fly) (travelling|traveling|abroad|on (holiday|a trip|honeymoon|maternity leave|tour)|to (uni|university|college|the airport))',
    'last post (here|on here)? (before|till|until) (i|we) move (house|abroad)',
    '(see|saw|seeing) (the|any)? point (in|of) (hiding|arguing|buying|keeping quiet|cooking|ironing|explaining|rushing|complaining|queuing|booking|dressing up|getting up early|tidying|cleaning|voting|revising|homework|meetings)',
    // Rope with a purpose named: "a rope in my car for towing".
    '(rope|ropes|cord|belt) (for|to) (towing|tow|climbing|camping|the boat|sailing|work|the garden|a swing|tying|tie down|the tent|hauling|moving)',
    // Medication questions about safe use: "can I take with ibuprofen safely?".
    '(take|taking|mix|mixing|combine|combining) ~5 (safely|safe|with food|together|interact|interaction|interactions|per day|a day|at once safely)',
    '(is it|its|it\'s) safe to (take|mix|combine)',
    // Talk about a symptom, not the writer's state: "feeling like a burden is a common symptom".
    '(feeling|feelings of being|feeling like|thinking you are|believing you are) (like)? (a)? burden (is|are) (a)? (common|normal|typical|classic|known|frequent)',
    // Jumping into something harmless: "thinking about jumping into the pool".
    '(jump|jumping|jumped) (in|into|on|onto) (the|a|my)? (pool|swimming pool|puddle|puddles|trampoline|bed|conclusions|action|the deep end|a taxi|the car|the shower|a game|the conversation)',
    // "hopeless at maths": bad at something.
    '(hopeless|useless|rubbish|terrible|awful) (at|with) (maths|math|cooking|sport|sports|football|drawing|singing|directions|names|spelling|computers|tech|dancing|games|chess|languages|french|spanish|german|parking|driving|texting|this game|it|that|small talk|remembering)',
    // dying of / from something harmless
    '(die|died|dying|dead|death|dies) (of|from) (laughter|laughing|embarrassment|cringe|shame|boredom|cuteness|happiness|excitement|hunger|thirst|heat|jealousy|envy|curiosity|fright|cute|secondhand embarrassment|second hand embarrassment|the heat|the cold|old age|suspense|exhaustion|anticipation|joy)',
    // "I'm dying lol", "dead lol": laughing. Not "I want to die lol", which is read (discounted) below.
    '(died|dying|dead) (laughing|laughin|lol|of laughter|from laughter)',
    '(die|dies) (laughing|laughin|of laughter|from laughter)',
    'laughed so hard i (almost|nearly)? (died|cried|peed)',
    // "a cake to die for", "I'd die for you"; not "I wanted to die for a lot of reasons"
    'to die for $',
    '(would|id|i would|i\'d) die for (you|u|him|her|them|my|a|an|this|that|the|it|love)',
    '(dying to|die on (this|that) hill|over my dead body)',
    'dead (tired|serious|ass|on|wrong|set|end|center|silent|last|heat|weight|of (night|winter)|ringer|giveaway|meat|battery)',
    'drop dead',
    '(bored|scared|worried|sick|tired|frightened|freezing|starving|stressed|annoyed|loved) to death',
    '(kill|kills|killed|killing|slay|slayed|slaying|smash|smashed|crush|crushed|crushing) (it|that|this) (at|in|today|tonight|out there|on)?',
    '(killed|killing|kill|kills) it',
    '(kill|killing|killed) (time|the vibe|the mood|the lights|the engine|the process|the app|the music|two birds|the boss|the bug|the spider|a spider|some time|the game)',
    '(overdose|overdosed|overdosing|od|oded) on (coffee|caffeine|sugar|candy|chocolate|netflix|tv|memes|cuteness|anime|kpop|k pop|vitamin|vitamins|carbs|pizza|cake|cookies|energy drinks|redbull|monster|nostalgia|love)',
    '(hang|hanging|hung|hangs) (out|on|in there|up|with|around|tight|loose|onto|about|over|a picture|the picture|pictures|a painting|the washing|the laundry|my coat|your coat|the lights|lights)',
    '(jump|jumped|jumping) (the gun|at the chance|ship|rope|for joy|around|up and down|to conclusions|the queue|through hoops|on board|start|off the diving board|off the board|on the bandwagon)',
    '(cut|cutting|cuts) (class|classes|corners|ties|my hair|your hair|his hair|her hair|the cake|the onions|onions|the grass|grass|it out|it close|back|down on|costs|in line|the line|the cord|off|the crap|me off|to the chase|the tension|the music|the mustard|out|the bread|the paper|vegetables|veggies|the meat|wood|the fabric)',
    '(hair|haircut) (cut|trim)',
    // What is cut named after a comma, or before it: "I'm going to cut tonight, the fringe is in my
    // eyes", "my bangs are so long, I'm gonna cut them tonight". "I'm going to cut tonight" alone is
    // the writer's urge (crisis.en.ts).
    // The hair must be what is cut: "cut them tonight, my bangs", or the hair said to be the trouble;
    // "I'm going to cut tonight, my hair can wait" is not a haircut.
    '(going to|gonna|about to|will|ll) cut (it|them) (tonight|later|again|soon|today|tomorrow|after (work|school|dinner))? , ~2 (fringe|bangs|hair|split ends|my ends|the ends|beard|fringe s|curls|layers|lawn|grass|hedge|hedges|the cake|cake|onions|the onions|fabric|pattern|wood|coupons)',
    `(going to|gonna|about to|will|ll) cut (tonight|later|again|soon|today|tomorrow|after (work|school|dinner))? , ${HAIR_TROUBLE}`,
    `${HAIR_TROUBLE} ~2 , (so)? (im|i'm|i am|ill|i'll|i will)? (going to|gonna|about to)? cut (it|them)? (tonight|later|again|soon|today|tomorrow)? $`,
    '(fringe|bangs|hair|split ends|beard|lawn|grass|hedge|hedges|cake|fabric) ~6 , (so)? (im|i\'m|i am|ill|i\'ll|i will)? (going to|gonna|about to)? cut (it|them) (tonight|later|again|soon|today|tomorrow)? $',
    '(cut|cutting|cuts) @reflexive off',
    '(get|got|getting|gets) (my|a|her|his)? (hair)? cut',
    '(shoot|shot|shoots|shooting) (me a|a message|my shot|your shot|hoops|some hoops|a text|an email|a look|the breeze|a photo|a video|a film|photos|a pic|a dm|for the stars|the moon)',
    '(photo shoot|photoshoot)',
    '(phone|battery|laptop|plant|plants|car|flowers|the game|my pc|my computer|the wifi|wifi|headphones|tablet|console|my controller|the tv|the internet|the mood|the conversation|the party|the fish|my fish|goldfish|my garden) (is|are|was|were|just|has|kept)? (dying|died|dead|dies)',
    '(killer|killers) (app|feature|deal|heels|workout|song|look|view|instinct|queen|whale|bee|bees)',
    '(the death of me|death by chocolate|death stare|deathly ill|death metal)',
    '(deadline|deadlines|dead line)',
    '(exam|exams|homework|work|job|boss|assignment|class|school|commute|traffic|heat|weather|cold|feet|back|head|legs|knee|knees|shoes|suspense|cliffhanger|cliffhangers|this song|this show|the wait|waiting|hangover|period|cramps|migraine|tooth|stomach|neck|shoulder) (is|are|was|were)? (literally)? (killing|murdering|killed|murdered) me',
    '(youre|you are|you re|ur|this is|thats|that is|she is|he is|it is|its) (literally)? (killing|killed) me',
    '(kill|killing|killed|kills) me (laughing|with (laughter|this|these|your|that|those|the))',
    '(rather|sooner) (die|be dead|kill myself|kill me) than',
    '(died|die|dying) a little (inside)?',
    '(id|i would|i\'d|would) kill for (a|some|an|the)',
    '(shoot|shooting|shot) (myself|me|yourself|himself|herself) in the foot',
    '(kill|killed|killing) (myself|me) (laughing|with laughter)',
    // accidents, not self-harm
    '(cut|cuts|cutting|burned|burnt|burn|burning|hurt|hurting|injured|injure|stabbed|scratched) (myself|my (hand|finger|thumb|foot|leg|knee|arm)) (shaving|cooking|while|on (a|the) (glass|paper|can|tin|edge|nail|fence|corner|stove|oven)|chopping|by accident|accidentally|at (work|the gym|practice|football|soccer)|playing|during|lifting|running|working out|skating|skiing|falling|in (the|a) (kitchen|garden|fall|accident)|with (a|the) (iron|oven|stove|kettle|pan|saw|paper|lawnmower|hot))',
    '(paper cut|papercut)',
    // Carrying on with a thing, not with life: "no point carrying on with the club".
    '(point|sense) (in|of) (carrying on|going on|continuing|keeping going|keeping on) with (the|that|our|these|those|my (club|course|job|degree|band|team|classes|lessons|hobby|project|studies|subscription|membership|diet))',
    '(point|sense) (in|of) (carrying on|going on|continuing|keeping going|keeping on) with it $',
    // Better off without someone's fussing: "the baby would be better off without me hovering".
    'without me (hovering|fussing|interfering|nagging|micromanaging|meddling|helping|watching|checking on (her|him|them)|breathing down|in the way|getting in the way|there all the time)',
    // A warm place ahead: "I won't need it where I'm going, it's 30 degrees in Lisbon".
    '(where|were) (im|i am) (going|headed|heading|moving) , (its|it is|theres|there is) (always|usually|like|about|over)? (#num|so|really|too|very)? (degrees|hot|warm|sunny|summer|tropical|boiling|a heatwave|the beach|beaches)',
    // Reassurance, not a put-down: "nobody asked you to be perfect".
    '(nobody|no one|noone) (ever)? asked (you|u) to (be|do|feel|carry|fix|have|get|know|handle|deal)',
    // An everyday sign-off: "thanks for everything, see you tomorrow" has no goodbye's date in it.
    // "si" is also a joint and a unit: "having SI joint pain again".
    'si (joint|joints|unit|units)',
    '(see you|see ya|see u|cya|catch you) (all|guys)? (at|in) (the|next|our|my)? ~3 (group|meeting|session|class|practice|meetup|meet up|game|match|party|gym|work|school|uni|church|club)',
    // An accident told with how deep: "I cut myself really deep on a tin can and it won't stop bleeding".
    '(cut|sliced|slashed) (myself|my (hand|finger|thumb|foot|leg|knee|arm|palm|toe)) (really|so|very|too|quite)? deep (on|with|while|when|chopping|cooking|shaving|opening|slicing|cutting) ~8 (wont|won\'t|will not|cant|can\'t|doesnt|doesn\'t|isnt|isn\'t) (stop|stopping) (the)? (bleeding)?',
    '(cut|sliced|slashed) (myself|my (hand|finger|thumb|foot|leg|knee|arm|palm|toe)) (really|so|very|too|quite)? deep (on|with|while|when|chopping|cooking|shaving|opening|slicing|cutting)',
    // A goodbye to a thing, a job, a subject, a thread (labelled.probe-english.jsonl): "final
    // goodbye to my wisdom teeth", "a goodbye letter to my old job", "goodbye forever chemistry",
    // "my last post in this thread", "my last message before I go under for surgery".
    '(final|last|fond|big)? (goodbye|farewell|bye) (forever)? to (my|the|this|our|that|these|those) ~2 (teeth|tooth|wisdom teeth|job|old job|hair|car|flat|apartment|house|home|office|desk|school|uni|phone|laptop|couch|sofa|bike|braces|cast|garden|city|town|team|class|exams|summer|holiday|youth|twenties|teens|stitches)',
    '(goodbye|farewell|leaving) (letter|note|message|email|card|speech|post) to (my|the|our) (old|former)? (job|team|colleagues|coworkers|workplace|company|school|class|students|office|boss|manager|uni)',
    '(goodbye|bye) (forever)? (chemistry|maths|math|physics|biology|school|exams|homework|exam season|braces|high school|sixth form|college)',
    '(last|final) (post|message|comment|reply) (in|on|for) (this|the) (thread|topic|discussion|chat|group chat|post|subject)',
    '(last|final) (message|post|text) (before|till|until) ~5 (surgery|operation|op|procedure|flight|exam|exams|holiday|vacation|trip|break|wedding|move|shift|anaesthetic|anesthetic|go under|going under) (tomorrow|tonight|today|in the morning|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))? $',
    // Leaving a chat for the evening: "I won't be around much longer tonight, phone's on 3%".
    '(wont|won\'t|will not) be (around|here|on|online) (much longer|for long|long) (tonight|today|this evening) , (my|the)? (phone|phones|phone\'s|battery|laptop)',
    // Apologies for a night's words, not a goodbye: "sorry for everything I said in the group chat".
    '(sorry|apologies) for (everything|all) (i|that i) (said|wrote|posted|typed) (in|on|at|last|yesterday|earlier|to)',
    // A mind made up about an everyday thing: "I've made up my mind, I'm dyeing my hair pink".
    '(made up my mind|decided) , (im|i\'m|i am|ill|i\'ll|i will) (dyeing|getting|buying|booking|adopting|learning|applying|moving|signing up|quitting my job|taking the job|cutting my hair|going vegan)',
    // "Ready to end it all... this relationship with my phone contract".
    '(end|ending) it all (this|my|the) ~3 relationship with (my|the) (phone|mobile|contract|provider|network|gym|bank|broadband|energy|landlord)',
    // Moving away, giving the things left behind: "I'm leaving for Australia on Monday, selling my car and giving my plants to my friends".
    '(im|i\'m|i am|we are|were|we\'re) (leaving|moving|emigrating|relocating) (for|to|abroad|overseas|away|out) ~4 , ~4 (giving|gave|give) (away)? (my|the|all my)',
    // Time it took, not pills taken: "it took like 20 minutes to get my pills from the pharmacy", "it
    // took ten years to get off my antidepressants".
    // Fetched, not swallowed: "took like 20 minutes to swallow all my pills" is an overdose told.
    '(took|taken|takes|take) (like|about|around|over|almost|nearly|more than)? (#num|@many) (minutes|mins|hours|hrs|days|weeks|months|years|yrs|seconds|secs|goes|tries|calls|phone calls) (to|for) (me to)? (get|collect|pick up|fetch|find|order|receive|sort out|renew|refill|get hold of) ~3 (@pills|meds|medication|prescription|prescriptions|tablets)',
    // Pills still in the pack, not taken: "had a dozen tablets left", "only have 12 pills left till Friday".
    '(had|have|has|got|ve got|only have|only had|still have|still had) (only|just)? (#num|@many) ~2 (@pills|meds|tablets) (left|remaining) $',
    // Doses counted over time: "I've taken about 30 of my sertraline since starting".
    '(took|taken|had|swallowed|been taking) (like|about|around|over|nearly|almost|more than)? (#num|@many) (of)? (my|the)? ~2 (@pills|meds|tablets|doses) (since|this (week|month|year)|over the (last|past)? (week|month|year|weeks|months)|so far|in total|altogether|a day|a week|per day|every day|daily)',
    // A nightly dose, or a few over a weekend, counted small: "I take 2 sleeping pills a night", "took 5
    // sleeping pills over the weekend". A number of pills "at night" says when, not how often: "I took 30
    // pills at night" is an overdose told, and so is "40 over the past few days to end it".
    '(take|took|taken|had|swallowed|been taking) (1|2|3|4|5|one|two|three|four|five|a couple|a couple of|a few) (of)? (my|the)? ~2 (@pills|meds|tablets|doses) (a night|per night|every night|each night|over the weekend)',
    // A pet that got into the pills: "the dog swallowed about 8 of my sleeping pills".
    '(dog|dogs|puppy|pup|cat|kitten|ferret|rabbit|parrot) (ate|swallowed|got into|chewed|chewed up|found|got hold of)',
    // A sign-off with a next meeting after the goodbye (labelled.probe-leftovers.jsonl): "Bye everyone,
    // thanks for everything, see you at next week's group!". Only a time or a place named after
    // "see you": "see you on the other side" is no sign-off.
    `(bye|goodbye) (everyone|everybody|all|guys|yall)? , (thanks|thank you|ty) (all|everyone|guys|so much)? for everything , ${SEE_YOU_NEXT}`,
    `(thanks|thank you|ty) (all|everyone|guys|so much)? for everything , ${SEE_YOU_NEXT}`,
    `(bye|goodbye|byebye|bye bye) (everyone|everybody|all|guys|yall)? , ${SEE_YOU_NEXT}`,
    // A farewell whose occasion is named just before it, a group left, a game ended or a last day at
    // work (labelled.probe-leftovers.jsonl): in "Leaving this group chat.⏎Sorry everyone.⏎Thanks for
    // everything.⏎Bye!", read as pieces of one sentence, the occasion is the run's first piece.
    `(leaving|left|quitting|exiting|muting|logging off|signing off) (the|this|my|our)? (group|chat|group chat|gc|server|team|job|company|office|club|class|course|forum|discord) (now|today|tonight|for good)? , ${LIGHT_FAREWELL_RUN}`,
    `(gg|ggs|ggwp|gg wp|good game|good games|well played) , ${GAME_OVER_RUN}`,
    `(my)? last (day|shift|week) (at|in|on|with) (the|this|my|our)? ~2 (work|job|office|company|shop|store|school|uni|team|firm|hospital|ward|restaurant|cafe|bar|pub|site|desk|department) (is)? (today|tonight|tomorrow)? , ${LIGHT_FAREWELL_RUN}`,
    // The day of a last day at work is no time for a goodbye: "Last day at work today. Thank you all for everything".
    '(my)? last (day|shift) (at|in|on|with) (the|this|my|our)? (work|job|office|company|shop|store|school|uni|team|firm|hospital|ward|restaurant|cafe|bar|pub|site|desk|department) (is)? (today|tonight|tomorrow)',
    '(today|tonight|tomorrow) (is|s) my last (day|shift) (at|in|on|with) (the|this|my|our)? (work|job|office|company|shop|store|school|uni|team|firm|hospital|ward|restaurant|cafe|bar|pub|site|desk|department)',
    // A supporter naming the other's urge (labelled.probe-leftovers.jsonl): "I know the urge to cut
    // feels huge right now". "The urge to cut feels huge right now" alone is the writer's own, and so
    // is "I know the urge will pass": only the urge said as it feels, can feel or must feel, and never
    // "the urge to kill myself", which names the writer.
    '(i know|i understand|i get|i remember|we know|we understand|i know how|i understand how|i remember how) (that)? (the|those|these|that|your|ur) (urge|urges|craving|cravings|pull) (to (cut|cut yourself|self harm|sh|use|drink|purge|restrict|binge|hurt yourself|harm yourself))? (feels|can feel|must feel|will feel|seems|can seem|must seem|can get|can be|must be) (so|really|very)? (huge|big|massive|strong|overwhelming|loud|intense|unbearable|powerful|impossible|real|scary|hard|all consuming) (right now|rn|at the moment|sometimes)? (but|,|and (you|youve|you\'ve|ur|we|were|we\'re|it)|$)',
    '(i know|i understand|i remember|we know) how (huge|big|strong|overwhelming|loud|intense|unbearable|powerful|real|scary|hard) (the|those|these|that|your|ur) (urge|urges|craving|cravings|pull) (to (cut|cut yourself|self harm|sh|use|drink|purge|restrict|binge|hurt yourself|harm yourself))? (can be|can get|can feel|must be|must feel|feels|gets)',
    // A relapse or giving in named only where the supporter goes on to the other: "I know the craving
    // to relapse feels unbearable right now, but you've got this"; the writer's own "... and I'm going
    // to give in tonight" is not discounted.
    '(i know|i understand|i remember|we know) (that)? (the|those|these|that|your|ur) (urge|urges|craving|cravings|pull) to (relapse|give in) (feels|can feel|must feel|seems|can be|must be) (so|really|very)? (huge|big|massive|strong|overwhelming|loud|intense|unbearable|powerful|impossible|real|scary|hard) (right now|rn|at the moment)? , but (you|youve|you\'ve|ur|youre|you\'re)',
    '(i know|i understand|i remember|we know) (that)? (the|those|these|that|your|ur) (urge|urges|craving|cravings|pull) to (relapse|give in) (feels|can feel|must feel|seems|can be|must be) (so|really|very)? (huge|big|massive|strong|overwhelming|loud|intense|unbearable|powerful|impossible|real|scary|hard) (right now|rn|at the moment)? but (you|youve|you\'ve|ur|youre|you\'re)',
    // A game night's sign-off: "thanks for everything tonight gg".
    '(thanks|thank you|ty) (all|guys|everyone)? for (everything|the games|the game|playing|the stream) (tonight|today)? (gg|ggs|gg wp|good game|good games|glhf)',
    '(done|finished) with (this|that|the) (level|game|round|match|map|stream|raid|quest|chapter|episode|season)',
    '(see you|see ya|see u|cya|talk to you|talk to u|speak to you|catch you) (all|guys)? (tomorrow|tmrw|tmr|tonight|soon|later|next week|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))',
    // "die" for "dye": "all I want is to die my hair blue".
    '(die|dies|died|dying|dieing) (my|her|his|their|your|the) (hair|beard|eyebrows|roots|tips|clothes|shirt|jeans|fabric|eggs|wool)',
    // Sleeping in, not dying: "I want to sleep and not wake up till noon".
    '(not|never) wake up (till|until|til|before) (noon|midday|lunch|lunchtime|the afternoon|#num|ten|eleven|twelve|my alarm|monday|the weekend)',
    // Absent for an occasion: "they'll be fine without me at christmas, I'm working".
    'without me (at|for|on|over|during|this|tonight) ~2 (christmas|easter|thanksgiving|the holidays|new year|new years|the weekend|weekend|dinner|lunch|the party|the trip|the wedding|a (day|week|night|weekend|few days)|the match|the game|practice|the meeting|the shift)',
    // Leaving a chat for an everyday reason: "won't be around much longer, my bus is here".
    'be (around|here|on|online) (much longer|for long|long) (my|the|cos|because|as) ~2 (bus|train|uber|taxi|ride|lift|battery|phone|shift|break|flight|class|lecture)',
    // Letters for an occasion: "wrote letters to each of my kids for the time capsule".
    '(letters|a letter|notes|a note|cards) (to|for) ~4 for (the|a|our|their|his|her)? (time capsule|christmas|birthday|birthdays|wedding|anniversary|school project|class project|pen pal|penpal)',
    // An everyday aim: "I'm done trying to beat this level".
    '(trying|tryna) to (get|beat|unlock|finish|win|clear|pass|complete|find|fix) (this|that|the|my) ~2 (achievement|achievements|level|boss|game|trophy|puzzle|quest|raid|speedrun|song|chord|recipe|code|bug|printer|wifi|crossword|rank)',
    // games and fiction
    '(kill|killed|killing|die|died|dying) (@reflexive)? (in|on) (the)? (game|minecraft|fortnite|roblox|level|mission|match|round|raid|dungeon|boss fight|lava|the sims|gta|skyrim|elden ring|dark souls)',
    // relationships ending, not life
    '(end|ended|ending|ends) (it|things|everything) with (him|her|them|my|the|you)',
    // "I'll end it on my terms before it gets messy, he's not dumping me": a relationship ended first.
    '(end|ending) (it|things) on (my|our) (own)? terms ~4 (,)? ~3 (dumping|dumps|dump|breaking up with|break up with|leaving|leave|ditching|ghosting) (me|us)',
    // numbers and units
    '#num (kms|km|k|kilometers|kilometres|miles)',
    // songs, plants, pets, food
    '(kill|killing|killed) (the|my|some|those|these|a)? (weeds|plants|plant|bacteria|germs|pests|roaches|mosquitoes|flies|ants|mice|rats|zombies|monsters|enemies|aliens|dragon|orcs)',
    '(die|died|dies|dead) (hard|out|down|off)',
    '(pills|pill) (are|is) (hard|easy|big|huge|bitter) to swallow',
    'bitter pill',
    'in a (dead|deadly) (end|zone)',
    'chink in (the|his|her|their|my|your) (armor|armour)',
    '(dodge|dodged|dodging|bite|bit|biting) the bullet',
    '(jump|jumped|jumping) (rope|the rope)',
    '(learn|learning|learned|show|showing|know|knows) the ropes',
    '(on the)? ropes course',
    // The 50th session's probe of members' own phrasing: an engine run to warm the car, a swim in
    // the sea, a child's fever, a boss in a game and a pier jumped off for charity share the words
    // of an attempt, a method or a plan, and name what makes them everyday.
    // The car warmed, not the one inside it: "to warm myself up, I won't be getting out" is no errand.
    '(engine|motor) (running|on) ~4 to (warm|heat|defrost|demist|de ice|deice|charge|cool) (it|the car|the windscreen|the battery) (up|down)?',
    '(engine|motor) (running|on) ~4 to (warm|heat|cool) (up|down)',
    // Only where the swim ends its clause: "walk into the sea for a swim and never come back" is not one.
    '(walk|walking|walked|go|going|went|wade|wading|run|running|ran) into the sea (for a|to) (swim|paddle|dip|bathe|cool off) $',
    'how (many|much) ~2 (would|will|does|do|should) it take to (bring|get|keep) ~4 (fever|temperature|temp|swelling) down',
    '(unalive|unaliving|unalived) (this|that|the|these|those|a|every) ~2 (boss|bosses|enemy|enemies|raid|level|dungeon|spider|bug|mob|mobs|monster|monsters|zombie|zombies|plant|plants|weeds|character|npc)',
    '(jump|jumping|jumped) (off|from) (the|a) (pier|jetty|harbour wall|harbor wall|quay|diving board|boat) ~6 (charity|swim|dip|tradition|fun|summer|sponsored)',
    '(extraction|extractor|fume) (hose|hoses|pipe|pipes)',
    // "the kms tonight were brutal": kilometres run, not "kill myself".
    '(the|those|these|our|last|final|first) kms (were|was|are|went|felt|of|in|on|today|tonight|this|flew|dragged)',
    '(jump|jumping|jumped) (off|from) ~5 (in|on) (gta|minecraft|fortnite|roblox|the game|skyrim|zelda|vr)',
  ]),

  ...phrases('laughter', 1, [
    '(lol|lmao|lmfao|rofl|haha*|hehe*|jk|jking|just kidding|xd|lul|kek|lolol|ahaha*|jaja*|jeje*|mdr|ptdr)',
  ]),
  ...phrases('hyperbole', 1, [
    // Trivial causes met in the probe of English (labelled.probe-english.jsonl).
    '(my)? (mouth|tongue|face) (is|was) (on fire|burning)',
    '(hot sauce|spicy food|chilli sauce|chili sauce|ghost pepper|carolina reaper|the wings|this curry)',
    '(hear|heard|hearing) (my|the) alarm',
    // The name may stand in quotes, which end a phrase: 'I just called my teacher "mum" in front of the whole class'.
    '(called|calling|call) (my|the|our) (teacher|boss|lecturer|professor|manager|coach|tutor|headteacher|head teacher|principal|headmaster|headmistress|sir|miss) , (mum|mom|mummy|mommy|mama|dad|daddy|babe|baby|love|darling|honey|sweetie|bestie)',
    '(the|this|our|my) (printer|wifi|laptop|computer|photocopier|scanner) (jammed|crashed|froze|broke|died|stopped working|is down|went down)',
    'one more (meeting|time|class|day|minute|hour|song|email|episode|lecture|shift|second|word|question|call|zoom|assignment|essay|page)',
    'if i (have to|hear|see|get|do|read|watch|sit|listen) ~3 (again|one more|more|another)',
    'if i have to (sit|listen|hear|watch|do|read|go|deal|work|see|write|take|look|eat|wait)',
    '(fall damage|respawn|respawned|game over|headshot|noob|boss fight)',
    // Noise and bother: "I can't take it anymore, my neighbour's drilling".
    '(neighbours|neighbors|neighbour\'s|neighbor\'s|neighbour|neighbor) ~2 (drilling|music|dog|dogs|noise|party|building work|renovation|baby)',
    '(drilling|hammering|construction|building work|roadworks|this heat|the heat|this traffic|the traffic|the commute|this queue|the queue|hold music|on hold)',
    // Praise for music: "I wanna die, this song slaps".
    '(song|track|album|beat|bass|drop|verse|chorus|remix|this|that|it) (slaps|bangs|goes (so)? hard|is (so)? fire|hits (so)? (hard|different))',
    // A job, a course or a flat one wants to leave: "I don't want to be here anymore, I'm handing in my notice".
    '(this|my|the) (job|work|school|class|course|office|workplace|team|company|flat|apartment|town|city) (is|was|has been) (so)? (awful|terrible|toxic|hell|the worst|unbearable|miserable|soul destroying)',
    '(handing|hand|handed|putting|put|giving|gave) in (my)? (notice|resignation|two weeks)',
    // Tiredness with its remedy named: "can't keep going like this, need coffee".
    '(need|needs|needed|gimme|give me) (a)? (coffee|coffees|caffeine|nap|snack|snacks|energy drink|red bull|redbull|monster|holiday|vacation)',
    '(quitting|quit|leaving|changing) (my|this|the) (job|course|school|uni|university|team|company)',
  ]),
  // An everyday cause named beside a laugh: "this class makes me want to kms lol", "i want to die
  // this exam was so hard lol". Only with a laugh: "I want to die, I failed every exam" is not
  // discounted (school and work are where many crises start).
  ...phrases('everyday_cause', 1, [
    '(saw|see|seeing|got|get|looked at|checked) (my|the) (exam|exams|test|uni|class|work|school) (timetable|schedule|results|grades|marks|rota)',
    '(this|that|the|my|these|those) (exam|exams|test|tests|quiz|homework|essay|assignment|class|lecture|teacher|meeting|meetings|wifi|internet|weather|drive|commute|traffic|game|level|boss|song|show|episode|queue|printer|laptop|code|bug|group project|coursework|semester|shift|heat|cold|hangover|cramps) ~3 (is|was|were|are|so|makes|made|making|has been|just|keeps)',
  ]),
  ...phrases('negation_exception', 1, [
    '(not|never) (gonna|going to|to)? lie',
    'ngl',
    '(dont|do not|didnt) (know|understand|get|even know|really know|care what|care who) (why|how|what|where|when|if|whether|anymore|what to do)?',
    '(not|no) (sure|idea|matter|only|that|kidding|joking)',
    'never mind',
    'never ~4 until',
    '(dont|do not) get me wrong',
    '(not|no) (even)? (one|a single) (person|soul|friend|thing)',
  ]),
  ...phrases('generic', 1, [
    '(its|it is|it s|that is|thats|its completely|its totally) (ok|okay|normal|common|natural|understandable|valid|fine|human|hard|scary|not uncommon|not unusual) to',
    'what (its|it is|it s|it was) like to',
    '(know|knows|understand|understood|knew) (how it feels|what it feels like|what its like|the feeling) to',
    '(how|what) it feels (like)? to',
    '(people|anyone|someone|those|everyone|a person|somebody) (who|that) (are|is|were|feel|feels|want|wants)?',
    'when (you|u|ur|youre|one) (feel|feels|are|want|wants|is|get|gets)',
    '(if|when) (you|u|ur|youre|someone|anyone|a friend|a person|your (friend|child|kid|teen|teenager|partner)|a loved one|a student|a child) (are|is|feel|feels|ever|want|wants|start|might|may|could|seems|seem|shows)',
    'how to (recognise|recognize|spot|tell|know|notice|help)',
    'instead of',
    // a reply naming the other person's feeling: "I know it feels like there's no way out"
    '(i know|i understand|i get|i remember) (how)? (it|that it) (feels|can feel|seems|must feel|must seem) (like)?',
    '(when|while|if|whenever) (feeling|being|having|thinking|struggling|dealing|going through|experiencing|battling|fighting)',
  ]),
  ...phrases('past', 1, [
    '(used to|use to|usedto)',
    '#num (years|months|yrs|year|decades) ago',
    '(a|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|couple|couple of|a couple of|a few) (years|months|decades|year) (ago|back)',
    '(#num|a|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many) (years|months|year|month) since',
    '(years|long|ages|decades|a long time|a while) ago',
    'when i was (#num|a kid|a child|a teen|a teenager|younger|little|young|in (high|middle|secondary|primary) school|in college|at school|at uni|in uni|in university|a student|in my teens|in my twenties|growing up)',
    // "back when I was with him", not "he hit me back when I tried to leave" (the blow returned, now).
    'back (then|in (the day|high school|school|college|#num))',
    'back when (i|we|he|she|they|it|things|life|everything|you) (was|were|had|lived|used|worked|went|started|first|still|only|got|moved|met|thought|did|didnt|didn\'t|couldnt|could|would|lived)',
    'back when (my|our) ~2 (was|were|had|lived|used|still)',
    '(in|during) (the past|my teens|my twenties|my youth|high school|middle school|college|university|uni|my childhood|childhood)',
    'as a (kid|child|teen|teenager|young adult|student)',
    '(last year|a year ago|the year before|that year|at the time|at that time|that time|back in the day)',
    '(had|have had|have been|ive been|i\'ve been) (suicidal|depressed) (before|in the past|for years)',
    '(previously|formerly)',
    // A year gone by ("he strangled me in 2015. Today I got my degree"): not this year ("in 2026"),
    // nor one to come, and "since 2015" is a span up to now. The year ends its phrase or leads on
    // ("in 2015 my dad..."): not "in 2000 pounds of debt".
    '(in|back in|during) (the summer of|the spring of|the winter of|the autumn of|the fall of|early|late|mid)? #pastyear ($|and|when|my|he|she|i|we|they|after|before)',
  ]),
  ...phrases('recent', 1, [
    '(again|relaps*|today|tonight|tonite|this (morning|week|evening|afternoon|weekend|month)|earlier|hours ago|an hour ago|minutes ago|just now|earlier today)',
  ]),
  // Recent, but over: an attempt last month is a grave risk sign, not one under way.
  ...phrases('earlier', 1, [
    // A weekday after a thing done: "I OD'd on Tuesday" is over, not a plan for the next one.
    '(overdosed|od\'d|oded|tried|attempted|took|swallowed|cut|ended up|was admitted|got admitted) ~4 (on|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    '(last night|yesterday|the other day|few days ago|a few days ago|last week|last month|weeks ago|days ago|a few weeks ago|#num (days|weeks) ago|last weekend)',
  ]),
  ...phrases('now', 1, [
    '(right now|rn|lately|recently|these days|still|currently|anymore|this year|now|nowadays|at the moment|atm)',
  ]),
  ...phrases('recovery', 1, [
    // A survivor's story: "8 years free today", "I got out and I'm thriving".
    '(i|finally|we) (got out|got away|escaped|left (him|her) (for good)?) $',
    '(im|i am) (thriving|safe now|free now|finally safe|finally free)',
    '#num (years|months|weeks|days|year|month|week|yrs) (clean|free|sober|without|since|of recovery)',
    '(clean|sober|free) (for|since) #num?',
    '(in|into|my) recovery',
    '(recovered|recovering|healed|healing|survivor|survivors|survived|overcame|overcome|got through it|made it through|pulled through)',
    '(doing|feeling|getting|am|im) (so|much|a lot|way|so much)? better (now|these days|today)?',
    '(therapy|medication|meds|treatment|my therapist|counselling|counseling|dbt|cbt) (really|has|have)? (helped|saved|works|worked|changed)',
    'no longer',
    '(proud of myself|so proud|milestone|anniversary|graduated|celebrated|celebrating)',
    '(scars|marks|cuts) (have|are|has)? (faded|fading|healed|healing|gone|barely visible)',
    '(grateful|thankful|glad|happy) (to be|that i am|that im|i am|im)? (alive|still here|still alive)',
    '(still here|still alive) ~2 (grateful|thankful|glad|happy)',
    // An anniversary counted is survival: "today marks two years since my attempt".
    '(marks|mark|marked|marking|its been|it\'s been|it has been|celebrating) (#num|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several) (years|months|year|month) since (my|the) (last)? (attempt|overdose|od|hospital stay|hospitalisation|hospitalization|relapse)',
    '(wear|wearing|wore) (t shirts|tshirts|short sleeves|shorts|a swimsuit|tank tops) again',
    '(it|things|life) (got|gets|get|has gotten|is getting) (so much|a lot)? better',
    '(im|i am|i\'m) (happy|married|doing well|in a good place|okay now|ok now|fine now|safe now|alive and)',
    '(havent|haven\'t|have not|hasnt|didnt) (cut|self harmed|harmed myself|hurt myself|relapsed|attempted|had (any|a) (suicidal)?) (in|since|for)?',
    '#num days (without|since|free)',
    '(scars|scar) (are|is)? (fading|healed|faded|old)',
    '(run|runs|lead|leads|volunteer|volunteers|volunteering|work|working) (a|at a|for a|with a|at the|for the)? (support group|crisis line|hotline|helpline|peer support|crisis text line)',
    '(in|into) recovery from',
    '(old|faded|healed) (scars|scar|cuts|wounds)',
  ]),
  ...phrases('news', 1, [
    '(according to|study|studies|research|researchers|report|reports|reported|statistics|stats|survey|data|article|articles|documentary|journal|rates|rate of|percent|per cent|prevalence|awareness|prevention|campaign|policy|law|legislation|scientists|experts|professor|lecture|thesis|essay|dissertation|textbook|curriculum)',
    '(police|officials|authorities|coroner|news|headline|newspaper|reuters|bbc|cnn) (said|say|says|reported|report|confirmed|found)?',
    '(the|a|this|that|his|her) (novel|book|film|movie|character|song|show|series|play|poem|story|episode|tv show|anime|manga|lyrics)',
    '(died|dies|die) by suicide',
    '(psychology|psych|sociology|nursing|medical) (class|course|lecture|student|students)',
    '(warning signs|risk factors|crisis line|hotline|helpline)',
  ]),
  ...phrases('supportive', 1, [
    '(you|u) (are|re|r)? not alone',
    '(reach|reaching) out',
    '(talk|speak|reach out) to (someone|somebody|a (therapist|doctor|counsellor|counselor|professional|friend)|your (doctor|therapist|gp|parents|family))',
    '(call|text|ring|phone) (988|911|999|112|116 123|741741|a (hotline|helpline|crisis line)|the (hotline|helpline|crisis line|samaritans|lifeline)|someone|emergency services)',
    '(here|there) for you',
    '(please|pls|plz) (stay|dont|don\'t|hold on|reach out|talk|call|get help|be safe|stay safe)',
    '(it|things) (gets|will get|can get|do get|does get) better',
    '(stay|be) (strong|safe)',
    'sending (hugs|love|strength|virtual hugs)',
    '(you|your life|u) (matter|matters|are loved|are important|are valued|deserve)',
    '(proud of you|we care|i care about you|people care|we are here|were here)',
    '(are you|r u|are u) (safe|ok|okay|alright)',
  ]),
  ...phrases('concern', 1, [
    '(worried|worry|worrying|scared|afraid|concerned|terrified|freaking out|panicking) (about|for|that)',
    '(how|what) (do|can|should|could) i (do|help|support|say|tell|approach|handle|talk)',
    '(what|how) (do|should|can) i do',
    '(how to|how do i|how can i|ways to|want to) (help|support|talk to|reach) (him|her|them|my|a friend|someone)',
    '(help|support) (him|her|them|my (friend|brother|sister|son|daughter|mom|dad|partner|bf|gf|boyfriend|girlfriend|husband|wife))',
    '(im|i am|i\'m) (so)? (scared|terrified|worried|frightened)',
    '(please help|need advice|any advice|what do i do|what should i do|help me help)',
    '(isnt|isn\'t|not|wont|won\'t|hasnt) (answering|replying|responding|picking up)',
    'how can i tell if',
    '(dont|don\'t|do not) know (how to (help|support)|what to (do|say))',
  ]),
  ...phrases('relation', 1, [
    '(my|our|a|her|his) @relative',
    '(my|our|her|his|their) (grandad|granddad|nan|nana|gran|granny|grandparent|grandparents|stepbrother|stepsister|mother in law|father in law|son in law|daughter in law)',
    // A small child in the writer's care: "my toddler swallowed 6 of my sleeping pills" is an emergency for the child.
    '(my|our|her|his|their) (toddler|toddlers|baby|babies|little one|newborn|infant|grandson|granddaughter|grandchild|grandkid|grandkids|grandchildren)',
    // "My mum's been saying ...": the apostrophe goes, leaving "mums" (a plural means people known too).
    '(my|our|her|his|their) (best|closest|oldest)? (mums|moms|mothers|dads|fathers|parents|brothers|sisters|bros|sons|daughters|husbands|wifes|wives|partners|boyfriends|girlfriends|friends|bestfriends|mates|bfs|gfs|cousins|flatmates|roommates|grandads|granddads|nans|grans|grannys|grandmas|grandpas|uncles|aunts|nieces|nephews|fiances|kids|childs|stepdads|stepmums|stepmoms)',
    '(a friend of mine|someone i know|someone close to me|someone in my (class|family|school|life)|a (guy|girl|kid|person) (i know|in my class))',
    'someone in my',
  ]),
  ...phrases('reported_speech', 1, [
    '(told|tell|tells|telling|said to|says to|saying to|texted|messaged|wrote to|wrote|called|calls|calling|screamed at|yelled at|dm|dmed|dmd) (me|us|you|u|my (friend|sister|brother))',
    '(keep|keeps|kept|always|constantly) (saying|telling|calling|writing|posting|texting) (me|that|to)?',
    '(left|leaves|sent|sends) (me)? (a|an|this)? (voicemail|voice message|voice note)',
    '(keep|keeps|kept) (messaging|dming|dm ing|commenting|replying) (me)?',
    '(he|she|they|@household_named) (screamed|yelled|shouted|screams|yells|shouts|screaming|yelling|shouting)',
    '(said|says|saying|commented|replied|wrote|posted|messaged|texted)',
    '(someone|people|they|he|she|kids|everyone|bullies|classmates) (told|tell|called|call|said|say|wrote|write|commented) (me)? (to|that)?',
    '(called|calls|calling) me (a|an)',
    // "my grandad was called a ...": a member telling of abuse they or theirs received.
    '(was|were|got|been|being|get|gets|keep getting) called',
  ]),
  // A message someone sent the writer, shown to the reader: what follows, to the next sentences, is
  // that person's words ("this is what my ex sent me at 3am. you're dead when i find you"). A threat
  // to "you" in it is the writer's danger (weighed as its sender: a partner or an ex in full,
  // anyone else beside another sign), never the writer's threat.
  ...phrases('shown_message', 0.8, [
    '(ex|ex husband|ex boyfriend|ex girlfriend|ex wife|ex partner|husband|boyfriend|bf|wife|girlfriend|gf|partner|stepdad|stepfather|dad|father) (just|keeps|kept|keep|has been|is|was|still)? (sent|sends|sending|texted|texts|texting|messaged|messaging|wrote|writes|writing|emailed|emailing|dmd|dming|left) (me|us) (this|these|that|at #num|at #num am|at #num pm|last night|tonight|today|this morning|again|all night)? $',
    '(exs|ex husbands|ex boyfriends|ex girlfriends|ex wifes|husbands|boyfriends|bfs|wifes|girlfriends|gfs|partners|stepdads|dads|fathers) (last|latest|new|newest|most recent)? (message|messages|text|texts|voicemail|voice note|dm|dms|email|emails|letter|note) (tonight|today|last night|this morning)? (was|were|said|says|read|reads|$)',
  ]),
  ...phrases('shown_message', 0.45, [
    '(sent|sends|send|forwarded|texted|messaged|emailed) (me|us) (this|these|that|a message|a text|texts|messages|a dm|an email|emails|a note|a letter) (at #num|at #num am|at #num pm|last night|tonight|today|this morning)? $',
    '(what|the message|the messages|the texts|the text|the email) (he|she|they) (sent|sends|texted|wrote|messaged|emailed) (me|us)?',
    '(his|her|their) (last|latest|new|newest|most recent)? (message|messages|text|texts|voicemail|voice note|dm|dms|email|emails|letter|note) (to me)? (was|were|said|says|reads|read)',
    '(screenshot|screenshots|screen shot|screencap) (of)? (what|the|his|her|their)? (he|she|they)? (sent|texts|messages|message|text|dms|dm|said|wrote)',
  ]),
];
