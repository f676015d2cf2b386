import { tokenise } from '../normalise/tokenise';
import { classify } from './classify';

const crisisOf = (text: string) => classify(text).crisis;

/**
 * Members' own phrasing (libs/moderation/data/labelled.probe-members): crisis said the way a
 * peer-support site's members write it, in voices and lives the earlier sets held little of (school,
 * the old and widowed, veterans, new parents, debt and gambling, a diagnosis, recovery), each beside
 * an everyday twin sharing its words. Missed before: "sewer slide is looking real good rn", "i wnat
 * to dei", a date picked "to end it", "a handful of whatever was in the bathroom cabinet" (read as
 * the past, for its "was"), a hosepipe "not yet" connected to the exhaust, the multi-storey jumped
 * off, "can u die from taking 30 of my sertraline", heart tablets stopped "so it happens sooner", a
 * pet left with "I won't be coming back", "next time I won't step back" beside a level crossing,
 * blades found "again" by parents, the platform stepped off "when the 8:15 comes in" (the colon of a
 * clock time broke the phrase), a past attempt "with pills" and "going to try again", pills lined up
 * with the vodka; and "kms tonight" was read high, not imminent. Read as crisis before: an engine
 * run to warm the car (an attempt under way), a swim in the sea, how many paracetamol bring a
 * child's fever down, a boss "unalived" in a game, a brother jumping off the pier for charity.
 */
describe('probe set: members', () => {
  it.each<[string, string, string[]]>([
    // Chat spellings: "sewer slide" looking good; "dei" after a want; "kms" with its hour, at the start.
    ['sewer slide is looking real good rn', 'high', ['the sewer slide at the waterpark is looking real good, queue is tiny']],
    ['i wnat to dei so bad', 'moderate', ['i wnat to dye my hair blue so bad']],
    ["kms tonight fr, i'm not joking this time", 'imminent', [
      'im gonna kms if this printer jams one more time 😭',
      'the kms tonight were brutal, 42 of them',
    ]],
    ['kms rn', 'imminent', []],
    // A date picked to end it; a trip or a wedding.
    ["I'm so tired of being a burden on everyone. I've picked a date to end it, the 14th, after my daughter's birthday.", 'high', [
      "I've picked a date, the 14th, after my daughter's birthday: the wedding is finally happening!",
      'we picked a day to go, the 14th works',
      'set a date to do it, the wedding is on',
    ]],
    ["i've set a date to end it all", 'high', []],
    // A handful of whatever the cabinet held; a smoothie, a trip to the pharmacy.
    ['I took a handful of whatever was in the bathroom cabinet and I feel sick', 'imminent', [
      'Add a handful of spinach and a handful of frozen berries, then blend',
      'took a handful of everything in the medicine cabinet to the pharmacy for disposal',
    ]],
    ["took a handful of whatever was in mum's cabinet", 'imminent', []],
    // A hose to the exhaust; a garage's extraction hose, a new pipe, a hose in the footwell.
    ["I've been sitting in the car with a hosepipe in the footwell, just haven't connected it to the exhaust yet", 'high', [
      "I've been driving around with a hosepipe in the footwell since I bought it, keep forgetting to take it out",
      'the mechanic put the extraction hose on the exhaust before running the engine',
      'fitted a new pipe to the exhaust, sounds great now',
      'I owe more than I\'ll earn in ten years on this mortgage. Bought a hose today for the garden.',
    ]],
    ["the hose is taped to the exhaust and I'm in the car", 'imminent', []],
    // The multi-storey jumped off; the pier on results day, a car park in a game.
    ["if I fail these exams I'm jumping off the multi-storey, I mean it", 'high', [
      "if I pass these exams I'm jumping off the pier on results day, I mean it, it's tradition",
      'im jumping off the car park roof in GTA lol',
    ]],
    ['im jumping off the multi storey car park tonight', 'imminent', []],
    // How many of one's own tablets it takes to die; drowsiness, a child's fever.
    ['can u die from taking 30 of my sertraline', 'high', [
      'can u get drowsy from taking sertraline at night',
      'how many paracetamol would it take to bring a fever down in a 10 year old? the calpol is out',
    ]],
    ['can you die from 40 of my paracetamol', 'high', []],
    // Heart tablets stopped so it comes sooner; statins stopped on the doctor's advice.
    ["I'm 81, I've had my time. I've stopped taking my heart tablets on purpose so it happens sooner.", 'high', [
      "I'm 81 and I've stopped taking my statins on the doctor's advice, feeling much better for it",
    ]],
    // An illness met on one's own terms, named; a relationship ended before it gets messy.
    ['ending my life on my own terms before the dementia takes me', 'high', [
      "I'll end it on my terms before it gets messy, he's not dumping me",
    ]],
    // A pet left with no coming back; a house-sit, a weekend away.
    ["the passwords are in the top drawer and the dog's food is in the cupboard under the stairs. look after her for me, I won't be coming back", 'high', [
      "the passwords are in the top drawer and the dog's food is in the cupboard under the stairs. thanks so much for house-sitting!",
      "look after the dog for me, I won't be back till Sunday",
    ]],
    ["look after the cat for me, I won't be here much longer", 'high', []],
    // "Next time I won't step back" beside a level crossing walked to; a queue.
    ['Walked to the level crossing three times today. Next time I won\'t step back.', 'imminent', [
      "Walked to the level crossing three times today with the pram. Next time I'll take the bus.",
      'He pushed in front of me in the queue again. Next time I won\'t step back.',
    ]],
    // Blades found again, a sharpener's blade used instead; skate blades, a craft knife, a repair.
    ['parents found my blades again so I\'m going to use the pencil sharpener blade instead', 'moderate', [
      'Dad found my old skate blades in the loft, going to get them sharpened',
      'mum found my blades for the craft knife, thanks mum',
      'take the blade out of the pencil sharpener to fix it',
    ]],
    ["they took away my blades so I'm using the sharpener blades instead", 'moderate', []],
    // The platform stepped off as a train comes in, named by its time.
    ['everyone would be better off if i just stepped off the platform when the 8:15 comes in', 'moderate', [
      'I just stepped off the platform when the 8:15 came in, the new timetable is so much better',
    ]],
    ['im going to step out in front of the 8:15 tomorrow', 'high', ['I want to step in front of the 20 people at the meeting and say it']],
    // A past attempt named by its pills, and another to come; a driving test, jet lag.
    ["I tried in March with pills and I'm going to try again, I've got more this time", 'high', [
      "I tried in March with the driving test and I'm going to try again, I've got more lessons this time",
      "tried in March with sleeping pills for jet lag and I'm going to try again",
    ]],
    ["I tried last year with pills and I'm gonna try again tonight", 'imminent', []],
    // Pills lined up with the vodka; laid out with the whisky beside drinking again and tonight.
    ["i've got all the pills lined up with the vodka", 'high', [
      "I've got all my pills out with the wine, doctor says it's fine to have one glass",
    ]],
    ["twenty years sober and I'm drinking again, I've got all the pills out on the table with the whisky tonight", 'imminent', [
      "twenty years sober today, I've got the cake out on the table with the candles",
    ]],
    // "I'll" is one word as typed: what "I will" says, it says ("ill"/"il" after squeezing).
    ["I can't do this anymore. I'll jump in front of the train tomorrow morning.", 'high', ["I'll jump off the diving board if you do first"]],
    ["i'll jump off the bridge after work, nobody would even notice", 'high', []],
    ["I'll take all my pills tonight and that'll be that", 'imminent', ["I'm ill, I'll die if I don't get soup lol"]],
    ["I'll overdose tonight, I have enough saved", 'imminent', ["I'll end it with him tonight, I've had enough of his lies"]],
    // Thrown oneself in front of a train or off a roof; thrown into work, in front of a bus for a friend.
    ["I'll throw myself in front of a train", 'high', ["I'll throw myself into my work this week", "I'd throw myself in front of a bus for you"]],
    ["I'm gonna throw myself off the car park roof", 'high', []],
    // The break-up twin of a diagnosis's "end it on my terms".
    ["I'll end it on my terms tonight", 'imminent', ["I'll end it on my terms, she's not leaving me first", "I'll end it on my terms before it gets messy, he's not dumping me"]],
  ])('%s is a crisis (%s); its twins are not', (crisis, risk, twins) => {
    const result = classify(crisis);
    expect([crisis, result.crisis, result.risk]).toEqual([crisis, true, risk]);
    for (const twin of twins) expect([twin, crisisOf(twin)]).toEqual([twin, false]);
  });

  it.each([
    'Sat in the car with the engine running for a bit to warm it up last night. Going to get the heater fixed properly this time.',
    'Baby won\'t settle, sat in the car with the engine running to warm up',
    'Baby is 6 weeks and I keep thinking about walking into the sea for a swim, I miss it so much.',
    'how many paracetamol would it take to bring a fever down in a 10 year old? the calpol is out',
    'gonna unalive this boss tonight, wish me luck guys',
    "my brother said he's going to jump off the pier tonight for the charity swim and now he won't answer his phone",
  ])('an everyday twin read as crisis before is nothing now: %s', (text) => {
    expect([text, classify(text).flagged]).toEqual([text, false]);
  });

  it('the same words without the everyday reason are still read', () => {
    expect(classify('sat in the car with the engine running in the garage').risk).toBe('imminent');
    expect(crisisOf('I keep thinking about walking into the sea and not coming back')).toBe(true);
    expect(classify('how many paracetamol would it take to not wake up').categories).toContain('plan');
    expect(classify('gonna unalive myself tonight').risk).toBe('imminent');
    expect(classify('my brother said he is going to jump off the bridge tonight').categories).toEqual(expect.arrayContaining(['concern_for_other']));
  });

  it('a level crossing is a means, as the tracks are: it tells the moderator how', () => {
    expect(classify("Walked to the level crossing three times today. Next time I won't step back.").categories).toContain('means');
    expect(classify('Walked to the level crossing three times today with the pram.').flagged).toBe(false);
  });

  it('a clock time is two numbers in one phrase, as "8.15" is; any other colon still parts the words', () => {
    const words = (text: string) => tokenise(text).map((t) => [t.text, t.phrase]);
    expect(words('the 8:15 comes in')).toEqual(words('the 8.15 comes in'));
    expect(new Set(words('the 8:15 comes in').map(([, phrase]) => phrase)).size).toBe(1);
    expect(new Set(words('he texted me: go').map(([, phrase]) => phrase)).size).toBe(2);
    expect(new Set(words('ratio 3: 1').map(([, phrase]) => phrase)).size).toBe(2);
  });

  it('"whatever was in the cabinet" names the pills, not a time gone by; "when I was 15" is still the past', () => {
    expect(classify('I took a handful of whatever was in the bathroom cabinet and I feel sick').risk).toBe('imminent');
    expect(classify('I took a handful of whatever was in the bathroom cabinet when I was 15').risk).not.toBe('imminent');
  });
  // The review of this set's fixes (labelled.probe-members.jsonl).
  it.each([
    ["I'm going to walk into the sea for a swim and never come back", 'high'],
    ["sitting in the garage with the engine running to warm myself up, I won't be getting out", 'imminent'],
    ['I ran a hose from the exhaust into the car', 'high'],
    ['hose from the exhaust through the window', 'high'],
    ['can you die from thirty sertraline', 'high'],
    ["I'm going to jump in front of the 8:15", 'high'],
    ["I'm going to jump from the car park roof tonight", 'imminent'],
    ["I'm going to lie down on the level crossing", 'high'],
    ['sewer slide tonight', 'imminent'],
  ])('a crisis beside the words of an everyday twin still reads: %s (%s)', (text, risk) => {
    const result = classify(text);
    expect([text, result.crisis, result.risk]).toEqual([text, true, risk]);
  });

  it.each([
    'Took a handful of sweets from the box',
    'took a handful of biscuits out of the cupboard',
    'took all of the clothes out of the drawer',
    'Took everything from the box',
    'I took whatever was in the drawer',
    'took some vitamins from the cabinet',
    'The mechanic put a new hose on the exhaust yesterday',
    'The hose to the exhaust fan in the bathroom is loose',
    'hose to the exhaust of the dryer vent',
    'We picked a date to end it, the lease runs out in May',
    'We set a time to end it, the meeting was dragging',
    'Mum took my blades again, I need them for my skates',
    'Dad found my blades again, my hockey skates',
    'My brother took my blades again',
    'Using the pencil sharpener blade now for my art project',
    "Feed the cat for me, I won't be here",
    "Walk the dogs for me, I won't be back",
    'I stopped taking the pill so it happens quicker, we want a baby',
    "I'm gonna jump off the car park wall, it's only a metre",
  ])('an everyday twin is nothing: %s', (text) => {
    expect([text, classify(text).flagged]).toEqual([text, false]);
  });

  it('"kms tonight" with a running club after it is no more than "kms" alone', () => {
    expect(classify('kms tonight with the running club').risk).not.toBe('imminent');
    expect(classify("kms tonight fr, i'm not joking this time").risk).toBe('imminent');
  });
});
