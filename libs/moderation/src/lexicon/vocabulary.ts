/**
 * Shared word lists, used in lexicon patterns as `@name`. Keeping them here means adding a new
 * spelling ("unalive", "sewerslide") once makes every phrase that uses the list pick it up.
 */
export const VOCABULARY: Readonly<Record<string, string>> = {
  // Reflexive pronouns for every person: who is meant is read from the word that matched.
  reflexive:
    '(myself|my self|meself|mself|myslef|yourself|your self|urself|ur self|yourselves|himself|herself|themselves|themself|ourselves)',
  myself: '(myself|my self|meself|mself|myslef)',
  yourself: '(yourself|your self|urself|ur self|yourselves|yourslef)',
  poss: '(my|your|ur|his|her|their|our)',
  // Words that soften or stress without changing the meaning.
  adv: '(really|just|honestly|kinda|kind of|so|literally|actually|seriously|truly|sometimes|still|often|always|constantly|genuinely|fucking|fuckin|lowkey|low key|legit|simply|almost|finally|even|badly|desperately|secretly|quietly|probably|definitely|totally)',
  // Acts of suicide, infinitive: "want to ___" ("in front of the 8:15": a train named by its time;
  // "lie down on the level crossing").
  act: '(kill @reflexive|end @poss own? life|end @poss own? lives|end it all|end things|end everything|(drive|crash|steer) (my car|the car|myself)? ~3 (off (the|a) (road|bridge|cliff)|into (a|the)? (wall|tree|truck|river|lake|traffic|oncoming traffic))|jump ~3 (off|from) (a|the|this|that|my)? @high_place|take @poss own? life|commit suicide|suicide|kms|kys|unalive @reflexive|unalive|off @reflexive|hang @reflexive|shoot @reflexive|overdose|od|slit @poss (wrists|wrist|throat)|jump off (a|the|this|that) (bridge|building|roof|cliff|ledge|balcony|overpass|tower|parking garage)|jump in front of (a|the) (train|bus|car|truck|#num #num)|(throw|fling) @myself (in front of|under) (a|the) (train|bus|car|truck|lorry|#num #num)|(throw|fling) @myself (off|from) (a|the|this|that)? ~2 @high_place|lie down on (the)? (tracks|train tracks|railway tracks|railway line|level crossing|railway crossing)|step (out)? in front of (a|the) (train|bus|car|truck|lorry|#num #num)|swerve (my car|the car)? into (oncoming traffic|traffic|a wall|a tree|a truck|a lorry|the barrier|a bridge)|walk into (traffic|the sea|the river)|drown @reflexive|self delete|delete @reflexive|sewerslide|sewer slide|commit sewerslide|rope|neck @reflexive|ctb|yeet @reflexive off|gas @reflexive|poison @reflexive|starve @reflexive to death|bleed out|take (all|every|every single|each|every one of|a bunch of|#num|the whole bottle of|a bottle of|a handful of|all of|all the|loads of|a lot of|a ton of|way too many|too many) (of)? @poss? (moms|mums|dads|parents)? @pills|overdose on @poss? @pills|take them all|swallow them all|take it all|take all of them)',
  // Acts of suicide, gerund: "thinking about ___".
  acting:
    '(killing @reflexive|ending @poss own? life|ending it all|ending it|ending things|ending everything|taking @poss own? life|suicide|committing suicide|unaliving @reflexive|unaliving|offing @reflexive|hanging @reflexive|shooting @reflexive|overdosing|slitting @poss (wrists|wrist|throat)|jumping off (a|the|this|that) (bridge|building|roof|cliff|ledge|balcony)|jumping in front of (a|the) (train|bus|car|truck)|stepping (out)? in front of (a|the) (train|bus|car|truck|lorry|#num #num)|stepping (out)? in front of one $|walking into (traffic|the sea|the river)|jumping|sewer slide|driving (my car|the car)? (into|off) ~2 (traffic|oncoming traffic|a wall|a tree|the road|a bridge|a cliff|a truck)|crashing my car|drowning @reflexive|sewerslide|self deleting|roping|ctb|dying|dieing|not existing|not being alive|not waking up|disappearing forever)',
  // What "the courage to ___" is about when it is the act: "do it too", "go through with it".
  courage_object:
    '(just)? (do it|go through with it|follow through|end it|end it all|end my life|pull the trigger|jump|kill @myself|take my own life|die|let go|(pick up|use|load|grab|take|swallow|touch) (the|a|my|those|these|all the|all my)? (gun|pills|rope|knife|blade|razor|trigger|bottle)) (too|already|yet|for real|this time)?',
  // Nobody, as people type it in a hurry.
  nobody: '(no one|nobody|noone|nobdy|nobodi|no1|no 1)',
  // Being dead, infinitive ("dei" as a phone types it in a hurry: "i wnat to dei").
  dead: '(die|dei|be dead|not exist|stop existing|not be alive|not be here anymore|cease to exist|disappear forever|go to sleep forever|sleep forever|never wake up|not wake up)',
  // Wanting.
  want: '(want|wants|wanted|wanna|wana|wnat|wnt|watn|wish|wishes|wished|would like|need|needs|long|longing|yearn)',
  // Going to do something.
  // "I'll" is one word as typed ("ill", "i'll"): "I'll jump off the bridge" says what "I will" does.
  going: '(going to|goin to|gonna|gunna|gon|about to|ready to|prepared to|decided to|deciding to|plan to|planning to|plan on|planning on|will|ll|ill|i\'ll|shall|intend to|am going to|im going to)',
  // A count of ten or more said in words: "took twenty pills" is "took 20 pills", where "#num"
  // reads digits only (a minNumber of ten lets every one of these count in full). "Hundreds of" and
  // "dozens of" are no count: "I've taken hundreds of pills over the years".
  many: '(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety) (one|two|three|four|five|six|seven|eight|nine)?|(a|one|two|a couple|a few|several) hundred|a dozen|two dozen|a couple dozen)',
  pills:
    '(pills|pill|tablets|tablet|meds|medication|medications|sleeping pills|painkillers|pain killers|tylenol|paracetamol|acetaminophen|ibuprofen|aspirin|insulin|antidepressants|benzos|opioids|oxy|xanax|sleeping tablets|prescription|prescriptions|capsules|adderall|ritalin|vyvanse|concerta|zopiclone|diazepam|valium|lorazepam|codeine|tramadol|sertraline|prozac|fluoxetine|citalopram|lithium|quetiapine|seroquel|amitriptyline)',
  // The pieces of a farewell, each said on a line of its own ("Thank you all.⏎I love you.⏎I'm
  // sorry.⏎Goodbye."), as the classifier reads a text's lines as pieces of one sentence. Thanks, love
  // and goodbye end a leaving do or a last shift as well; an apology for everything, a message left
  // for someone ("tell my mum I love her") or "I'm done" among them makes a run of them a goodbye.
  // "Sorry mum" is not one: "Sorry mum⏎Love you⏎Bye x" is a text after a row as often.
  farewell_light:
    '((thank you|thanks|thank u|thx|ty) (all|everyone|everybody|guys|yall)? (so much)? (for everything)? (guys|all|everyone|yall)?|(and)? (i)? (love|luv) (you|u|ya) (all|guys|both)? (so much|always|forever|lots)?|(goodbye|bye|byebye|bye bye|farewell) (everyone|everybody|all|guys|yall|world|forever)?|(so|really)? sorry (everyone|everybody|guys|all)?)',
  // A bare "sorry" ("Sorry guys.⏎Thanks.⏎Bye!") ends a chat as often as a life: only "I'm sorry" or
  // an apology for everything is weighty.
  farewell_heavy:
    '((so|really)? sorry (for everything|for all of it|for all this)|(im|i\'m|i am) (so|really)? sorry (for everything|for all of it|for all this|everyone|everybody|guys|all)?|(please)? (forgive me|tell (my)? (mum|mom|mam|dad|family|kids|sister|brother|wife|husband|partner|boyfriend|girlfriend|bf|gf|nan|gran|everyone|them|her|him) (that)? (i love (her|him|them|you|u)|i loved (her|him|them)|(im|i\'m|i am) sorry))|(im|i\'m|i am) (so)? done)',
  farewell_piece: '(@farewell_heavy|@farewell_light)',
  high_place: '(bridge|building|roof|rooftop|ledge|cliff|balcony|overpass|parking garage|tower|window|edge)',
  weapon: '(gun|pistol|rifle|shotgun|firearm|revolver|handgun)',
  relative:
    '(friend|bestfriend|best friend|bff|bf|gf|mate|mates|buddy|pal|boyfriend|girlfriend|brother|sister|bro|sis|mom|mum|mother|mommy|dad|father|daddy|parent|parents|son|daughter|kid|child|husband|wife|partner|fiance|fiancee|cousin|roommate|flatmate|classmate|coworker|colleague|uncle|aunt|grandma|grandpa|grandmother|grandfather|teen|teenager|niece|nephew|stepdad|stepmom|stepson|stepdaughter|ex|student|neighbour|neighbor)',
  // Who may hurt someone at home: partners and exes, parents and the adults who stand in for them.
  // Not brothers, sisters or friends: "my brother punched me" is as often play as harm.
  household:
    '(he|she|he\'ll|she\'ll|he\'d|she\'d|he\'s|she\'s|husband|husbnad|hubsand|hubby|wife|boyfriend|boyfreind|bofriend|girlfreind|girlfriend|bf|gf|partner|fiance|fiancee|ex|ex husband|ex wife|ex boyfriend|ex girlfriend|ex partner|dad|father|daddy|mom|mum|mother|mommy|stepdad|stepmom|stepmum|stepfather|stepmother|step dad|step mom|step mum|parents|uncle|aunt|grandpa|grandad|granddad|carer|foster dad|foster mom|foster mum|mums boyfriend|moms boyfriend)',
  // The same people named, without "he" or "she": where a pronoun could as well be a boss, a teacher or a toddler.
  household_named:
    '(husband|husbnad|hubsand|hubby|wife|boyfriend|boyfreind|bofriend|girlfreind|girlfriend|bf|gf|partner|fiance|fiancee|ex|ex husband|ex wife|ex boyfriend|ex girlfriend|ex partner|dad|father|daddy|mom|mum|mother|mommy|stepdad|stepmom|stepmum|stepfather|stepmother|step dad|step mom|step mum|parents|uncle|aunt|grandpa|grandad|granddad|carer|foster dad|foster mom|foster mum|mums boyfriend|moms boyfriend)',
  // Groups protected from hate speech.
  group:
    '(jews|jew|muslims|muslim|blacks|black people|gays|gay people|gay men|lesbians|homosexuals|trans people|transgender people|trannies|immigrants|migrants|refugees|mexicans|arabs|asians|chinese|africans|indians|pakistanis|hindus|christians|sikhs|women|females|disabled people|autistic people|jewish people|gypsies|roma|latinos|hispanics|foreigners|queers|bisexuals|transgenders|mentally ill people)',
  drug:
    '(xanax|xans|xannies|bars|percs|percocet|percocets|oxy|oxys|oxycodone|oxycontin|fent|fentanyl|adderall|addy|addies|molly|mdma|ecstasy|coke|cocaine|meth|crystal|heroin|weed|kush|carts|thc|shrooms|lsd|acid|tabs|ketamine|ket|valium|tramadol|codeine|lean|benzos|m30s|m30|30s|dmt|vyvanse|ritalin|opioids|opiates|pills|tabs|blues)',
  // Insults that only harass when aimed at someone.
  insult_noun:
    '(idiot|idiots|moron|morons|loser|losers|retard|retards|retarded|bitch|bitches|cunt|cunts|asshole|assholes|dickhead|dick|twat|wanker|prick|clown|freak|freaks|piece of shit|piece of trash|piece of garbage|waste of space|waste of oxygen|pig|cow|slut|whore|skank|scum|scumbag|trash|garbage|fool|imbecile|dumbass|jackass|douche|douchebag|incel|fatass|fatty|creep|weirdo|psycho|degenerate|parasite|subhuman|vermin|sicko|dipshit|shithead|bastard|simp|snowflake|crybaby|attention whore|attention seeker|coward|pussy)',
  insult_adj:
    '(stupid|dumb|pathetic|worthless|useless|ugly|fat|disgusting|fucking|fuckin|absolute|complete|total|utter|braindead|brain dead|little|sad|miserable|filthy|dirty|lazy|annoying|pitiful|gross|ignorant|idiotic|retarded|autistic|brainless|spineless|insane|sick|nasty)',
};
