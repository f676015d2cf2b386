import { phrases, type LexiconEntry } from './lexicon-entry';

/**
 * English harm language: content that hurts other people. Harm phrases are written aimed at
 * someone ("you", a group), so a member calling themselves worthless never matches here; their
 * words are read by the crisis lexicon instead. Phrases inside reported speech ("they told me to
 * kys") or a quote, negated ("please don't kill yourself"), asked ("why would you kill
 * yourself?") or conditional ("if you kill yourself...") are not counted: see
 * readHarm in classifier/classify.ts.
 */
/** Slurs against protected groups: hate on their own, harassment too when aimed ("you ... paki"). */
const SLURS =
  '(nigger|niggers|nigga|niggas|faggot|faggots|fag|fags|kike|kikes|chink|chinks|spic|spics|wetback|wetbacks|tranny|trannies|raghead|ragheads|towelhead|towelheads|gook|gooks|beaner|beaners|sandnigger|paki|pakis|shemale|camel jockey|porch monkey|jungle bunny|gypo|gyppo|pikey|spastic|mongoloid|golliwog|wop|dago|zipperhead|jigaboo|towel head|kaffir|heebs|hymie|yid|troon|troons)';

/** Medicines that are sold on by DM but are not in @drug (which also serves the crisis lexicon). */
const SOLD_MEDS =
  '(@drug|zopiclone|zolpidem|ambien|diazepam|lorazepam|clonazepam|klonopin|alprazolam|temazepam|pregabalin|lyrica|gabapentin|gabbies|morphine|dihydrocodeine|modafinil|xan|xan bars|sleepers|downers|uppers|benzo|oxys)';

/** Young people, as a groomer names them to flatter or to check an age. */
const MINOR_AGE = '(#num $|(a)? #num (year old|yr old|yo|years old|yrs old)|a girl your age|a boy your age|someone your age|a kid|a teenager|a schoolgirl)';

export const HARM_EN: readonly LexiconEntry[] = [
  // Harassment and insults aimed at a person.
  ...phrases('insult', 0.8, [
    '(you|u|ya|youre|you re|ur|you are|u r|u are) (all|both|lot)? (a|an|such a|such an|the|so|one|absolute|fucking)? @insult_adj? @insult_adj? @insult_noun',
    '(you|u|ya|youre|ur|you are|u r) (are|r|re|is)? (so|such|really|fucking|just)? (stupid|dumb|pathetic|worthless|useless|ugly|fat|disgusting|retarded|braindead|pitiful|gross|annoying|trash|garbage|a joke)',
    '(fuck|fck|fk|fuq) (you|u|ya|off|yourself|urself|your|ur|this guy)',
    '^ (stfu|gtfo|shut up|shut the fuck up|shut your (mouth|face|trap)|stfu and)',
    '^ @insult_adj @insult_noun',
    '(kys|kill (yourself|urself)|die|go die) (you)? @insult_adj? @insult_noun',
    `(you|u|ya) @insult_adj? @insult_adj? ${SLURS}`,
    '(you|u|ya) (attention seeking|attention seekin|attention craving|drama seeking|dramatic|whiny|whiney|needy|self pitying|spoiled|spoilt|entitled) (little)? @insult_noun',
  ]),
  ...phrases(
    'insult',
    0.55,
    ['^ (idiot|moron|loser|retard|bitch|cunt|asshole|dickhead|twat|wanker|prick|clown|freak|dumbass|jackass|dipshit|shithead|bastard|coward|pussy) $'],
    { note: 'a bare insult as its own phrase: "nobody asked, moron"' },
  ),
  ...phrases('harassment', 0.8, [
    '(nobody|no one|noone) (likes|loves|wants|cares about|will ever love|will ever like|gives a (shit|fuck) about) (you|u|ya)',
    '(everyone|everybody) (hates|laughs at|is laughing at|is sick of|makes fun of) (you|u|ya)',
    '(nobody|no one|noone) asked (you|u)?',
    '(you|u|youre|ur|you are|she|he|they) (are|is|re)? (just)? (an)? (attention (seeker|whore)|faking (it)? for attention|doing it for attention)',
    '(stop|quit) (faking|being so dramatic|attention seeking|crying for attention)',
    '(you|u) (are|re|r)? (a)? (waste of (space|oxygen|air|skin|life)|mistake|disappointment|embarrassment)',
    'even (your|ur) (own)? (mum|mom|mother|dad|father|parents|family|friends|kids) (gave up on|has given up on|have given up on|hates|hate|is ashamed of|are ashamed of|cant stand|can\'t stand|regrets having|regret having) (you|u|ya)',
  ]),
  ...phrases('harassment', 0.6, [
    '(go|just go) (cry|die in a hole|fuck yourself|to hell|away and never come back)',
    '^ (go|just go) (be dramatic|be sad|whine|sulk|cry|vent|trauma dump|attention seek|beg for attention) (somewhere else|elsewhere|on your own time|in private|on another site)',
    '(you|u) (should|deserve to) (be ashamed|suffer|be alone|rot|be bullied)',
  ]),

  // Telling someone to kill or hurt themselves.
  ...phrases('incitement', 0.95, [
    '(kys|kill urself|kill yourself|kill yourselves|kill urselves|kill ur self|kill your self|neck yourself|neck urself|rope yourself|rope urself|unalive yourself|unalive urself|hang yourself|hang yourselves|hang urself|slit your wrists|slit ur wrists|end yourself|off yourself|off yourselves|delete yourself|shoot yourself|go die)',
    '^ (go)? (jump off a bridge|drink bleach|die already|die in a fire|jump in front of a train)',
    '(you|u) (should|need to|ought to|gotta|oughta) (just)? (die|kill yourself|kill yourselves|kill urselves|kys|end it|end your life|hang yourself|hang yourselves|jump|do it|do us a favor|drink bleach|jump off a bridge|slit your wrists|neck yourself|rope yourself|off yourself|off yourselves|overdose)',
    // Told to a whole thread ("you lot should kill yourselves"); not "you guys should do it!".
    '(you|u) (all|lot|guys|people) (should|need to|ought to|gotta|oughta) (all)? (just)? (die|kill yourselves|kill urselves|kill yourself|kys|hang yourselves|off yourselves|end your lives|drink bleach|jump off a bridge)',
    '(do|doing) (everyone|us|the world|us all|everybody) a (favor|favour) and (just|actually|finally)? (die|kill yourself|kill yourselves|kill urselves|kys|end it|disappear|leave|go through with it|off yourself|off yourselves|stop breathing)',
    '(stop|quit) (threatening|threatening us|threatening everyone|announcing it) and (just|finally|actually)? (do it|end it|go through with it|get it over with)',
    '(you|u) (keep|keeps|kept|always|been)? (saying|said|say|threatening|threatened|promising|promised|posting|posted) (youll|you\'ll|you will|u will|youd|you\'d|you would|ur gonna|youre gonna|you\'re going to|you are going to|to)? (end it|end it all|kill yourself|kill yourselves|kill urselves|kys|go through with it|off yourself|off yourselves|jump|die) ~2 , (we\'re|were|we are|everyone is|everyones|everybody is|im|i\'m|i am|still) (all)? (still)? waiting',
    '(still|all|we\'re|were|we are|im|i\'m|i am) waiting (for|on) (you|u) to (end it|die|kill yourself|kill yourselves|kill urselves|kys|go through with it|off yourself)',
    '(if|when) (you|u) (really|actually|truly)? (wanted|want|wanna) to (die|kill yourself|kill yourselves|kill urselves|do it|end it) (youd|you\'d|you would|u would|ud) (have|of|ve)? (done it|be dead|killed yourself) (already|by now)?',
    '(hope|hoping|wish) (you|u) (die|get cancer|kill yourself|kill yourselves|kill urselves|kys|rot|drop dead|never wake up|get hit by)',
    '(hope|hoping|wish) (you|u) ~3 (and)? (die|rot|suffer|drop dead|burn)',
    '(nobody|no one|noone) (would|will|is going to)? (miss|care|care about|notice) (you|u|ya)? (if|when) (you|u)? (died|die|were gone|was gone|kill yourself|killed yourself|disappeared)',
    '(the world|everyone|everybody|we|this place) (would be|will be|is) better (off)? without (you|u|ya)',
    '(cut|cutting) deeper (next time|if you)',
    '(you|u) (should|need to|have to|gotta) cut deeper',
    'why (dont|don\'t) (you|u) (just)? (die|kill yourself|kys|end it|do it)',
  ]),
  ...phrases('incitement', 0.7, ['(nobody|no one|noone) (would|will) (miss|care about) (you|u|ya)', '(end|ending) it (already|then)']),
  ...phrases('incitement', 0.35, [
    '^ (just)? do it (already|then|lol|coward|pussy)?',
    '(you|u) (wont|won\'t|never will|dont have the guts)',
  ]),

  // Threats of violence against people.
  ...phrases('threat', 0.9, [
    '(im going to|i am going to|i\'m going to|im gonna|i\'m gonna|i am gonna|gonna|going to|i will|ill|i\'ll|imma|ima|finna|about to|i want to|i wanna|i swear ill|i swear i will|i\'m about to|im about to|i shall) (kill|murder|stab|shoot|hurt|beat|strangle|choke|rape|slit|slaughter|butcher|bash|punch|knife|burn|gut|beat up|hunt down|torture|kidnap) (you|u|ya|him|her|them|your (family|kids|mom|dad|face|throat|ass)|every one of you|all of you|everyone|everybody|my (teacher|boss|dad|mom|stepdad|brother|sister|ex|classmates|coworker|coworkers|neighbour|neighbor|family|parents|bully))',
    '(i|ill|i\'ll|i will|im going to|imma|gonna) (find|hunt|track) (you|u|ya|him|her|them) (down)? (and|then)',
    '(i know|i found out|i found|find|found out|ill find|i will find|gonna find) where (you|u|ya|he|she|they) (live|lives|work|works|go to school|sleep) $',
    '(i know|i found out|i found|find|found out|ill find|i will find|gonna find) where (you|u|ya|he|she|they) (live|lives|work|works|go to school|sleep) and',
    '(i know|we know|i found out|ive found out|i\'ve found out) (where|which school) (your|ur) (kids|kid|son|daughter|children) (go|goes|go to school|goes to school|live|lives) ($|and|so)',
    '(it would|it\'d|itd|would|be) (be)? a (shame|pity) if (something|someone|anything|somebody|anyone) ~6 (happened|happen|sent|posted|shared|leaked|showed up|turned up)',
    '(and|then|ill|i\'ll|i will|gonna|going to) (hurt|kill|beat|stab|shoot|strangle) (you|u|ya)',
    'watch your back',
    '(youre|you are|you re|ur|u r|you\'re) (dead|a dead man|so dead) (when|if|once) (i|we)',
    '(shoot|shooting|bomb|bombing|blow up|blowing up|shoot up|shooting up) (up)? (the|a|my|this|our|that|your) (school|office|mall|church|mosque|synagogue|temple|place|building|party|class|classroom|workplace|concert|club)',
    '(beat|beating|kick|kicking) the (shit|crap|hell|life|living daylights) out of (you|u|ya|him|her|them)',
    '(going to|gonna|will|ill|i\'ll|imma) make (you|u|them|him|her) (pay|suffer|regret it)',
    '(kill|hurt|shoot|stab) (the people|everyone|those|all the people|every one|all of them|everybody) (who|that|at|in)',
    '(take|taking) (them|him|her|everyone|some people|people|others|all of them) (all)? (down)? with me $',
    '(bring|bringing|brought|take|taking) a (gun|knife|weapon|bomb) to (school|work|class|the office|church)',
  ]),
  ...phrases('threat', 0.6, ['(youre|you are|you re|ur|u r|you\'re) (dead|a dead man|so dead) $']),
  ...phrases('threat', 0.9, [
    // "we'll see how brave you are when I turn up at your door": said whole, so the "how ... when"
    // inside it is not read as a question.
    '(we\'ll|well|we will|you\'ll|youll|lets|let\'s) see how (brave|tough|hard|big|confident|mouthy|funny|smart) (you are|u are|ur|youre|you\'re|you\'ll be|youll be) (when|once|after) (i|we|my (boys|mates|brother|brothers|friends|cousins)) (turn up|show up|come round|come over|rock up|pull up|knock) (at|on|to|outside) (your|ur) (door|house|doorstep|work|school|place|flat|home|front door)',
  ]),
  ...phrases(
    'threat',
    0.45,
    [
      '(when|once|after|till|until|wait till|wait until) (i|we|my (boys|mates|brother|brothers|friends|cousins)) (turn up|show up|come round|come over|rock up|pull up|knock) (at|on|to|outside) (your|ur) (door|house|doorstep|work|school|place|flat|home|front door)',
      '(we\'ll|well|we will|you\'ll|youll|lets|let\'s) see how (brave|tough|hard|big|confident|mouthy|funny|smart) (you are|u are|ur|youre|you\'re|you\'ll be|youll be)',
      '^ (be careful|careful|watch) (what you say|what you post|what you write|what you type|your mouth|who you talk about)',
      '(you have|you\'ve got|youve got|you got) (a|two|three|#num)? (kid|kids|son|daughter|children|little girl|little boy|little one|little ones) (in|at|who goes to|that goes to) ~5 (dont you|don\'t you|right|yeah|innit)',
    ],
    { note: 'each is said kindly too; beside another sign (turning up at the door, naming a child) it is a veiled threat' },
  ),
  ...phrases('threat', 0.9, ['(ill|i\'ll|i will|gonna|im going to|i\'m going to|imma) (find out|find|track down|look up) where (you|u|ya) (live|work|sleep|go to school)']),
  ...phrases('threat', 0.45, ['(ill|i\'ll|i will|gonna|im going to|i\'m going to|imma) make (you|u|ya) (pay|regret it|regret this|suffer|sorry)'], {
    note: 'also said in jest or in films; with another sign it is a threat',
  }),
  ...phrases('threat', 0.9, [
    '(ill|i\'ll|i will|gonna|im going to|i\'m going to|im gonna|imma|i swear ill|i swear i will) (smash|kick|bash|punch|break|cave|rearrange|knock|slap|cut|stomp) (your|ur|ya|his|her|their) (face|head|teeth|skull|jaw|legs|neck|nose) (in|off|out)?',
  ]),

  // Hate: slurs and dehumanising talk about protected groups.
  ...phrases(
    'slur',
    0.75,
    [
      SLURS,
    ],
    { note: 'quoted or reported ("he called me a ...") is not counted' },
  ),
  // "heeb" squeezes to "heb", which is Dutch "have" ("ik heb") and a Texas supermarket: the singular
  // is a slur only where it is aimed or qualified.
  ...phrases('slur', 0.75, ['(dirty|filthy|fucking|stupid|greedy|rich|big nosed|hook nosed|kike|jew|jewish) heb', '(you|ya) heb $', '(you|ya) @insult_adj heb $']),
  ...phrases('dehumanising', 0.9, [
    '(all|those|these|the|fucking|filthy|dirty)? @group (are|r|is) (all|just|nothing but|basically|literally)? (vermin|animals|subhuman|sub human|parasites|cockroaches|rats|scum|a disease|a cancer|terrorists|freaks|mentally ill freaks|inferior|filth|trash|garbage|savages|apes|monkeys|pigs|dogs|pedophiles|paedophiles|groomers|criminals|rapists|invaders|evil|not human|degenerates|abominations|an abomination|disgusting|disgusting animals)',
    '@group (should|must|need to|deserve to|ought to|have to|gotta) (all)? (be)? (die|exterminated|gassed|killed|wiped out|burned|burnt|shot|hanged|hung|lynched|eradicated|put down|sterilized|castrated|stoned)',
    '(kill|gas|exterminate|burn|shoot|hang|lynch|eradicate|wipe out|genocide) (all)? (the|those|these)? @group',
    '@group (shouldnt|should not|dont deserve to|don\'t deserve to|do not deserve to|have no right to) (exist|live|have rights|breathe|be alive)',
    '@group (belong in|should go back to) (the kitchen|the ovens|ovens|camps|cages|the zoo)',
    '(death to|gas the|wipe out the) (all)? @group',
    '(those|these|all those|all these) (people|ones|lot|kind) ~4 (should|must|need to|deserve to|ought to) (all)? be (exterminated|gassed|wiped out|eradicated|lynched|put down|sterilized|sterilised|shot)',
    '(heil hitler|sieg heil|14 words|1488|white power|race war now)',
    '(i|we) (hate|despise) (all)? @group',
    '(the|those|these|all|all the|fucking|filthy)? (alphabet people|alphabet mafia|alphabet crowd|alphabet soup people|rainbow mafia|lgbt|lgbtq|lgbt people|lgbtq people|lgbt community|lgbtq community|lgbt crowd|troons|globalists|gay teachers|trans teachers|drag queens) (are|r|is) (all|just|nothing but|basically|literally)? (vermin|animals|subhuman|parasites|scum|a disease|a cancer|freaks|filth|degenerates|pedophiles|paedophiles|pedos|paedos|groomers|predators|perverts|abominations|an abomination|a cult|mentally ill freaks|not human)',
    '^ (go|just go|fuck off|piss off|get) (back)? (to|home to) (your|ur) own (country|kind|countries)',
  ]),

  // Sexual content and solicitation.
  ...phrases('sexual_explicit', 0.9, [
    'send (me)? (nudes|noods|nude pics|nude photos|pics of your (body|tits|boobs|ass|dick|pussy)|dick pics|naked pics|naughty pics|a pic of your (tits|boobs|ass|dick|pussy))',
    '(wanna|want to|gonna|let me|i want to|i wanna|going to|lemme) (fuck|suck|bang|screw|eat out|finger|lick|ride|cum on|cum in) (you|u|ya|me|your|ur)',
    '(wanna|want to|do you want to|u want to|you want to) see my (dick|cock|pussy|tits|boobs|nudes|ass|penis|vagina)',
    '(my|your|ur|his|her) (dick|cock|pussy|tits|cum|penis|clit) (is|are|so)? (hard|wet|big|huge|throbbing|dripping|tight|in)',
    '(sext|sexting|dick pic|dick pics|cybersex|blowjob|handjob|deepthroat|creampie|gangbang)',
    '(onlyfans|only fans|fansly|pornhub|xvideos|xhamster|chaturbate|nsfw pics|nsfw content|explicit content|adult content)',
    '(im|i am|so|really) (wet for you|hard for you)',
  ]),
  ...phrases('sexual_explicit', 0.9, [
    '(send|show|give) (me)? (pics|pictures|photos|a pic|a picture|a photo|vids|videos|a video|snaps) of (you|yourself|u|urself) (in (your|ur) (underwear|bra|panties|knickers|lingerie|bikini|boxers)|naked|nude|undressed|topless|without (clothes|anything on))',
  ]),
  ...phrases('sexual_explicit', 0.9, ['(dm|message|pm|inbox|text|snap|hmu) (me)? (for|4) (nudes|noods|nude pics|nude photos|naked pics|sexy pics|spicy pics|spicy content|my content|my onlyfans)']),
  ...phrases('sexual_explicit', 0.6, ['(im|i am|so|really|feeling) horny', '(jerk off|jerking off|jack off|jacking off|nudes)']),
  ...phrases('sexual_explicit', 0.9, [
    '(what|how) (you|u) look (like)? (under|underneath|without) (that|your|ur|the|those) (hoodie|clothes|shirt|top|dress|jumper|sweater|uniform|towel|school uniform|pjs|pyjamas)',
  ]),
  // Grooming a young member: flattery for their age, secrecy from parents, a private channel, gifts
  // for pictures. Most are said innocently on their own (under 0.5); together they are solicitation.
  ...phrases('sexual_explicit', 0.6, [
    `(pretty|cute|hot|sexy|beautiful|developed|curvy) for ${MINOR_AGE}`,
    '(hot|sexy|developed|curvy) for (your|ur) age',
    '(keep|keeping) (us|me|our (chats|chat|messages|convos|talks|friendship)|what we (talk about|say|do)) (a|our)? (little)? secret',
    '(send|give|buy|get) (u|you|ya) (a)? (gift card|gift cards|giftcard|robux|vbucks|v bucks|money|cash|a present|a gift|credit) (if|for|when) (u|you|ya) (send|show|take|give)',
  ]),
  ...phrases('sexual_explicit', 0.45, [
    '(it\'ll|itll|it will|it can|this will|this can|that\'ll|thatll|itll be|this is|its|it\'s) (be|stay)? (our|just our) (little)? secret',
    '(dont|don\'t|do not|never) tell (your|ur) (parents|mum|mom|dad|mam|family|teachers) (tho|though|ok|okay)? (they|cos they|coz they|because they) (wouldnt|would not|won\'t|wont|dont|don\'t|would never|will never) (get it|understand|get us|understand us|approve)',
    '(dont|don\'t|do not|never) tell (your|ur|anyone|anybody) (parents|mum|mom|dad|family|teachers|friends)? about (us|me|our chats|our chat|our messages|what we talk about|talking to me)',
    '(pretty|cute|beautiful) for (your|ur) age',
    '(delete|clear|wipe) (our|the|these|my|all our|all the) (chats|chat|messages|texts|convo|convos|dms|conversation|conversations)',
    '(so|that way|then) (your|ur) (mum|mom|mam|dad|parents|family) (doesnt|doesn\'t|dont|don\'t|wont|won\'t|cant|can\'t|never) (see|find|know|read|find out|check)',
  ]),
  ...phrases('sexual_explicit', 0.35, [
    '(so|really|very|super) mature for (your|ur) age',
    '(lets|let\'s|we should|we can|wanna|want to) (move|switch|go|talk|chat|carry on) (to|on|over to|on to) (discord|snap|snapchat|whatsapp|telegram|kik|insta|instagram|signal|wickr|somewhere more private|somewhere private)',
    '(send|show) (me)? (a)? (cute|cheeky|sexy|hot|private|special|spicy) (pic|pics|photo|photos|selfie|selfies|picture|pictures|vid|video)',
    '(come over|come round|come around) and make (you|u) feel (good|better|special)',
  ]),
  ...phrases('sexual_explicit', 0.3, ['(dont|don\'t|do not|never) tell (your|ur) (parents|mum|mom|dad|family)']),
  ...phrases('sexual_explicit', 0.2, [
    '(more|somewhere|a bit more) private (there|on there|over there)?',
    'add me (on)? (snap|snapchat|insta|instagram|discord|whatsapp|kik|telegram)',
    'how old (are|r) (you|u)',
    '(do|have) (you|u) (got|have)? (snap|snapchat|insta|instagram|discord|whatsapp|kik|telegram)',
  ]),
  ...phrases('sexual_explicit', 0.35, ['(horny|porn|masturbate|masturbating|bdsm|nsfw)'], {
    note: 'people also talk about libido and habits; these only add to other signs',
  }),

  // Method and concealment instructions, whatever the intent behind them.
  ...phrases('method_detail', 0.9, [
    '(the|a)? (best|easiest|quickest|fastest|most painless|least painful|surest|most reliable|only) (way|method|ways|methods) to (kill yourself|die|end it|end your life|commit suicide|overdose|od|kys|do it) (is|are|would be)',
    '(take|swallow|it takes|you need|you have to take|you need to take) (at least|more than|way more than|a whole bottle|the whole bottle|#num) ~3 (to|for it to) (work|die|kill|be lethal|be fatal|do it|be enough)',
    '(lethal|fatal|deadly) (dose|amount|dosage) (of|for) ~3 (is|would be)',
    '(cut|slice|go) (vertically|down the road not across|along the vein|lengthwise|down not across)',
    '(tie|tying) (the|a) (noose|knot) (like|by|so)',
    'if (you|u) (really|actually)? want (it|to die|to do it|to kill yourself) (to work)?',
    '(if|when|once) (you|u) (take|swallow|mix|drink|down) ~6 (its|it\'s|it is|that\'s|thats|that is|that will be|it will be|is) (lethal|fatal|deadly|enough to kill (you|u))',
    '(take|swallow|mix|combine|down) #num ~4 (with|and) (alcohol|booze|vodka|wine|beer|drink|drinks) ~4 (lethal|fatal|deadly|kill (you|u)|enough|work)',
  ]),
  ...phrases('concealment', 0.85, [
    '(hide|hiding|cover|covering|conceal|concealing) (your|ur|the|any)? (self harm|sh)? (cuts|scars|marks|wounds|self harm|pills|stash|blades|razor|razors|bruises|burns)',
    '(wear|wearing) (long sleeves|bracelets|a hoodie|jeans) (to hide|so nobody|so no one|so they dont|so people dont)',
    '(tell|say to) (them|your parents|your mom|your dad|people|the teacher|the doctor) (it was|you fell|its from) (the cat|your cat|a cat|an accident|the dog|a fall)',
    '(cut|cutting|burn|burning|scratch|scratching) (where|somewhere|in places|on the parts) ~6 (cover|covers|covered|hide|hides|never see|wont see|won\'t see|cant see|can\'t see|nobody sees|no one sees)',
  ]),
  // Eating-disorder coaching: hunger suppressed, food hidden, weigh-ins cheated, purging taught.
  ...phrases('method_detail', 0.7, [
    '(if|when) (you\'re|youre|you are|ur|u r|you get|u get|you feel|u feel) (hungry|starving|peckish) ~3 (drink|chew|have|suck|eat) (ice water|ice cold water|ice cubes|chew ice|gum|black coffee|diet coke|diet soda|diet pepsi|coke zero)',
    '(hide|put|sew|tape|wear) (weights|ankle weights|coins|batteries|stones|rocks) (in|into|under|inside|on) ~4 (weigh in|weigh ins|weighin|weighins|being weighed|the scale|the scales|so)',
    '(use|try) (a|your)? (toothbrush|spoon|fingers|finger|salt water|ipecac) ~4 (purge|purging|throw up|vomit|puke|gag|if your fingers|if ur fingers)',
  ]),
  ...phrases('method_detail', 0.45, [
    '(wear|drink|chug|put|carry|hide) ~6 (to|before|for|at) (the|your|ur)? (weigh in|weigh ins|weighin|weighins|weighing|being weighed|the scale|the scales)',
    '(stay|eat|stick) (under|below|less than) #num (cals|calories|kcal|cal|a day|per day)',
  ]),
  ...phrases('method_detail', 0.3, [
    '(you\'ll|youll|you will|u will|ull) (get used to|stop feeling|barely feel|not even feel|stop noticing) (it|the hunger|hunger|being hungry|the hunger pangs)',
  ]),
  ...phrases('method_detail', 0.35, ['(purge|purging|purged|throwing up|threw up|vomiting) ~6 (goal weight|ugw|gw|lose weight|lost weight|drop weight|drop the weight)']),
  ...phrases('concealment', 0.85, [
    '(tell|say to) (your parents|your mum|your mom|your dad|your family|them|everyone) (that)? (you|u|youve|you\'ve|you have|youd|you\'d) (already)? (ate|eaten|had (lunch|dinner|breakfast|tea|food)) (at|with|round|over at) (a|your)? (friends|friend|mates|mate|school|work|nans|grans)',
  ]),
  ...phrases('concealment', 0.35, [
    '(tell|say to) (your parents|your mum|your mom|your dad|your family|them|everyone) (that)? (you|u|youve|you\'ve|you have|youd|you\'d) (already)? (ate|eaten|had (lunch|dinner|breakfast|tea|food))',
    '(so|that way|then) (the|your|ur)? (nurse|doctor|dietitian|dietician|gp|therapist|team|parents|mum|mom|dad|school) (doesnt|doesn\'t|wont|won\'t|cant|can\'t|dont|don\'t|never) (see|notice|know|find out|catch on)',
  ]),
  ...phrases('concealment', 0.35, ['(so|that way|then) (nobody|no one|your parents|they|people) (will|would|wont|won\'t|dont|don\'t|can\'t|cant) (notice|find|know|see|find out)']),

  // Spam.
  ...phrases('spam_link', 0.3, ['#url'], { note: 'a link alone is fine; with a pitch it is spam' }),
  ...phrases('spam_link', 0.6, [
    '(click|tap) (here|the link|this link|my link|link|below)',
    '(visit|check out|go to|sign up at|register at|join|buy at|order at|shop at|order now at) #url',
    '(buy at|order at|shop at|order now at|order from|buy from) ~1 #url',
    'link in (my)? bio',
  ]),
  ...phrases('spam_promo', 0.6, [
    '(free|cheap|buy|get) (followers|likes|subscribers|views|iphone|iphones|gift card|gift cards|robux|vbucks|v bucks|crypto|bitcoin|btc|nft|nfts)',
    'earn #num (a|per|every)? (day|week|month|hour)?',
    '(make|making|earned|earn) (money|cash|#num) (fast|online|from home|quick|quickly|easy|easily|a (day|week|month))',
    '(buy|order|shop) now',
    '(limited|exclusive) (time|offer|deal|spots) (only)?',
    'send #num (btc|eth|bitcoin|ethereum|usdt)',
    '(crypto|bitcoin|btc|forex|nft) (giveaway|investment|trading|signals|profits|opportunity)',
    '(follow|subscribe to|sub to) (me|my (channel|page|account|insta|instagram|tiktok|youtube))',
    '(promo code|discount code|coupon code|use my code)',
    '(guaranteed|risk free|no risk) (profit|profits|returns|income|results)',
    '(dm|message|pm|inbox) me (for|to) (details|info|more info|collab|collaboration|promo|promotion|business)',
    '(cheap|discount|discounted) (meds|pills|viagra|cialis|pharmacy|prescription|medications)',
    '(casino|betting tips|sugar daddy|sugar baby|cheap followers)',
    '(check out|visit|subscribe to|sub to|follow|join) my (onlyfans|only fans|fansly|page|channel|link|profile|website|site|store|shop|telegram|discord server)',
  ]),
  ...phrases('spam_promo', 0.6, ['#num (a|per|for a|for|each) (pic|pics|picture|pictures|photo|photos|video|videos|vid|vids|nude|nudes|minute|min)'], {
    note: 'a price list for pictures or minutes is selling',
  }),
  ...phrases('spam_promo', 0.45, [
    '(cures|cure|heals|eliminates|ends|beats|fixes) (your)? (depression|anxiety|ptsd|bipolar|adhd|ocd|insomnia|panic attacks|stress) (in|within) #num (days|weeks|minutes|hours)',
  ]),
  ...phrases('spam_promo', 0.3, ['(work|working) from home', 'giveaway', 'without (a)? prescription']),

  // Drug selling.
  ...phrases('drug_sale', 0.6, [
    '(selling|sell|sells|plug|supplying|stocked|in stock|restocked|dealing|shipping) ~3 @drug',
    '@drug ~4 (for sale|dm me|hmu|hit me up|text me|discreet|discrete|cashapp|cash app|venmo|telegram|wickr|snap me|prices|price list|menu|wholesale|bulk|pm me)',
    '(for sale|hmu|hit me up|cashapp|telegram|wickr) ~4 @drug',
    '(dm|message|text|hmu|pm|hit me up) (me)? (for|4) (the)? (prices|menu|price list|deals)',
    '(discreet|discrete|stealth) (shipping|delivery|packaging|postage)',
    '(dm|message|text|hmu|pm|hit me up|inbox|snap|telegram) (me)? (for|4) ~2 @drug',
    `(i|ill|i'll|i will|i can|i could|we can|can) (sort|hook) (you|u|ya) (out|up) (with)? (some)? ${SOLD_MEDS}`,
    '(cashapp|cash app|venmo|paypal|crypto|btc) only',
  ]),
  ...phrases('drug_sale', 0.45, [
    `${SOLD_MEDS} ~3 (if|for) (anyone|any1|anybody|someone|somebody) (needs|wants|is after|needing|wanting) (some|any|them|it)?`,
    '(can|i can|i\'ll|ill|i will|happy to) (post|send|ship|mail|drop) (them|it|some) (to|round to|over to) (you|u|ya)',
    '(no|without (a)?) (script|scrip|rx) (needed|required|necessary)',
    `(ive got|i've got|i have|got|i got) (some|a few|loads of|plenty of)? (leftover|spare|extra)? ${SOLD_MEDS} ~4 (if|for) (anyone|any1|anybody|someone|somebody)`,
  ]),
  ...phrases('drug_sale', 0.3, ['#num (each|a pop|per pill|a pill|per tab|a tab|a bar|per bar|a strip|per strip)']),
  ...phrases('drug_sale', 0.2, ['(dm|pm|message|msg|text|inbox) me $'], { note: 'a price and a contact alone are a quiz night; with pills offered they are a sale' }),
  ...phrases('drug_sale', 0.5, ['(plug|connect) (here|available)', '(fast|quick|same day|next day|discreet) (delivery|shipping)']),
  ...phrases('drug_sale', 0.45, ['(no|without (a)?) prescription (needed|required)?', '(cheap|discount|discounted) (meds|pills|medications)']),
  ...phrases('drug_sale', 0.25, ['(i have|got) plenty', 'plug']),
  ...phrases('drug_name', 0.2, [SOLD_MEDS], { note: 'only an offer makes a drug name count' }),
];
