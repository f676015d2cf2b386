import { phrases, type LexiconEntry } from './lexicon-entry';

/**
 * English harm language: content that hurts other people. Harm phrases are written aimed at
 * someone ("you", a group), so a member calling themselves worthless never matches here; their
 * words are read by the crisis lexicon instead. Phrases inside reported speech ("they told me to
 * kys") or a quote, negated ("please don't kill yourself"), asked ("why would you kill
 * yourself?") or conditional ("if you kill yourself...") are not counted: see
 * classifier/harm-reading.ts.
 */
export const HARM_EN: readonly LexiconEntry[] = [
  // Harassment and insults aimed at a person.
  ...phrases('insult', 0.8, [
    '(you|u|ya|youre|you re|ur|you are|u r|u are) (a|an|such a|such an|the|so|one|absolute|fucking)? @insult_adj? @insult_adj? @insult_noun',
    '(you|u|ya|youre|ur|you are|u r) (are|r|re|is)? (so|such|really|fucking|just)? (stupid|dumb|pathetic|worthless|useless|ugly|fat|disgusting|retarded|braindead|pitiful|gross|annoying|trash|garbage|a joke)',
    '(fuck|fck|fk|fuq) (you|u|ya|off|yourself|urself|your|ur|this guy)',
    '^ (stfu|gtfo|shut up|shut the fuck up|shut your (mouth|face|trap)|stfu and)',
    '^ @insult_adj @insult_noun',
    '(kys|kill (yourself|urself)|die|go die) (you)? @insult_adj? @insult_noun',
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
  ]),
  ...phrases('harassment', 0.6, [
    '(go|just go) (cry|die in a hole|fuck yourself|to hell|away and never come back)',
    '(you|u) (should|deserve to) (be ashamed|suffer|be alone|rot|be bullied)',
  ]),

  // Telling someone to kill or hurt themselves.
  ...phrases('incitement', 0.95, [
    '(kys|kill urself|kill yourself|kill ur self|kill your self|neck yourself|neck urself|rope yourself|rope urself|unalive yourself|unalive urself|hang yourself|hang urself|slit your wrists|slit ur wrists|end yourself|off yourself|delete yourself|shoot yourself|go die)',
    '^ (go)? (jump off a bridge|drink bleach|die already|die in a fire|jump in front of a train)',
    '(you|u) (should|need to|ought to|gotta|oughta) (just)? (die|kill yourself|kys|end it|end your life|hang yourself|jump|do it|do us a favor|drink bleach|jump off a bridge|slit your wrists|neck yourself|rope yourself|off yourself|overdose)',
    '(do|doing) (everyone|us|the world|us all|everybody) a (favor|favour) and (die|kill yourself|kys|end it|disappear|leave)',
    '(if|when) (you|u) (really|actually|truly)? (wanted|want|wanna) to (die|kill yourself|do it|end it) (youd|you\'d|you would|u would|ud) (have|of|ve)? (done it|be dead|killed yourself) (already|by now)?',
    '(hope|hoping|wish) (you|u) (die|get cancer|kill yourself|kys|rot|drop dead|never wake up|get hit by)',
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
    '(i know|i found out|i found|find|found out|ill find|i will find|gonna find) where (you|u|ya|he|she|they) (live|lives|work|works|go to school|sleep)',
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
      '(nigger|niggers|nigga|niggas|faggot|faggots|fag|fags|kike|kikes|chink|chinks|spic|spics|wetback|wetbacks|tranny|trannies|raghead|ragheads|towelhead|towelheads|gook|gooks|beaner|beaners|sandnigger|paki|pakis|shemale|camel jockey|porch monkey|jungle bunny|gypo|gyppo|pikey|spastic|mongoloid|golliwog|wop|dago|zipperhead|jigaboo|towel head|kaffir|heeb|hymie|yid)',
    ],
    { note: 'quoted or reported ("he called me a ...") is not counted' },
  ),
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
  ...phrases('concealment', 0.35, ['(so|that way|then) (nobody|no one|your parents|they|people) (will|would|wont|won\'t|dont|don\'t|can\'t|cant) (notice|find|know|see|find out)']),

  // Spam.
  ...phrases('spam_link', 0.3, ['#url'], { note: 'a link alone is fine; with a pitch it is spam' }),
  ...phrases('spam_link', 0.6, [
    '(click|tap) (here|the link|this link|my link|link|below)',
    '(visit|check out|go to|sign up at|register at|join|buy at|order at|shop at|order now at) #url',
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
  ...phrases('spam_promo', 0.3, ['(work|working) from home', 'giveaway', 'without (a)? prescription']),

  // Drug selling.
  ...phrases('drug_sale', 0.6, [
    '(selling|sell|sells|plug|supplying|stocked|in stock|restocked|dealing|shipping) ~3 @drug',
    '@drug ~4 (for sale|dm me|hmu|hit me up|text me|discreet|discrete|cashapp|cash app|venmo|telegram|wickr|snap me|prices|price list|menu|wholesale|bulk|pm me)',
    '(for sale|hmu|hit me up|cashapp|telegram|wickr) ~4 @drug',
    '(dm|message|text|hmu|pm|hit me up) (me)? (for|4) (the)? (prices|menu|price list|deals)',
    '(discreet|discrete|stealth) (shipping|delivery|packaging|postage)',
    '(dm|message|text|hmu|pm|hit me up|inbox|snap|telegram) (me)? (for|4) ~2 @drug',
    '(cashapp|cash app|venmo|paypal|crypto|btc) only',
  ]),
  ...phrases('drug_sale', 0.5, ['(plug|connect) (here|available)', '(fast|quick|same day|next day|discreet) (delivery|shipping)']),
  ...phrases('drug_sale', 0.45, ['(no|without (a)?) prescription (needed|required)?', '(cheap|discount|discounted) (meds|pills|medications)']),
  ...phrases('drug_sale', 0.25, ['(i have|got) plenty', 'plug']),
  ...phrases('drug_name', 0.2, ['@drug'], { note: 'only an offer makes a drug name count' }),
];
