import { phrases, type LexiconEntry } from './lexicon-entry';

/**
 * English crisis language. Who the words are about is worked out by the classifier, so each
 * phrase is written once for every person ("kill @reflexive" covers myself, herself, yourself):
 * the writer's own words raise a crisis, words about a friend raise concern_for_other, and words
 * addressed to "you" are read as support.
 *
 * Weights: ~0.9 an unambiguous statement; ~0.7 strong but sometimes meant otherwise; ~0.5 needs
 * company; ≤0.35 only adds to other evidence.
 */
/**
 * Where medicine is kept: a bathroom or medicine cabinet, or a parent's cabinet. A box, a drawer or
 * a tin alone holds sweets and clothes as often ("took a handful of sweets from the box").
 */
const MEDICINE_PLACE =
  "((the|my|our|mums|mum's|mom's|moms|dads|dad's) (bathroom|medicine|meds|pill) (cabinet|cupboard|drawer|box|tin)|(mums|mum's|mom's|moms|dads|dad's|my parents) cabinet)";

export const CRISIS_EN: readonly LexiconEntry[] = [
  // Wanting to kill oneself, thinking about it.
  ...phrases('active_ideation', 0.9, [
    '@want to? @act',
    '(feel|feeling|felt|feels) like @acting',
    '(think|thinking|thought|thoughts|think of|dream|dreaming|fantasize|fantasizing|fantasise|fantasising|talk|talks|talking|talked|joke|jokes|joking|joked) (a lot|so much|all the time|more and more|way too much|too much|non stop|day and night)? (about|of|abt|bout) @acting',
    '(considering|contemplating|contemplate|consider|considered|contemplated|obsessed with) @acting',
    '(cant|can\'t|cannot|can not) stop thinking (about|of|abt|bout) @acting',
    '@acting (is|seems|feels|sounds) (like)? (the|my) (only|best|easiest|last) (way|option|answer|choice|solution|way out)',
    'should (just)? @act',
    '(tempted|urge|urges) to @act',
    '(use|using|turn|turning) (it|a gun|the gun|the knife|a knife|them|the pills|the rope) on @reflexive',
    '(kms|ctb|sewerslide|unalive myself|unaliving myself)',
    '(check|checking) out (early|a bit early|permanently|for good|of life|of this life|for real)',
    '(poison|hang|shoot|drown|starve|gas|suffocate|overdose|od) @reflexive',
    '(not|never) (brave|strong|strong willed|courageous) enough to (end it|do it|kill @myself|go through with it|end my life|pull the trigger)',
    'too (scared|afraid|cowardly|chicken|weak|much of a coward|much of a pussy) to (end it|do it|kill @myself|go through with it|end my life|try again|pull the trigger)',
    'the (only|one) (reason|thing) (i|im|i am|i\'m) (havent|haven\'t|have not|didnt|didn\'t|am still|m still|still|stay|stayed|keep) (killed myself|done it|ended it|alive|here|around|gone through with it|breathing|committed suicide|commit suicide|commited suicide)',
    '(havent|haven\'t|have not) (killed myself|ended it|done it|gone through with it|committed suicide|commit suicide) (yet|already)',
    '(couldnt|could not|cant|can\'t|cannot) bring (myself|my self) to (suicide|do it|kill myself|end it|pull the trigger)',
    '(trying to|cant|can\'t|cannot|try to|struggling to) (find|figure|think of|come up with) (a reason|a single reason|one reason|why|reasons) not to (do it|kill myself|end it|die)',
    'killing @myself',
    '(hope|hoping|hopes) (i|that i) (dont|don\'t|wont|won\'t|do not|will not|never) (kill myself|do it|hurt myself|end it|go through with it)',
    '(convince|convincing|talk|talking|talked|convinced) myself (out of it|not to|that i shouldnt|that i should not|out of (killing myself|doing it|ending it))',
    // Short forms, also found written without spaces ("#killmyself", "k i l l m y s e l f").
    '(i)? (want|wanna) (to)? (die|kill myself|end my life|end it all|commit suicide)',
    '(kill|end) @myself',
    'end my life',
  ]),
  ...phrases('active_ideation', 0.8, ['(kill|end) @reflexive'], { note: 'whose life is read from the pronoun' }),
  ...phrases('active_ideation', 0.85, [
    '@want to? @dead',
    '@want to? (end it|end everything|end this)',
    '(thinking|thought|think) (about|of) (death|dying|not being here|not existing) (a lot|constantly|all the time|every day)',
    'i (hope|pray) i die',
    'want (out|to be gone) (permanently|forever|for good)',
    'want to check out (permanently|for good|of life)',
  ]),
  ...phrases('active_ideation', 0.8, ['me to (kys|kill myself|die|kill my self|end it) ~8 (they re right|theyre right|they are right|they might be right|should listen|should do it|maybe i should)'], {
    about: 'self',
    note: 'told to kill themselves by others, and agreeing',
  }),
  ...phrases('active_ideation', 0.75, ['(deserve|deserves|deserved) to (die|be dead)'], {
    note: 'deserving to die is ideation fused with self-hate',
  }),

  // "I'm suicidal", suicidal thoughts.
  ...phrases('suicidal_state', 0.9, [
    '(im|am|i am|feel|feeling|felt|feels|been|getting|get|become|becoming|gets) suicidal',
    'suicidal (again|lately|today|tonight|rn|right now|af|as fuck|as hell)',
    '(have|having|had|get|getting|got|been having|struggle with|struggling with|deal with|dealing with) (suicidal|suicide) (thoughts|ideation|feelings|urges|thinking|tendencies)',
    'suicide (crossed|crosses|is crossing|has crossed) my mind',
  ]),
  ...phrases('suicidal_state', 0.85, ['(thoughts|thinking|ideas) (of|about) (suicide|killing myself|ending my life|ending it)'], { needsSubject: true }),
  ...phrases('suicidal_state', 0.75, ['suicidal (thoughts|ideation|feelings|urges|thinking|tendencies|episode|person)', 'suicidal'], {
    needsSubject: true,
  }),
  ...phrases('suicidal_state', 0.75, ['suicide (is|seems|feels) (like)? (the|my|an) (only|best|easiest)? (option|answer|way out|solution|way)'], {
    needsSubject: true,
  }),

  // Oblique ideation: disappointment at waking, lingering at an edge, how easy it would be.
  ...phrases('passive_ideation', 0.65, [
    // "I wake up disappointed that I did": the match stops before "did", which is not the past here.
    '(wake|waking|wakes) up (so)? (disappointed|gutted) that i',
    '(wake|waking|wakes) up (so)? (disappointed|upset|angry|annoyed|furious|gutted|sad) (that)? (im|i am|i\'m|i) (still)? (alive|here|breathing|woke up)',
    '(disappointed|upset|angry|annoyed|gutted|pissed) (that)? i (woke up|am still (alive|here)|didnt die|didn\'t die|did not die|survived|made it through (the night)?|keep waking up)',
    '(voice|voices|thoughts|intrusive thoughts|my head|my brain|my mind|something in my head) (keeps|keep|is|are)? (telling|tell|tells|told|saying|says|said) (me)? (that)? (i should|to) (just)? (die|end it|end it all|kill myself|end my life|hurt myself|jump|not be here)',
    // "my thoughts are so loud, they keep saying everyone would be better off"
    '(voice|voices|thoughts|intrusive thoughts|my head|my brain|my mind) ~4 (, (they|it))? (keep|keeps|are|is|always) (telling me|saying|whispering) (that)? (everyone|everybody|people|my family|they|the world) (would|d|will) (all)? be (better off|happier|fine) (without me)?',
    '(walk|walking|swim|swimming) (into|out into) the (sea|lake|river|water|ocean|waves) and (not|never) (come back|stop|turn back)',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.55, [
    '(so|too)? easy to (just)? (not come home|not come back|not wake up|step off|step in front|drive off (the road)?|swerve|keep walking|not stop|let go $)',
    '(standing|stand|stood|lingering|linger|lingered|waiting|wait) (at|on|near|by) (the)? (edge|ledge|side) (of)? (the|a)? (platform|tracks|bridge|roof|cliff|building|balcony|overpass) ~2 (longer than i should|too long|again|wondering|thinking|and think|and wonder)',
    '(stand|standing|stood) (too)? close to the (edge|tracks|platform edge) (again|on purpose|longer than i should)',
    '(scared|afraid|terrified|frightened) of myself',
    '(why|why should i|why do i|why would i) (even)? bother (staying|being here|sticking around|staying alive|waking up|existing) $',
  ]),
  ...phrases('hopelessness', 0.3, [
    '(voice|voices|thoughts|urges) (are|is)? getting (louder|stronger|worse|harder to ignore)',
    '(tired|sick|exhausted) of fighting (my own|my)? (head|brain|mind|thoughts|demons)',
    '@nobody would (even)? (notice|care|realise|realize) $',
  ]),
  ...phrases('hopelessness', 0.55, [
    '(cant|can\'t|cannot|can not) (do|take|handle|bear|last|survive|keep doing|keep up) (it|this|this anymore)? (much|any|a lot)? longer',
  ]),

  // Dwelling on the means or the place: the thought keeps coming back to it.
  ...phrases('passive_ideation', 0.6, [
    '(keep|kept|keeps|cant stop|can\'t stop|cannot stop|been|always) (thinking about|looking at|staring at|driving past|walking past|going back to|visiting|dreaming about) ~3 (@pills|@high_place|@weapon|rope|noose|tracks|train tracks|the (river|lake|sea|quarry|cliffs|railway|motorway|highway))',
    '(@pills|@high_place|@weapon|rope|noose|tracks|bleach|poison|antifreeze|razor|razors|blades|knife) ~8 (i keep|i cant stop|i can\'t stop|keep|cant stop) (thinking about|looking at|staring at|going back to) (it|them|that)',
    '(slow|slowing|slowed) down (on|at|near|when i (pass|drive past|cross)) (the|a)? @high_place',
    '@high_place (and|then)? (slow|slowing|slowed) down',
  ], { about: 'self', note: 'returning to the means or the place in thought' }),
  ...phrases('method_seeking', 0.7, [
    '(looked up|look up|looking up|googled|googling|checked|checking|searched|searching|researched|researching|measured) how (high|tall|deep|far down|cold|fast|long a fall) ~5 (@high_place|the (river|lake|water|drop|fall|quarry|cliffs))',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.7, [
    '(if|when) i (dont|don\'t|do not|never|didnt|didn\'t) wake up (tomorrow|in the morning|one day|again)? ~4 (fine|okay|ok|alright|a relief|relief|not (a big deal|the worst thing)|whatever)',
  ]),
  ...phrases('passive_ideation', 0.45, ['(if|when) i (dont|don\'t|do not|never) wake up (tomorrow|in the morning|one day|again)? $']),
  ...phrases('passive_ideation', 0.2, ['(thats|that\'s|that is|that would be|itd be|it\'d be|it would be) (fine|okay|ok|alright) (with|by) me'], {
    note: 'everyday on its own; it completes "if I don\'t wake up tomorrow, that\'s fine with me"',
  }),
  ...phrases('passive_ideation', 0.7, [
    '(wouldnt|would not|won\'t|wont) (mind|care) if i (dont|don\'t|didnt|didn\'t|never) wake up',
  ]),
  ...phrases('burden', 0.55, [
    '(its not like|it\'s not like|not like) (i|id|i\'d|i would|i will|ill) (be missed|be missed by anyone|matter|be mourned)',
    '(wouldnt|would not|won\'t|wont|will not|not) be missed',
    '(everyone|everybody|they|people|my family|my friends) (would|will|d|\'d) (move on|forget (about)? me|get over (it|me)) (in|within|after) (a|like a|about a)? (week|day|month|few days|couple of (days|weeks))',
    '(im|i am|i\'m) (just|only)? a waste of (everyones|everyone\'s|everybodys|everybody\'s|peoples|people\'s|your|their|my (parents|family|familys|family\'s)) (time|money|energy|love|effort|space)',
  ]),
  ...phrases('burden', 0.45, [
    '(world|everyone|everybody|life|everything|they|people) (keeps|will keep|would keep|goes|will go|would go|carries|will carry|would carry) (going|on) (just fine)? without me',
  ]),
  ...phrases('hopelessness', 0.3, ['what difference (would|will|does|could) (it|that|i|me being gone) (make|matter|even make) $']),
  ...phrases('intent', 0.45, [
    '(tonight|today|this weekend|tomorrow) (is|feels like|will be|might be|could be) the (night|day|one) $',
  ], { note: 'also said of dates and concerts; counts beside other signs' }),
  ...phrases('intent', 0.35, [
    '(so|very|strangely|weirdly|oddly)? (calm|at peace|peaceful|relieved) (about it|about my decision|now that i (have|ve|\'ve)? decided|since i decided|since deciding) $',
  ], { note: 'sudden calm after deciding is a warning sign; counts beside other signs' }),
  ...phrases('plan', 0.7, [
    'my plan (is|was) to wait (until|till|for) (after)?',
    '(waiting|wait|going to wait|gonna wait) (until|till) after (the|my|his|her|our) ~3 (wedding|birthday|christmas|exams|funeral|graduation|holidays) (to do it|to go|to end it|before i (do it|go))',
  ], { about: 'self' }),
  ...phrases('giving_away', 0.7, [
    '(getting|got|putting|put|have put|sorting|sorted) my (affairs|things|stuff) in order',
    '(passwords|bank details|pin numbers|account details|login details) ~6 (just in case|in case|for when|for after|when im gone|for afterwards)',
  ], { about: 'self' }),
  ...phrases('giving_away', 0.4, [
    '(made sure|making sure|wrote down|written down|left|leaving) ~2 (my)? (passwords|bank details|pin numbers|account details|login details) (are|is)? (written down)? (for|with|to) my',
  ], { note: 'everyday bookkeeping too; counts beside other signs' }),

  // Said plainly but in words of its own.
  ...phrases('passive_ideation', 0.7, [
    '(pretend|pretending|act|acting) (that|like)? (i|to) (want|wanna) to (be alive|live|be here|stay)',
    '(go|fall) (to)? sleep and never (wake up|have to (deal|face|wake)|deal with ~4 again)',
    '(dont|don\'t|do not) (think|know if|know how) (i|id|i\'d) (can|could|will|would|ll) (survive|last|make it through|get through|take|handle|bear) (another|one more) (year|month|week|day|night|winter|christmas|birthday)',
    'i (shouldnt|should not|shouldn\'t) (be alive|exist|have been born|still be alive|be breathing)',
  ]),
  ...phrases('passive_ideation', 0.4, ['i (shouldnt|should not|shouldn\'t) (be here|be around) (anymore)? $'], {
    note: 'also "I shouldn\'t be here, I should be at work": counts beside other signs',
  }),
  ...phrases('hopelessness', 0.3, ['everything i (touch|do|try|love) (falls apart|turns to (shit|dust|ash)|breaks|goes wrong|dies)']),
  ...phrases('hopelessness', 0.4, [
    '(life|living|existing|being alive|every day|my life) (feels|is|has become) (like)? (a|one long)? (punishment|prison|prison sentence|life sentence|curse|torture|nightmare i cant wake up from)',
  ]),
  ...phrases('self_harm_urge', 0.8, [
    '(hate|loathe|despise|disgusted by) my (body|skin|face|self|arms|legs|stomach) ~4 (want|wanna|need|going) to (hurt|punish|cut|burn|destroy|damage|starve|scratch) (it|them|myself)',
  ], { about: 'self' }),
  ...phrases('attempt_now', 0.8, [
    '(took|taken|swallowed|had|have taken|just took) (a lot|way|loads|lots|far|so many|too many|a bunch) (more)? (of)? (my)? @pills (than (i|im) (should|supposed to|was supposed to)|than prescribed|than i should have)',
    '(took|taken|swallowed|just took) (too many|way too many|a lot of|a bunch of|loads of) (my)? @pills (and|now)? (i)? (feel|feeling) (weird|strange|dizzy|sick|sleepy|funny|numb|heavy)',
  ], { about: 'self' }),
  ...phrases('attempt_now', 0.85, [
    '(sitting|sat|in) (in)? (my|the) car (in the garage)? with the (engine|motor) (running|on)',
    '(car|engine|motor) (is)? running in (the|a) (closed|shut)? garage',
  ], { about: 'self' }),
  ...phrases('intent', 0.45, [
    '(ive|i have|i\'ve|i) (finally|already|now)? (decided|made (up)? my (mind|decision)) $',
    '(i know|ive decided|i\'ve decided|i decided) (exactly)? what (im|i am|i\'m|i will|ill) (going to)? (doing|do|gonna do) with (it|them|the (rope|pills|gun|knife))',
  ], { note: 'a decision with no object: it counts with means or a time beside it' }),

  // Present and plain: the blade in hand, the roof, the jump, the stash.
  ...phrases('attempt_now', 0.65, [
    '(have|holding|got|hold|im holding|i\'m holding) (the|a|my) (blade|razor|razor blade|blades|pills|noose|rope|gun|pistol) (in my (hand|hands)|ready) (right now|now|again|as i (write|type) this)',
    '(writing|typing|posting|texting) (this)? (from|on|at) (the)? (roof|rooftop|ledge|edge) (of)? (my|the|a|our|this)? (building|apartment|block|flat|house|parking garage|car park|hospital|school|tower|office)',
    '(writing|typing|posting|texting) (this)? (from|on) (the|a) (bridge|overpass|tracks|train tracks|cliff edge|cliff)',
  ], { about: 'self' }),
  ...phrases('intent', 0.7, ['@going jump (off|tonight|today|now|right now|soon|tomorrow|in front)? $']),
  ...phrases('plan', 0.75, [
    '(@pills|them|my prescription) ~8 (saving|saved|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed|collecting|collected) (them|it|these|those) (up|all)?',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.65, [
    '(hurts|hurt|is painful|is too painful|is exhausting|is too hard) (so|too)? much to (be alive|live|exist|keep living|keep existing|wake up|be me)',
    '(want|need|wish|wanting|just want) my life to (be over|end|stop|be done)',
  ]),
  ...phrases('hopelessness', 0.5, [
    '(running|ran|run) out of (time|patience|strength|energy) (to wait|waiting) (for (it|things|life) to get better)?',
    '(tired|sick|done) (of)? waiting (for (it|things|life|anything))? to get better',
  ]),

  // Searching for ways, things given away, pills already taken, nobody coming.
  ...phrases('method_seeking', 0.8, [
    '(googling|googled|google|searching|searched|looking up|looked up|researching|researched|reading about|read about) (for)? (painless|quick|quiet|peaceful|gentle|reliable|sure|the best|the easiest|the quickest) (ways|methods|way|method|exits)',
  ], { about: 'self' }),
  ...phrases('attempt_now', 0.75, [
    '(ive|i have|i\'ve|i) (just|already)? (taken|took|swallowed|downed) (all|every one|every single one|the whole lot|the lot) (of)? (them|my pills|the pills|my meds|the bottle|it) $',
    // "I just swallowed the whole bottle": said with nothing after it, the bottle is what was meant.
    '(ive|i have|i\'ve|i) (just|already)? (swallowed|taken|took) (the|a) (whole|entire|full) bottle $',
    '(ive|i have|i\'ve|i) (just|already)? swallowed (the|a) (whole|entire|full) (pack|packet|box|strip|blister) $',
  ], { about: 'self', note: '"the whole bottle of water after the run" goes on, so it is not this' }),
  ...phrases('giving_away', 0.45, [
    '(giving|gave|give|given|started giving) (away)? (all)? (of)? my (books|things|stuff|clothes|games|records|art|guitar|jewellery|jewelry|collection|plants|favourite|favorite|stuffed)',
  ], { note: 'decluttering too; together they are a goodbye' }),
  ...phrases('giving_away', 0.45, [
    '(wont|won\'t|will not) be (reading|wearing|using|playing|needing|listening to|watching) (them|it|these|those|any of (them|it)) (anymore|again|where im going|much longer)?',
  ], { about: 'self', note: '"them" are the things, not people' }),
  ...phrases('passive_ideation', 0.7, [
    '(think|thinking|thought|wonder|wondering) (about)? how easy it (would|could|might) be to (just)? (jump|let go|step off|fall|end it|drive off|swerve|stop breathing|go under|not come back)',
  ]),
  ...phrases('passive_ideation', 0.55, ['(think|thinking|thought|wonder|wondering) (about)? how easy it (would|could|might) be $']),
  ...phrases('burden', 0.45, [
    '@nobody (would|will) (even)? (notice|care) if i (stopped|stop) ~3',
  ]),
  ...phrases('hopelessness', 0.3, [
    'why (even)? (keep|bother|should i keep) trying $',
    '(make|making) it (official|permanent|final) $',
  ], { note: 'weak alone; they add to stronger signs' }),
  ...phrases('hopelessness', 0.3, [
    '(stopped|stop|given up|giving up|gave up) (hoping|believing) (that)? (it|things|anyone|someone|they|anything|somebody) (will|would|could)?',
    '(stopped|stop|given up|gave up) hoping $',
  ], { about: 'self', note: 'the writer\'s hope, whoever it was in' }),
  ...phrases('hopelessness', 0.45, [
    '@nobody (is|will|\'s|is ever|will ever) (ever)? (coming|come|going) to (save|help|rescue) me',
    '(a|like a) ghost in my own (life|home|family)',
  ]),
  ...phrases('goodbye', 0.6, [
    '(said|says|saying|texted|sent|wrote) (goodbye|bye|their goodbyes|her goodbyes|his goodbyes) (to everyone)? (in a)? ~3 (weird|strange|odd|final|scary|worrying|creepy|unsettling) (way)?',
  ]),
  ...phrases('goodbye', 0.6, [
    '(said|says|saying|texted|sent|wrote) (goodbye|bye) (to me|to us) (in a)? ~3 (weird|strange|odd|final|scary|worrying|creepy|unsettling) (way)?',
  ], { about: 'other', note: 'a goodbye said to the writer is someone else\'s' }),
  ...phrases('goodbye', 0.3, [
    '(wont|won\'t|isnt|isn\'t|doesnt|doesn\'t|not|hasnt|hasn\'t) (answer|answering|answered|picking up|picked up|respond|responding|responded) (to)? (her|his|their) (phone|calls|texts|messages)',
    '(her|his|their) phone (is|has been|went|has gone|was) (off|dead|switched off|turned off|straight to voicemail)',
    '(she|he|they) (wont|won\'t|isnt|isn\'t|doesnt|doesn\'t|hasnt|hasn\'t|will not|is not) (answer|answering|answered|pick up|picking up|respond|responding|reply|replying|replied) (anymore|now|at all)?',
  ], { note: 'worry beside a strange goodbye' }),

  // Chat-style: how much more I can take, what stops me, a whole pack taken, nothing left here.
  ...phrases('hopelessness', 0.55, [
    '(idk|i dont know|i don\'t know|dont know|don\'t know|not sure|no idea) how (much)? (more|longer) (of this)? (i can|i could|can i|i will be able to) (take|handle|do this|bear|last|go on|keep going|survive)',
    '(theres|there is|there\'s) (nothing|no one|nobody) (left)? (for me)? (here|in this world|anymore|any more) $',
  ]),
  ...phrases('passive_ideation', 0.6, [
    '(the)? only (thing|things|reason|one|person|people) (stopping|keeping|holding) me (back)? (is|are) (my|the)',
    '(the)? only (thing|things|reason|one|person|people) (that)? (keeps|keep|keeping) me (alive|here|breathing|from doing it)',
  ]),
  ...phrases('attempt_now', 0.85, [
    '(took|taken|swallowed|had) (all|the whole|a whole|an entire|the entire|a full|the full|two|three|#num) (pack|packet|packs|packets|bottle|bottles|box|boxes|strip|strips|blister|blisters) (of)? (my)? @pills',
  ], { about: 'self' }),
  ...phrases('burden', 0.7, [
    '(they|everyone|everybody|people|my family|my friends|my kids|he|she|you all|yall) (would|will|d|\'d)? (all)? be (fine|okay|ok|alright|better|happier|relieved|better off) without me',
    '(theyd|they\'d|shed|she\'d|hed|he\'d|everyoned|everyone\'d|youd|you\'d) (all)? be (fine|okay|ok|alright|better|happier|relieved|better off) without me',
    '(they|everyone|everybody|my family|my kids|he|she|theyll|they\'ll|she\'ll|he\'ll|everyone\'ll|theyd|they\'d|shed|she\'d|hed|he\'d) (would|will|d|\'d|ll)? (all)? be (fine|okay|ok|alright|better off|looked after|provided for|taken care of) (financially|money wise|for money)? without me',
  ]),
  ...phrases('hopelessness', 0.4, [
    '(feel|feeling|felt|feels) like (im|i am|i\'m|i was) drowning $',
    '(feel|feeling|felt|feels) like (im|i am|i\'m|i was) drowning (and|but|because|while)',
  ]),
  ...phrases('hopelessness', 0.2, ['@nobody (can|could|will|ever) (see|notices|notice|sees) (it|me|how)'], { note: 'adds to other signs' }),

  // "Since my attempt ... I want to try again": another attempt, said without naming it.
  ...phrases('intent', 0.85, [
    '(since|after|survived|before|from) (my|the|that) (last|first|second|suicide)? (attempt|overdose|od) ~6 (i)? (want|wanna|going|gonna|plan|planning|ready|thinking about|think about|need) (to)? (try|trying|do it|doing it) (it)? again',
    '(overdosed|oded|tried to kill myself|tried to end it|tried to end my life) ~8 (i)? (want|wanna|going|gonna|plan|planning|ready|thinking about|think about|need) (to)? (try|trying|do it|doing it) (it)? again',
  ], { about: 'self' }),
  // "I just want the pain to stop, permanently.": the afterthought is the meaning.
  ...phrases('passive_ideation', 0.3, ['^ (permanently|forever|for good|for ever) $'], { note: 'only adds to a wish for the pain to stop' }),
  // What a body goes through, sleep without end, a funeral nobody attends, making sure it works.
  ...phrases('method_seeking', 0.7, [
    '(googling|googled|google|looked up|looking up|look up|researching|researched|reading about|read about|searching|searched) (what happens|how long it takes|how it feels|what it feels like) (to your body)? (when|if) (you|u|someone|a person) (drown|drowns|hang|hangs|overdose|overdoses|od|jump|jumps|bleed out|bleeds out|freeze|freezes|suffocate|suffocates)',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.65, [
    '(go|fall) (to)? sleep and (not|never) (wake up|deal with|face|have to deal with|have to face) ~3 (ever again|again|anymore|any more)',
    '(doing|do|did) (everyone|everybody|them|the world|my family|people) a (favour|favor) (by)? (dying|disappearing|being gone|not being here|ending it|killing myself|leaving (for good|forever|permanently|this world))',
  ]),
  ...phrases('burden', 0.55, [
    '@nobody (would|will) (even)? (come|turn up|show up|go|cry) (to|at)? my funeral',
    '(the world|everyone|everybody|nobody|no one|my family|they) (doesnt|does not|dont|do not|wont|won\'t|would not|wouldnt) (need|want|miss) me (in it|here|around|anymore|any more|at all)',
  ], { about: 'self' }),
  ...phrases('goodbye', 0.6, [
    '(want|need|wanted) (people|them|everyone|everybody|my family|you all|yall) to know (after|when im gone|once im gone|after im gone|afterwards) $',
  ], { about: 'self' }),
  ...phrases('plan', 0.55, [
    '(make sure|be sure|so that|so) (it|that it) (works|work|will work|is enough) (this time|for sure|properly|for real)',
  ], { about: 'self' }),
  ...phrases('plan', 0.4, ['enough (saved|saved up|put aside|stashed) (up)? to'], { about: 'self' }),
  ...phrases('passive_ideation', 0.6, [
    '@high_place ~8 (i)? (keep|kept|always) (ending up|going back|finding myself|walking|driving|going) (there|back there|to it) (at night|alone|again)?',
  ], { about: 'self' }),

  // Dated and placed: train times picked, a last birthday, a drive to the woods, a morning not faced.
  ...phrases('plan', 0.6, [
    '(train|trains|bus) (times|timetable|schedule) and (picked|chose|chosen|found) (one|a time|the one|mine) $',
  ], { about: 'self' }),
  ...phrases('intent', 0.8, [
    '(decided|know|knew|promised myself) (that)? (itll|it\'ll|it will|this will|this is going to|today will|tonight will) be my (last|final) $',
    '(my|this) (birthday|christmas|anniversary) ~3 (will be|is going to be|is) my (last|final) (one)? $',
  ], { about: 'self' }),
  ...phrases('plan', 0.35, [
    '(drove|driven|driving|drive|went|walked|walking|hiked|headed) (out)? (to|into) the (woods|forest|bridge|cliffs|cliff|river|lake|sea|tracks|railway|quarry|reservoir|viaduct)',
  ], { note: 'a place; with the means or a decision it is a plan' }),
  ...phrases('burden', 0.55, [
    '(everyone|everybody|they|my family|people|the world) (would|d|\'d) (all)? be (better off|happier|fine|relieved) $',
  ], { aboutWriterUnlessReply: true }),
  ...phrases('passive_ideation', 0.5, [
    '(fix|end|correct|erase|undo|delete) (it|this|that|the mistake|myself|me) (permanently|for good|forever|once and for all)',
  ], { about: 'self' }),
  ...phrases('hopelessness', 0.55, [
    '(cant|can\'t|cannot|can not|couldnt) face (another|one more) (day|morning|night|week|year|christmas|birthday)',
    '(cant|can\'t|cannot|can not|couldnt) face (tomorrow|waking up|the morning|life|living|another day of this) $',
  ]),
  ...phrases('attempt_now', 0.7, [
    '(sent|send|sends|showed|show) (me|us) (a)? (photo|picture|pic|video|snap|selfie) of (the|her|his|their|some|a|all)? (@pills|blade|blades|cuts|rope|noose|gun|bridge|wrists|wrist|the edge)',
  ], { about: 'other', note: 'what someone sent the writer is theirs' }),

  ...phrases('giving_away', 0.45, [
    '(giving|gave|give|given) (away)? (my|all my) (stuff|things|belongings|possessions|clothes) (to|away) (people|friends|everyone|my (friends|family|sister|brother))',
  ], { about: 'self', note: 'to charity is everyday; to the people one loves, with another sign, a goodbye' }),
  // Goodbyes being written, why stick around, danger courted, a decision made in peace.
  ...phrases('goodbye', 0.75, ['(writing|write|wrote|written|recording|recorded) (my|the|all my) (goodbyes|goodbye|farewells|last (letters|words|messages))'], { about: 'self' }),
  ...phrases('passive_ideation', 0.6, ['why (even)? (stick|hang|stay) (around|about|here) $', 'why (even)? (stick|hang|stay) around (anymore|any longer|for this)'], { about: 'self' }),
  ...phrases('hopelessness', 0.35, ['nothing (is|will) (ever)? (going to|gonna)? change'], { about: 'self' }),
  ...phrases('passive_ideation', 0.6, [
    '(on purpose|deliberately) ~3 (hoping|in the hope|wishing|praying) (something|that something|an accident|a crash) (happens|will happen|would happen)',
    '(hoping|hope|wishing) (something|an accident|a crash) (happens|will happen|would happen|takes me)',
  ], { about: 'self' }),
  ...phrases('intent', 0.45, ['(made|making|have made|ive made|i\'ve made) (my|the) (decision|choice|mind up) $', '(made|have made|ive made|i\'ve made) (my|the) (decision|choice) and'], {
    about: 'self',
    note: 'with calm or a time beside it, a decision to die',
  }),
  ...phrases('intent', 0.35, ['(feel|feeling|felt|am|im|i\'m) (so)? (at peace|calm|peaceful|relieved) $'], { about: 'self', note: 'calm after deciding: only beside other signs' }),
  ...phrases('passive_ideation', 0.6, [
    '@want to? (join|go to|be reunited with) (my|her|him) (dad|mum|mom|father|mother|brother|sister|son|daughter|husband|wife|partner|grandma|grandad|grandpa|friend|baby) (in heaven|on the other side|wherever (he|she|they) (is|are))?',
  ], { about: 'self', note: 'wanting to join the dead' }),
  ...phrases('passive_ideation', 0.3, [
    '@want to? be with (my|her|him) (dad|mum|mom|father|mother|brother|sister|son|daughter|husband|wife|partner|grandma|grandad|grandpa|friend|baby) again',
  ], { about: 'self', note: 'grief says this too: only beside other signs' }),
  ...phrases('passive_ideation', 0.25, ['(he|she|they) (died|passed|passed away|killed (himself|herself|themselves))'], { note: 'a death beside a wish to be with them' }),

  // Reasons given for giving things away, a life without meaning, said what needed saying.
  ...phrases('giving_away', 0.6, [
    '(because|cause|cos|since|as) (i|ill|i\'ll) (wont|won\'t|will not|dont|don\'t) (need|be needing) (them|it|these|those|any of (it|them)) (anymore|any more|soon|much longer|for long|after tonight)? $',
  ], { about: 'self' }),
  ...phrases('hopelessness', 0.55, [
    '(life|living|my life|existence|anything) (has|holds|have) no (meaning|point|purpose|value) (for me)? (anymore|any more)?',
  ], { about: 'self' }),
  ...phrases('goodbye', 0.5, ['(said|written|wrote|told them) (all|everything)? (what)? i (needed|wanted|had|meant) to (say|tell them) $'], { about: 'self' }),
  ...phrases('intent', 0.3, ['^ (im|i am|i\'m) (finally)? ready $'], { about: 'self', note: 'only beside other signs' }),
  ...phrases('passive_ideation', 0.65, [
    '(imagining|imagine|imagined|picture|picturing|pictured|thinking about|dream|dreaming) (of|about)? (the|how much)? (relief|peace|quiet|calm) (of|in) (not being here|not existing|being dead|dying|being gone|not waking up|it all ending)',
  ], { about: 'self' }),
  ...phrases('attempt_now', 0.8, [
    '(took|take|taken|injected|inject|had) (extra|too much|a lot of|more|double|all my|all of my) (of)? (my)? (insulin|meds|pills|medication|tablets|painkillers) (on purpose|deliberately|to (die|hurt myself|not wake up|end it))',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.5, ['(not|no longer|not even) (scared|afraid|frightened) of (dying|death) (anymore|any more)?'], { about: 'self' }),
  ...phrases('hopelessness', 0.35, ['(scared|afraid|terrified|frightened) of (living|being alive|life|waking up)'], { about: 'self' }),
  ...phrases('intent', 0.3, ['(i)? almost (listened|did it|went through with it|jumped|let go)'], { about: 'self' }),

  // The last week, someone finding me, how peaceful it would be.
  ...phrases('goodbye', 0.6, ['(this is|this will be|its|it\'s|it is) (my|the) last (week|day|night|month|weekend|birthday|christmas) $'], { about: 'self' }),
  ...phrases('passive_ideation', 0.45, ['(and|want|need|wish) (it|this) to (be over|end|stop) $'], { about: 'self' }),
  ...phrases('passive_ideation', 0.3, ['(want|wish|need) (someone|somebody) to find me'], {
    about: 'self',
    note: 'only beside other signs',
  }),
  ...phrases('passive_ideation', 0.7, [
    '(peaceful|nice|easy|easier|restful|a relief|calm|quiet|good|lovely) (it)? (would|will|must|could) be (to)? (just)? @dead',
  ], { about: 'self' }),

  // Tomorrow's promise, a note for when the time comes, staying alive for someone, the beam.
  ...phrases('intent', 0.6, [
    '(tell|told|telling|promise|promised) myself (ill|i\'ll|i will|im going to|i\'m going to|that ill|that i\'ll) (finally)? do it (tomorrow|tonight|next week|soon|this weekend|after)',
  ], { about: 'self' }),
  ...phrases('goodbye', 0.8, [
    '(note|notes|letter|letters|message|messages|video) ~6 (for|until) when the time comes',
  ], { about: 'self' }),
  ...phrases('plan', 0.45, ['(got|have|had|ive got|i\'ve got) it all (planned|planned out|worked out|figured out|sorted|ready)'], {
    about: 'self',
    note: 'weddings are planned too: counts beside other signs',
  }),
  ...phrases('hopelessness', 0.35, [
    '(told|tell|telling) (my|the) (therapist|doctor|gp|counsellor|counselor|psychiatrist|nurse|parents|mum|mom|dad|family) (that)? (i was|im|i\'m|i am) (fine|okay|ok|safe|better) but',
  ], { about: 'self', note: 'saying one is fine to those who would help' }),
  ...phrases('passive_ideation', 0.6, [
    '(only|just) (staying alive|still alive|still here|alive|hanging on|holding on|sticking around) (for|because of) (my|the|our)',
    '@want to? be gone (badly|forever|for good|permanently|already|now)',
    '(its|it\'s|it is) like (im|i\'m|i am) (already)? dead',
  ], { about: 'self' }),
  ...phrases('plan', 0.45, [
    '(tied|tie|tying|hung|hang|hanging|fixed|fixing|attached|attaching) (the|a|my)? (rope|noose|belt|cord|cable) (to|from|around|over) (the|a)? (beam|rafter|rafters|banister|bannister|door|ceiling|tree|branch|hook|pipe|loft hatch|light fitting)',
  ], { about: 'self', note: 'a swing is tied to a beam too: counts beside other signs' }),
  ...phrases('plan', 0.4, ['to see if (it|the (rope|beam|belt|knot)) (would|will|could|can) (hold|take) (me|my weight)?'], { about: 'self' }),
  ...phrases('burden', 0.35, [
    'better (off)? with (a|another|a different) (mum|mom|dad|mother|father|parent|wife|husband|partner|friend|daughter|son) who',
    '^ or (none|no one|nobody|no (mum|mom|dad|mother|father|one)) at all $',
  ], { about: 'self' }),
  ...phrases('burden', 0.45, [
    '(tired|sick) of being (the one|someone|the person) (everyone|everybody|people|they|my family) (has|have) to (worry about|look after|deal with|carry|check on)',
  ], { about: 'self' }),
  ...phrases('intent', 0.45, ['(ill|i\'ll|i will|im going to|i\'m going to) (fix|sort|solve|end) (that|it|this) (soon|tonight|for good|permanently|for them)'], {
    about: 'self',
    note: 'a chore too: counts beside other signs',
  }),

  // Relief at being hit, resting at last, a knife on the skin, a dog minded "a long while".
  ...phrases('passive_ideation', 0.65, [
    '(if|when) (a|the) (car|bus|truck|lorry|train) (hit|hits|killed|kills|ran over|runs over) me ~3 (id|i\'d|i would|i will|ill) (be)? (relieved|grateful|glad|happy|thankful|at peace|not mind|not care)',
    '(hoping|hope|wish|wishing) (ill|i\'ll|i will|i) (get|got) (sick|ill|cancer|hit) and (not|never|dont|don\'t) (recover|get better|wake up|make it)',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.55, [
    '(counting down|count down) (the)? (days|hours|time) (until|till|til) (i can|i get to|i will|ill)? (finally)? (rest|sleep forever|be free|go|leave|be gone|stop|end it|die)',
  ], { about: 'self' }),
  ...phrases('self_harm', 0.7, [
    '(press|pressing|pressed|hold|holding|held|run|running|ran) (the|a|my)? (knife|blade|razor|lighter|scissors) (against|to|on|along|across) my (skin|arm|arms|wrist|wrists|leg|legs|thigh|thighs|stomach)',
  ], { about: 'self' }),
  ...phrases('giving_away', 0.55, [
    '(look after|take care of|mind|have|keep) my (dog|cat|pets|pet|kids|plants|fish|rabbit) ~3 (a long while|a long time|for good|forever|indefinitely|from now on)',
    // The correction is the meaning: "look after my dog for a while, a long while".
    '(look after|take care of|mind|have|keep) my (dog|cat|pets|pet|kids|plants|fish|rabbit) (for)? (a while|a bit|some time|a few days) , (a long while|a long time|for good|forever|maybe forever|maybe for good|longer)',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.55, [
    '(might as well|may as well|should just) (make it|make that) (real|official|permanent|true)',
  ], { about: 'self' }),
  ...phrases('means_access', 0.75, [
    '(pills|tablets|meds|blades|razors) (are|is)? (lined up|laid out|counted out|spread out|set out) (on|in front of|next to|beside) (me|my (desk|bed|table|lap|pillow))',
  ], { about: 'self' }),
  ...phrases('plan', 0.5, [
    '(pills|tablets|meds|blades|razors) (are|is)? (lined up|laid out|counted out|set out) (on|in front of|next to|beside) (me|my (desk|bed|table|lap|pillow)) $',
  ], { about: 'self', note: 'laid out beside the writer, for no reason given' }),

  // Heights researched, letting go, no longer a problem, no future self, asleep on the tracks.
  ...phrases('method_seeking', 0.7, [
    '(researching|researched|looking up|looked up|googling|googled|checking|checked|finding out|found out) (which|what) (bridge|building|cliff|car park|parking garage|tower|overpass) (is|was) (the)? (highest|tallest|biggest drop|closest|nearest|quietest)',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.55, [
    '(ready|want|wanting|need|going) to (just)? let go $',
    '(ready|want|wanting|need|going) to (just)? let go of (life|everything|it all|this life|living)',
  ], { about: 'self', note: '"ready to let go of the past" is recovery; the object decides' }),
  ...phrases('burden', 0.6, [
    '(wont|won\'t|will not|not going to) be (anyones|anyone\'s|your|their|everyones|everyone\'s|a) (problem|burden|worry) (anymore|any more|much longer|for long|ever again)',
    'no longer be (anyones|anyone\'s|your|their|everyones|everyone\'s|a) (problem|burden|worry)',
  ], { about: 'self' }),
  ...phrases('burden', 0.3, ['(wont|won\'t|will not|not going to) be (anyones|anyone\'s|your|their|everyones|everyone\'s|a) (problem|burden|worry) $'], {
    about: 'self',
    note: 'also said of moving out: counts beside other signs',
  }),
  ...phrases('hopelessness', 0.55, [
    '(theres|there is|there\'s) no (me|future me|version of me) (in the future|in five years|next year|tomorrow|anymore)',
    '(cant|can\'t|cannot|can not) (picture|imagine|see) (myself|me|a future|my future) (in the future|next year|in a year|getting older|growing old|at all|anymore)? $',
  ], { about: 'self' }),
  ...phrases('active_ideation', 0.8, [
    '@want to? (fall asleep|lie down|lay down|sleep|sit) (on|across) the (tracks|railway|train tracks|road|motorway)',
    '(fall asleep|lie down|lay down) in the (snow|river|sea|lake|bath) and (not|never) (wake up|get up|come back)',
  ], { about: 'self' }),
  ...phrases('burden', 0.6, [
    'my (death|dying|suicide|being gone|absence) (would|will|could) (solve|fix|end|help) (so many|all|a lot of|everyone\'s|everyones|their|the family\'s)? (problems|things|everything|debts)',
  ], { about: 'self' }),

  // Someone else, in the words a worried friend or parent uses.
  ...phrases('passive_ideation', 0.7, [
    '(wishes|wished|wish) (that)? (she|he|they|shed|she\'d|hed|he\'d|theyd|they\'d) (had)? (never been born|wasnt born|wasn\'t born|was never born|were dead|was dead|could die|could disappear|could just die)',
  ]),
  ...phrases('goodbye', 0.75, [
    '(posted|sent|wrote|said|texted|messaged) (something|a message|a post|a text|a note|what) (that)? (sounds|sounded|looks|looked|reads|read|felt|feels) like a (goodbye|farewell|suicide note|last message|note)',
  ]),
  ...phrases('self_harm', 0.6, [
    '(has|have|had|with|got|covered in) (fresh|new|deep|lots of)? (cuts|scars|burns|marks) (all over|on|up and down|along) (her|his|their) (arms|wrists|legs|thighs|body|stomach)',
  ]),
  ...phrases('attempt_now', 0.75, [
    '(on|at|up on) (the)? (roof|ledge|edge|bridge|balcony|top of the building) and (wont|won\'t|will not|refuses to|refusing to|doesnt want to) (come down|come back|come in|get down|move|talk to anyone)',
  ]),

  // Calm about dying, easier not to exist, not safe tonight, the only way out in a box.
  ...phrases('passive_ideation', 0.6, [
    '(calm|at peace|peaceful|relieved|okay|ok|fine) ~3 (about|with) (dying|death|the idea of dying|ending it|it all ending|not being here)',
    '(easier|better|simpler|nicer|kinder) to (just)? @dead',
    '(easier|better|simpler) (for everyone)? if i (just)? (did not|didnt|didn\'t) exist',
  ]),
  ...phrases('suicidal_state', 0.8, [
    '(im|i am|i\'m|i feel|i dont feel|i don\'t feel) not? safe (tonight|right now|now|at the moment|today|with myself|alone|by myself|around myself) $',
  ], { about: 'self', note: '"I\'m not safe tonight" is how people say they might act' }),
  ...phrases('passive_ideation', 0.75, [
    '(only|one) way (out|im leaving|i\'m leaving|i am leaving|i leave) (is|will be) (in a box|in a body bag|feet first|dead|death|to die|in a coffin)',
  ]),
  ...phrases('hopelessness', 0.5, [
    '(im|i am|i\'m) (so)? done (reaching|reaching out|asking for help|asking|fighting|talking|hoping)',
    // "done trying" said and stopped; "done trying to beat this level" goes on to an everyday aim.
    '(im|i am|i\'m) (so)? done trying (anymore|any more|guys|everyone|with (life|everything|it all)|at this point)? $',
    '(im|i am|i\'m) (so)? done trying (to (get better|be happy|stay alive|keep going|live|fight|feel better|be okay|be ok))',
  ], { about: 'self' }),
  ...phrases('intent', 0.45, ['(doesnt|doesn\'t|does not|wont|won\'t|will not) (get|kill|take) me $']),
  ...phrases('intent', 0.3, ['(ill|i\'ll|i will) do it myself $'], { note: 'only with something that might "get me" first' }),
  ...phrases('plan', 0.7, [
    '(picked|chose|chosen|found|scouted|picked out) (out)? (a|the|my) (spot|place) (by|at|on|near|under) (the)? (river|bridge|cliff|cliffs|tracks|lake|sea|edge|roof|quarry|woods|railway|motorway) $',
  ], { about: 'self' }),
  ...phrases('self_harm', 0.5, [
    '(stopped|stop|stopping|not) eating (on purpose|deliberately|to punish myself|to hurt myself|so i (waste|fade) away)',
  ], { about: 'self' }),
  ...phrases('hopelessness', 0.3, ['(dont|don\'t|do not) care what happens (to me)?'], { about: 'self' }),
  ...phrases('plan', 0.75, [
    '(bottle|bottles|litre|liter) of (vodka|whiskey|whisky|wine|gin|rum|alcohol|booze|tequila) and (all|all of)? (my|the|some|a bunch of)? @pills',
  ], { about: 'self' }),
  ...phrases('attempt_now', 0.6, [
    '(dont|don\'t|do not) think (ill|i\'ll|i will) (wake up|come back|survive) (from this (one)?|this time) $',
  ], { about: 'self' }),

  // Asking whether anyone would look, not getting out of the bath, no ending but being gone.
  ...phrases('burden', 0.6, [
    '(if|when) i (disappeared|vanished|died|was gone|were gone|went missing|left) ~3 (would|will) (anyone|anybody|someone|people|they) (even)? (notice|care|look for me|miss me|come looking|realise|realize)',
  ]),
  ...phrases('passive_ideation', 0.6, [
    '(think|thinking|thought|wonder|wondering) (about)? not (getting|coming) (out|up) $',
    '(think|thinking|thought|wonder|wondering) (about)? not (getting|coming) out of the (bath|water|lake|sea|river|car|garage)',
  ]),
  ...phrases('passive_ideation', 0.7, [
    '(ends|end|ending|finishes|stops) (except|other than|but|unless) (with)? (me|my) (gone|dead|death|dying|not here|not being here)',
  ]),

  // Telling of one's own suicidal thoughts sideways: the secret kept, the argument against it refused.
  ...phrases('suicidal_state', 0.55, [
    '(never|cant|can\'t|cannot|couldnt|could not|dont know how to|do not know how to|never known how to|never knew how to) (told|tell|talk to|talked to|speak to|spoke to|open up to) (anyone|anybody|no one|nobody|my (parents|family|mom|mum|dad|therapist|doctor|friends|partner)) (about)? (my)? ~3 (suicide|suicidal thoughts|wanting to die|my suicidal)',
    '(dont|don\'t|do not|stop) (tell|telling) me (how much|that|what) (it|my death|me dying|i) (will|would|is going to) (hurt|pain|devastate|destroy|affect|do to) my (family|parents|mom|mum|dad|friends|kids|loved ones)',
  ], { about: 'self', note: 'said by the person with the thoughts, never by someone helping' }),
  ...phrases('suicidal_state', 0.6, [
    // Means restriction told in passing: "I had a gun but in a moment of clarity I sold it".
    '(sold|got rid of|gave away|handed in|threw out|threw away|flushed|gave) (it|them|my (gun|guns|pistol|rifle|firearm|pills|rope|razors|blades)) ~4 (in a moment of clarity|so i (wouldnt|couldnt|would not|could not|cant|can\'t|won\'t|wont) (use|do|hurt|be tempted)|to keep (myself|me) safe|before i (did|could do|do) something)',
    'in a moment of clarity (i)? (sold|got rid of|gave away|threw away|flushed|handed in) (it|them|my (gun|guns|pills|rope|razors|blades))',
  ], { about: 'self' }),

  // Saying one will do it, has decided, is ready.
  ...phrases('intent', 0.95, [
    '@going @act',
    '(made up my mind|decided|my mind is made up|going through with it|going thru with it) ~3 @act',
    '(cant|can not|cannot) keep @reflexive safe',
    'this is (how|the way) (i|it) (end|ends)',
  ]),
  ...phrases('intent', 0.4, ['(going through with it|go through with it|do it tonight|doing it tonight|gonna do it)']),
  ...phrases('intent', 0.35, ['(ive|i\'ve|i have) (finally)? (decided|made up my mind|made my decision|made the decision) $']),
  ...phrases('intent', 0.75, ['@going (end it|end everything|end this|end it all)']),
  // Killing someone and then oneself: "I will kill you and then myself". The threat is read by the
  // harm lexicon; this is the writer's own crisis beside it (policy: help for them, hidden from others).
  ...phrases('intent', 0.95, [
    '@going (kill|shoot|stab|murder|hurt) (you|u|him|her|them|everyone|all of you|you all|yall|my ~2) (and|then|and then|before|after that) (myself|me|my self)',
    '@going (kill|shoot|stab|murder|hurt) (you|u|him|her|them|everyone|all of you|you all|yall|my ~2) (and|then|and then|before|after that) @act',
  ], { about: 'self' }),
  ...phrases('intent', 0.75, [
    '(tonight|tonite|2nite|today|tomorrow|this weekend|right now) i (end it|end it all|end everything) $',
    'i (end it|end it all|end everything) (tonight|tonite|2nite|today|tomorrow|this weekend|right now) $',
  ], { note: '"tonight I end it": the present said of a set time is a decision; "end it with her" goes on' }),
  // "I'm ready to go" said and stopped; "I'm ready to go to the gym" goes on to somewhere else.
  ...phrases('intent', 0.75, ['(im|i am) (ready|prepared) to die', '(im|i am) (ready|prepared) to go (now)? $', 'dont want to be (saved|rescued|found|stopped)']),
  ...phrases('intent', 0.4, ['@going die'], { note: '"I am going to die" is as often fear or hyperbole' }),

  // Wishing to be dead, not to wake up, no reason to live.
  ...phrases('passive_ideation', 0.8, [
    'wish (i|id) (was|were|had been) (dead|never born|not born|gone)',
    'wish (i|id) (wasnt|werent|was not|were not|hadnt been|had never been|never was) (alive|born|here|around)',
    '(hope|hoping|wish|wishing|pray|praying) ~4 (i|that i|id) (just)? (dont|don\'t|never|wont|won\'t|do not|will not|would never|wouldnt|would not) (wake|wake up|see tomorrow|see the morning)',
    '(prefer|rather|would prefer|d prefer|d rather) (to have|have|to)? (never been born|not been born|not exist|not existed|be dead)',
    '(want|need|wish|trying) to escape (from)? (my life|life|this life|this world|existence|it all|everything)',
    'death (is|seems|would be|sounds|feels like) (the|a)? (better|best|only|easier|easy|preferable|peaceful) (choice|option|way out|answer|solution|thing|alternative)',
    '(welcome|welcoming|wait for|waiting for|long for|longing for|looking for|pray for|praying for|wish for|wishing for) death',
    'death wish',
    '(sleep|go to sleep|fall asleep) and (never|not) wake up',
    'better off dead',
    '(nothing|no one|nobody|noone) (left)? to live for',
    '(dont|do not|doesnt|does not|didnt|did not|no longer|dont really|dont even|doesnt even|never) (want to|wants to|wanna|wana|wish to) (live|be alive|exist|keep living|continue living|survive|live anymore)',
    '(not|no longer|never) wanting to (live|be alive|exist|be here|wake up|keep living|go on)',
    '(imagining|imagine|picture|picturing|pictured|imagined|planning|plan|dreaming about|fantasizing about) my (own)? (funeral|death|suicide)',
    '(want|wanna|need) out of (this|my)? (life|world|existence)',
    '(suicide|killing myself|death|dying|ending it|ending my life) (is|has been|keeps|kept|was) (always|constantly)? (on|crossing|in) my mind',
    '(better|happier|better off|easier|simpler) if i (was|were|wasnt|weren\'t|werent)? (gone|dead|vanished|disappeared|died|here|around|alive|never born)',
    '(better|happier|better off|easier|simpler) if i (just)? (vanished|disappeared|died|was gone|were gone|didnt exist|never existed|wasnt here|wasnt around|stopped existing|stopped being here|was dead|were dead)',
    '(wish|wishing|wished|keep wishing) (that)? (i|id|i\'d) (had)? never (been born|existed)',
    'should (just)? (die|be dead|not be alive|not exist|not be here)',
    '(disappear|vanish|leave|go away) and never (come back|return|be seen again)',
    '(hope|wish|pray|praying|hoping) (i|that i) (get|got|would get|will get|could get) (hit|run over|killed|shot|murdered|struck)',
    '(dont|don\'t|do not|cant|can\'t|cannot) see myself (making it|surviving|living|being here|being alive|getting through|lasting) (to|past|through|until|much longer|another)?',
    '(dont|don\'t|do not|cant|can\'t|cannot) see myself (reaching|getting to|turning|making it to|seeing|living to|living past|growing old|getting old|getting older|growing older|being old|making it past)',
    '(only|best|easiest|last) (way out|escape|solution|answer|option|choice|exit) (is|would be|left is) (death|dying|suicide|to die|killing myself|ending it|ending my life)',
    '(scared|afraid|worried|terrified|frightened) (of|about) what i (might|could|will|would|am going to|may) do (to myself|tonight)?',
    '(hate|despise|loathe) (being alive|living|existing|my existence|waking up every day)',
    'why (bother|even bother|keep|should i keep|should i bother) (living|going on|staying alive|being alive)',
    'why (should|would|do|must) i (even|still)? (live|keep living|go on living|stay alive|be alive|carry on living|keep breathing) (anymore|any more|at all)? $',
    '(had|have had|ive had|i\'ve had) enough of (life|living|everything|this life|it all|this world|being alive)',
    '(on|at) (the|a) (roof|edge|ledge|bridge|top of) ~4 (jump|jumping)',
    '(dont|do not|doesnt|does not|no longer|dont really|dont even|doesnt even) (want to|wants to|wanna|wana) (be here|go on|wake up|be around|keep going|do this) (anymore|any more|at all|now|tomorrow|tmrw|tmr|like this)? $',
    '(dont|do not|dont really|dont even|never) (want to|wanna|wana) wake up (tomorrow|tmrw|tmr|in the morning)? (or ever|ever again|again) $',
    '(no|nothing|not much|zero|not a single) (reason|reasons|point|purpose) (to|in|of|for)? (live|living|life|going on|being alive|being here|existing|keep going|keeping going|keep living|keeping living|continue living|go on living|stay alive|carry on|carrying on|stay|staying|staying alive|me (to)? (live|living|stay|staying)) (through this|anymore)?',
    '(worth|better) more dead than alive',
    '(rather|sooner) (die|be dead|kill myself|not exist) than (live|living|go on|going on|keep going|keep living|continue|wake up|face|spend another|be alive|exist|deal with|be here|suffer|fall back|go back|going back|return|see (him|her|them) again)',
    '(what|how) (does|would|will|could|can) my death (change|matter|hurt|affect)',
    '(life|living|my life|it) (isnt|is not|aint|not|no longer|isn\'t) worth (living|it anymore|the pain|the struggle)',
    'not worth living',
    'why (am i|im|i am) (still)? (alive|here|breathing)',
    '(dont|don\'t|do not|wouldnt|would not) care if i (die|died|live or die|dont wake up|never wake up|was dead|were dead)',
    '(idc|idgaf|i dont care|i don\'t care) (if|whether) i (die|died|live or die|dont wake up|never wake up|wake up|was dead|were dead|live)',
    '(wouldnt|would not) mind (dying|if i died|not waking up|being dead)',
    '(dont|do not) deserve to (live|be alive|exist)',
    '(hope|wish|pray) (something|someone|a car|a truck|a bus|a bullet|cancer|god) (kills|hits|would kill|will kill|takes) me',
  ]),
  ...phrases('passive_ideation', 0.6, [
    '(whats|what is|wats) the point (of|in) (living|life|going on|being alive|me (even)? living|staying alive|existing|being here|my life|waking up|getting up|carrying on)',
    '(whats|what is|wats) the point (of|in) (me|my existence|my life) (anymore|any more|now|at all)? $',
    'wish (i|id) (could|would|can) (die|disappear|vanish|not wake up|sleep forever|stop existing|not exist|cease to exist|fall asleep forever|be gone)',
    '(want|wanna|wish|need) to? (disappear|vanish) (forever|for good|permanently|from this world|from existence)',
    '@want to? (sleep|rest) (forever|and never wake up|eternally)',
    '(tired|sick) of (living|being alive|life|existing|being here)',
    '(tired|sick) of waking up (every (day|morning)|each (day|morning)|in the morning|alone|like this|at all)? $',
    '(want|need) (the pain|it|this|everything|it all) to (stop|end) (forever|permanently|for good)',
    '(rather|prefer to) (be dead|not exist|not be alive|not be here)',
    'why (was i|did i get|did i have to be) born',
    '(can|cant|can\'t) wait to die',
    'waiting to die',
  ]),
  ...phrases('passive_ideation', 0.45, [
    '(want|wanna|wish i could|just want to) (disappear|vanish)',
    'let me die',
    'i (just)? want out',
    '(want|need) the pain to (end|stop)',
    '(im|i am|i\'m) (checking|gonna check|going to check) out $',
  ]),
  ...phrases('passive_ideation', 0.5, [
    '(stick|sticking|hang|hanging|stay|staying) around (for)? (at least)? (another|one more) (day|week|night)',
    // Courage counts only for "it" or the act itself: "I don't have the guts to tell my boss" is not.
    '(dont|do not|don\'t|doesnt|havent|haven\'t|have not|never had|didnt|didn\'t) (have|had)? the (guts|courage|balls|nerve) to @courage_object',
    '(dont|do not|don\'t|doesnt|havent|haven\'t|have not|never had|didnt|didn\'t) (have|had)? the (guts|courage|balls|nerve) (to)? $',
    '(nerve|guts|courage|balls) i never had',
    '(couldnt|cant|can\'t|could not|cannot|never|wish i could|if only i could) (i)? (work|worked|muster|mustered|build|built|get|got|find|found|summon|summoned|scrape|work up|muster up|build up|scrape up) (up)? the (courage|guts|nerve|balls) (up)? to @courage_object',
    '(couldnt|cant|can\'t|could not|cannot|never) (work|muster|build|get|find|summon|scrape|work up|muster up|build up|scrape up) (up)? the (courage|guts|nerve|balls) (up)? $',
    'my life (is|seems|appears|feels) (to be)? (so)? (hopeless|pointless|meaningless|over|worthless)',
  ]),
  ...phrases('passive_ideation', 0.3, ['my (own)? death']),
  ...phrases('passive_ideation', 0.35, ['(someone|somebody|please|pls|just|plz) kill me', 'kill me (now|already|please|pls)'], {
    note: 'usually hyperbole on its own; counts with other signs',
  }),

  // Said sideways: how people in distress often write it without the words "suicide" or "die".
  ...phrases('passive_ideation', 0.6, [
    '(thoughts|thinking|thought|think) (about|of|abt|bout) (not being (here|around|alive)|not existing|not waking up|no longer being here|not being here anymore)',
    '(not|never) (going to|gonna|gunna) make it through (the night|tonight|this night|another night)',
    '(dont|don\'t|do not) (think|know if) (i|i\'ll|ill|i will|i can) (can|will|am going to)? (make it|last|survive|get) through (the night|tonight|this night|another night)',
    '(scared|afraid|worried|terrified) (that)? (i\'ll|ill|i will|i might|i could|i may|i am going to|im going to|id|i would) (do something (stupid|drastic|dumb|permanent|to myself)|do something $|hurt myself|not stop myself|act on it|not be able to stop myself)',
  ]),
  ...phrases('intent', 0.85, [
    '(i|ill|i will|im going to|i\'m going to|im gonna|i am going to) be (one of|another one of|another|among|part of|just another) ~6 (who|that|to) (kill themselves|commit suicide|die by suicide|take their own lives|end their lives|end it)',
    '(ill|i will|im going to|i\'m going to|im gonna|i am going to) be (another|the next|just another|one more) suicide (statistic|stat|number)?',
  ], { about: 'self', note: 'counting oneself among those who die by suicide' }),
  ...phrases('hopelessness', 0.45, [
    '(cant|can\'t|dont|don\'t|do not|cannot|no longer) see (a|any|another|some)? (way out|way forward|end to (this|it)|light at the end)',
    '(feel|feels|felt|feeling) like (everything|life|it all|my life|all of this) (is|will be|would be|was) (all)? (for nothing|pointless|meaningless|in vain)',
    '(everything|it all|my life|all of it|life) (will be|is|would be) (all)? for nothing in the end',
  ]),
  ...phrases('hopelessness', 0.35, [
    '(so|too|really|very|incredibly|getting)? (hard|difficult) to (keep going|go on|continue|carry on|keep living|stay alive|keep fighting|hold on|get through the days) (anymore|for myself|some days|sometimes|every day)?',
    '(the)? (only|one) thing (that)? (keeps|keeping) me (going|alive|here|around)',
    '(lost|losing|lose) (my (entire|whole)? (identity|sense of self|purpose|reason to (live|keep going))|(everything|all) (i ever|i once|that i|i) (had|loved|cared about))',
    '(consumed|eaten up|swallowed|drowning|overwhelmed|filled|full|sick|riddled) (with|by|in|of) (self loathing|self hatred|self hate|self disgust|despair|hopelessness)',
    '(there is|theres|there\'s) no point (anymore|any more|to anything|in anything|in trying|in me)',
  ]),
  ...phrases('hopelessness', 0.5, [
    // Needing something "to get me through the night" is how people ask for a crisis line.
    'to get me through (the|this|another) night $',
    'to get me through (tonight|the weekend|till morning|until morning) $',
  ]),
  ...phrases('hopelessness', 0.5, [
    // "it's so hard to keep going sometimes": said of life itself, not of going to the gym.
    '(its|it is|it\'s|life is|everything is|it gets|its getting|it is getting|getting|im finding it|i find it) (too|so)? (hard|difficult|harder) to (keep going|go on|carry on|keep living|stay alive|keep fighting|hold on) (anymore|any more|some days|sometimes|every day|these days|right now|at all)? $',
    '(its|it is|it\'s|life is|everything is|it gets|its getting|it is getting|getting|im finding it|i find it) (too|so)? (hard|difficult|harder) to (keep going|go on|carry on|keep living|stay alive|keep fighting|hold on) (anymore|any more|some days|sometimes|every day|these days|right now|at all)? (and|but|because|when|since)',
  ], { aboutWriterUnlessReply: true, note: 'the "it" is life itself; the writer is the one struggling' }),
  ...phrases('hopelessness', 0.45, ['why (the fuck|the hell|tf|on earth)? (would|will|should|could) (it|things|anything|life|this) (ever)? get (any)? better']),
  ...phrases('burden', 0.4, [
    '@nobody (really|truly|actually|even|ever)? (cares|care|gives a (shit|damn|fuck)|give a (shit|damn|fuck)) (about|for|if) me',
    '(everyone|everybody|they all|people) (hates|hate) me',
  ]),

  // Hopelessness, entrapment, can't go on.
  ...phrases('hopelessness', 0.55, [
    'nothing (will|is going to|is gonna|can|could|is ever going to|is ever gonna|will ever|ever) (ever)? (get|gets|be|make (it|things|me)) better',
    '(it|things|life|this|nothing) (will|is going to|is gonna|are going to|are gonna) never (get|be) better',
    'never (gets|getting|going to get|gonna get|will get) better',
    '(there is|theres|there\'s|see|see no|i see) no (way out|escape|light|hope|future|way forward)',
    '(no|there is no|theres no) way out',
    '(cant|can\'t|cannot|can not) (go on|keep going|do this anymore|take (it|this) anymore|cope anymore|handle (it|this|life|anything) anymore|keep living|live like this|carry on|bear (it|this) anymore|keep fighting|fight anymore)',
    '(lost|lose|losing) all (hope|will to live|reason to live)',
    '(no|lost (my|the)|losing (my|the)) will to live',
    '(losing|lost|lose) (my|the) will $',
    '(given|giving|gave|give) up on (life|living|everything|myself|ever being happy)',
  ]),
  ...phrases('hopelessness', 0.5, ['(i|im|i am|i\'m|ive been|i\'ve been|i have been) (so|just|really|completely|totally|feeling|feel|felt|very|utterly|been|getting|becoming|still)? (so|just|really|completely|totally|feeling|very|utterly)? hopeless']),
  ...phrases('hopelessness', 0.45, [
    '(feel|feeling|felt|feels|im|am|so|completely|totally|utterly|just|very|really) hopeless',
    'no hope (left|anymore)?',
    '(cant|can\'t|dont|don\'t|do not|cannot) see (a|any|my) (future|way forward|point)',
    '(dont|don\'t) see myself (in the future|getting better|living|making it|surviving)',
    '(feel|feeling|felt|am|im) (so|completely|totally)? (trapped|stuck|empty inside|numb inside|dead inside)',
    '(everything|life|my life|existence) (is|feels) (so)? (pointless|meaningless|hopeless|empty)',
    '(im|i am|i\'m) (so)? done with (life|everything|it all|living|this life|existing)',
    '(nothing|no one|nobody) (can|could|will) (ever)? help me',
    'what is there to live for',
    '(feel|felt|feels) like (i|im|i am|i\'m)? (already)? (dead|died|a ghost) (inside)?',
    '(hopeless|empty|numb) (feeling|feelings)',
  ]),
  ...phrases('hopelessness', 0.3, [
    'nothing (helps|has helped|works|has worked|ever helps|ever works|seems to help)',
    '(no|nobody has any|lost) hope for me',
    '(nothing|there is nothing|theres nothing) (i|anyone|anybody|i can|that i) ~2 (do|change) (to|about) (change|fix|help)? (it|this|that|anything)',
    '(feeling|feel|felt|filled with|full of|overwhelmed by) (despair|hopelessness|agony|emptiness)',
  ]),
  ...phrases('hopelessness', 0.25, [
    '(im|i am|i\'m|i feel|i felt|feeling|i feel so|im so|i am so) (so|really|very|completely|totally|utterly)? (miserable|alone|lonely|empty|numb|broken|worthless|depressed|depression|lost|exhausted|drained)',
  ], { note: 'common on their own; they add to stronger signs' }),
  ...phrases('hopelessness', 0.45, ['(is|seems|feels|sounds) like (the|my) only (option|way out|answer|way|choice)'], { needsSubject: true }),
  ...phrases('hopelessness', 0.5, [
    '(dont|don\'t|do not|doesnt|doesn\'t|does not|cant|can\'t|no longer) see the point (anymore|in (living|life|anything|going on|trying|any of this))?',
    '(dont|don\'t) know how (much)? (longer|long) i can (do this|take (it|this)|hold on|keep going|go on|last)',
    '(cant|can\'t|cannot) keep (doing this|going like this|living like this|pretending)',
    '(at|reached) the end of my (rope|tether)',
    'how (much)? longer (i|can i|i can) (can)? (keep|do|take|hold on|hold out|hold it together|last|go|pretend|survive|handle|cope|live)',
    '(running|ran) out of (reasons|reasons to live|reasons to stay|hope)',
    '(feel|feeling|felt) like giving up',
    '(want|need|wish) (it all|everything|all of this|this all) to (end|stop|be over)',
  ]),
  ...phrases('hopelessness', 0.4, [
    'nothing matters (anymore|any more)?',
    '(having|have|had|get|getting|been having) (dark|bad|intrusive|scary) thoughts',
    '(the|my) pain (is|has become|becomes|gets) (unbearable|too much|too much to bear)',
    '(i have|ive got|i\'ve got|i have got) @nobody (left)?',
  ]),
  ...phrases('hopelessness', 0.3, [
    '(whats|what\'s|what is) the point (anymore|of anything|of trying|of it all)?',
    '(i|ive|i have) (just)? (give|given|gave) up',
    '(im|i am) (so)? (tired|exhausted) of (fighting|trying|everything|it all|being me|struggling|pretending)',
    '(so|im|i am) done',
    '(my life|life) (is|sucks|feels) (shit|hell|a nightmare|unbearable|too much)',
    'too much to (bear|handle)',
    'no one (cares|would care)',
  ]),

  // Being a burden.
  ...phrases('burden', 0.7, [
    '@nobody (cares|would care|will care|gives a (shit|fuck)|would even care|even cares) (if|whether) (i|im|i\'m) (live or die|die|live|am alive|alive|was dead|dead|disappear|disappeared|am gone|gone)',
    '(tired|sick) of being (a|such a)? burden',
    '(better off|benefit|be fine) (with|from) (the|my)? (life)? (insurance) (money|payout|policy)?',
    '(family|kids|children|wife|husband|partner|parents|mom|mum|they|she|he) (would|will|could|can|d|\'d) (get|have|collect|cash in|receive) (the|my)? (life)? insurance (money|payout)?',
  ]),
  ...phrases('burden', 0.75, [
    '(everyone|everybody|they|people|the world|my family|my kids|my parents|my friends|he|she|it|things|you|we) (would|will|is|are) (be)? (better|happier) (off)? without (me|him|her|them)',
    '(better|happier) off without (me|him|her|them)',
    '@nobody (would|will|is going to|is gonna) (even)? (care|notice|miss me|cry) if i (died|was gone|disappeared|killed myself|were gone|was dead|were dead|die|left)',
  ]),
  ...phrases('burden', 0.6, [
    '(im|i am|feel like|feel like im|feel like i am|feeling like|i feel like) (a|such a|just a|nothing but a|the) burden',
    '@nobody (would|will|is going to|is gonna|even) (even)? (miss|notice|care about|cry for) me',
    '(wouldnt|won\'t|wont|would not) (even)? (miss|notice) me',
    '(im|i am|i\'m) (just)? (a|such a) waste of (space|air|oxygen|life|skin|time)',
  ]),
  ...phrases('burden', 0.35, ['(being|be) a burden', '(everyone|everybody) (hates|would be happier without) me']),
  ...phrases('burden', 0.4, ['(dont|don\'t|do not) want to be a burden']),

  // Self-hatred.
  ...phrases('self_hate', 0.3, [
    '(i|i just|i really|i fucking) (hate|despise|loathe) (myself|my life|being alive|existing|who i am|my existence)',
    '(im|i am|i\'m|i m|ive been|i\'ve been|i have been|ive always been|i\'ve always been) ~3 (worthless|useless|pathetic|disgusting|unlovable|mistake|failure|disappointment|screw up|screwup|fuck up|fuckup|horrible person|terrible person|waste|loser|piece of shit|nothing)',
  ]),

  // Self-harm.
  ...phrases('self_harm', 0.65, [
    '(cut|cutting|cuts|burn|burning|burnt|burned|hurt|hurting|pain|paining|harm|harming|hit|hitting|punch|punching|scratch|scratching|starve|starving|bruise|bruising|carve|carving|carved|stab|stabbing|choke|choking|strangle|strangling|bite|biting|slice|slicing) @reflexive',
  ]),
  ...phrases('self_harm', 0.65, ['self (harm|harming|harmed|harmer|injury|injuring|injure|mutilation|mutilate)'], { needsSubject: true }),
  ...phrases('self_harm', 0.75, ['(i|ive|i\'ve|im|i\'m|i have|i am|i still|i keep|i started|i) (self harm|self harmed|self harming|sh)']),
  ...phrases('self_harm', 0.75, [
    'cut (my|her|his|their|both) (arms|arm|wrist|wrists|thighs|thigh|legs|leg|skin|stomach|hips|hip|ankles|body)',
    '(burn|burning|burned|burnt|cut|cutting|scratch|scratching|hit|hitting|carve|carving|stab|stabbing|bruise|bruising) (my|her|his|their) (arms|arm|wrist|wrists|thighs|thigh|legs|leg|skin|stomach|body|hands|hand|face|head) (with|until|on purpose|again)',
    '(burn|burning|burned|burnt) ~3 with (cigarettes|a cigarette|a lighter|lighters|matches|a hot)',
    '(been|keep|kept|started|start|cant stop|can\'t stop|cannot stop) (cutting|self harming|harming myself|hurting myself|burning myself|sh|shing|sh ing)',
    '(cutting|cut|sh|shing|sh ing|self harmed|harmed myself|hurt myself|relapsing|relapsed) again',
    '(relapsed|relapse|relapsing|relapses) (on|into|with|back into)? (self harm|cutting|sh|self harming)',
    '(fresh|new|deep|open|bleeding) (cuts|wounds|scars|marks|gashes) (on (my|her|his) (arm|arms|legs|thighs|wrists|body))?',
    '(my|her|his) (wrists|wrist|arms|arm|thighs|legs|skin|body|stomach) (are|is)? (covered in|covered with|full of) (cuts|scars|marks|burns|wounds|bruises)',
    '(cuts|cutting|scars) again',
    'until ~3 (bleed|bleeds|bled|bleeding)',
    'until (it|i|they) (bleeds|bleed|bled|start bleeding|started bleeding|starts bleeding)',
    '(hide|hiding|cover|covering|hid) (my|her|his) (cuts|scars|marks|wounds|self harm)',
    '(sh|s h) (urges|scars|relapse|again|tonight|wounds|cuts|free)',
  ], { note: 'pronouns decide whose cuts these are' }),
  // Self-harm slang: depth and pattern words used in self-harm communities.
  ...phrases('self_harm', 0.7, [
    '(cut|cutting|went|got|hit|reached|down) (to|into)? (beans|styro|styrofoam|the fat|fat layer|the fat layer)',
    '(my|her|his|their) (arms|arm|thighs|thigh|legs|leg|wrists|wrist|hips|stomach) (look|looks|are|is) (like)? (a)? (barcode|barcodes)',
    '(relapsed|relapse|relapsing|slipped up|slipped) (and)? (cut|burned|burnt|hurt myself|harmed myself|sh|scratched)',
  ]),
  ...phrases('self_harm', 0.7, [
    '(cat scratches|barcode cuts) (on|all over|across|up and down) (my|her|his|their) (arm|arms|wrist|wrists|thigh|thighs|legs|leg|hips|stomach)',
  ]),
  ...phrases('self_harm', 0.5, ['(barcode cuts|barcoding|barcoded)'], { needsSubject: true }),
  ...phrases('self_harm', 0.45, ['(punch|punching|punched|hit|hitting|bang|banging) (walls|the wall|a wall|my head)'], {
    needsSubject: true,
  }),
  ...phrases('self_harm', 0.5, ['(fresh|new|deep|open) (cuts|wounds|gashes)', 'razor (blade|blades)', 'my (scars|cuts)'], {
    needsSubject: true,
  }),
  ...phrases('self_harm_urge', 0.8, [
    '(want|wanna|need|needing|urge|urges|tempted|craving|crave|itching) to? (cut|self harm|sh|hurt @reflexive|harm @reflexive|burn @reflexive|punish @reflexive|relapse|bleed)',
    '(urge|urges|craving|cravings) to (cut|self harm|sh|relapse)',
    '(cut|sh|self harm) (urges|cravings)',
    // "I'm going to cut tonight": cutting with nothing cut named (hair, class, the grass) is the writer's own.
    '(im|i\'m|i am) (going to|gonna|about to) cut (tonight|later|again|soon|when (everyone|everyones|everyone is|theyre|they\'re|they are) asleep)? $',
  ]),

  // Plans, preparations, method seeking.
  ...phrases('plan', 0.9, [
    '(a|my|the) plan to @act',
    'my plan is to (do it|die|end it|kill myself|go through with it|@act)',
    'enough @pills ~3 to (do it|die|kill myself|end it|overdose|od|kill me)',
    '@pills ~3 to (overdose|od|die|kill myself|end it|end my life|kill me)',
    '@pills ~2 (saved up|stockpiled|hoarded|stashed|collected|counted out|lined up) (to|for)',
    '(planned|planning|plan|plotting) (out)? (my|the|her|his) (suicide|death|exit|own death)',
    '(stockpil*|hoard*|saving up|saving|collecting|collected|saved up|stashed|stashing|gathered) ~3 @pills',
    '(know|figured out|decided|worked out|chosen|chose|picked) (how|when|where|the way) (im|i am|i\'m|i will|ill|i\'ll|i) (going to|gonna)? (do it|end it|die|kill myself|go|end my life)',
    // "to go" is not dying: "I don't know where to go" is someone with nowhere to stay.
    '(know|figured out|decided|worked out|chosen|chose|picked) (how|when|where|the way) to (do it|end it|die|kill myself|end my life)',
    '(decided|figured out|worked out|chosen|chose|picked) (when|how) to go $',
    '(wrote|written|writing|write|left|leaving|finished) (a|my|the) (suicide|goodbye|final) (note|notes|letter|letters)',
    'suicide note',
  ]),
  ...phrases('plan', 0.35, ['(ive|i have|i\'ve|i) (written|wrote|finished|left) my note $'], {
    about: 'self',
    note: '"I\'ve written my note." with nothing after it; "my note to the landlord" goes on. Counts beside other signs',
  }),
  ...phrases('plan', 0.6, [
    '(i have|ive got|i\'ve got|i made|i got|have) a plan $',
    '(i have|ive got|i\'ve got|i made|i got|have) a plan (and|now|this time|for (it|tonight|how|when|the end))',
    '(bottle of|pack of|box of|handful of|all my|all the|all of my) @pills (is|are)? (next to me|in front of me|beside me|in my hand|in my lap|on my (bed|desk|table|lap))',
    'i know (exactly)? how (i would|id|i\'d|to|i will|ill) (do it|end it|make it end|make it stop|kill myself)',
  ]),
  ...phrases('plan', 0.6, ['(counting|counted|count|counting out|lining up|lined up) (the|my|all the|all my|out)? @pills (again|tonight|out again)']),
  ...phrases('plan', 0.45, ['(counting|counted|counting out|lining up|lined up) (the|my|all the|all my|out)? @pills $']),
  ...phrases('plan', 0.3, ['(there are|theres|there\'s|i have|ive got|i\'ve got|got|i have got) enough (now|of them|here|saved|saved up)? $'], { note: 'counts only beside other signs' }),
  ...phrases('plan', 0.3, ['(staring|looking|stare) at (it|them) $']),
  ...phrases('plan', 0.55, ['(have|got|put|laid out|set out) (the|my|a) (knife|gun|rope|pills|noose|blade|razor|bottle) (ready|out) (to go|now|tonight)? $']),
  ...phrases('plan_detail', 0.6, [
    '(picked|chose|chosen|found|choosing|picking|scouted) (a|the|my) (spot|place|date|day|time|method|way|bridge|tree|location)',
    '(set|picked|chose) a date',
    'tied (a|the) (noose|rope|knot)',
  ]),
  ...phrases('method_seeking', 0.8, [
    '(research|researched|researching|looked up|googled|googling|searched|searching|read up on) (how|ways|methods) to (die|do it|kill myself|overdose|end it)',
    '(research|researched|researching|looked up|googled|googling|searched|searching|read up on) (painless|easy|quick)? (suicide)? (methods|ways to die)',
  ]),
  ...phrases('method_seeking', 0.9, [
    '((what|whats|what is|which is) (the)? (best|easiest|quickest|fastest|most painless|least painful|surest|most effective) (way|method)|(looking for|searching for|googling|need|want to know|tell me) (a|the)? (best|easiest|quickest|painless|most painless)? (way|ways|method|methods)) to (kill @myself|die|commit suicide|end my life|end it|overdose|od|hang myself|die painlessly|die quickly|die in my sleep)',
    // "how do I kill myself": "how to die" and "how do I end it" alone are as often a game or a
    // story, so they are not here; begging to be told how to end it is (below).
    'how (to|do i|can i|could i|should i|would i) (kill @myself|kms|commit suicide|end my life|overdose|od|hang myself|die painlessly|die quickly|die in my sleep)',
    'how (many|much) ~3 (does it take|do i need|would it take|to take|should i take|is enough|would kill|will kill) ~2 (die|kill|overdose|od|be lethal|be fatal|end it)?',
    'how (many|much) (of)? ~2 (@pills|mg) ~3 (would be|is|are|counts as) (too many|too much|an overdose|lethal|fatal|deadly|enough)',
    'how (many|much) (of)? ~2 (@pills|mg) ~4 (take|would take|it takes|to die|to kill|to od|to overdose|lethal|fatal|enough)',
    '(lethal|fatal|deadly|overdose|toxic) (dose|amount|dosage|quantity)',
    '(where|how) (can|do|could) i (get|buy|find) (a|some)? (gun|rope|noose|@pills|poison|helium|barbiturates)',
  ]),
  ...phrases('method_seeking', 0.6, [
    // Begging to be told how to "end it": "somebody tell me how to end it please".
    '(somebody|someone|anyone|anybody) (please|pls|plz) (tell|show|teach) me how (to|i can|i could|do i|can i) end it $',
    '(somebody|someone|anyone|anybody|please|pls|plz)? (tell|show|teach) me how (to|i can|i could|do i|can i) end it (please|pls|plz) $',
    '(tell|show|teach) me how (to|i can|i could|do i|can i) end it all',
    'how (do i|can i|could i|should i) end it all $',
  ], { about: 'self', note: '"tell me how to end it (the film)" begs nobody; "how to end it all: a novel" is a title' }),
  ...phrases(
    'method_seeking',
    0.45,
    ['(best|easiest|quickest|fastest|most painless|painless|surest|least painful|a|any) (way|ways|method|methods) to (kill @myself|die|commit suicide|end my life|overdose|od|die painlessly|die quickly)'],
    { questionWeight: 0.9, note: 'asking is seeking; "the easiest way to die is of old age" is not' },
  ),

  ...phrases(
    'method_seeking',
    0.6,
    [
      '(least painful|most painless|painless|quietest|most peaceful|gentlest) (way|ways|method) to (go|check out|end it|do it) $',
    ],
    { questionWeight: 0.9, note: '"the least painful way to go" said of oneself' },
  ),
  ...phrases('method_seeking', 0.3, ['(quickest|surest|easiest|fastest) (way|ways|method) to (go|check out|end it) $'], {
    questionWeight: 0.45,
    note: 'a question about directions unless asked in distress: counts beside other signs',
  }),

  // Means (only counted next to ideation or self-harm).
  ...phrases('means', 0.45, [
    '@pills',
    '(rope|noose|belt|cord|ligature|extension cord)',
    '@weapon',
    '(bullet|bullets|ammo)',
    '(knife|blade|blades|razor|razors|box cutter|sharpener)',
    '@high_place',
    '(train|tracks|train tracks|traffic|highway|level crossing|railway crossing)',
    '(bleach|poison|antifreeze|rat poison|pesticide|weed killer|helium|carbon monoxide|charcoal|exhaust)',
    'jump|jumping|jumped',
  ]),
  ...phrases('means', 0.6, ['(#num|@many) (mg|milligrams|pills|tablets|caps|capsules|of them)', '(whole|entire|full) (bottle|pack|box|packet|blister)'], {
    minNumber: 10,
  }),
  ...phrases('means_access', 0.75, [
    '(i have|ive got|i\'ve got|got|bought|buying|ordered|found|have|has|keep|kept|got hold of|grabbed) (a|the|my|some|his|her|enough|all)? (dads|dad\'s|moms|mom\'s|fathers|brothers|parents|husbands|wifes)? (gun|rope|noose|@pills|razor blades|razor|blades|bleach|poison|sleeping pills|helium|charcoal|pistol|shotgun|rifle)',
    '(pills|gun|rope|noose|knife|blade|razor|meds) (are|is)? (ready|loaded|in my hand|next to me|in front of me|right here|with me|on my desk|counted out|lined up)',
    '(holding|have|has|got) (a|the|my)? (knife|gun|blade|razor|rope|pills) in (my|his|her) hand',
    '(dad|father|mom|mum|parents|family|brother|husband) (has|have|owns|keeps) (a)? (gun|guns|pistol|rifle|shotgun)',
    '(access to|easy access to|can get) ~2 (gun|guns|pills|meds|a rope)',
  ]),

  // Timing (only counted next to ideation or self-harm).
  ...phrases('timing_now', 0.6, [
    '(tonight|tonite|tn|2nite|right now|rn|today|this evening|this afternoon|this morning|in an hour|in a few hours|in a few minutes|very soon|at midnight|after everyone is asleep|while (my|the) (parents|family|everyone) (are|is) (asleep|out|away|gone))',
    'when (my|the) (parents|family|everyone|roommates|roommate|flatmate|flatmates|wife|husband|partner|mom|mum|dad|kids) (are|is|go|goes|leave|leaves) (asleep|to sleep|to bed|out|gone|away|at work)',
    '(when|once) everyone (is|goes to) (asleep|sleep|bed)',
  ]),
  // The night named as the writer's last: "I won't be around after tonight, I've got the pills ready"
  // (its "after" kept "tonight" from reading as a time). A time only, so a holiday said so is nothing.
  ...phrases('timing_now', 0.6, ['(wont|won\'t|will not) be (around|here|alive) (after|past) (tonight|tonite|today|this evening)']),
  ...phrases('timing_now', 0.35, ['(now|soon)']),
  ...phrases('timing_soon', 0.5, [
    '(tomorrow|tmrw|tmr|this weekend|this week|next week|on my birthday|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|after (christmas|exams|school|work|the holidays|my birthday)|by (friday|the weekend|the end of the (week|month|year))|new years|before (christmas|my birthday))',
  ]),

  // An attempt: happening now, recent, or in the past.
  ...phrases('attempt_now', 0.85, [
    '(took|taken|swallowed|downed|ate|overdosed on|took like|had) (all|every|a whole bottle of|the whole bottle of|a bottle of|a handful of|a bunch of|#num|@many|too many|enough|the rest of|all of|way too many|loads of|a lot of) ~3 @pills',
    '(i|ive|i\'ve|just|already) (overdosed|od\'d|oded|od)',
    '(im|i am|i\'m|currently|sitting|standing) (standing|sitting|stood|sat)? (on|at) (the|a|this) (bridge|ledge|tracks|railing|cliff edge)',
    '(in|inside) (my|the) (car|garage) with the engine running',
    'engine (is)? running (in|inside) (the|my) garage',
    'noose (is)? (ready|tied|around my neck|set up|hung|hanging)',
    '(rope|belt|cord) (is)? around my neck',
    '(i|ive|i\'ve|just) (just)? (cut|slit|slashed|opened) my (wrists|wrist|throat)',
  ], { minNumber: 10, note: 'a number in "took N pills" must be 10 or more to count in full' }),
  ...phrases('attempt_now', 0.4, ['(bleeding|blood) (everywhere|won\'t stop|wont stop)']),
  ...phrases('attempt', 0.75, [
    '(tried|attempted|attempting|trying|try|attempt|tryed|attempts) (to)? (kill @reflexive|end @poss (own)? life|commit suicide|suicide|take @poss (own)? life|overdose|od|hang @reflexive|die|end it)',
    '(survived|after|since|before) (a|my|an|her|his|their|the) (suicide|overdose)? attempt',
    '(my|her|his|their) (first|second|third|last|previous|recent)? (suicide|overdose) attempt',
  ]),
  ...phrases('attempt', 0.75, [
    'i (tried|attempted|try) to hang (me|my self) (up)?',
    '(i|i\'ve|ive) (tried|attempted) (and|but|then)? (i)? (ended up|woke up|wound up|came to) (in|at) (the|a)? (er|hospital|icu|psych ward|emergency room|intensive care|a and e)',
  ], { about: 'self', note: 'the act left unnamed, the hospital says what it was' }),
  ...phrases('attempt', 0.75, [
    'my (last|previous|latest|most recent|recent) attempt (was|is) ~3 (ago|last|this|yesterday)',
  ], { about: 'self' }),
  ...phrases('attempt', 0.45, ['i (tried|attempted) (and|but) (failed|survived|lived|woke up)'], { about: 'self' }),
  ...phrases('attempt', 0.3, ['i (tried|attempted) ~4 (and|but) (failed|survived|woke up) $'], {
    about: 'self',
    note: '"I tried to bake bread and failed": counts only next to other signs',
  }),
  ...phrases('attempt', 0.75, [
    'suicide attempt',
    '(failed|several|a few|multiple|couple of|halfhearted|half hearted|previous|past|many|two|three|serious) (suicide)? (attempt|attempts)',
  ], { needsSubject: true }),
  ...phrases('attempt', 0.75, [
    '(tried|attempted|try|trying) (killing @reflexive|suicide|overdosing|hanging @reflexive|ending @poss life|to take @poss own? life)',
    '(took|taken|had|survived) (a|an|my) (pill|drug)? overdose',
    '(took|swallowed|taken) (over|more than|like|about|around|almost)? (#num|@many) ~7 (@pills|killers|pain killers|painkillers|sleeping pills)',
    '(my|the) (gun|rope|noose) (jammed|broke|snapped|failed)',
  ], { minNumber: 10 }),
  ...phrases('attempt_now', 0.7, ['(looking|staring|stare|look) at (the|my|a) (gun|pills|rope|noose|knife|blade|razor)']),
  ...phrases('plan', 0.7, ['(gun|pistol|revolver) and (a|one) (bullet|round)', '(one|a single|the last) (bullet|round) (left|for me|with my name)']),
  ...phrases('attempt_now', 0.85, [
    '(gun|pistol|revolver|barrel|knife|blade|razor|#num) (is)? (in my lap|to my head|in my mouth|at my head|against my (head|temple|throat|wrist|chest))',
    '(aim|aimed|aiming|point|pointed|pointing|put|held|hold|holding|press|pressed) (it|the gun|a gun|my gun|the barrel|the knife|a knife|the blade) (at|to|against|in) my (head|temple|throat|wrist|chest|mouth)',
  ]),

  // Goodbyes and giving things away.
  ...phrases('goodbye', 0.75, [
    '(posted|sent|wrote|left|texted|posting) (a|an|her|his|their|my)? (goodbye|farewell|suicide|final) (message|note|letter|post|text|video)',
  ]),
  ...phrases('goodbye', 0.85, [
    '(goodbye|good bye|bye|farewell) (forever|for good|cruel world|world)',
    '(final|last|my last) (goodbye|goodbyes|farewell)',
    'this is (goodbye|farewell|my goodbye)',
    'this (is|will be) (my|the) (last|final) (post|message|words|entry|goodbye|note|letter)',
    '(my|the) last (day|night) (alive|on earth|on this earth|of my life)',
    'by the time (you|anyone|someone|they) (read|reads|see|sees|find|finds) this',
    // "when you read this I'll be dead", "if you're reading this I'm already gone": a note's opening.
    '(when|if|once) ((you|anyone|someone|somebody|they|people) (read|reads|see|sees|find|finds|are reading|re reading|is reading)|youre reading|you\'re reading|theyre reading) this , (ill|i\'ll|i will|im|i\'m|i am|i) (already|probably|hopefully)? (be)? (dead|no longer alive|not alive)',
    '(when|if|once) ((you|anyone|someone|somebody|they|people) (read|reads|see|sees|find|finds|are reading|re reading|is reading)|youre reading|you\'re reading|theyre reading) this , (ill|i\'ll|i will|im|i\'m|i am|i) (already|probably|hopefully)? (be)? (gone|no longer here|not here anymore|not around anymore) (forever|for good)? $',
    '(wont|won\'t|will not|wouldnt) be alive (much longer|anymore|tomorrow|for long|by (tomorrow|morning)|to see)?',
    '(ill|i\'ll|i will|im going to|i\'m going to) be dead (soon|by|tomorrow|before|tonight|in the morning)',
    '(take|look after|taking) care of my (cat|dog|pets|kids|children|plants|family|mom|mum|sister|brother) (for me)? (when|after|once) (im|i am|i\'m) (gone|dead)',
    '(wrote|written|writing|left) (goodbye|farewell|last|final) (letters|notes|letter|note) (to|for)?',
    '(wrote|written|writing|left) (notes|a note) (to|for) (my family|everyone|my parents|my kids|my children|my friends|each of|all of|my loved ones|my partner|my wife|my husband)',
    '(wrote|written|writing|left) (letters|a letter) (to|for) (everyone|everybody|each of|all of|my loved ones)',
    '(wrote|written|writing|left) (letters|notes|a letter|a note) (to|for) ~3 (explaining|to explain|saying) (why|everything|sorry|goodbye)',
  ], { about: 'self', note: 'a farewell in the writer\'s own words' }),
  ...phrases('goodbye', 0.35, [
    '(wrote|written|writing|left) (letters|a letter) (to|for) (my family|my parents|my kids|my children|my friends)',
  ], { about: 'self', note: 'birthdays and holidays too: counts beside other signs' }),
  ...phrases('goodbye', 0.25, ['(just)? in case $'], { about: 'self', note: 'mostly everyday: it only adds to a goodbye' }),
  ...phrases('goodbye', 0.7, [
    '(last|final) (thing|words|message|post) (i\'ll|ill|i will|i) ever (post|write|say|send|put)',
    '(last|final) (thing|words|message|post) (i\'ll|ill|i will) (post|write|say|send) (here|on here)? $',
  ], { about: 'self' }),
  ...phrases('goodbye', 0.6, [
    '(wont|won\'t|not|dont think ill|don\'t think i\'ll|doubt ill|doubt i\'ll|not going to|not gonna|dont think i will) ~2 be (here|around|alive) (much longer|for much longer|for long|anymore|tomorrow|by (tomorrow|morning|the weekend))',
    '(wont|won\'t|will not|dont think ill|don\'t think i\'ll|doubt ill|doubt i\'ll|not going to|not gonna|dont think i will) ~2 be (here|around|alive) (for|until|till|to see) (christmas|my birthday|new year|the new year|next year|the summer|spring|the holidays|another (year|birthday|christmas)|graduation)',
    '(wont|won\'t|will not|dont think ill|don\'t think i\'ll|doubt ill|doubt i\'ll|not going to|not gonna|dont think i will) ~2 be (here|around|alive) (in|by) (a|one|two|three|#num|a few)? (month|months|week|weeks|year|days|few weeks|few days|the end of the (month|year|week))',
    '(wont|won\'t|will not|wont be|won\'t be) (need|needing) (it|them|this|these|my (stuff|things)) (soon|much longer|anymore|for long)',
    '(please)? remember me (when|after|as|fondly|please)?',
    '(after|when|once) (im|i am|i\'m) (gone|dead|not here|no longer here|not around)',
    '(spend|spending|spent) my (last|final) (day|night|hours|moments)',
    '(its|it is|it\'s) time (for me)? to (go|check out|leave this world|say goodbye|end it)',
    '(dont|do not) expect (ever)? to be (found|remembered|missed)',
    '(wont|won\'t|will not|wouldnt) be (around|here) (much longer|anymore|for long)',
    '(ill|i\'ll|i will|im going to|i\'m going to) be gone (soon|before|tonight|in the morning|by (tomorrow|morning))',
    '(dont|don\'t|do not) (try to)? (talk me out of it|stop me|look for me|come looking|come find me|save me)',
    '(you|they|you all|yall) (wont|won\'t|will not) (have to)? (see|hear from|deal with|worry about) me (again|anymore|ever again)',
    '(my|the) (last|final) (words|message|post|note) (here|on here|ever)? $',
  ]),
  ...phrases('goodbye', 0.3, ['(last|final) (words|message|note)']),
  ...phrases('goodbye', 0.7, [
    '(said|say|saying|made) my (final|last)? goodbyes',
    '(saying|said|say) goodbye to (people|everyone|everybody|my friends|my family|the people i love|them|places|the places i love) (without|secretly|quietly|one by one|in my own way|in secret|in (little|small|quiet|subtle|tiny) ways)',
  ]),
  ...phrases('goodbye', 0.25, ['(i love you|love you) (mom|mum|dad|all|guys|everyone|so much)', '(im|i am|i\'m)? sorry (mom|mum|dad|everyone|everybody|for everything|guys|all) $']),
  ...phrases('goodbye', 0.35, [
    '(thank you|thanks) (all|everyone|guys)? for everything',
    '(sorry|forgive me|im sorry|i\'m sorry) (for everything|to everyone|for being a burden)',
    '(say|said|saying|says) (my|his|her|their)? (final|last)? (goodbye|goodbyes) to (everyone|you all|all of you|yall|this world|everybody)',
  ]),
  ...phrases('goodbye', 0.2, ['(i love you all|love you all|love you guys)', '(goodbye|bye) (everyone|all|guys|yall)', 'goodbye']),
  // The pieces above together, as a goodbye typed line by line is read joined (labelled.probe-leftovers.jsonl):
  // "ok⏎im done⏎bye everyone⏎thanks for everything". Done, a goodbye to everyone and thanks or sorry
  // for everything, in one run; each alone is a game night's or a last shift's ("ok im done with this
  // level⏎bye everyone⏎thanks for everything tonight gg"), and a next meeting after them is a sign-off.
  ...phrases('goodbye', 0.75, [
    '(im|i\'m|i am|so) (so)? done , (bye|goodbye|byebye) (everyone|everybody|all|guys|yall|all of you)? , (thanks|thank you|ty|thx|sorry) (all|everyone|guys|so much)? for everything',
    '(im|i\'m|i am|so) (so)? done , (thanks|thank you|ty|thx|sorry) (all|everyone|guys|so much)? for everything , (bye|goodbye|byebye) (everyone|everybody|all|guys|yall|all of you)?',
  ], { about: 'self' }),
  // Three pieces of a farewell in a row, one of them an apology, a message left for someone or
  // "I'm done" (@farewell_heavy): "Thank you all.⏎I love you.⏎I'm sorry.⏎Goodbye.", "Thank You For
  // Everything⏎Tell My Mum I Love Her⏎Bye". Each piece is whole: "thank you for coming to my
  // leaving do" or "sorry for the spam" ends the run, and a next meeting after it is a sign-off
  // (context.en.ts).
  ...phrases('goodbye', 0.75, [
    '^ @farewell_heavy , @farewell_piece , @farewell_piece (x)? $',
    '^ @farewell_piece , @farewell_heavy , @farewell_piece (x)? $',
    '^ @farewell_piece , @farewell_piece , @farewell_heavy (x)? $',
  ], { about: 'self' }),
  ...phrases('giving_away', 0.8, [
    '(wont|won\'t|will not|dont|won\'t be|wont be|will not be) (need|needing) (them|it|this|these|my things|anything|any of (it|this)) (where (im|i\'m|i am) going|after (tonight|today|tomorrow)|when (im|i am|i\'m) (gone|dead))',
  ]),
  ...phrases('giving_away', 0.75, [
    '(find|found|finding|arranged|arranging|asked|asking|lined up) (someone|somebody|a (home|new home|family|friend)) (to)? (take|look after|adopt|care for|have|for) my (cat|cats|dog|dogs|pets|pet|kids|children|plants|fish|rabbit|hamster|bird) ~3 (if|when|in case|after) (anything|something) (happens|happened|should happen) to me',
  ], { about: 'self' }),
  ...phrases('goodbye', 0.35, [
    '(deleted|deleting|delete|deactivated|deactivating|wiped|wiping) (all)? (of)? my (accounts|social media|profiles|socials)',
    'this is (the|my) last (one|post|message|time)',
    '(if|in case) (anything|something) (happens|happened|should happen) to me',
  ], { note: 'tidying up or travelling; they count with other signs' }),
  ...phrases('giving_away', 0.45, [
    '(gave|given|giving|give|gives) away (all|most|everything|some)? (of)? @poss (things|stuff|belongings|possessions|pets|cat|dog|clothes|games|collection|plants)',
    '(gave|given|giving|give|gives) (all)? (of)? @poss (things|stuff|belongings|possessions|clothes|games|collection|books|guitar|records) away',
    '(wrote|written|made|updated|finished|sorting|sorted|sort|sorting out|sorted out|redone|redid|rewrote|rewritten) my will',
    '(wont|won\'t|will not|dont|won\'t be|wont be) (need|needing) (them|it|this|these|my things|anything) anymore',
  ], { note: 'decluttering is common; these count with other signs' }),
  ...phrases('goodbye', 0.35, ['(it|this) (should|will|would) (all)? be over soon'], { note: 'also said to comfort' }),
  // Affairs settled one by one: each is everyday (a move, a detox, a will after a birth); below the
  // floor a date can lean on, they only add to a goodbye or a decision said beside them.
  ...phrases('giving_away', 0.25, [
    '(decided|deciding|writing down|wrote down|written down|listing|listed|sorting out|sorted out|worked out|working out) who (gets|will get|should get|should have|inherits|can have) (what|my)',
    '(tying|tie|tied) up (all)? (the|my)? loose ends',
    '(everything|it all|all of it|all) (is|s|has been) (arranged|sorted|in order|taken care of|organised|organized) $',
    '(cancelled|canceled|cancelling|canceling|cancel) (all)? (of)? my (gym membership|memberships|membership|phone contract|contracts|subscriptions|subscription|direct debits)',
    '(she|he|they|you) (should|can|could|gets to|will) have my (records|guitar|books|games|collection|clothes|jewellery|jewelry|camera|bike|things|stuff|vinyl|art)',
    '(deleted|deleting|delete|wiped|wiping) (all)? (of)? my (photos|pictures|messages|texts|search history|browser history|diary|journal)',
  ], { about: 'self' }),
  ...phrases('giving_away', 0.6, [
    '(wont|won\'t|will not) (be)? (need|needing) (either|any|both|all|one) of (them|it|these|those) (after|past|beyond) (tonight|today|tomorrow|this week|next week|the weekend|this weekend|this month|friday|saturday|sunday)',
  ], { about: 'self' }),

  // How members tell of their own wish in passing: fighting the urge, wanting nothing else,
  // death as the only comfort, praying not to wake, a plan named as a noun.
  ...phrases('active_ideation', 0.85, [
    // "I'm trying so hard not to kill myself": the "not" is the struggle, not a denial.
    '(trying|try|tryin|struggling|fighting|working) (so|really|very)? (hard)? (not to|to not) (kill @myself|end my life|commit suicide|take my (own)? life)',
    // "not to end it all" stops there: "not to end it all with my ex" is a relationship.
    '(trying|try|tryin|struggling|fighting|working) (so|really|very)? (hard)? (not to|to not) end it all $',
  ]),
  ...phrases('active_ideation', 0.45, [
    '(will|would|am|could) i (just|only|simply)? (be|become|end up|end up as) (another|the next|just another|one more|a) suicide (statistic|stat|number)',
  ], { about: 'self', note: 'also the fear looked back on in a recovery story: counts beside other signs' }),
  ...phrases('passive_ideation', 0.85, [
    // Said and stopped, or pressed: "all I want is to die happy" goes on, "to die of old age" is an idiom.
    '(all|the only thing|the one thing) i (really|ever|honestly)? (want|wish for|need|deserve|crave|long for) (anymore|any more|now|right now|these days)? is (to)? (die|be dead|death|not exist|stop existing|not wake up|never wake up|not be alive|disappear forever) $',
    '(all|the only thing|the one thing) i (really|ever|honestly)? (want|wish for|need|deserve|crave|long for) (anymore|any more|now|right now|these days)? is (to)? (die|be dead|not exist|stop existing|not be alive) (already|now|right now|tonight|so badly|soon|and be (done|gone|forgotten|free)|and (never|not) (wake up|come back))',
  ]),
  ...phrases('passive_ideation', 0.8, [
    '(@poss|the|this|a|an) (strong|growing|constant|deep)? (desire|longing|yearning|craving|urge|urges) (to die|to be dead|for death|to not exist|not to exist|to stop existing|to not be alive)',
  ], { needsSubject: true, note: '"the desire to die is a symptom" names nobody' }),
  ...phrases('passive_ideation', 0.8, [
    '(romanticize|romanticise|romanticizing|romanticising|romanticized|romanticised) (the (thought|idea) of)? my (own)? (suicide|death|dying)',
    'i (romanticize|romanticise) (suicide|death|dying|the idea of (dying|suicide|death))',
    '(pray|praying|prayed|prays) (every night|each night|at night|every day|each day|to god|so hard|constantly)? (to die|that i die) $',
    '(pray|praying|prayed|prays) (every night|each night|at night|every day|each day|to god|so hard|constantly)? (to die|that i die) (every night|each night|most nights|every day|each day|daily|tonight|soon|already)',
    '(pray|praying|prayed|prays) (every night|each night|at night|every day|each day|to god|so hard|constantly)? (that i (dont|don\'t|wont|won\'t|never) wake up|to not wake up|not to wake up|never to wake up)',
    // "my own death": "people online wishing for my death" is abuse received, not a wish.
    '(wish|wishing|wished|long|longing) (for)? my own death',
    '(hate|despise|loathe) (everything|every (second|minute|moment|day)) (about|of) (being alive|existing|my existence) $',
  ]),
  ...phrases('passive_ideation', 0.7, [
    // The writer is named: "my grandad said death is his only comfort" is not this.
    'death (is|seems|feels|sounds|would be|will be) (like)? the (only|one|last)? (comfort|escape|relief|release|refuge) (i have|i have left|ive got|i\'ve got|i know|i can see|left for me|for me)',
    'death (is|seems|feels|sounds|would be|will be) (like)? my (only|one|last)? (comfort|escape|relief|release|refuge)',
    '(death|dying|being dead|not existing) (seems|sounds|feels|looks) (so|really|very|more and more|kind of|kinda|almost|pretty|oddly|strangely)? (calming|calm|peaceful|appealing|comforting|inviting|welcoming|tempting|attractive|like (a relief|peace|freedom|rest|an escape|a way out)) (and (calm|calming|peaceful|comforting|inviting|welcoming))? (to me|for me)',
    '(scared|afraid|terrified|frightened) to (live|be alive) (and|but) (too)? (scared|afraid|terrified|frightened) to die',
  ]),
  ...phrases('passive_ideation', 0.35, [
    '(death|dying|being dead|not existing) (seems|sounds|feels|looks) (so|really|very|more and more|kind of|kinda|almost|pretty|oddly|strangely)? (calming|peaceful|appealing|comforting|inviting|welcoming|tempting|like (a relief|peace|freedom|an escape|a way out)) $',
  ], { note: 'also said of someone else\'s last days: counts beside other signs' }),
  ...phrases('passive_ideation', 0.6, [
    'i (might|may) as well be dead (at this point|anyway|already|honestly|tbh|for all (anyone|anybody|they|people) care)? $',
    'i (just)? (wait|sit and wait|sit around and wait|lie here and wait) (to die|for death)',
    '(suffer|suffering|hurt|hurting|be in pain|go on|keep going|keep living|live like this|stay alive) (like this|anymore|any longer|for years|for nothing)? when i (could|can) (just)? end it (all|now|(within|in) (mere|a few)? (seconds|minutes|a second|a moment))? $',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.8, ['(obsessed|obsessing|fixated|preoccupied) (with|over|about|on) (death|dying) and (suicide|killing myself|dying|death)']),
  ...phrases('passive_ideation', 0.45, ['(obsessed|obsessing|fixated|preoccupied) (with|over|about|on) (death|dying|my (own)? death)'], {
    needsSubject: true,
    note: 'also a taste in films or history: counts beside other signs',
  }),
  ...phrases('passive_ideation', 0.8, [
    'the (only|one) (reason|thing) (i|im|i am|i\'m) (havent|haven\'t|have not|didnt|didn\'t) (yet|already)? (killed myself|ended it|gone through with it|self destructed|committed suicide)',
  ], { about: 'self' }),
  ...phrases('suicidal_state', 0.75, [
    'suicide (by cop)? (is|seems|feels|sounds|looks) (like)? (a|an|the|my) (good|better|great|real|viable|reasonable|attractive|tempting|logical|rational) (option|answer|way out|solution|choice|idea|plan)',
  ], { needsSubject: true }),
  ...phrases('plan', 0.85, ['my (own)? (suicide|suicidal) (plan|plans|method) $', 'my (own)? (suicide|suicidal) (plan|plans|method) (is|was|involves|includes|would be)'], {
    about: 'self',
    note: '"my suicide plan for the zombie apocalypse" goes on to a joke',
  }),
  ...phrases('intent', 0.75, [
    // "I'm going to get drunk and jump off a bridge": a bridge jumped into a river in summer goes on.
    '(im|i\'m|i am|i|ill|i\'ll) @going ~4 and (then)? (just)? (jump|throw myself) (off|from) (a|the) (bridge|building|roof|rooftop|balcony|overpass|parking garage) (or ~4)? $',
  ]),
  ...phrases('burden', 0.75, [
    '(better|easier|happier|simpler) for (everyone|everybody|everyone else|my family|them|all of them|the people around me|the world) if i (just)? (was|were|wasnt|wasn\'t|werent|weren\'t)? (gone|dead|not here|not around|never born|vanished|disappeared|died|didnt exist|didn\'t exist)',
  ]),
  ...phrases('burden', 0.45, [
    'burden (on|to) (those|everyone|everybody|the people|people|all the people) (around me|i love|who love me|in my life|close to me)',
  ], { about: 'self', note: 'often said without "I am": counts beside other signs' }),
  // Chat lines typed at night, and oblique posts: a vanishing nobody would notice, a reply that
  // will not come, a winter one hopes is the last, pills kept rather than taken, loose ends tied.
  ...phrases('burden', 0.6, [
    '@nobody (would|will|d|is going to|is gonna) (even)? (care|notice|miss me|realise|realize|look for me) if i (just)? (vanished|disappeared|was gone|were gone|went missing|stopped existing|wasnt here|wasnt around|wasn\'t here|wasn\'t around|left for good|left forever|logged off for good|logged off forever)',
    '(this|the) world (will|would|d|ll) be (a little|a bit|so much|much)? (lighter|better|brighter|easier|happier|calmer|quieter|a better place) (once|when|after|if) (im|i am|i\'m|i) (not in it|gone|not here|not around|dead|no longer in it|no longer here)',
  ]),
  ...phrases('burden', 0.6, [
    '(sorry|apologies) (for|about) (being|having been) (such|so much of|always)? (a|an)? burden (to|on) (everyone|everybody|you all|all of (you|u|yall|you guys)|yall|you guys|u guys|my family|everyone here|everybody here)',
  ], { about: 'self', note: '"to all of you" names whom the writer burdened, not whose crisis it is' }),
  ...phrases('passive_ideation', 0.55, [
    '(thinking|think|thought) (about|abt|bout|of) (the|that) (bridge|cliff|cliffs|ledge|tracks|train tracks|overpass|rooftop|quarry|viaduct) ~4 (again|tonight|rn|all night)',
    '(keep|kept|keeps|cant stop|can\'t stop|been) (thinking abt|thinking bout) ~3 (@pills|@high_place|@weapon|rope|noose|tracks|train tracks)',
    '(looked|looking|look|stared|staring|stare|peered|peering|leaned|leaning|lean) (over|down from|off) (the|a)? (railing|railings|edge|ledge|side|parapet|barrier) ~4 (a long time|ages|too long|for a while|for ages|longer than i should|wondering|again)',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.6, [
    '(hope|hoping|pray|praying|wish) (this|it) (is|will be|s) (the|my) last (winter|christmas|birthday|year|summer|spring|autumn) i (ever)? (have to|need to|will have to|ll have to|must) (get through|live through|survive|endure|go through|suffer through) $',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.65, [
    '(wont|won\'t|will not|never) (have to)? feel (anything|a thing|any (pain|of this)|like this) (ever again|again|anymore|any more) $',
  ], { about: 'self' }),
  ...phrases('self_harm_urge', 0.6, [
    '(sitting|sat|lying|laying|in bed|in the bathroom) (here|there)? with (a|the|my) (blade|blades|razor blade|razor blades|noose)',
  ], { about: 'self', note: 'a blade in hand at night, no everyday purpose named' }),
  ...phrases('goodbye', 0.8, [
    '(if|when) i (dont|don\'t|do not|never|stop) (reply|respond|answer|post|log on|come online|show up|message|text) (tomorrow|tmrw|tmr|again|by (morning|tomorrow))? (you|u|yall|you all|everyone) (know|will know|ll know|\'ll know) (why|what happened)',
  ], { about: 'self' }),
  ...phrases('goodbye', 0.6, [
    '(this|tonight) (might|may|could|prob|probably|is probably|will probably) be my (last|final) (night|day) (alive|on here|here|online)? $',
  ], { about: 'self' }),
  ...phrases('goodbye', 0.7, [
    '(before|once|after|when) (i|im|i\'m|i am) (go|gone|leave) (for good|forever|permanently)',
    '(dont|don\'t|do not) want (anyone|anybody|people|them|my (family|parents|mum|mom|dad|kids)) (to go|going|to be going|to look|looking) (through|at) my (things|stuff|phone|messages|laptop|belongings|room) (afterwards|after|when im gone|once im gone|after im gone)',
    '(left|leaving|wrote down|written down) (all)? my (passwords|bank details|pin numbers|account details|login details|accounts) ~12 for (my|the) ~2 to find',
    // Stops before "was": the past tense belongs to the fault, not to the message.
    'tell ~3 (im|i am|i\'m) sorry and (that)? (none of (it|this)|it (wasnt|wasn\'t|isnt|isn\'t|is not))',
  ], { about: 'self' }),
  ...phrases('goodbye', 0.7, [
    '(there|there\'ll|therell) (wont|won\'t|will not|isnt going to|is not going to) be (a|another)? (next (month|year|christmas|summer|birthday|semester|term)|another (christmas|birthday|summer|year)) for me',
  ], { about: 'self' }),
  ...phrases('goodbye', 0.45, [
    '(there|there\'ll|therell) (wont|won\'t|will not|isnt going to|is not going to) be (a|another)? (next (month|year|christmas|summer|birthday|semester|term)|another (christmas|birthday|summer|year)) $',
    '(visiting|visited|visit|seeing|going to|went to) (all)? (the|my)? (places|spots|people) i love ~2 (one last time|for the last time|a last time)',
  ], { about: 'self', note: 'also said before moving away: counts beside other signs' }),
  ...phrases('goodbye', 0.5, [
    '(wrote|written|writing|write|drafted|drafting) my (own)? (eulogy|obituary|funeral speech)',
  ], { about: 'self', note: 'also a coaching exercise: counts with a little more' }),
  ...phrases('goodbye', 0.5, [
    '(said|written|wrote|told them) (all|everything)? (what)? i (needed|wanted|had|meant) to (say|tell them) to (everyone|everybody|them|you all|the people i love|my family) $',
  ], { about: 'self' }),
  ...phrases('intent', 0.35, ['(feel|feeling|felt|am|im|i\'m) (so)? (at peace|calm|peaceful|relieved) now $'], { about: 'self' }),
  ...phrases('intent', 0.45, ['(made|making|at) peace with (my|the|this) (decision|choice) $'], { about: 'self', note: 'a decision to do what is not said' }),
  ...phrases('plan', 0.45, [
    '(need|have|going|got) to (pick|choose|set|decide) (the|a) (day|date|time) $',
    '(planning|planned|plan|figuring out|figured out|working out|worked out) how (to|im going to|i\'ll|ill|i will) (do it|end it|go through with it) (for (weeks|months|days|ages))? $',
  ], { about: 'self', note: 'also a party; counts beside other signs' }),
  ...phrases('plan', 0.6, [
    '(planning|planned|plan|figuring out|figured out|working out|worked out) how (to|im going to|i\'ll|ill|i will) (do it|end it|go through with it) for (weeks|months|days|ages|a while)',
  ], { about: 'self' }),
  ...phrases('plan', 0.75, [
    '(stopped|not|stop|quit) taking (my|the) @pills (and|but) (im|i am|i\'m|ive been|i\'ve been|been)? (keeping|saving|hoarding|stashing|collecting|storing) them',
  ], { about: 'self' }),
  ...phrases('plan', 0.45, [
    '(ill|i\'ll|i will) need (all|every one|every single one) of them (soon|tonight|one day) $',
    '(hid|hidden|hiding|hide|stashed|stashing|put) (it|them|the (rope|pills|gun|knife|blades)) ~4 (where|so) (nobody|no one|noone|my (family|parents|wife|husband|partner)) (looks|will look|would look|can find|will find|finds|sees|can see|goes)',
  ], { about: 'self', note: 'with the means beside it, a plan' }),
  ...phrases('method_seeking', 0.7, [
    '(reading|read|googling|googled|looking up|looked up|researching|researched|searching|searched) (about)? how (long|quickly|fast) (it takes|until|till|before) (you|u|someone|a person|one)? (to)? (lose consciousness|pass out|black out|go unconscious|stop breathing|bleed out|drown|freeze to death|suffocate)',
    '(keep|kept|keeps|been) (checking|looking at|looking up|reading) (the)? (train)? (timetable|times|schedule) for (the)? (express|fast|freight|non stop|nonstop)? (train|trains)? (that|which) (doesnt|doesn\'t|does not|dont|don\'t) stop',
  ], { about: 'self' }),
  ...phrases('method_seeking', 0.6, [
    '(whether|if) ~5 (car park|parking garage|multi storey|bridge|building|roof|rooftop|tower|overpass|cliff|cliffs) ~4 (has|have|had) (any)? (barriers|railings|fences|fencing|netting|nets|cameras|cctv) (on|at|along) (the)? (top|roof|top floor|edge|sides)',
    '(cliff|cliffs|headland|bridge|tracks|railway|quarry|roof|rooftop|car park|multi storey) ~3 (fenced off|fenced|patrolled|guarded|netted) (at night|after dark|overnight)',
    '(life insurance|insurance|policy) ~10 (by (my|your|ones|one\'s) own hand|suicide clause)',
  ], { about: 'self' }),

  // Voices the earlier sets lacked: men who understate, the old and the bereaved, teens at school,
  // young people rejected at home, veterans, new parents, chronic pain, and those who write of a
  // friend. Each is one of many ways the thing is said, not one member's line.
  ...phrases('active_ideation', 0.7, [
    // "clocking out permanently", said and stopped; "clocking out permanently at the depot" is retiring.
    '(clock|clocking|clocked|check|checking) out (permanently|for good|for the last time) $',
  ], { about: 'self' }),
  ...phrases('burden', 0.6, [
    '(wont|won\'t|will not|not going to) be (a|any) (problem|burden|worry|bother|trouble|nuisance|weight) (to|on|for) (anyone|anybody|you|them|everyone|everybody|my (family|kids|wife|husband|parents|mum|mom|dad)) (anymore|any more|much longer|for long|ever again|soon)',
    '@nobody (at (school|work|uni|home)|here|in (my|this) (class|house|family|year))? (would|will|d|is going to|is gonna) (even)? (notice|care|miss me) if i (never|didnt|didn\'t|did not) (came|come|went|go|showed|show) (back|home|up again|in again)',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.55, [
    // Out on the water and not turning back: "thought about just not steering back in".
    '(thought|think|thinking|wondered|wondering) (about)? (just)? not (steering|swimming|sailing|rowing|paddling|turning|heading) (the boat)? back (in|to shore|to land|to the shore)? $',
    '(picturing|imagining|imagine|picture|pictured|imagined|dream of|dreaming of|fantasising about|fantasizing about) ~8 (walking|swimming|wading) (out)? into the (sea|water|lake|river|waves|ocean) $',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.65, [
    '(sorry|sad) (that)? i (woke up|keep waking up|am still (alive|here)) (again|every (morning|day))? $',
    '(easier|better|simpler|kinder) to (just)? not be (here|around|alive) (at all|anymore|any more)? $',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.5, [
    '(rather|prefer to) not (see|live to see|live through|be here for|be around for) another (winter|christmas|birthday|year|spring|summer|new year)',
  ], { about: 'self', note: '"see another winter" is said of living to see it' }),
  // The old and the bereaved: ready to go and be with someone gone.
  ...phrases('passive_ideation', 0.6, [
    '(ready|waiting|want|wants|wanting) to go (and|to)? (be with|join) (my|his|her|their)? (late)? (nan|nana|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|wife|husband|mum|mom|dad|mother|father|son|daughter|brother|sister|partner) (again)? $',
  ]),
  ...phrases('passive_ideation', 0.5, ['(im|i am|i\'m) (ready|waiting) to go (and)? (join|be with) (him|her|them) (now)? $'], { about: 'self' }),
  ...phrases('passive_ideation', 0.25, ['(since|after|now that) ~2 (passed|passed away|died)'], { note: 'a death beside a wish to join them' }),
  ...phrases('self_harm', 0.3, [
    '(stopped|stopping|refusing|refuses|refused|quit) (to take|taking) (his|her|my|their) (heart|blood pressure|diabetes|kidney)? (@pills|insulin|meds)',
  ], { note: 'stopping life-saving medicine: only beside other signs' }),
  // Rejected at home: "they'd rather have a dead son", and giving them what they want.
  ...phrases('passive_ideation', 0.3, ['(rather|prefer to) (have|had|see) (a|me)? dead (son|daughter|child|kid)? than'], { about: 'self' }),
  ...phrases('passive_ideation', 0.35, ['(ill|i\'ll|i will|might as well|maybe ill|maybe i\'ll|maybe i will|should just) (just)? give (them|him|her|everyone) what (they|he|she) (want|wants) $'], {
    about: 'self',
    note: 'only beside other signs',
  }),
  // Veterans: a sidearm kept and sat with, the lucky ones who did not come home, finishing the job.
  ...phrases('means_access', 0.75, ['(got|have|has|kept|keep|still got) (my|his|her|a|the)? (service|old)? (weapon|sidearm|service pistol|service rifle|@weapon)'], { about: 'self' }),
  ...phrases('passive_ideation', 0.65, [
    '(sit|sitting|sat|sits) (up)? with (the|my)? (@weapon|service weapon|sidearm|pills|rope|noose|blade|razor) (in my (lap|hands|hand))? ~3 (longer than i should|too long|for hours|at night|some nights|most nights|every night|again)',
    '(@weapon|service weapon|sidearm) ~8 (sit|sitting|sat) with (it|them) ~2 (longer than i should|too long|for hours|at night|some nights|most nights|every night)',
  ], { about: 'self', note: 'dwelling with the means in hand' }),
  ...phrases('passive_ideation', 0.6, [
    '(the ones|the lads|the guys|the men|the boys|those|the ones who died) (who|that) (didnt|didn\'t|did not|never) (make it|come home|come back|survive)? (home|back)? (were|are) the lucky ones',
    'i (should|shouldve|should\'ve) (have)? died (over there|with (them|my|the)|in (that|the) (crash|accident|fire|war|blast|attack)|instead of)',
  ], { about: 'self' }),
  ...phrases('burden', 0.7, [
    '(the|my) (wife|missus|husband|kids|family|children|partner) ~4 (get|have|collect|receive) (the|my) (life)? insurance (money|payout)? (and)? (be|would be|d be) (better off|fine|ok|okay|sorted|looked after|set|provided for)',
  ], { about: 'self', note: 'a death that pays: whose is the writer\'s' }),
  ...phrases('intent', 0.75, [
    '@going (to)? finish (what|the job) (the|that|my|those|this) ~2 (ied|bomb|blast|crash|accident|bullet|overdose|war|fire|cancer|illness|disease) (started|began)',
    // "If the cancer doesn't get me, I'll do it myself."
    'if (this|it|that|the (cancer|illness|disease|flare|next one|tumour|tumor)|this (one|flare)) ~2 (doesnt|doesn\'t|does not|wont|won\'t) (get|kill|take) me , (ill|i\'ll|i will) (do it|finish it|finish the job|end it) (myself)?',
  ], { about: 'self' }),
  ...phrases('plan', 0.45, [
    '(got|have|has|keep|kept|with) (a|one) (round|bullet) (chambered|in the chamber)',
    '(got|has|have) a plan for (his|her|my|their|the) (@weapon|service weapon|sidearm|service pistol|pills|rope)',
  ], { note: 'a carrier says it too: counts beside other signs' }),
  ...phrases('hopelessness', 0.3, ['(tired|sick) of waiting $'], { note: 'only beside other signs' }),
  // Understated: "I'll sort it myself", "I'm going to stop it myself".
  ...phrases('intent', 0.35, [
    '(ill|i\'ll|i will|@going) (sort|deal with|handle|fix) (it|this|that|everything) (myself|on my own) (permanently|for good|once and for all) $',
    '@going (stop|end) (it|this|that|everything) (myself|on my own) $',
    // "he said he'll kill me if I leave, so I think I should just end it myself" (or a relationship ended).
    '(should|might as well|may as well|would rather|could) (just)? (end it|end it all|end everything) (myself|my self) $',
  ], { about: 'self', note: 'a chore too: counts beside other signs' }),
  ...phrases('means_access', 0.75, [
    '(ive got|i\'ve got|i have|got) (my|the)? (mums|mum\'s|moms|mom\'s|dads|dad\'s|nans|nan\'s|grans|gran\'s) (@pills|sleeping pills)',
  ], { about: 'self' }),
  // New parents: someone better for the baby, a letter for when she is older, the baby won't remember.
  ...phrases('burden', 0.45, [
    '(she|he|they|the baby|my (kids|baby|son|daughter|children|family)) (deserves|deserve) (someone|a (mum|mom|mother|dad|father|parent)|better) (who isnt me|who is not me|who isn\'t me|better than me|than me)',
    '(she|he|they|the baby|my (kids|baby|son|daughter|children|family)) (wont|won\'t|will not|would not|wouldnt) (even)? remember me $',
  ], { about: 'self' }),
  ...phrases('goodbye', 0.4, [
    '(written|wrote|writing|recorded|recording|left) (her|him|them|my (kids|baby|son|daughter|children)) (a)? (letter|letters|note|video|message) (for|to read) when (she|he|they|shes|hes|theyre) (is|are|s|re)? (older|grown up|grown|old enough)',
  ], { about: 'self', note: 'parents do this too: counts beside other signs' }),
  // Chronic pain and illness: another year of it, pills put by, stopping it all "and me with it".
  ...phrases('hopelessness', 0.55, [
    '(cant|can\'t|cannot|couldnt) (do|face|take|bear|survive|stand|go through) (another|one more) (year|decade|winter|month|day) of (this|the) (pain|illness|suffering|agony|treatment|chemo) $',
  ], { about: 'self' }),
  ...phrases('plan', 0.45, [
    '(put|putting|set|setting|saved|saving|stashed|kept|keeping) (enough|plenty|all) (of)? (my)? (@pills|oxycodone|oxycontin|morphine|codeine|tramadol|fentanyl|opioids|sleeping tablets) (by|aside|away)',
    '(putting|put|setting|set) (my|the|all my) (@pills|sleeping tablets) (aside|by)',
  ], { about: 'self', note: 'also for a holiday: counts beside other signs' }),
  ...phrases('passive_ideation', 0.55, [
    '(stop|end|ended|stopped|over|gone|go) ~6 and me (along)? with (it|them|that) $',
    '(stop|end|ended|stopped|over|gone|go) ~4 , ~4 and me (along)? with (it|them|that) $',
  ], { about: 'self' }),
  // Concern: a pet handed over "for good", a plan for his pistol, "we'd all be better off if she wasn't here".
  ...phrases('giving_away', 0.75, [
    'gave (me|us) (his|her|their) (dog|cat|pets|pet|guitar|watch|medals|tools|kit|car|bike) ~6 (wont|won\'t|will not) (be)? (need|needing) (it|him|her|them) (anymore|any more|where (hes|he\'s|shes|she\'s|he is|she is|theyre|they\'re) going)',
  ], { about: 'other', note: 'the giver is the one who will not need it' }),
  ...phrases('giving_away', 0.45, ['(giving|gave|give|given) away (all)? (of)? (his|her|their|my) (kit|gear|tools|medals|uniform)'], { note: 'counts beside other signs' }),
  ...phrases('burden', 0.7, [
    '(says|said|saying|keeps saying|tells me|told me) (that)? (we|wed|everyone|everybody|everyoned|they|theyd|the (kids|baby|family)) (d|\'d|would|will)? (all)? be (better off|better|happier|fine) (without (her|him|them)|if (she|he|they) (wasnt|wasn\'t|werent|weren\'t|was not|were not) (here|around|alive))',
  ]),
  // A decision whose object is "it's happening": "made up my mind, it's happening this weekend".
  ...phrases('intent', 0.55, [
    '(made up my mind|ive decided|i\'ve decided|i have decided|decided) , (its|it is|it\'s|it s) (happening|going to happen|gonna happen) (this weekend|tonight|tomorrow|today|soon|this week|on (friday|saturday|sunday|monday))? $',
  ], { about: 'self', note: 'said and stopped; "it\'s happening this weekend, I\'m getting a puppy" goes on' }),
  // A farewell texted at a recent time is not over: "last night he texted me 'sorry for everything'"
  // (the quote opens a new phrase, which " , " crosses).
  ...phrases('goodbye', 0.6, [
    '(last night|this morning|tonight|earlier|an hour ago|yesterday) (she|he|they) (texted|messaged|sent|wrote|said to) (me|us)? , (sorry for everything|thank you for everything|thanks for everything|goodbye|bye forever|love you always)',
  ], { about: 'other', note: 'the one who texted is the one saying goodbye' }),
  // Lives the earlier sets lacked (a probe of the 42nd session: debt and gambling, voices heard,
  // eating, abuse at home, self-harm that escalates, terminal illness, being outed, a farm lost,
  // carers, no papers, code-switching; libs/moderation/data/labelled.probe-lives.jsonl).
  ...phrases('passive_ideation', 0.7, [
    // "The bridge on the way home is looking like the only way out."
    '(bridge|railway|tracks|river|sea|cliff|cliffs|rope|gun|roof|ledge) ~6 (is|are|s|seems|seem|looks|look|looking|feels|feel|feeling) like (the|my)? only (way out|option left|answer|solution|way to make it stop) $',
  ], { about: 'self', note: 'a means named as the way out' }),
  ...phrases('burden', 0.7, [
    '(everyone|everybody|they|people|my (family|kids|children|mum|mom|dad|partner)|the (kids|family)) (would|will|d|\'d)? (all)? be safer if i (was|were|wasnt|wasn\'t|werent|weren\'t)? (gone|dead|not here|not around|never born) $',
    // Others happier: "everyone in the group chat would be happier if I logged off forever" (not "I'd be happier").
    '(everyone|everybody|they|people|my (family|friends)|the group|the group chat|you all|yall) ~4 (better|happier|better off|easier|safer) if i (just)? (logged off|signed off|logged out|went offline) (forever|for good|permanently) $',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.65, [
    // "I hope my heart just stops in my sleep".
    '(hope|hoping|wish|pray|praying) (that)? my heart (just)? (stops|gives out|gives up|packs in|will stop|would stop) (in my sleep|tonight|soon|one night)? $',
    // Illness let in: "I want it to take me"; "I don't want to wait for the cancer to finish the job".
    '(want|wanting|hope|hoping|praying|pray|wish) (for)? (it|the (illness|cancer|disease|tumour|tumor|infection)) to (just)? (take|finish|kill) me $',
    '(dont|don\'t|do not|cant|can\'t|cannot|not going to|wont|won\'t) (want to)? wait (for|around for) (the|my|this)? (cancer|illness|disease|tumour|tumor|dementia|heart) to (finish|take|get) (the job|me|it over with)',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.35, [
    // Starving: "if my body gives up that's fine, it's what I want" (a runner says the first half too).
    '(if|when) (my)? (body|heart) (just)? (gives|give|packs|pack|stops|stop|fails|fail|quits) (up|in|out)? , (thats|that\'s|that is|its|it\'s) (fine|ok|okay|good|for the best)',
    '(its|it\'s|thats|that\'s) what i want (at this point|now|anyway)? $',
  ], { about: 'self', note: 'only beside another sign' }),
  ...phrases('self_harm', 0.45, [
    // Self-harm that escalates: "cutting isn't enough anymore" (a budget is cut too), "I went deeper".
    '(cutting|cuts|burning|hurting myself|self harm|self harming|sh) (isnt|isn\'t|is not|arent|aren\'t|are not|doesnt|doesn\'t|does not) enough (anymore|any more)? $',
    '(went|cut|going|go) (deeper|too deep) (last night|tonight|this time|than before)',
  ], { about: 'self', note: 'only beside another sign' }),
  ...phrases('plan', 0.55, [
    // Medicine kept back: "I've been saving up my morphine", "I've got enough tablets put by".
    '(saving|saved|hoarding|hoarded|stockpiling|stockpiled|stashing|stashed) (up)? (all)? (of)? my (@pills|morphine|oxycodone|codeine|tramadol|fentanyl|insulin|painkillers|sleeping tablets|meds|medication|tablets)',
    '(got|have|ive got|i\'ve got|i have) (enough|plenty of) (@pills|morphine|oxycodone|codeine|tramadol|fentanyl|insulin|painkillers|sleeping tablets|meds|medication|tablets) (to do it|to do the job|to finish it|to end it)',
  ], { about: 'self' }),
  ...phrases('intent', 0.35, [
    '(ill|i\'ll|i will|@going) (just)? take (the lot|them all|all of them|the whole (lot|box|bottle|packet|pack)) $',
    '(stopped|stopping|quit|quitting) (taking)? (my|all my) (meds|medication|tablets|pills|insulin|treatment|dialysis) on purpose',
  ], { about: 'self', note: 'only beside other signs' }),
  ...phrases('intent', 0.75, [
    // "I've decided I'm not going to wake up tomorrow"; "enough gear to make sure I don't wake up".
    '(decided|made up my mind|made my mind up|promised myself) ~3 (im|i\'m|i am|i will|ill|i\'ll) (not going to|not gonna|never going to|going to|gonna)? (not|never)? wake up (again|ever again) $',
    '(enough|sufficient) (of)? (my)? (@pills|gear|morphine|insulin|tablets|meds|painkillers|sleeping tablets|heroin|smack|fentanyl) ~2 to (make sure|ensure) (that)? i (dont|don\'t|do not|never|wont|won\'t) wake (up)? (again|this time)? $',
    // A carer's: "driving us both into the river" (the sat nav says "drive the car into the river" of a ford).
    '(driving|drive|steering|steer) (us|us both|both of us|us all) into (the|a)? (river|sea|lake|canal|quarry|reservoir|harbour)',
  ], { about: 'self' }),
  ...phrases('intent', 0.45, [
    // "I've decided I'm not going to wake up tomorrow" (a lie-in on Saturday reads the same).
    '(decided|made up my mind|made my mind up|promised myself) ~3 (im|i\'m|i am|i will|ill|i\'ll) (not going to|not gonna|never going to) wake up (tomorrow|in the morning|tomorrow morning) $',
  ], { about: 'self', note: 'only beside another sign' }),
  ...phrases('passive_ideation', 0.65, [
    // Understanding a relative's suicide from the inside: "my brother killed himself and I finally understand why".
    '(killed (himself|herself|themselves)|took (his|her|their) own life|hanged (himself|herself|themselves)|shot (himself|herself|themselves)) ~8 (and)? (i|now i) (finally|now|really|totally)? (understand|get|see) why $',
  ], { about: 'self' }),
  ...phrases('plan', 0.35, [
    // Scouting a height: each only beside the other, or another sign.
    '(found|looked up|looking up|scouted|scouting|worked out) (the|a)? (tallest|highest) (building|bridge|car park|multi storey|multistorey|tower|cliff)',
    '(roof|rooftop) (door|doors|access) (is|was|s|has been|had been)? (unlocked|open|left open|left unlocked|not locked)',
  ], { about: 'self', note: 'only beside another sign' }),
  // Warning signs told sideways (the 42nd session's second probe, labelled.probe-signs.jsonl):
  // blades hidden, a knot tied and sat with, phone and wallet left behind, a date set, loose ends,
  // letters written to each of the kids.
  ...phrases('self_harm', 0.7, [
    '(hid|hide|hiding|hidden) (the|my)? (blades|blade|razors|razor|sharps) (in|under|inside|behind) ~4 (so)? (mum|mom|dad|my parents|nobody|no one|noone) (wont|won\'t|cant|can\'t|will not|cannot|doesnt|doesn\'t|dont|don\'t) (find|see|know)',
  ], { about: 'self', note: 'self-harm kept hidden' }),
  ...phrases('plan', 0.35, [
    '(wrote down|written down|writing down|left|leaving) (all)? (my)? (passwords|pins|logins|bank details) (and)? (left|leaving|leave)? (them)? (for|with) (my)? (brother|sister|mum|mom|dad|wife|husband|partner|son|daughter|family|friend)',
  ], { about: 'self', note: 'only beside another sign' }),
  ...phrases('passive_ideation', 0.35, [
    // A knot tied and sat with: the means made ready, dwelt on.
    '(tied|tying|tie|made|making) (a|the) (knot|loop) in (the|a|my) (rope|cord|belt|cable)',
    '(just)? (sitting|sat|sit) with it (now|tonight)? $',
    // "I've set a date" (decided), with "I won't have to worry about next year".
    '(ive|i\'ve|i have) (set|picked|chosen) a date $',
    '(wont|won\'t|will not) (have to)? (worry about|face|see|deal with|get through) (next year|another year|the future|another christmas|christmas|another birthday) $',
  ], { about: 'self', note: 'only beside another sign' }),
  ...phrases('goodbye', 0.45, [
    '(hell|he\'ll|shell|she\'ll|theyll|they\'ll|he will|she will|they will) know what to do (after|afterwards) $',
  ], { about: 'self', note: 'only beside another sign' }),
  ...phrases('goodbye', 0.4, [
    '(wrote|written|writing|write) (each of)? (the|my)? (kids|children|family|girls|boys) (a)? (letter|letters|note|notes) (each)? $',
  ], { about: 'self', note: 'only beside another sign' }),
  ...phrases('goodbye', 0.25, ['(tidying|tying|tidied|tied) up (all)? (my)? loose ends'], { about: 'self', note: 'only beside another sign' }),
  ...phrases('goodbye', 0.6, [
    '(if|when) (im|i\'m|i am) (not|no longer) (online|here|around|on here) (tomorrow|tonight|again)? , (please)? (tell|let) ~3 (know)? (that)? (im|i\'m|i am) sorry $',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.6, [
    // At an edge a little longer each night; gone soon, said of oneself (no one else named before
    // it: "Mum won't be around much longer" is grief): "won't be around to water them much longer".
    '(stand|standing|stood) on (the|my)? @high_place ~4 (lean|leaning) (a bit|a little)? (further|farther) $',
    '^ (i|ill|i\'ll)? (wont|won\'t|will not) be (around|here) ~4 (much longer|for much longer|for long) $',
    // Faith's words for dying, said of oneself: "going home to Him tonight".
    '^ (im|i\'m|i am)? going home to (him|god|jesus|the lord|my maker) (tonight|today|soon|now) $',
  ], { about: 'self' }),
  // "I'm ready to meet God" is said calmly too, and at an altar call: only beside another sign.
  ...phrases('passive_ideation', 0.35, ['(im|i\'m|i am) ready to meet (god|jesus|my maker|the lord|allah)'], { about: 'self', note: 'only beside another sign' }),
  ...phrases('plan', 0.55, [
    '(left|leaving) (my)? (phone|wallet) and (my)? (wallet|phone|keys) on the (kitchen)? table (and)? (walked|went|headed|walking) (down|out)? to (the)? (cliffs|cliff|bridge|river|sea|tracks|railway|quarry) $',
  ], { about: 'self', note: 'the phone left behind' }),
  ...phrases('hopelessness', 0.45, [
    '@nobody (would|will|d) (even)? (notice|care) if i (just)? (stopped replying|stopped posting|stopped showing up|stopped talking|stopped answering) $',
  ], { about: 'self' }),
  ...phrases('intent', 0.35, ['(test|try|do) (that|it) for good (this time)? $'], { about: 'self', note: 'only beside another sign' }),
  // Concern: goodbyes with no trip, a loving message and a phone switched off.
  ...phrases('goodbye', 0.6, [
    '(saying|said|been saying) goodbye to (everyone|everybody|people|us all|all of us|the family) (like|as if)? (hes|he\'s|shes|she\'s|theyre|they\'re|he is|she is|they are) (going away|leaving|not coming back) , but (he|she|they) (hasnt|hasn\'t|has not|isnt|isn\'t|is not|havent|haven\'t|have not|arent|aren\'t|are not|doesnt|doesn\'t|dont|don\'t)',
    '(sent|texted|messaged) me ~6 how much (she|he|they) (loved|loves|love) me ~4 (turned|switched) (her|his|their) phone off',
  ], { about: 'other' }),
  // Said plainly and missed (found while checking whose words the 42nd session's fixes read):
  // "I don't see any reason to keep living", "I'd rather die", "he died and I want to join him",
  // "I'm done with life", "I can't see a way out", "easier if I wasn't born".
  ...phrases('passive_ideation', 0.75, [
    '(dont|don\'t|do not|cant|can\'t|cannot|no longer) (see|find|have|think of) (any|a|a single|one|much) (reason|reasons|point) (to|in|for)? (live|living|keep living|be alive|stay alive|continue living|being alive) (anymore|any more|at this point)? $',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.45, ['^ (i)? (just)? (want|wanna|need) out $'], { about: 'self', note: 'of a job too: only beside another sign' }),
  ...phrases('passive_ideation', 0.55, [
    '(want|wanna|need) (it all|my life|everything) (to be)? over $',
    'hate (my life|living|being alive) ~3 (want|wanna|need) it (to be)? over $',
    '(im|i am|i\'m) (so)? done with (life|living|existing|this life|my life) (at this point)? $',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.65, ['(feel|feeling|felt) like (disappearing|vanishing) (forever|for good|permanently) $'], { about: 'self' }),
  ...phrases('passive_ideation', 0.7, [
    '(better|happier|easier|simpler|better off) (for everyone|for everybody)? if i (wasnt|wasn\'t|werent|weren\'t|was never|were never|had never been|hadnt been|hadn\'t been) born $',
  ], { about: 'self' }),
  ...phrases('burden', 0.7, ['(better|happier|easier|better off) (for everyone|for everybody)? if (im|i\'m|i am) (dead|gone|not here|not around) $'], { about: 'self' }),
  ...phrases('hopelessness', 0.45, ['(i have|i\'ve got|ive got|i got) nothing left $'], { about: 'self', note: 'of money too: only beside another sign' }),
  ...phrases('hopelessness', 0.55, [
    '(theres|there\'s|there is) no point (in|to) anything (anymore|any more) $',
    '(cant|can\'t|cannot|dont|don\'t) see (a|any) way out $',
  ], { about: 'self' }),
  // "Prom with him? I'd rather die": said and stopped, it answers a question as often as not.
  ...phrases('passive_ideation', 0.45, ['(id|i\'d|i would) (honestly|just|really|genuinely|tbh)? (rather|sooner) (die|be dead) (tbh|honestly|tbf|at this point)? $'], { about: 'self', note: 'only beside another sign' }),
  ...phrases('passive_ideation', 0.6, [
    '(@relative|dog|cat|pet|grandad|granddad|nan|nana|gran|granny|he|she) (died|passed away|passed on|killed (himself|herself)|took (his|her) own life) ~5 (and)? (i|now i) (just|really)? (want|wanna|need|wish i could|long) to (join|go with) (him|her|them) (again|soon|now)? $',
  ], { about: 'self' }),

  // A probe of crisis in English as members write it (labelled.probe-english.jsonl), each line
  // beside its everyday twins in probe-english.spec.ts: 65 of 144 crisis texts read at first.
  // Danger now, told plainly: cutting that will not stop bleeding, the edge of a bridge, a rope up
  // and a chair, the pills swallowed "like 30", on a roof and going to jump.
  ...phrases('attempt_now', 0.85, [
    '(i|ive|i\'ve|just)? (cut|sliced|slashed) (myself|my (arm|arms|wrist|wrists|thigh|thighs|leg|legs|stomach))? (way)? (too|really|so|very)? deep ~6 (wont|won\'t|will not|cant|can\'t|cannot|doesnt|doesn\'t|isnt|isn\'t) (stop|stopping) (the)? (bleeding)?',
    '(im|i am|i\'m|currently)? (sitting|sat) on the (very)? edge of (the|a|this|my) (bridge|roof|building|car park|parking garage)',
    '(rope|ropes|noose|belt|cord) (is|s)? (up|hung|tied|tied up|set up|ready) ~4 (im|i am|i\'m|i) (standing|stood|stand|sitting|on) (on)? (the|a|my) (chair|stool|bucket|ladder|step) (now|rn|right now)? $',
    '(cut|cuts|gone|went) (too|way too|so|really) deep ~6 (wont|won\'t|will not|cant|can\'t|doesnt|doesn\'t) (stop|stopping) (bleeding)?',
    '(cut|cuts|gone|went) (too|way too|so|really) deep , (and)? (it|the bleeding|the blood)? (wont|won\'t|will not|cant|can\'t|doesnt|doesn\'t) (stop|stopping) (bleeding)?',
    '(the)? (bleeding|blood) (wont|won\'t|will not|doesnt|doesn\'t) stop ~6 (cut|cuts|cutting|cut myself) (too|way too|so|really)? deep',
    '(swallowed|downed|taken|took|ate|had) (like|about|around|over|nearly|almost|more than) (#num|@many) (of)? (my|the|his|her)? (mums|moms|dads|nans|sisters|brothers|grans|grandmas|partners|husbands|wifes)? (sleeping)? @pills',
  ], { about: 'self', minNumber: 10 }),
  // Sleeping pills and benzodiazepines are one or two a night: five or more swallowed at once is an
  // overdose (labelled.probe-leftovers.jsonl: "I just swallowed about 8 of my sleeping pills"). Not
  // painkillers, diazepam or the like, taken several at a time as prescribed; "2 sleeping pills a
  // night" is a dose (context.en.ts), a dog that got into them is the vet's, and "had 6 left" is a count.
  ...phrases('attempt_now', 0.85, [
    '(swallowed|downed|taken|took|ate|necked|popped) (like|about|around|over|nearly|almost|more than|maybe)? (#num|five|six|seven|eight|nine|@many) (of)? (my|the|his|her)? (mums|moms|dads|nans|sisters|brothers|grans|grandmas|partners|husbands|wifes)? (sleeping pills|sleeping tablets|sleepers|sleep aids|zopiclone|zolpidem|ambien|temazepam|xanax|xans|lorazepam|ativan|clonazepam|klonopin|benzos)',
  ], { minNumber: 5 }),
  ...phrases('attempt_now', 0.45, [
    '(im|i am|i\'m) (up)? (on|at) (the)? (top of)? (the|my|a)? (roof|rooftop) (of (the|my|a) (building|flat|block|flats|house|work|school|car park))?',
  ], { about: 'self', note: 'on a roof is a gutter fixed as often: only beside another sign' }),
  ...phrases('means_access', 0.75, [
    '(i have|ive got|i\'ve got|got|have|carrying) (a|the)? (whole|full|entire)? (box|bottle|pack|packet|strip|stash|bag) (of)? ~2 (@pills|tramadol|codeine|oxycodone|morphine|insulin|paracetamol|painkillers) ~3 (in my (bag|pocket|room|drawer|hand|car)|with me|on me|right here)',
    '(all)? (my|the)? @pills (lined up|laid out|counted out|set out|spread out) (on|in front of|next to|beside) (the|my) (desk|bed|table|floor|counter|bedside table|nightstand) $',
  ], { about: 'self' }),
  ...phrases('plan', 0.45, [
    '(all)? (my|the)? @pills (lined up|laid out|counted out|set out|spread out) (on|in front of|next to|beside) (the|my) (desk|bed|table|floor|counter|bedside table|nightstand) $',
  ], { about: 'self', note: 'only beside another sign' }),
  ...phrases('intent', 0.45, ['(tonights|tonight\'s|todays|today\'s) (gonna be)? the (night|day|one) $'], { about: 'self', note: 'as "tonight is the night": only beside another sign' }),
  ...phrases('plan', 0.55, [
    '(which|what) (floor|level|storey|story|part|side|spot|bit) (of (the|a))? ~3 (has|have|there is|theres|there\'s|with) no (fence|railing|railings|netting|net|guard rail|guardrail|rail)',
  ], { about: 'self' }),
  ...phrases('plan', 0.35, ['^ (everythings|everything\'s|everything is|its|it\'s|it is|all) (all)? (sorted|arranged|in order|taken care of|ready) $'], { about: 'self', note: 'only beside another sign' }),
  // Self-harm told without "cut myself": clean time lost, a blade there, a name carved.
  ...phrases('self_harm', 0.75, [
    '(clean|free) (from|of) (cutting|sh|self harm|selfharm|burning|hurting myself|the blade|blades) ~4 (and|but) (i)? (just)? (did it|cut|relapsed|slipped|broke it|broke my streak|went back to it) (again)?',
    '(i|ive|i\'ve|i have) (carved|carve|etched|etch|scratched|cut) ~5 into my (arm|arms|thigh|thighs|leg|legs|skin|wrist|wrists|stomach|hip|hips|chest)',
  ], { about: 'self' }),
  ...phrases('self_harm', 0.45, [
    '(the|a|my) (blade|blades|razor|razors|sharpener) (was|were) (just)? (there|right there|in my hand|next to me) ~3 (and)? (i)? (couldnt|couldn\'t|could not|didnt|didn\'t) (stop|stop myself|resist)',
  ], { about: 'self', note: 'only beside another sign' }),
  ...phrases('self_harm_urge', 0.4, ['^ (relapsed|i relapsed|ive relapsed|i\'ve relapsed) (again|today|tonight|last night)? $'], { about: 'self', note: 'of drink or sugar too: only beside another sign' }),
  // A wish to be gone, told sideways: a bus that would not be minded, a step forward pictured.
  ...phrases('passive_ideation', 0.65, [
    'if i (got|get|was|were) (hit|run over|knocked down) by a (bus|car|truck|train|lorry) ~4 (i)? (honestly|really|genuinely|just)? (wouldnt|wouldn\'t|would not|dont|don\'t|do not) (mind|care)',
    '(on|at) (the|a) (train|tube|subway|metro)? (platform|tracks|bridge|ledge|balcony|edge) ~4 (picture|imagine|imagining|picturing|think about|thinking about) (myself)? (just)? (stepping|jumping|falling|leaning|walking) (forward|off|over|out|in front)',
  ], { about: 'self' }),
  ...phrases('burden', 0.7, [
    '(would|d) (have)? (an|a)? (easier|better|happier|simpler) (time|life|lives)? if i (just)? (wasnt|wasn\'t|werent|weren\'t) (in the picture|around|here|alive|in their lives|in it) (anymore)? $',
  ], { about: 'self' }),
  ...phrases('burden', 0.55, ['(theyd|they\'d|they would|everyone would|shed|she\'d|hed|he\'d|my family would|they could) (breathe|sleep|live|rest) (easier|easy|better) without me $'], { about: 'self' }),
  ...phrases('burden', 0.3, ['(just)? a (weight|burden|millstone|anchor) (around|round|on) (my|our)? ~2 (neck|necks)'], { about: 'self', note: 'a mortgage too: only beside another sign' }),
  // Goodbyes said lightly: "if I don't reply tomorrow, just know I love you guys".
  ...phrases('goodbye', 0.6, [
    '(if|when) i (dont|don\'t|do not|never|cant|can\'t|wont|won\'t) (reply|answer|respond|post|text back|come back|log on|message|wake up) (tomorrow|tmrw|tmr|again|anymore|after (tonight|today))? ~2 (just)? (know|remember) (that)? i (love|loved|luv) (u|you|yall|you all|everyone|you guys|u guys|y\'all|all of you)',
    '(if|when) (im|i\'m|i am) (not|no longer) (here|around|online|on here|alive) (tomorrow|tmrw|tmr|anymore|after (tonight|today))? ~2 (just)? (know|remember) (that)? i (love|loved|luv) (u|you|yall|you all|everyone|you guys|u guys|y\'all|all of you)',
  ], { about: 'self' }),
  ...phrases('goodbye', 0.45, [
    '(written|wrote|writing|left) (letters|a letter|notes|a note) (for|to) (my)? @relative (and (my)? @relative)?',
  ], { about: 'self', note: 'for a birthday too: only beside another sign' }),
  ...phrases('plan', 0.35, [
    '(theyre|they\'re|they are|its|it\'s|it is|left them|put them|left it|put it) (in|on|under) (the|my) (top|bottom|bedside|kitchen)? (drawer|desk|pillow|bed|table|dresser)',
  ], { about: 'self', note: 'only beside another sign' }),
  // Someone else's overdose, and trying again "until it works" (the probe's worried sister; whose
  // it is is read from the words before, so "my sister overdosed" is concern for her).
  ...phrases('attempt', 0.75, ['(overdosed|od\'d|oded|took an overdose|had an overdose) (again|last night|yesterday|this morning|today|tonight|on purpose)'], {
    note: 'the act itself; "overdosed on coffee" is figurative (context.en.ts)',
  }),
  ...phrases('intent', 0.6, ['(keep|keeps|going to keep|gonna keep|will keep|ll keep) (on)? trying (until|till|til|untill) (she dies|he dies|they die|i die|im dead|she is dead|he is dead)']),
  ...phrases('intent', 0.35, ['(keep|keeps|going to keep|gonna keep|will keep|ll keep) (on)? trying (until|till|til|untill) (it works|it finally works|she succeeds|he succeeds) $'], {
    note: 'of a sourdough starter too: only beside another sign',
  }),
  // Chat spellings: "suiside", "wnat to die", "sewer slide thoughts", "having si again", "💀 myself".
  ...phrases('active_ideation', 0.9, [
    '@want to? @adv? (commit)? (suiside|suicde|suicied|sucidie)',
    '@want to? @adv? (skull|grave|coffin) @reflexive',
  ]),
  ...phrases('suicidal_state', 0.85, [
    '(the|my)? (suicidal|suicide|sewerslide|sewer slide|si|ctb|kms) (thoughts|urges|ideation|feelings) (are|r|is|have been|been|getting|got) (so|really|extra|super|very)? (loud|bad|back|strong|worse|intense|heavy|louder|constant|winning)',
    '(having|had|getting|been having|dealing with|struggling with|bad|strong|intense|constant|passive|active) (si|sewerslide thoughts|sewer slide thoughts) (again|today|tonight|lately|rn|right now|thoughts|urges)?',
    '(sewerslide|sewer slide) (thoughts|urges|ideation|feelings)',
  ]),
  // The 50th session's probe of members' own phrasing (labelled.probe-members.jsonl), each beside
  // its everyday twin: "sewer slide is looking real good rn"; a date picked "to end it"; a handful of
  // whatever the cabinet held; a hosepipe to the exhaust; the multi-storey jumped off; how many of
  // one's own tablets it takes to die; heart tablets stopped "so it happens sooner"; a life ended
  // "on my own terms before the dementia takes me"; a pet left "I won't be coming back"; "next time I
  // won't step back"; blades found by a parent; the platform stepped off as the train comes in.
  ...phrases('active_ideation', 0.85, [
    '(sewerslide|sewer slide|kms|ctb|unaliving) (is|s|r)? (looks|looking|sounds|sounding|seems|seeming|getting) (real|really|so|pretty|kinda|very|more and more)? (good|nice|tempting|appealing|inviting|attractive|like the (answer|only option))',
    '(sewerslide|sewer slide|unaliving) (is|s) (real|really|so|pretty|kinda|very)? (tempting|appealing|inviting)',
  ]),
  ...phrases('plan', 0.9, [
    // "I've picked a date to end it, the 14th": "a date to end it with him" goes on, and "a day to
    // go" or "a date to do it" are as often a trip or a wedding.
    // At the sentence's start, with the writer or none named: "we set a time to end it, the meeting
    // was dragging" is a meeting's.
    '^ (i|ive|i\'ve|i have|i just|just|finally|ive finally|i\'ve finally|i finally)? (picked|set|chosen|chose|choose|fixed|got) a (date|day|time) to (end it|end it all|die|kill @myself|end my life|end things) $',
    // A hose run from a car's exhaust into the car: a hose on an exhaust alone is a repair, a
    // bathroom fan or a dryer vent (the writer in the car with it is an attempt, below).
    '(hose|hosepipe|hose pipe|tube|pipe) ~4 (from|to|on|onto|off) the (exhaust|exhaust pipe|tailpipe) ~2 (into|in|through) the (car|window|car window|back window|front window|drivers window|driver\'s window)',
  ], { about: 'self' }),
  // The hose on the exhaust with the writer in the car: an attempt under way.
  ...phrases('attempt_now', 0.85, [
    '(hose|hosepipe|hose pipe) (is)? (taped|attached|connected|fixed|on|in) (to)? the (exhaust|exhaust pipe|tailpipe) (and|,) (im|i\'m|i am) (in|sat in|sitting in|inside) the car',
  ], { about: 'self' }),
  // "a hosepipe in the footwell, just haven't connected it to the exhaust yet": not yet is still the plan.
  ...phrases('plan', 0.7, [
    '(havent|haven\'t|have not|not) (yet)? (connected|attached|taped|fitted|hooked|put) (it|the hose|the hosepipe|the pipe|the tube) (up)? (to|on|onto) the (exhaust|exhaust pipe|tailpipe) yet',
  ], { about: 'self' }),
  ...phrases('attempt_now', 0.85, [
    `(took|taken|swallowed|downed|necked|had) (a handful of|handfuls of|all of|the lot of|everything|whatever) ~4 (in|from|out of) ${MEDICINE_PLACE} $`,
    `(took|taken|swallowed|downed|necked|had) (a handful of|handfuls of|all of|the lot of|everything|whatever) ~4 (in|from|out of) ${MEDICINE_PLACE} (and|now) (i|im|i'm|i've|ive) (feel|feeling|am|cant|can't|been)`,
  ], { about: 'self', note: 'taken "to the pharmacy for disposal" goes on' }),
  ...phrases('intent', 0.85, [
    // The car park's roof or its top, not a wall of it ("jump off the car park wall, it's only a metre").
    '(im|i\'m|i am|ill|i\'ll|i will|im gonna|i\'m gonna|gonna|im going to|i\'m going to|i am going to) (just)? (jumping|jump) (off|from) (the|a) (multi storey|multistorey|multi storey car park|car park|carpark|parking garage|top of the car park|top floor of the car park) (roof|rooftop|top floor)? (tonight|tomorrow|today|now|rn|tn)? $',
    // An illness met on one's own terms, "before the dementia takes me": "before it gets that far"
    // alone ends a relationship as often, so the illness must be named.
    '(end|ending) (it|things|my life) on my (own)? terms before (the|this|my) (illness|disease|cancer|dementia|tumour|tumor|mnd|als|parkinsons|huntingtons) (gets|takes|goes|comes)',
    // Stopped on purpose "so it happens sooner": "stopped my pill on purpose, we want a baby" goes on.
    // Tablets, not "the pill": "stopped taking the pill so it happens quicker, we want a baby".
    '(stopped|stopping|quit|quitting|not taking|stopped taking|given up) ~4 (pills|tablets|meds|medication|medications|medicine|insulin|antidepressants|prescription|prescriptions|heart pills|inhaler) ~3 (on purpose)? (so|hoping|in the hope) (it|the end|i|that it) (happens|comes|go|die|goes|will happen|will come|ends) (sooner|quicker|faster|soon)',
  ], { about: 'self' }),
  // "I tried in March with pills and I'm going to try again": a past attempt named by its means.
  ...phrases('intent', 0.85, [
    '(tried|try) (in|last|back in|at) ~2 (with|using|by taking) (the|my|some|her|his)? @pills ~4 (going to|gonna|will|ll|want to|wanna|plan to|planning to|need to) try (it)? again',
  ], { about: 'self' }),
  // "kms tonight": the act and its hour, said plainly, is intent ("kms tonight lol this essay" is
  // discounted as any joke with a cause).
  ...phrases('intent', 0.95, ['^ (kms|ctb|unalive|unalive myself|sewer slide|sewerslide) (tonight|tn|tonite|2nite|right now|rn) (fr|frfr|for real|tbh|ngl|istg|i swear)? $'], {
    about: 'self',
    note: 'above "kms" alone (0.9), so the intent is the reading kept over the same words; at the start, as "the kms tonight" are kilometres, and ending its clause ("kms tonight with the running club" goes on)',
  }),
  ...phrases('intent', 0.45, ['^ next time (i|ill|i\'ll) (wont|won\'t|will not|am not going to|im not going to|not) (step|stepping|pull|pulling) back $'], {
    about: 'self',
    note: 'the sentence is all of it ("next time I won\'t step back when he pushes in" goes on), and only beside another sign: a fight says it too',
  }),
  ...phrases('method_seeking', 0.85, [
    '(can|could|would|will|do) (you|u|i|someone|a person|people) (die|overdose|od) (from|of|if (you|u|i) (take|took|swallow|swallowed)) (taking|swallowing)? (#num|@many) (of)? (my|your|ur|these|those|the)? @pills',
  ], { about: 'self', minNumber: 10, note: 'ten or more: "can you die from taking 2 ibuprofen" is a worry; "you" is anyone, the asker first' }),
  ...phrases('goodbye', 0.8, [
    '(look after|take care of|feed|walk) (her|him|them|the (dog|cat|dogs|cats|kids)|my (dog|cat|dogs|cats|kids|babies)) for me , (i|ill|i\'ll|im|i\'m) (wont|won\'t|will not|not) (be)? coming back (anymore|any more|ever|again)? $',
    // Here or back only with "anymore" or "again": "feed the cat for me, I won't be here" is a trip.
    '(look after|take care of|feed|walk) (her|him|them|the (dog|cat|dogs|cats|kids)|my (dog|cat|dogs|cats|kids|babies)) for me , (i|ill|i\'ll|im|i\'m) (wont|won\'t|will not|not) (be)? (here|around|back) (anymore|any more|ever|again|ever again|much longer) $',
  ], { about: 'self', note: '"I won\'t be back till Sunday" goes on' }),
  ...phrases('self_harm', 0.7, [
    // Blades found "again" by a parent; "found my blades for the craft knife" and razors taken
    // (shaving) go on, as does a blade taken out of a sharpener to mend it.
    '(mum|mom|dad|my (parents|mum|mom|dad|sister|brother|teacher|partner|boyfriend|girlfriend|wife|husband)|parents|they|she|he|someone) (found|find|finds|took|take|takes|confiscated|have taken|has taken) (away)? my (razor blades|sharpener blades) (again|$)',
    // The sharpener's blade used instead of what was taken, or tonight, ending its clause: "using
    // the pencil sharpener blade now for my art project" goes on.
    '(use|using|used) the (pencil)? sharpener (blade|blades) (instead|tonight|again) $',
    '(use|using|used) the (pencil)? sharpener (blade|blades) on (myself|my (arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach))',
  ], { about: 'self' }),
  // The pills out "with the whisky": a dosette box filled at the table goes on.
  ...phrases('plan', 0.45, [
    '(all|all the|all my|the|my) @pills (out|laid out) ~4 with the (whisky|whiskey|vodka|wine|gin|rum|booze|drink|bottle|alcohol)',
  ], { about: 'self', note: 'only beside another sign ("tonight", drinking again): a glass of wine with the evening pills says it too' }),
  ...phrases('plan', 0.7, [
    '(all|all the|all my|the|my) @pills (lined up|counted out) ~4 with the (whisky|whiskey|vodka|wine|gin|rum|booze|drink|bottle|alcohol)',
  ], { about: 'self' }),
  ...phrases('active_ideation', 0.85, [
    '(better off|easier|simpler|better|happier) if i (just)? (step|stepped|jump|jumped|fell|fall) (off|from) the (platform|platform edge|edge) (when|as|just as|once) ~3 (comes|pulls|arrives|comes in|pulls in|goes through|came in|pulled in)',
  ], { about: 'self' }),
];
