import { phrases, type LexiconEntry } from './lexicon-entry';

// Shared pieces of the threats and control below (patterns are strings: these are spliced in).
/** A partner or an ex, never a parent: "tracks my location" is a strict mum as often as a controlling man. */
const PARTNER = '(husband|husbnad|hubsand|hubby|wife|boyfriend|boyfreind|bofriend|girlfreind|girlfriend|bf|gf|partner|fiance|fiancee|ex|ex husband|ex wife|ex boyfriend|ex girlfriend|ex partner)';
/** Someone who speaks a threat: "he'll", "she would", "threatened to". */
const THEY_WILL = '(hel|shel|hed|shed|he will|she will|he would|she would|theyll|they will|they would|hes going to|shes going to|hes gonna|shes gonna|he was going to|she was going to|threatened to|threatens to|threatening to|keeps threatening to|wants to)';
/** What makes a threat one at home: leaving, telling, the police (not "if I eat the last biscuit"). */
const IF_I_LEAVE_OR_TELL = '(if|when|unless|the day|the minute|the moment) i (ever)? ((leave|left|try to leave|tried to leave|walk out on|break up with) (him|her|them)? ($|and|but|so|or|again)|(leave|left|try to leave|tried to leave|walk out on|break up with) (him|her|them)|(tell|told|talk to|speak to) (anyone|anybody|someone|somebody|the police|the cops|a teacher|social services|mum|mom|dad|my (mum|mom|dad|family|teacher|friends|sister|brother))|(call|called|phone|ring|go to|went to|report (him|her|it) to) (the police|the cops|911|999|social services)|report (him|her|it)|say anything|speak up|take the kids)';
/** A row at home as the moment a weapon is shown: "whenever we argue", "if I ever leave". */
const WHEN_WE_ARGUE = '(when|whenever|every time|everytime|each time|if|after) (we|i) (ever)? (argue|argued|fight|fought|row|rowed|disagree|disagreed|talk back|answer back|say no|said no|upset (him|her)|annoy (him|her)|make (him|her) (angry|mad)|(leave|left|try to leave|tried to leave) (him|her|them)? $|(leave|left|try to leave|tried to leave) (him|her|them)|tell anyone|told anyone|call the police|get angry|stand up to (him|her)|threaten to leave|threatened to leave)';
/** A child punished: "when I get things wrong", "as punishment". */
const AS_PUNISHMENT = '((when|if|whenever|every time|everytime) i (get (things|something|anything|it) wrong|do (something|anything) wrong|mess up|make a mistake|misbehave|am bad|m bad|am naughty|talk back|answer back|break something|cry|wet the bed|forget (something|things)?|dont finish|get a bad (grade|mark|report))|as (a)? punishment|to punish me|for punishment)';

/**
 * English words of danger from someone else: a partner, an ex or a parent who hits, chokes or
 * threatens the writer. Not the writer's own wish to die, but a person who may need help now all
 * the same, and whom the crisis lines and a moderator should reach: read as `danger_from_other`,
 * never as harm (a threat told is the writer's danger, not the writer's threat).
 *
 * Whose danger is worked out as for every crisis phrase: "he hits me" is the writer's, "her
 * husband hits her" after "my sister" is worry for the sister (concern_for_other).
 *
 * Everyday twins are many: "my mum will kill me when she sees my grades", "my dad beats me at
 * chess", "my ex hit me up", "that film choked me up". So a threat counts in full only with what
 * makes it one at home (if I leave him, if I tell anyone, next time), a blow only from someone at
 * home (`@household`), and fear or control only beside another sign unless said plainly.
 */
export const DANGER_EN: readonly LexiconEntry[] = [
  // Threats with what makes them real: leaving, telling, "next time".
  ...phrases('threatened', 0.9, [
    '(if|when) (i)? (ever)? (leave|left|try to leave|tried to leave) (him|her|them)? ,? (hel|shel|he will|she will|he would|she would|hed|shed|hes going to|shes going to|hes gonna|shes gonna|theyll|they will) (actually|really)? (kill|murder) (me|us) ($|and|but|so|because)',
    '@household ~6 (kill|murder|end|finish) (me|us) (and (the|my|our) (kids|children|baby|son|daughter|mum|mom|dog|cat))? (tonight|today|tomorrow|this time)? (if|when|the day) (i)? (ever)? (leave|left|try to leave|tried to leave|ever leave) ((him|her|them) ($|and|but|so|because)|$|and (i|im|he|she|hes|shes) (believe|believed|know|knew|think|really|means|meant|mean|is|was|will|has|did|does)|but|because)',
    // "if I tell anyone" said and stopped (or "what he did"): not "if I tell anyone she snores".
    '@household ~6 (kill|hurt|murder|finish) (me|us) (and (the|my|our) (kids|children|baby|son|daughter|mum|mom|dog|cat))? (tonight|today|tomorrow|this time)? (if|when) (i)? (ever)? (tell|told) (anyone|anybody|someone|somebody) (what (he|she|they) (did|does|did to me|does to me|is doing)|about (him|her|this|it|us))? $',
    '@household ~6 (kill|hurt|murder|finish) (me|us) (and (the|my|our) (kids|children|baby|son|daughter|mum|mom|dog|cat))? (tonight|today|tomorrow|this time)? (if|when) (i)? (ever)? (tell|told) (the police|the cops|a teacher|the school|social services|my teacher)',
    '@household ~6 (kill|hurt|murder|finish) (me|us) (and (the|my|our) (kids|children|baby|son|daughter|mum|mom|dog|cat))? (tonight|today|tomorrow|this time)? (if|when) (i)? (ever)? (call|called|go to|went to|report|reported|contact) (the police|the cops|911|999|social services)',
    '@household ~6 (kill|hurt|murder|finish) (me|us) (and (the|my|our) (kids|children|baby|son|daughter|mum|mom|dog|cat))? (tonight|today|tomorrow|this time)? (if|when) (i)? (ever)? (speak up|talk to anyone|open my mouth) $',
    // The condition first: "if I go to the police he'll finish me off".
    '(if|when) (i)? (ever)? (go to|went to|call|called|tell|told|report|reported) (the police|the cops|911|999|social services) ~6 (hel|shel|he will|she will|he would|she would|hed|shed|hes going to|shes going to|hes gonna|shes gonna|theyll|they will) (actually|really)? (kill|murder|hurt|finish|end) (me|us)',
    '(if|when) (i)? (ever)? (tell|told) (anyone|anybody|someone|somebody) ,? (hel|shel|he will|she will|he would|she would|hed|shed|theyll|they will) (actually|really)? (kill|murder|hurt|finish) (me|us) $',
    // A threat against someone the writer loves, to keep the writer quiet: the writer's danger too.
    '@household ~6 (kill|hurt|murder) (her|him|them|my (mum|mom|mother|dad|brother|sister|baby|dog|cat)|the (kids|children|baby|dog)) (if|when) i (ever)? (tell|told|say anything|speak up|call the police|go to the police|leave|left|try to leave) (anyone|anybody|someone|him|her)? $',
    '(hel|shel|he will|she will) make sure (i|we) (never|cant|can\'t|cannot|dont|don\'t) (leave|get away|escape) (him|her|them)? (again)? $',
    // Leaving said first, the threat after it: "I can't leave him, he said he'll kill me if I do"
    // (not "can't leave them on read, she'll kill me if I do").
    '(cant|can\'t|cannot|couldnt|could not|afraid to|scared to|too scared to|dont dare|daren\'t|try to|tried to|want to|wanna) (leave|leaving) (him|her|them) (,|because|cause|cos|coz|as|since) (hel|shel|he will|she will|he would|she would|hed|shed|he said|she said|he says|she says|he swore|she swore|he told me|she told me) ~3 (kill|murder) (me|us) (if|when) i (do|did|try|tried|ever do|ever try) $',
    // Coming to the writer to hurt them: "he keeps saying he'll come to my house and hurt me".
    '(keeps saying|kept saying|keep saying|says|said|told me|threatens|threatened|keeps threatening|texted|texts|messaged|messages|swore) (that)? (hel|shel|he will|she will|he would|she would|hed|shed|hes going to|shes going to|hes gonna|shes gonna|theyll|they will) (come to|come round to|come over to|come to (my|me at my)|turn up at|show up at|find me at|find me) (my)? (house|home|flat|apartment|place|work|school|door|room) (and|to) (hurt|kill|beat|attack|rape|stab|shoot) me ($|and|but|so|because|tonight|again|when i)',
    '(hes|shes|he is|she is|theyre|they are) coming (to|round to|over to|back to) (my)? (house|home|flat|apartment|place|work|school|door|room) (and|to) (hurt|kill|beat|attack|rape|stab|shoot) me ($|and|but|so|because|tonight|again|when i)',
    '(he|she|they) (knows|knew|found out|knows exactly) where i (live|work|sleep|am staying|am hiding|moved to) ,? (and)? (hes|shes|he is|she is|hel|shel|he will|she will|he says|she says|he said|she said) ~3 (going to|gonna|will|coming to|come and|come round and)? (hurt|kill|beat|attack) me ($|and|but|so|because|tonight|again|when i)',
    '(gun|knife|@weapon) ~10 (use|used|turn|turned|pull|pulled) (it|them) on me',
    // "He said next time he'll kill me": a warning told, not "next time she'll kill me" of a late tea.
    '(said|says|told me|warned me|warned|swore|swears|threatened|screamed|yelled|shouted) (that)? next time (hel|shel|he will|she will|hes going to|shes going to|he is going to|she is going to|hes gonna|shes gonna|he ll|she ll|theyll|they will) (actually|really)? (kill|murder) me $',
    '(threatened|threatens|threatening|keeps threatening|has threatened) me with (a|his|her|the)? (knife|knives|@weapon|a blade)',
    '@household ~2 (held|holds|pulled|pulls|put|puts|pointed|points|holding) (a|his|her|the) (knife|@weapon|blade) (to|at|on|against) (me|my (throat|head|neck|chest))',
    '@household_named ~2 (tried|tries|trying|try) to (kill|strangle|choke|drown|suffocate|smother|stab|run me over|push me off) (me)?',
    '(he|she|they) (tried|tries|try) to (kill|strangle|choke|drown|suffocate|smother|stab) me',
    '(held|holds|pressed|pushed) (a|the) pillow (over|on|onto) my face',
    // A partner's threat to kill, said plainly and left standing (no "if I eat his fries" after it),
    // or said often: the strongest warning there is of a partner who kills.
    '(husband|hubby|wife|boyfriend|girlfriend|bf|gf|partner|fiance|fiancee|ex|ex husband|ex wife|ex boyfriend|ex girlfriend|ex partner) (has)? (threatened|threatens|keeps threatening|keep threatening|is threatening|has been threatening|threatening) to (kill|murder|stab|shoot|strangle) (me|us) (every day|everyday|every night|all the time|constantly|daily|again|again and again|more than once|so many times)? $',
    '@household (has)? (threatened|threatens|keeps threatening|keep threatening|threatening) to (kill|murder|stab|shoot|strangle|hurt|beat) (me|us) (every day|everyday|every night|all the time|constantly|daily|again and again|more than once|so many times) $',
    // A threat to kill with its hour, from someone at home: "my husband said he would kill me tonight"
    // (a time named is a plan, not "my mum will kill me when she sees my grades").
    '@household (said|says|told me|texted|texts|swore|swears|keeps saying|screamed|yelled|shouted|warned me) (that)? (hel|shel|he will|she will|he would|she would|hed|shed|hes going to|shes going to|hes gonna|shes gonna) (actually|really)? (kill|murder) (me|us) (tonight|today) $',
    // A threat beside the writer's fear of it: "he threatened to kill me and I'm so scared".
    '@household (has)? (threatened|threatens|keeps threatening|threatening|said|says|swore|told me) (that)? (to|hel|shel|he will|she will|he would|she would|hed|shed) (kill|murder|stab|shoot|hurt) (me|us) ,? (and|so)? (i am|im|i m) (so|really|very|absolutely|fucking)? (scared|terrified|afraid|frightened)',
    // Killing the writer and then themself: "he said he'd kill me if I left and then kill himself".
    '@household ~6 (kill|murder) (me|us) ~6 (and|then) (then)? (kill|shoot|hang)? (himself|herself|themselves|themself)',
    '(threatens|threatened|threatening|says|said|swore|keeps saying) (that)? (to|hel|shel|he will|she will|he would|she would|hed|shed) (kill|shoot) (himself|herself) and (me|us|the kids|the children|the baby)',
    // Pictures held over the writer (sextortion), by anyone: a danger in itself, and one that drives young people to despair.
    '(threatening|threatened|threatens|threaten|keeps threatening|says (hel|shel|he will|she will|they will|theyll)|said (hed|shed|he would|she would|they would)) (to)? (leak|post|share|send|spread|release|expose|show) my (nudes|noods|nude pics|nude photos|naked pics|naked photos|pics|photos|pictures|videos|intimate (pics|photos|pictures|videos)|sex tape)',
    '(is going|going|gonna) (to)? (leak|post|share|send|spread|release|expose|show) my (nudes|noods|nude pics|nude photos|naked pics|naked photos|intimate (pics|photos|pictures|videos)|sex tape)',
    '(hel|shel|he will|she will|theyll|they will) (leak|post|share|send|spread|release) (my|the) (nudes|noods|pics|photos|pictures|videos) (unless|if i (dont|don\'t|do not))',
    // Grave harm promised for something the writer does: "he'll break my legs if I spend anything".
    // ("she'll hurt me if I leave her" is as often a heart: "hurt" counts only as a threat named.)
    '(hel|shel|he will|she will|he would|she would|hed|shed|hes going to|shes going to|hes gonna|shes gonna|threatened to|threatens to|keeps threatening to|is going to|s going to) (break my (legs|arms|neck|jaw|face|bones)|put me in (the)? hospital|beat the (shit|crap|hell|life) out of me|cut me|burn me|make me disappear|smash my face in|stab me|shoot me) ~4 (if|when|unless|next time|the next time)',
    '(threatened|threatens|keeps threatening|has threatened) to (hurt|beat|hit) me (if|when|unless|next time|the next time)',
    '(if|when|unless) i (ever)? (try|tried|leave|left|tell|told|say|said|spend|talk|go|went|call|called|dont|don\'t|do not) ~8 (hel|shel|he will|she will|he would|she would|hed|shed) (break my (legs|arms|neck|jaw|face|bones)|put me in (the)? hospital|beat the (shit|crap|hell|life) out of me|stab me|shoot me|kick me out and beat)',
    // Someone the writer loves, or a pet, held hostage to what the writer does.
    '@household ~6 (kill|hurt|drown|poison|get rid of) (my|the|our) (cat|cats|dog|dogs|kids|children|baby|pets|pet|puppy|kitten|son|daughter) (if|unless|when) i (ever)? (leave|left|go out|go|went|see|saw|talk|tell|told|call|dont|don\'t|do not|try|tried|spend|say|refuse)',
    '(said|says|told me|threatened|threatens|swore) ~8 (never see (them|my kids|the kids|my children|the baby|my son|my daughter) alive again)',
    // The children held over leaving: "if I leave he'll make sure I never see my kids again".
    '(if|when) i (ever)? (leave|left|try to leave|tried to leave) (him|her|them)? ,? (hel|shel|he will|she will|he would|she would|hed|shed|hes going to|shes going to) (make sure|see to it) (that)? i (never|dont|don\'t|wont|won\'t) (see|get to see|get) (my|the|our) (kids|children|son|daughter|baby|boys|girls) (again)? $',
    '(hel|shel|he will|she will|he would|she would|hed|shed|hes going to|shes going to) (make sure|see to it) (that)? i (never|dont|don\'t|wont|won\'t) (see|get to see|get) (my|the|our) (kids|children|son|daughter|baby|boys|girls) (again)? (if|when) i (ever)? (leave|left|try to leave|tried to leave|tell (anyone|anybody|someone|the police)) $',
    '(says|said|told me|threatens|threatened|keeps saying|swore) (that)? (if|when) i (ever)? (leave|left|try to leave|tried to leave) (him|her|them)? ,? (ill|i will|i would|id) never see (my|the|our) (kids|children|son|daughter|baby|boys|girls) again $',
    // Someone with no tie named, threatening the writer to stay silent: "my roommate threatened to stab me if I call the cops".
    '(threatened|threatens|threatening|keeps threatening) to (kill|stab|shoot|strangle|hurt|beat) (me|us) (if|when|unless) i (ever)? (call|tell|go to|report|leave|move out|speak)',
    // Leaving, and being found: "if I try to leave he'll find me".
    '(if|when) i (ever)? (try to leave|leave|left|run|run away|go to the police|move out) ,? (hel|shel|he will|she will|he would|she would|hed|shed) (find|hunt|track|come after) (me|us) ($|and)',
    // A threat in a message, with leaving or telling as its condition: "he texted me: if you leave I will kill you".
    '(texted|texts|messaged|said|says|wrote|screamed|yelled|told me|sent me) ~3 , (if|when) (you|u) (ever)? (leave|left|tell|go|try|call) ~4 (ill|i will|im going to|im gonna|i am going to) (kill|murder|hurt|find) (you|u)',
    // A threat taken at its word, with nothing after "kill me" to make it hyperbole: "he said he'd kill
    // me and I believe him", not "she said she'd kill me if I dyed my hair and I believe her".
    '(said|says|told me|swore|swears|keeps saying|texted|texts|messaged|screamed|yelled|shouted) (that)? (hel|shel|he will|she will|he would|she would|hed|shed|hes going to|shes going to|hes gonna|shes gonna|he was going to|she was going to|he was gonna|she was gonna) (actually|really)? (kill|murder) me (and|,|but)? (i|i really|i actually) (believe|believed) (him|her) $',
    '(said|says|told me|swore|swears|keeps saying|texted|texts|messaged|screamed|yelled|shouted) (that)? (hel|shel|he will|she will|he would|she would|hed|shed|hes going to|shes going to|hes gonna|shes gonna|he was going to|she was going to|he was gonna|she was gonna) (actually|really)? (kill|murder) me (and|,|but)? (i know|i think|im sure|i am sure)? (he|she) (means|meant) it $',
  ], { about: 'self' }),
  // A threat said, with nothing yet to tell it from "my sister threatened to kill me if I wore her
  // dress": only beside another sign (fear, a blow, "again").
  ...phrases('threatened', 0.45, [
    '@household (has)? (threatened|threatens|threatening|keeps threatening|keep threatening|threaten) to (kill|murder|stab|shoot|strangle|choke|hurt|beat) (me|us)',
    '@household (said|says|told me|keeps saying|swore|screams|screamed|screaming|yells|yelled|yelling|shouts|shouted|shouting|is screaming|s screaming|is yelling|s yelling|texted|texts|keeps texting|texting|messaged) (me)? (at me)? (that|saying)? (hel|shel|he will|she will|he would|she would|hed|shed|theyll|they would|is going to|s going to|hes going to|shes going to|hes gonna|shes gonna|he was going to|she was going to|he was gonna|she was gonna) (actually|really)? (kill|murder|shoot|stab) me',
    '(screaming|yelling|shouting|screams|yells|shouts|screamed|yelled|shouted) (at me)? (that)? (hel|shel|he will|she will|hes going to|shes going to|hes gonna|shes gonna) (actually|really)? (kill|murder) me',
    'next time (hel|shel|he will|she will|hes going to|shes going to|hes gonna|shes gonna) (actually|really)? (kill|murder) me $',
  ], { about: 'self' }),
  // A threat quoted as it was said, to "you": from a partner or an ex, words of stalking and death;
  // from anyone, "I'll kill you" told of needs another sign ("my mum said 'I'll kill you if you're late'").
  // The ex as the one who says it: not the writer's own "I texted my ex: ...".
  ...phrases('threatened', 0.8, [
    '(ex|ex husband|ex boyfriend|ex girlfriend|ex wife|ex partner) (keeps|kept|keep|has been|is)? (texting|texted|texts|messaging|messaged|sent me|left me|leaves me|wrote|writes|said|says|told me|screamed|yelled|calls|called) ~4 , (i know where you live|watch your back|youre dead|you are dead|ill kill you|i will kill you|im going to kill you|im gonna kill you|i am going to kill you)',
  ], { about: 'self' }),
  ...phrases('threatened', 0.45, [
    '(texted|texts|texting|messaged|voicemail|voice message|said|says|screamed|screaming|yelled|yelling|shouted|wrote) ~3 , (ill|i will|im going to|im gonna|i am going to) (fucking)? (kill|murder|hurt|find) you',
  ], { about: 'self' }),
  // The same told in the writer's words, in a text: "my ex keeps texting me that I should watch my
  // back", "texted me that he knows where I live" (said to the writer's face, as often a custody
  // hearing's "watch your back" or a returned jumper's "she knows where I work": weaker, below).
  ...phrases('threatened', 0.8, [
    '(ex|ex husband|ex boyfriend|ex girlfriend|ex wife|ex partner) (keeps|kept|keep|has been|is)? (texting|texted|texts|messaging|messaged|writing|wrote|writes|leaving voicemails|left a voicemail) (me)? (that|saying) ~8 i (should|better|had better|d better|need to|ought to) watch my back',
    '(ex|ex husband|ex boyfriend|ex girlfriend|ex wife|ex partner) (keeps|kept|keep|has been|is)? (texting|texted|texts|messaging|messaged|writing|wrote|writes|leaving voicemails|left a voicemail) (me)? ~10 (that|saying)? (he|she) (knows|found out|has found out|knows exactly) where i (live|am|am living|am staying|work|moved to|sleep)',
    '(ex|ex husband|ex boyfriend|ex girlfriend|ex wife|ex partner) (keeps|kept|keep|has been|is)? (saying|said|says|telling|told) (me)? (that)? (he|she) (knows|found out|has found out|knows exactly) where i (live|am|am living|am staying|work|moved to|sleep) (and|,|so) (im|i am|i m) (so|really|very|absolutely|fucking)? (scared|terrified|afraid|frightened)',
    '(ex|ex husband|ex boyfriend|ex girlfriend|ex wife|ex partner) (keeps|kept|keep|has been|is)? (texting|texted|texts|messaging|messaged|writing|wrote|writes|saying|said|says|telling|told|calling|called) (me)? (that|saying) (im|i am|i m) (dead|going to die|a dead (woman|man)) ($|when|if|once|the (moment|minute|second))',
  ], { about: 'self' }),
  // Weaker, each needing another sign: "says I'll regret leaving him", "says he knows where I am".
  ...phrases('threatened', 0.45, [
    '(ex|ex husband|ex boyfriend|ex girlfriend|ex wife|ex partner|@household_named) (keeps|kept|keep|has been|is)? (texting|texted|texts|messaging|messaged|wrote|writes|saying|said|says|telling|told|threatening|threatened|threatens) (me)? (that|saying)? i (will|ll|would|d|am going to|m going to|im going to|am gonna|im gonna) regret (leaving|breaking up with|dumping|telling on|reporting|blocking) (him|her|them)',
  ], { about: 'self' }),
  ...phrases('afraid_of_other', 0.45, [
    '(ex|ex husband|ex boyfriend|ex girlfriend|ex wife|ex partner) (keeps|kept|keep|has been|is)? (saying|said|says|telling|told) (me)? (that)? (he|she) (knows|found out|has found out|knows exactly) where i (live|am|am living|am staying|work|moved to|sleep)',
    // Put in hospital before: "last time he put me in hospital" (not the psychiatrist who "put me
    // in hospital", which is as often said: beside fear, or another sign, it is the writer's danger).
    '(last time|the last time|once|twice|already) (he|she) (put|landed) me in (the)? (hospital|a and e|a&e|er|emergency room|intensive care|icu)',
    // "She's done it before with a knife": of a friend's self-harm as often, so only beside a sign of danger.
    '(he|she|hes|shes|@household_named) (has|had|s)? (done it|done this|done that|did it|did this|did that) (to me)? before with (a|the|his|her) (knife|knives|@weapon|blade)',
  ], { about: 'self' }),

  // Someone there now: "he's outside my door and says he's going to kill me", "he's here and he has a knife".
  ...phrases('danger_now', 0.9, [
    '(hes|shes|he is|she is) (outside|banging on|kicking|breaking|trying to (get|break) (in|into)|coming (up|in|back)|here|in the house|downstairs) ~6 (says|said|saying|screaming|shouting|yelling|threatening|swearing) (that)? (hes|shes|he|she)? (is)? (going to|gonna|will|ll|wants to)? (kill|murder|hurt) me',
    '(hes|shes|he is|she is) (here|outside|in the house|downstairs|at the door|coming) ~4 (has|got|with|holding) (a|his|her|the) (knife|@weapon|blade)',
    '(hes|shes|he is|she is) (outside|here|at the door|downstairs|in the car park|in the parking lot|at my window) (and)? (hes|shes|he is|she is|says|said|saying)? (going to|gonna|will) (get|hurt|kill) me $',
    '(hes|shes|he is|she is) (got|holding) (a|his|her|the) (knife|@weapon|blade) (and|,)? (hes|shes|he is|she is|says|said|screaming|threatening)',
  ], { about: 'self' }),

  // Choking and strangling: the strongest warning sign there is of a partner who kills.
  ...phrases('strangled', 0.85, [
    // Done, not promised: "she'll strangle me if I eat the last biscuit" is a kitchen's hyperbole
    // (a threat to strangle counts with its condition, below with the other threats).
    '@household ~2 (choked|chokes|choking|strangled|strangles|strangling|throttled) me',
    '@household (used to|always|keeps trying to|tries to|tried to) (choke|strangle|throttle) me',
    '(his|her|their) (hand|hands) (around|round) my (neck|throat)',
    'me (against|to|into) (the|a)? (wall|floor|door|bed|ground) by (my|the) (throat|neck)',
    '(woke up|wake up|woken up|woke) (to|with) (him|her|them) (choking|strangling) me',
    '(choked|strangled) me (until|till|til) i (passed out|blacked out|couldnt breathe|could not breathe|saw stars)',
  ], { about: 'self' }),

  // Blows from someone at home.
  ...phrases('hurt_by_other', 0.7, [
    '@household ~2 (hits|hit|hitting|beats|beat|beating|punches|punched|punching|punch|kicks|kicked|kicking|kick|slaps|slapped|slapping|slap|shoved|shoves|smacked|smacks|smack|whipped|whips|belted|batters|battered|abuses|abused|abuse|stabbed|stabs) me',
    '@household ~2 (beat|beats|beating|beaten) (me|us) up',
    '@household ~2 (beat|beats|beats the|beat the) (crap|shit|hell|life) out of (me|us)',
    '@household ~3 (pinned|pins|pushed|pushes|shoved|shoves|threw|throws|slammed|slams|dragged|drags|grabbed|grabs) me (against|into) (the|a)? (wall|walls|door|fridge|table|wardrobe)',
    '@household ~3 (pinned|pins|pushed|pushes|shoved|shoves|threw|throws|slammed|slams|dragged|drags) me (down|onto|on|to|off) the (floor|ground|stairs|balcony)',
    '@household ~3 (pushed|pushes|shoved|shoves|threw|throws) me down the stairs',
    '@household ~2 had me (pinned|pressed|held down|held) (to|against|on|down on) the (floor|wall|ground|bed)',
    '@household ~4 (and|then) (hit|hits|punched|punches|kicked|kicks|slapped|slaps|beat|beats|choked|chokes|strangled|shoved|pushed|attacked|attacks) me',
    '@household ~3 (dragged|drags) me across the (floor|kitchen|room|hallway|yard)',
    '@household ~2 (threw|throws|throwing|chucked|hurled) (a|the|his|her|my)? (plate|plates|glass|bottle|knife|chair|mug|boiling water|hot water|hot coffee|hot tea|bleach|acid|pan|hot pan|iron|lamp|remote) at (me|my (head|face))',
    '(woke up|wake up|woken up) (to|with) (him|her) (hitting|punching|kicking|on top of) me',
    '@household ~3 (grabbed|grabs|dragged|drags|pulled|pulls) me by (the|my) (hair|neck|throat|wrists)',
    '@household_named ~2 (locked|locks|locking|lock) me (in|inside) (the|my|a|his|her)? (room|bedroom|house|flat|cupboard|closet|bathroom|shed|basement|attic)',
    '(raped|rapes|raping|molested|molests|molesting|sexually abused|sexually abuses|sexually assaulted|groped|gropes|groping) me',
    '(forced|forces|forcing) (himself|herself) on me',
    // Coercion named: sex said no to, pictures asked of a child.
    '(forced|forces|forcing|makes|made|pressures|pressured|pressuring|keeps making) me (to)? (have sex|do sexual things|do stuff i dont want|do things i dont want|sleep with (him|her)|give (him|her) a blowjob|touch (him|her)) ($|when|even|and|with|after|because|if|every|or)',
    '(didnt|did not|doesnt|does not|wouldnt|would not|never) (stop|stops) (when|after|even when|even though) i (said|say|told (him|her)) (no|stop|to stop)',
    '(keeps|kept|wont|will not) (touching me|having sex|going at it|going on top of me) (after|when|even when|even though) i (said|say|told (him|her)) (no|stop|to stop)',
    '@household_named ~3 (asks|asked|asking|keeps asking|kept asking|wants|wanted|makes|made|forces|forced|pressures|pressured|pressuring|tells|told) me (to)? (send|take|sending|taking) (him|her)? (nudes|noods|nude pics|naked pics|naked photos|pictures of my body|pics of my body|photos of my body)',
    // A weapon turned on the writer, or a beating that ended in hospital: "he came at me with a knife",
    // "he beat me so badly I ended up in hospital".
    '@household ~2 (came|comes|come|went|goes|has come|has gone|gone|lunged|lunges|ran|runs) at me with (a|his|her|the) (knife|knives|@weapon|blade|bottle|hammer|bat|axe)',
    '@household ~2 (came|comes|come|went|goes|has come|has gone|gone|lunged|lunges) for me with (a|his|her|the) (knife|knives|@weapon|blade|hammer|axe)',
    '@household ~2 (hurt|hurts|stabbed|stabs|attacked|attacks|threatened|slashed) me (before)? with (a|his|her|the) (knife|knives|@weapon|blade)',
    '@household_named ~2 (cut|cuts) me (before)? with (a|his|her) (knife|knives|@weapon|blade)',
    '@household ~2 (beat|hit|kicked|punched|hurt|choked) me so (hard|badly|bad) (that)? i (ended up|was|went|had to go) (in|to) (the)? (hospital|a and e|a&e|er|emergency room)',
    '@household ~2 (broke|broken|breaks) my (arm|nose|jaw|rib|ribs|wrist|finger|fingers|leg)',
    '@household ~2 (gave|gives) me (a)? (black eye|split lip|bruises|concussion)',
    '@household ~2 (burned|burnt|burns) me with',
    '(bruises|bruised|black eye|split lip|broken rib|broken ribs) (from|that) (him|her|my @household)',
    '(im|i am|i m|been|im being|i am being|i keep being|i get|i got) (physically|sexually)? (abused|beaten|hit) (at home|by (him|her|my @household)|every day|every night)',
    '(im|i am|i m) in (an|a)? (abusive|violent) (relationship|marriage|home|household)',
    '@household_named (is|has been|keeps|s been) (abusing|hitting|beating|hurting) me',
    '@household_named (is|s) (physically|violently)? (abusive|violent) (to me|towards me|with me)? ($|and (im|i am|i m) (so|really|very)? (scared|terrified|afraid|frightened))',
    // Someone "and locked me in": the doer named earlier in the sentence.
    '(and|then) (locked|locks) me (in|inside) (the|my|a|his|her)? (room|bedroom|house|flat|cupboard|closet|bathroom|shed|basement)',
    // An adult in a parent's place who "hurts me": not the hurt of a partner's words, which "my
    // boyfriend hurts me" often is.
    '(stepdad|stepfather|step dad|step father|stepmom|stepmum|stepmother|step mom|step mum|uncle|mums boyfriend|moms boyfriend|carer|foster dad|foster mom|foster mum) ~2 (hurts|hurt|hurting) me',
  ], { about: 'self' }),
  ...phrases('hurt_by_other', 0.7, [
    '@household ~2 (hits|hit|hitting|beats|beat|beating|punches|punched|kicks|kicked|slaps|slapped|shoved|abuses|abused) (her|him|us|them|my (mum|mom|mother|brother|sister|sisters|brothers|siblings))',
    '@household ~2 (beat|beats|beating|beaten) (her|him) up',
    '@household ~2 (choked|chokes|choking|strangled|strangles|strangling) (her|him|them|my (mum|mom|mother|sister|brother))',
    '@household_named ~2 (touches|touched|touching) (her|him|them) (at night|in (her|his) sleep|inappropriately|when no one|when nobody)',
    '@household ~6 (kill|murder) (her|him|them) (if|when) (she|he|they) (ever)? (leave|leaves|left|tries to leave|try to leave|tell|tells|told anyone)',
    '(beaten|hit|punched|kicked|slapped|abused|battered) by (my|her|his) (@household|@relative)',
    '(physically|domestically) (abusive|abused|abusing) (partner|husband|boyfriend|relationship|dad|father|mum|mom|mother|parents|home)',
    '(domestic (violence|abuse)|dv) (at home|in my house|in my relationship|in our house)',
  ]),
  // Sexual violence told in the passive: "I was raped last night" (long ago, "years ago" or with
  // recovery said in the sentence, it is the past); "she was raped" after "my sister" is worry for her.
  ...phrases('hurt_by_other', 0.75, [
    // The passive said ("I was raped"), never the active ("I raped", "my ex raped my trust").
    '(i|she|he|they|we|@relative) (was|were|got|get|been|being|have been|has been|had been|ve been|s been|am being|is being|keep getting|keeps getting) (raped|sexually assaulted|sexually abused|molested|drugged and raped)',
    '(im|ive|shes|hes|theyve|weve|theyre|were) (been|being) (raped|sexually assaulted|sexually abused|molested|drugged and raped)',
    '(i|she|he|they|we) (was|got|have been|has been|ve been) assaulted (by|at|on|in|last|this|tonight|yesterday)',
  ]),
  // The doer in the passive, with "was" or "got": told in the past, as violence usually is.
  ...phrases('hurt_by_other', 0.7, [
    '(was|were|got|get|getting|been) (beaten|beat up|hit|punched|kicked|slapped|choked|strangled|abused|battered) by (my|our) @household_named',
  ], { about: 'self' }),

  // The fourth English probe (danger told without "kill" or "hit"): threats of fire, a grave, a
  // body never found; a weapon kept in sight at home; a child punished out in the cold or not fed;
  // sex taken or pressed for; control (locked in, papers and money taken, tracked); a stalker outside.
  // Threats whose words are grave in themselves: fire with the writer inside, a body nobody finds.
  ...phrases('threatened', 0.9, [
    `${THEY_WILL} (burn|torch|set fire to) (the|my|our|this) (house|flat|apartment|home|place|caravan|car) (down)? (with|while) (me|us|me and the kids|the kids|the children|the baby|my kids|all of us) (in it|inside|in there|still inside|asleep|in bed)`,
    '(said|says|told me|tells me|threatened|threatens|warned|warned me|swore|swears|screamed|yelled|texted|texts|messaged|wrote|keeps saying) ~6 (no one|nobody|noone|the police|police|anyone|they|theyll|theyd|they will|they would) (will|would|is going to|s going to|are going to|wont|won\'t|would not|will not|will never|would never) (ever|never)? find (my|your|ur) (body|remains|bones) ($|if|when|and)',
    '(said|says|told me|tells me|threatened|threatens|warned|warned me|swore|swears|screamed|yelled|texted|texts|messaged|wrote|keeps saying) ~6 (theyll|theyd|they\'ll|they\'d|they will|they would|nobody will|nobody would|no one will|no one would|noone will|noone would) (ever|never)? find (my|your|ur) (body|remains|bones) ($|if|when|and)',
    // Other threats made grave by their condition: "he'll put me in the ground if I tell mum".
    `${THEY_WILL} (put me in the ground|put me six feet under|bury me|make sure (i|im) never found|make sure nobody finds me|burn me alive|set me on fire|set fire to me|pour (petrol|gasoline|gas|acid|bleach) (on|over) me|throw acid (on|at|in) (me|my face)|(strangle|choke|throttle) me (out)?|snap my neck|slit my throat|cut my throat) ~3 ${IF_I_LEAVE_OR_TELL}`,
    `${IF_I_LEAVE_OR_TELL} ~3 ${THEY_WILL} (put me in the ground|put me six feet under|bury me|burn me alive|set me on fire|set fire to me|pour (petrol|gasoline|gas|acid|bleach) (on|over) me|throw acid (on|at|in) (me|my face)|(strangle|choke|throttle) me|snap my neck|slit my throat|cut my throat)`,
    `${IF_I_LEAVE_OR_TELL} ~3 (ill|i will|i would|id|im going to|i am going to|ill probably) (end up|be|wind up) (in a ditch|in a body bag|in the river|in the canal|in a box|six feet under|in the ground|in a shallow grave)`,
    '(end up|be|wind up) (in a ditch|in a body bag|in the river|in the canal|in a box|six feet under|in the ground|in a shallow grave) ~2 (if|when|unless|the day) i (ever)? ((leave|left|try to leave|tried to leave|walk out on) (him|her|them)|(tell|told) (anyone|anybody|someone|the police|the cops)|(call|go to|went to|report (him|her) to) (the police|the cops|911|999))',
    // Strangling promised beside a jealous rule: "he'll strangle me if I talk to another guy".
    `${THEY_WILL} (strangle|choke|throttle) me (out)? (if|when|unless|the next time|next time) i (ever)? (talk to|text|look at|speak to|go out with|see|dance with|message) (another|other|a|any) (guy|guys|man|men|boy|boys|girl|girls|woman|women|lad|lads)`,
    // A weapon kept in sight, and a row as the moment it is shown or named: "he keeps reminding me
    // it's there when we argue", "he cleans his gun at the table whenever we argue".
    `(gun|guns|knife|knives|@weapon|blade|machete|axe|crossbow) ~12 (reminds|reminding|remind|reminded|tells|telling|told|shows|showing|showed|points to|points at|pointing to|looks at|glances at) (me)? ~4 (there|loaded|where it is|where he keeps it|where she keeps it|he has it|she has it|it is there|its there) ~3 ${WHEN_WE_ARGUE}`,
    `(cleans|cleaned|cleaning|loads|loaded|loading|puts|put|leaves|left|lays|laid|places|placed|waves|waved|waving|shows|showed|showing|gets out|got out|takes out|took out|brings out|brought out|holds|held|plays with|played with|slams|slammed) (his|her|the|a|their) (gun|guns|@weapon|crossbow) ~6 ${WHEN_WE_ARGUE}`,
    // A knife lies on every dinner table ("puts his knife and fork down when we argue"): only one taken out or waved.
    `(waves|waved|waving|sharpens|sharpened|sharpening|gets out|got out|takes out|took out|pulls out|pulled out|brings out|brought out|plays with|played with|points|pointed) (his|her|the|a|their) (knife|knives|blade|machete|axe) ~6 ${WHEN_WE_ARGUE}`,
    `(reminds|reminding|reminded|tells|telling|told|keeps telling|keeps reminding) me (that)? (he|she) (has|has got|keeps|owns|got) (a|his|her|the) (gun|guns|knife|knives|@weapon) ~4 ${WHEN_WE_ARGUE}`,
    '(gun|guns|knife|knives|@weapon|blade|bullet|bullets|machete|axe) ~12 (tells|told|says|said|reminds|reminded|keeps telling|keeps reminding|keeps saying|whispers|whispered) me (that)? (its|it is|thats|that is|theyre|they are|one is|one of them is|the first one is|the first bullet is|one bullet is|a bullet is) (for|meant for) (me|us) (if|when|whenever|the day|the moment|the minute|next time|one day)',
  ], { about: 'self' }),
  // A regret promised by the one who hurts the writer, for calling the police again (labelled.probe-leftovers.jsonl):
  // "he said I'll regret it if I call the police again". Said by him or her and about the police, it is
  // a threat whatever else is said; the writer's own "I'll regret it if I call the police on the
  // neighbours" names nobody who says it, and a police call on someone else is not about them.
  ...phrases('threatened', 0.9, [
    '@household (keeps|kept|has)? (said|says|saying|told me|tells me|telling me|warned me|warned|threatened|threatens|swore|swears|screamed|yelled|shouted|texted|texts|messaged|wrote) (me)? (that)? (ill|i will|id|i would|im going to|i am going to|im gonna) (really|seriously)? regret (it|this|that) ~2 (if|when|unless|the day) i (ever)? ((call|called|phone|ring|go to|went to|contact) (the police|the cops|911|999|police)|report (him|her|it|this|them)) (again|ever again|on (him|her|them|us))? $',
  ], { about: 'self' }),
  // Said without what makes it grave: "said I'll regret it if I call the police", "nobody will ever
  // find you", "next time he won't stop", a weapon named as his: each only beside another sign.
  ...phrases('threatened', 0.45, [
    'regret (it|this|that|leaving|telling|calling|reporting) ~2 (if|when|unless) i (ever)? ((call|go to|went to|phone|ring|talk to) (the police|the cops|911|999|social services)|report (him|her|it)|(tell|told) (anyone|anybody|someone|the police|the cops))',
    '(said|says|told me|tells me|threatened|warned|warned me|swore|screamed|yelled|texted|texts|messaged|wrote) ~6 (no one|nobody|noone) (will|would|is going to) (ever)? find (me|you|u) ($|if|when)',
    '(said|says|told me|warned me|swore|whispered|screamed|yelled) (that)? next time (he|she|hel|shel|he will|she will) (wont|won\'t|will not|is not going to|isnt going to|wouldnt|would not|might not) stop $',
    `${THEY_WILL} (burn me alive|set me on fire|set fire to me|(strangle|choke|throttle) me out|snap my neck|slit my throat|put me in the ground|bury me alive)`,
    '(reminds|reminding|reminded|keeps telling|keeps reminding) me (that)? (he|she) (has|has got|keeps|owns) (a|his|her|the) (gun|guns|knife|knives|@weapon) $',
  ], { about: 'self' }),

  // Strangling begun and promised more: "he put his hands on my neck and said next time he won't stop".
  ...phrases('strangled', 0.85, [
    '(his|her|their) (hand|hands) (on|around|round) my (neck|throat) ~4 (squeezed|squeezing|squeezes|pressed|pressing|presses|tight|tighter|until i|till i|couldnt breathe|could not breathe|cant breathe|next time|wont stop|won\'t stop|will not stop)',
  ], { about: 'self' }),

  // Locked in, a child punished out in the cold, sex taken or pressed for.
  ...phrases('hurt_by_other', 0.7, [
    // Locked in when they go: "he locks me in the flat when he goes to work" (not the car while
    // mum runs into the shop).
    '(he|she|they|@household_named) ~2 (locks|locked|keeps locking|lock|locking) me (in|inside) (the|my|our|his|her|a)? (flat|house|home|apartment|room|bedroom|basement|cellar|attic|shed|garage|cupboard|closet|bathroom)? (when|whenever|while|every time|before|if) (he|she|they) (goes|go|leaves|leave|left|went|goes out|go out|is at work|s at work|is out|s out|is away|goes away|go away)',
    // Kept out there, not sent to do a chore there ("made me clean the garage as punishment").
    `@household_named ~2 (makes|made|forces|forced|keeps making|kept making|puts|put|locks|locked|shuts|shut|leaves|left|sends|sent) me (to)? (sleep|stay|stand|sit|spend the night|spend nights|wait|kneel)? (in|out in|outside in|outside|out)? (the|our)? (garage|shed|garden|yard|cellar|basement|floor|cold|dark|rain|snow|doghouse|kennel|cupboard|outside) ~6 ${AS_PUNISHMENT}`,
    '(leave|leaves|left|keep leaving|keeps leaving) (me|us|me and my (little|baby|younger|big|older)? (brother|sister|brothers|sisters|siblings)) (home)? (alone|on my own|on our own|by myself|by ourselves) for (days|a week|weeks|the whole week|three days|3 days|days at a time) ~6 (no|without) (food|anything to eat|electricity|heating|water)',
    '(@household_named|he|she) ~2 (doesnt|does not|dont|do not|wont|will not|refuses to|refused to|never|hasnt|has not|havent|have not) (feed|fed|give me food|give me anything to eat|let me eat) (me)? for (days|a day|two days|2 days|three days|3 days|a week|the whole weekend|days at a time)',
    // Sex pressed for, or taken from someone asleep.
    '(pressured|pressures|pressuring|pushed|pushes|guilted|guilts|guilt tripped|guilt trips|coerced|coerces|bullied|bullies|forced|forces|manipulated|manipulates) me into (sex|having sex|sleeping with (him|her)|sexual (stuff|things|acts)|doing (sexual|stuff i didnt want|things i didnt want)|oral|a threesome|sending nudes)',
    '(has|had|having|started having|was having|tried to have) sex with me (while|when|whilst) i (was|am|m|were)? (asleep|sleeping|passed out|unconscious|blackout drunk|too drunk to|out of it|saying no|telling (him|her) to stop)',
    '(makes|made|forces|forced|keeps making|kept making|pressures|pressured) me (to)? (do|doing) (sexual|sex) (stuff|things|acts)',
    // A no to sex given up on: "I say no to sex so I just let him". ("No" is in the words, so it does not negate them.)
    '(say|said|saying) no (to sex|to sleeping with (him|her)|to (him|her) in bed) ~3 (so|and|but) i (just)? (let (him|her)|give in|gave in|go along with it|went along with it|do it anyway|have sex anyway)',
    '(so|and) i (just)? (have sex with (him|her)|had sex with (him|her)|sleep with (him|her)|slept with (him|her)) (even though|although|when|but) i (dont|don\'t|do not|didnt|did not) want (to|it)',
  ], { about: 'self' }),
  ...phrases('afraid_of_other', 0.6, [
    `${PARTNER} ~3 (tracks|tracked|tracking|checks|monitors|follows) (my)? (location|phone|messages|where i am|where i go) ~6 (goes mad|goes crazy|goes nuts|loses it|loses his temper|loses her temper|kicks off|flips out|punishes me|screams at me|hits me|accuses me) (if|when|whenever|every time)`,
    '(gets|goes|turns|becomes|got|went) (violent|aggressive|scary|rough) (if|when|whenever|every time) i (say|said) no (to sex|to sleeping with (him|her)|to (him|her) in bed)',
    // Papers, keys or phone kept to keep the writer in: "hides my keys and my passport so I can't leave".
    // (Not "my mum took my phone so I can't go out": a teenager grounded.)
    `(he|she|${PARTNER}) ~2 (hides|hid|took|takes|keeps|kept|has taken|locked away|locks away) my ~5 (passport|papers|documents|keys|car keys|phone|money|bank card|bank cards|wallet|purse|shoes) (so|so that) (i|im) (cant|can't|cannot|couldnt|could not|wont be able to|am not able to|never) (leave (him|her|them)? $|leave (him|her|them)|get away|escape|call for help|call the police)`,
    // Watched and kept from others, both said: "my boyfriend checks my phone and won't let me see my friends".
    `${PARTNER} ~3 (checks|reads|goes through|tracks|monitors|looks through|controls|took|takes) (my|all my) (phone|messages|texts|location|emails|bank account|spending|money|wages|passport) ~6 (and|so) (wont|will not|doesnt|does not|never|wouldnt|would not) let me (leave|go out|go anywhere|see (my)? (friends|family|mum|mom|sister|parents)|see anyone|talk to anyone|have (money|my own money|a phone|a bank account|my own bank account)|get a job|go to work)`,
  ], { about: 'self' }),
  // Control, a child not fed, a stalker's signs: each said of a strict parent, a late tea or a
  // neighbour as often, so only beside another sign.
  ...phrases('afraid_of_other', 0.45, [
    // Angry, not yet rough, at a no to sex: a sulk as often, so beside another sign ("so I just let him").
    '(gets|goes|got|went) (angry|mad|nasty|moody|funny) (if|when|whenever|every time) i (say|said) no (to sex|to sleeping with (him|her)|to (him|her) in bed)',
    '(@household_named|he|she) ~3 (doesnt|does not|dont|do not|wont|will not|refuses to|refused to|never|hasnt|has not|havent|have not|stopped) (feed|feeding|fed|give me food|give me anything to eat|let me eat) (me)?',
    '(@household_named|he|she) ~2 (starves|starved|starving) me',
    '(@household_named|he|she) ~2 (locks|locked|padlocks|padlocked|keeps locking) (the|our)? (fridge|food|cupboards|kitchen|food cupboard|pantry) ~4 (so|and) i (cant|can\'t|cannot|dont|don\'t|havent|haven\'t|go hungry|starve)',
    '(and|but) (doesnt|does not|wont|will not|refuses to|never|hasnt|has not|havent|have not|stopped) (feed|feeding|fed|give me food|give me anything to eat|let me eat) me',
    '(he|she|and|@household) ~2 (locks|locked|locking|keeps locking) me out (of the house|of the flat|of our (house|flat|home|room)|in the cold|overnight|all night|at night)',
    `${PARTNER} (wont|will not|doesnt|does not|never|wouldnt|would not) let me (leave the house|leave the flat|leave|go out|go anywhere|see (my)? (friends|family|mum|mom|sister|parents)|see anyone|talk to anyone|have (money|my own money|a phone|my phone|a bank account|my own bank account|a job)|get a job|go to work|drive)`,
    `${PARTNER} (checks|reads|goes through|tracks|monitors|looks through) (my phone|my messages|my texts|my location|my emails|my bank account|my spending|my browser history) (every night|every day|all the time|constantly|whenever|daily|every time)`,
    `(he|she) ~3 (tracks|tracked|tracking|checks|monitors) (my)? (location|phone|messages|where i am|where i go) ~6 (goes mad|goes crazy|goes nuts|loses it|loses his temper|loses her temper|kicks off|flips out|punishes me|screams at me|hits me|accuses me) (if|when|whenever|every time)`,
    `${PARTNER} ~2 (takes|took|controls|keeps|has) (all)? my (wages|salary|pay|money|benefits|pension|paycheck|paycheque|income|bank card|bank cards)`,
    // A stalker outside: waiting at the house, followed, tracked, found wherever the writer goes.
    '(someone|somebody|a man|a guy|some guy|this guy|a stranger|a woman|this man|the same man|the same guy|the same car|a car|a van|my ex|ex|he|she) (who|that)? (keeps|kept|has been|is|s been|started|always|was)? (waiting|waits|standing|stands|sitting|sits|parking|parks|parked|sat|stood|lurking|lurks|hanging around|hangs around) (outside|across from|across the road from|opposite|near|at the end of) my (house|home|flat|apartment|door|window|building|work|school|street|road)',
    '(someone|somebody|a man|a guy|some guy|this guy|a stranger|a woman|this man|the same man|the same guy|a car|my ex|ex|he|she) (has)? (followed|follows|keeps following|kept following) me (home|to (the shop|the shops|work|school|my car|my door|the bus stop|my house|my flat|the station|the gym))',
    '(put|puts|hid|hides|installed|planted|placed|found) (a|an)? (tracker|tracking device|gps tracker|airtag|air tag|tile tracker|tracking app|spyware|stalkerware) (on|in|under|onto) my (car|bag|phone|bike|coat|keys)',
    '(turns up|shows up|appears|turn up|show up|keeps turning up|keeps showing up) (wherever|everywhere|anywhere) i (go|am|work)',
    '(saw|seen|see) (him|her|someone|a man|a guy) (standing|waiting|lurking|looking in)? (outside|at|through) my (bedroom)? (window|windows) (last night|at night|at #num|in the dark|again|every night)',
  ], { about: 'self' }),
  // A strict parent says these as often: "she checks my phone every night", "won't let me go out".
  ...phrases('afraid_of_other', 0.3, [
    // Of a pronoun, only what a parent does not forbid a teenager: "won't let me go out" is both.
    '(he|she|and) (wont|will not|doesnt|does not|never|wouldnt|would not) let me (leave the house without (him|her)|leave the flat without (him|her)|leave (him|her)|see anyone|see my family|see my own family|talk to anyone|have (my own money|any money|a bank account|my own bank account)|go to work|keep my (wages|money|pay))',
    '(he|she|and) (checks|reads|goes through|tracks|monitors|looks through) (my phone|my messages|my texts|my location|my emails|my bank account|my spending|my browser history) (every night|every day|all the time|constantly|whenever|daily|every time)',
    '(he|she|and) (took|takes|has taken|keeps|kept|hid|hides|holds|is holding|has|confiscated|confiscates) my (passport|papers|documents|visa|id|birth certificate)',
    '(he|she|and) (took|takes|has taken|keeps taking|hid|hides|confiscated|confiscates|smashed|smashes) my (phone|mobile|car keys|keys|bank card|bank cards|cards|wages|money|wallet|purse)',
    '(im|i am|i m|i\'m) not allowed (to)? (see|talk to|have|go out with|my own|leave the house) (my friends|my family|anyone|money|my own money|a phone|bank card|bank account|phone|money|friends|a job|without (him|her))',
    '(too)? (scared|afraid|frightened|terrified) to say no (to (him|her))?',
    '(so|and) i (just)? (let (him|her)|give in|gave in|go along with it|went along with it) (even though|although|when|but) i (dont|don\'t|do not|didnt|did not) want (to|it)',
    '(@household_named|he|she) ~2 (locks|locked|padlocks|padlocked|keeps locking) (the|our)? (fridge|food cupboard|pantry|kitchen)',
    '(someone|a man|a guy|some guy|this guy|a stranger|the same car|a car|my ex|ex|he|she) (keeps|kept|has been|started|is)? (driving|walking|going|drives|walks) (past|by) my (house|flat|home|work|window) (every|again|all the time|at night|over and over)?',
  ], { about: 'self' }),

  // Fear and control at home: only beside another sign, unless said plainly.
  // "my sister doesn't feel safe at home" is worry for her: whose fear is read from the words before.
  ...phrases('afraid_of_other', 0.6, ['(dont|do not|doesnt|does not|didnt|did not|never|no longer|not) (feel|feels)? safe (at home|in (my|her|his|our) (own)? (home|house|flat|room)) (anymore|any more)? $']),
  ...phrases('afraid_of_other', 0.6, [
    '(dont|do not|didnt|did not|never|no longer|not) (feel)? safe (around|with) (him|her|my @household) (anymore|any more)? $',
    // Stalking: followed home, turned up at work, watched, told "I know where you live".
    '(someone|ex|ex boyfriend|ex husband|ex girlfriend|ex wife|he|she|a man|a guy|this guy|a stranger|a woman) (is|has been|keeps|s been|started|was|have been)? stalking me',
    '(someone|ex|ex boyfriend|ex husband|ex girlfriend|ex wife|he|she|a man|a guy|this guy|a stranger|a woman) (is|has been|keeps|s been|started|was|have been)? following me (home|to work|to school|everywhere|from work|to my car)',
    '(ex|ex boyfriend|ex husband|ex girlfriend|ex wife|ex partner|he|she) (keeps|kept|has been|is|s been|started)? (showing up|turning up|waiting|hanging around) (at|outside|near|by) my (work|house|home|flat|apartment|door|school|job|window|windows|car|gym)',
    '(hes|shes|he is|she is|theyre|they are) (coming for me|watching me|watching my house|tracking me) $',
    '(said|says|saying|texted|messaged|wrote|told me) (that)? (hes|shes|he is|she is) (coming for me|watching me|outside my (house|flat|door|work))',
    '(he|she|they|ex|someone|my ex) (has|have)? (posted|shared|leaked|found out|got|has got) my (home)? address',
    '(note|message|letter) (on|under|through) my (car|door|windscreen|windshield) (saying|that said|said) ~3 (kill|hurt|find|watching|hide|dead|coming for)',
    '(scared|afraid|fear|fearing|terrified|frightened) for my (life|safety) $',
    '(thought|was sure|was convinced|believed|think|knew) (he|she) (was going to|was gonna|would|will|is going to|s going to) (actually|really)? (kill|murder) me (last night|tonight|today|this morning|yesterday|that night|this time)? $',
    '(think|thought|feel|felt|know|knew|am sure|im sure|am scared|im scared|am afraid|im afraid) (that)? my @household_named (is going to|was going to|will|would|s going to|is gonna|was gonna) (actually|really)? (kill|murder) me (one day|someday|eventually|one of these days|tonight|this time)? $',
    '(hiding|hid|hide|locked myself|lock myself) (in|inside) (the|my|a) (closet|bathroom|bedroom|room|wardrobe|cupboard|car) ~6 my @household_named (is|s)? (drunk and)? (raging|screaming|yelling|breaking|smashing|throwing|hitting|punching|kicking)',
    '(the|this) (time|day|night) (he|she) (kills|finally kills|will kill|ll kill|actually kills) me',
    '(scared|afraid|terrified|frightened) (that)? (hel|shel|he will|she will|hes going to|shes going to|hes gonna|shes gonna) (actually|really)? (kill|murder) me (this time|one day|someday|one of these days|eventually|tonight)? $',
  ], { about: 'self' }),
  ...phrases('afraid_of_other', 0.4, [
    '(scared|afraid|terrified|frightened) (to go|of going|to be) (back)? home (tonight|again|alone)? $',
    '(scared|afraid|terrified|frightened) of my @household_named $',
    '(hel|shel|he will|she will|he might|she might|hes going to|shes going to) (come|comes|get|gets) (home|back) (angry|drunk|mad|in a mood|in a rage|raging)',
    '(sleep|sleeping|slept) with (a|the) (chair|chest of drawers|dresser|desk|table) (against|under|in front of) (the|my) (door|door handle)',
    '(lock|locked|barricade|barricaded|locking) (myself|my door|my bedroom door|the bedroom door) ~3 (but|and|so) (he|she) (breaks|broke|kicks|kicked|bangs|banged|pounds|pounded|gets|got|still gets)',
    '(cant|can\'t|cannot|couldnt|can not) go (back)? home (to him|to her|while hes there|while shes there|after what (he|she) (did|said))',
    '(says|said|tells me|told me) (no one|nobody|noone) (would|will|is going to) (ever)? believe me',
    '(hiding|hid|hide|locked myself|lock myself) (in|inside) (the|my|a) (bathroom|bedroom|room|closet|wardrobe|cupboard|car) ~3 (from him|from her|hes|shes|he is|she is|while he|while she)',
    '(smashed|broke|took|takes|hid|hides|smashes) my phone (so|and) (i|im) (couldnt|could not|cant|can\'t|cannot|wouldnt) (call|text|contact|reach|ring) (anyone|anybody|for help|the police|my friends|my family)',
    '@household_named ~2 (touches|touched|touching) me (when|while|whenever|where|and says|and tells me)',
    '@household_named (wont|will not|doesnt|does not) let me (leave|go out|see my friends|see anyone|have money|have my own money|have a phone|have my phone|talk to anyone)',
    '@household_named (checks|reads|goes through|tracks|controls) (my messages|my texts|my location|where i go|everything i do|my money)',
    '@household_named (took|takes|has taken|hid|hides) my (passport|papers|bank card|cards|keys|money)',
  ], { about: 'self' }),
  // Touched at night, in secret: a child's words for abuse, said plainly enough alone.
  ...phrases('hurt_by_other', 0.6, [
    '@household_named ~2 (touches|touched|touching|comes into my room and touches) me (at night|in my sleep|inappropriately|where (he|she) (shouldnt|should not)|when no one|when nobody|(when|while|whenever) ((mum|mom|dad) (is|s)|mums|moms|dads|shes|hes|she is|he is) (out|away|at work|asleep|gone|not home|not there))',
    '@household_named ~2 (comes|came|keeps coming|sneaks|sneaked|snuck) into my (room|bed|bedroom) at night ~6 (dont know who to tell|don\'t know who to tell|cant tell anyone|can\'t tell anyone|scared|touches|touched|makes me|and does things|and gets into)',
  ], { about: 'self' }),
  // Weaker still: said of a boss, a coach or a toddler as often.
  ...phrases('afraid_of_other', 0.3, [
    '(scared|afraid|terrified|frightened) of (him|her) $',
    '(walk|walking) on eggshells (around|with) (him|her|my @household)',
  ], { about: 'self' }),
  ...phrases('afraid_of_other', 0.25, [
    '(takes|took|taking) it out on (me|us) $',
    '(hes|shes|he is|she is) (smashing|breaking|throwing|punching) (things|stuff|everything|the walls|walls|doors|plates)',
  ], { about: 'self' }),
];
