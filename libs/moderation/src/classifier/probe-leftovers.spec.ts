import { noticeConcernOf, riskRank } from '../categories';
import { decide } from '../policy';
import { classify } from './classify';

const crisisOf = (text: string) => classify(text).crisis;

/**
 * Leftovers of the earlier probes (libs/moderation/data/labelled.probe-leftovers): misses and false
 * readings each named as still open in data/README.md. A goodbye typed line by line ("ok⏎im
 * done⏎bye everyone⏎thanks for everything") read low; a sign-off with a next meeting after it
 * ("... see you at next week's group!") read as crisis; an embarrassment with the name in quotes
 * was not discounted; a supporter's "I know the urge to cut feels huge right now" read as the
 * writer's urge; "he said I'll regret it if I call the police again" counted only beside another
 * sign; an overdose of fewer than ten sleeping pills, laxatives counted in words and "38kg and
 * still feel huge" were missed; "stanotte" after a father's gun looked back to the father, Dutch
 * "vannacht" never read as tonight; and "Mathe ist so schwer, ich will nicht mehr 😭" read as a
 * wish to be dead. Each crisis line stands beside everyday twins that share its words. Then: the
 * same goodbye with capitals or full stops on each line, as phones type it ("Thank you all.⏎I love
 * you.⏎I'm sorry.⏎Goodbye."), read low or not at all; pills counted in words ("I took twenty
 * pills") were not read; a toddler who swallowed the writer's sleeping pills was the writer's own
 * attempt; and "I'm going to cut tonight, the fringe is in my eyes" was self-harm.
 */
describe('probe set: leftovers', () => {
  it.each<[string, string, string[]]>([
    // A goodbye typed line by line, read joined; sign-offs with a next meeting or a game after them.
    ['ok\nim done\nbye everyone\nthanks for everything', 'high', [
      "I'm done. Bye everyone, see you at next week's group!",
      "I'm done. Bye everyone, thanks for everything, see you at next week's group!",
      'im done\nbye everyone\nthanks for everything, see you tomorrow',
      'ok im done with this raid\nbye everyone\nthanks for everything tonight gg',
    ]],
    ['im done\nbye everyone\nthank you for everything', 'high', ['Bye everyone, thanks for everything, see you at group on Monday!']],
    ['ok\nim so done\nbye guys\nsorry for everything', 'high', []],
    ['im done, bye everyone, thanks for everything', 'high', []],
    // A wish to die beside a mum who laughed; an embarrassment, the name in quotes or not.
    ['I want to die, I told my mum and she laughed', 'moderate', [
      'ugh I want to die, I called my teacher mum',
      'ugh I want to die, I just called my teacher "mum" in front of the whole class',
      "I want to die, I just called my boss 'babe' on a zoom call",
    ]],
    // The writer's own urge; a supporter naming someone else's.
    ['the urge to cut feels huge right now', 'moderate', [
      'I know the urge to cut feels huge right now',
      "Sending hugs. I know the urge to cut feels huge right now but you've got 60 days, ride the wave with us.",
      "I know how strong the urge to cut can be, we're here for you",
      "I know the craving to relapse feels unbearable right now, but you've got this",
      'I know the urge to cut yourself feels huge right now',
    ]],
    // "Myself" names the writer, whatever comes before it.
    ['I know the urge to kill myself feels huge but it passes', 'moderate', []],
    // Found by the review: the everyday doses above must not hide an overdose told with "at night",
    // "at bedtime" or "over the past few days"; a supporter's rule not the writer's own urge; a
    // sign-off "see you soon" is no next meeting; a failed exam is no homework.
    ['I took 30 pills at night so I won\'t wake up', 'imminent', []],
    ['took 40 pills at bedtime', 'imminent', []],
    ['I took 25 of my meds at bedtime and wrote a note', 'imminent', []],
    ["I've taken 40 pills over the past few days to end it", 'imminent', []],
    ['took 50 pills over the holidays', 'imminent', []],
    ['I took 15 sleeping pills at night and i hope i dont wake up', 'imminent', []],
    ["I know the urge to relapse feels huge right now and I'm going to give in tonight", 'moderate', []],
    ['I know the urge to die feels so strong right now, it always does at night', 'low', []],
    ['im done. bye everyone, thanks for everything, see you soon', 'low', []],
    ['Die Prüfung war so schwer, ich will nicht mehr', 'low', []],
    // A threat with its hour: the time between "kill me" and the condition, or standing alone.
    ['he said he would kill me tonight if I told anyone', 'imminent', ['my brother said he would kill me tonight in fortnite']],
    ['my husband said he would kill me tonight', 'imminent', [
      'my mum said she would kill me tonight if I was late again lol',
      'my sister said she would kill me today if I wore her dress',
      'my dad said he will kill me when he gets home, I broke his mug',
    ]],
    // Cutting said as a plan with nothing cut named; hair, class, a meeting and an onion named.
    ["I'm going to cut tonight", 'moderate', [
      "I'm going to cut my hair tonight",
      "I'm going to cut class tonight",
      "I'm going to cut tonight's meeting short",
      "I'll cut later, first the onions",
      'should I cut? my fringe is so long',
      'Im gonna cut tonight lol jk its a haircut',
    ]],
    ['im gonna cut when everyone is asleep', 'moderate', ["I'm going to cut the cake when everyone is here"]],
    // Sleeping pills swallowed five or more at once: an attempt under way.
    ['I just swallowed about 8 of my sleeping pills', 'imminent', [
      'I take 2 sleeping pills a night',
      'swallowed 2 ibuprofen for my headache',
      "the dog swallowed about 8 of my sleeping pills, we're at the vet",
      "I've taken about 8 of my sleeping pills this month, trying to cut down",
      'took 1 sleeping tablet last night and slept 10 hours',
      'took 8 paracetamol over the day for my toothache',
      "I took 5 sleeping pills over the weekend, still can't sleep",
      'had 6 sleeping tablets left so I threw them out',
    ]],
    ["took 6 of my mum's sleeping tablets, feeling really drowsy", 'imminent', []],
    ['i just necked 7 zopiclone', 'imminent', []],
    // Laxatives counted in words or by the box; one or two.
    ['took twenty laxatives tonight', 'moderate', ['took a laxative', 'Took two laxatives tonight, the iron tablets have me so blocked up']],
    ['swallowed a whole box of laxatives after dinner', 'moderate', []],
    // A very low weight and still feeling huge; a dog's, a suitcase's, weight lost.
    ["I'm 38kg and still feel huge", 'moderate', [
      'my dog is 38kg',
      "I've lost 38kg and still feel huge in photos, but my doctor is thrilled",
      'Our suitcase is 38kg and still feels huge to carry',
    ]],
    ['im 40kg and still look so fat', 'moderate', []],
    // Tonight beside a father's gun, in Italian; the same words of a TV series, a gun for target practice.
    ['ho preso la pistola di mio padre e stanotte la faccio finita', 'imminent', [
      'stanotte la faccio finita con questa serie',
      'mio padre ha una pistola per il tiro a segno',
    ]],
    ['mio padre ha una pistola, stanotte la faccio finita', 'imminent', []],
    // Dutch "vannacht" with a verb in the present is tonight; with "heb", or sleeping at a nan's, it is not.
    ['vannacht maak ik er een eind aan', 'imminent', [
      'vannacht maak ik er een eind aan met mijn vriend, ik ben het zat',
      'heb vannacht slecht geslapen',
      'vannacht slaap ik bij mijn oma',
    ]],
    ['ik maak er vannacht een eind aan', 'imminent', []],
    ['vannacht neem ik al die pillen', 'imminent', []],
    // A goodbye typed line by line, each line with a capital or a full stop: thanks, love, goodbye
    // and one weightier piece (an apology, a message left for someone, "I'm done"). A farewell to a
    // job, a group chat, a leaving do or a game, or a text to mum after a row, is not one.
    ["Thank you all.\nI love you.\nI'm sorry.\nGoodbye.", 'high', [
      "Last day at work today.\nThank you all for everything.\nI'm going to miss you.\nGoodbye!",
      "Today is my last day at the office.\nThank you for everything.\nI'm sorry I'm leaving.\nGoodbye!",
      'Leaving this group chat.\nSorry everyone.\nThanks for everything.\nBye!',
      'Thank you all for coming to my leaving do.\nI love you all.\nSorry I cried.\nBye!',
      'Sorry mum\nLove you\nBye x',
    ]],
    ['Thank You For Everything\nTell My Mum I Love Her\nBye', 'high', []],
    ['Im done\nBye everyone\nThanks for everything', 'high', [
      "I'm done!\nBye everyone\nThanks for everything, see you at the leaving do on Friday!",
      'GG\nIm done\nBye everyone\nThanks',
    ]],
    ["I'm done.\nGoodbye everyone.\nSorry for everything.", 'high', []],
    ['Please forgive me.\nThank you all.\nGoodbye.', 'high', []],
    // No line alone reads as a goodbye here: the lines are read as pieces for the apology among them.
    ["I'm sorry\nI love you\nBye", 'high', ['Sorry mum\nI love you\nBye']],
    ['thank you all, i love you, im sorry, goodbye', 'high', []],
    // Pills counted in words, as in digits; a dose or a time in words is not an overdose.
    ['I took twenty pills', 'imminent', [
      'it took twenty minutes to get my pills from the pharmacy',
      'it took ten years to get off my antidepressants',
      'it took 10 years to get off my antidepressants',
    ]],
    ['took fifteen sleeping pills', 'imminent', ['I take two sleeping pills a night', "took five sleeping pills over the weekend, still can't sleep"]],
    ['I just swallowed about eight of my sleeping pills', 'imminent', []],
    ['i just took forty paracetamol', 'imminent', []],
    ['I took twenty laxatives', 'moderate', ['took two laxatives for constipation']],
    // Someone else's emergency: a child who swallowed the writer's pills.
    ['my toddler swallowed 6 of my sleeping pills', 'imminent', [
      'my baby swallowed a penny, the doctor says it will pass',
      "the cat swallowed 6 of my sleeping pills, we're at the vet",
    ]],
    ["my son took twenty of my paracetamol, we're in A&E", 'imminent', []],
    // Cutting tonight with the fringe named after it, or before it, is a haircut.
    ["I'm going to cut tonight, nobody will stop me", 'moderate', [
      "I'm going to cut tonight, the fringe is in my eyes",
      "I'm gonna cut tonight, my bangs are driving me mad",
      "My fringe is in my eyes, I'm going to cut tonight",
    ]],
  ])('%s is a crisis (%s); its twins are not', (crisis, risk, twins) => {
    const result = classify(crisis);
    expect([crisis, result.crisis, result.risk]).toEqual([crisis, true, risk]);
    for (const twin of twins) expect([twin, crisisOf(twin)]).toEqual([twin, false]);
  });

  it('a goodbye in pieces is at least moderate; "I\'m done. Bye everyone, see you at next week\'s group!" stays below it', () => {
    expect(riskRank(classify('ok\nim done\nbye everyone\nthanks for everything').risk)).toBeGreaterThanOrEqual(riskRank('moderate'));
    expect(classify('ok\nim done\nbye everyone\nthanks for everything').categories).toContain('goodbye');
    expect(riskRank(classify("I'm done. Bye everyone, see you at next week's group!").risk)).toBeLessThan(riskRank('moderate'));
    // "see you on the other side" names no next meeting: no sign-off.
    expect(crisisOf('im done\nbye everyone\nthanks for everything\nsee you on the other side')).toBe(true);
  });

  it('an embarrassment is figurative only where it is one: a mum who laughed or did not answer is the writer\'s pain', () => {
    expect(classify('ugh I want to die, I just called my teacher "mum" in front of the whole class').risk).toBe('none');
    expect(crisisOf("I want to die, I called my mum and she didn't pick up")).toBe(true);
  });

  it("a supporter's \"I know the urge ... feels\" is not the writer's self-harm; \"I have the urge to cut\" and \"I know the urge will pass\" are", () => {
    expect(classify('I know the urge to cut feels huge right now').categories).not.toContain('self_harm');
    expect(classify('I have the urge to cut').categories).toContain('self_harm');
    expect(classify('the urge to cut feels huge right now').categories).toContain('self_harm');
    expect(crisisOf("I know the urge to cut will pass but right now it's so strong")).toBe(true);
  });

  it.each([
    "he said I'll regret it if I call the police again",
    'He said I\'ll regret it if I ever call the police again.',
    'he said I will regret it if I call the police again',
    "my ex said I'll regret it if I call the police",
    "he said I'll regret it if I report him",
  ])('a regret promised for going to the police is danger from someone else on its own: %s', (text) => {
    const result = classify(text);
    expect([text, result.crisis]).toEqual([text, true]);
    expect(result.categories).toContain('danger_from_other');
    expect(result.categories).not.toContain('threat');
    expect(decide(result).action).toBe('flag');
  });

  it.each([
    "He said I'll regret it if I skip leg day.",
    'My coach said I\'ll regret it if I skip leg day again',
    'My lawyer said I\'ll regret it if I call the police before we talk',
    "she said I'll regret it if I don't call the police about the break-in",
    "I know I'll regret it if I call the police on the neighbours' party",
    "My neighbour's party is loud but I'll regret it if I call the police on them, they're nice.",
  ])('a regret that is no threat is nothing: %s', (text) => {
    expect(classify(text).flagged).toBe(false);
  });

  it('laxatives by the score are self-harm; "took a laxative" is not high, nor anything', () => {
    expect(classify('took twenty laxatives tonight').categories).toContain('self_harm');
    expect(classify('took a laxative').risk).toBe('none');
  });

  it('"38kg and still feel huge" is self-harm; a 38kg dog is nothing', () => {
    expect(classify("I'm 38kg and still feel huge").categories).toContain('self_harm');
    expect(classify('my dog is 38kg').flagged).toBe(false);
  });

  it('a time said inside the writer\'s own words is the writer\'s, whoever is named before it', () => {
    expect(classify('i found the gun of my father and tonight i end it').risk).toBe('imminent');
    // Someone else's wish with a time stays worry for them.
    const sister = classify('mia sorella vuole ammazzarsi stanotte, cosa faccio?');
    expect(sister.categories).toContain('concern_for_other');
  });

  it('"Mathe ist so schwer, ich will nicht mehr 😭" is homework; "ich will nicht mehr" alone, of life, or "nicht mehr leben" still reads', () => {
    expect(classify('Mathe ist so schwer').flagged).toBe(false);
    expect(classify('Mathe ist so schwer, ich will nicht mehr 😭').flagged).toBe(false);
    expect(classify('Hausaufgaben sind so nervig, ich kann nicht mehr').flagged).toBe(false);
    expect(crisisOf('ich will nicht mehr 😭')).toBe(true);
    expect(crisisOf('das Leben ist so schwer, ich will nicht mehr')).toBe(true);
    expect(crisisOf('Mathe ist so schwer, ich will nicht mehr leben')).toBe(true);
  });

  it.each([
    ['I took twenty pills', 'I took 20 pills'],
    ['took fifteen sleeping pills', 'took 15 sleeping pills'],
    ['I swallowed twenty five of my sleeping pills', 'I swallowed 25 of my sleeping pills'],
    ['I just swallowed about eight of my sleeping pills', 'I just swallowed about 8 of my sleeping pills'],
    ['took a hundred pills', 'took 100 pills'],
    ['I took twenty laxatives', 'I took 20 laxatives'],
    ['took two laxatives for constipation', 'took 2 laxatives for constipation'],
    ['I take two sleeping pills a night', 'I take 2 sleeping pills a night'],
  ])('pills counted in words read as in digits: %s', (words, digits) => {
    const inWords = classify(words);
    const inDigits = classify(digits);
    expect([words, inWords.crisis, inWords.risk, inWords.categories]).toEqual([words, inDigits.crisis, inDigits.risk, inDigits.categories]);
  });

  it('a child who swallowed the writer\'s pills is worry for the child, urgent, not the writer\'s attempt; the writer\'s own "8 of my sleeping pills" still is', () => {
    const toddler = classify('my toddler swallowed 6 of my sleeping pills');
    expect([toddler.crisis, toddler.risk]).toEqual([true, 'imminent']);
    expect(toddler.categories).toEqual(['concern_for_other']);
    expect(noticeConcernOf(toddler.categories)).toBe('concern_for_other');
    expect(classify('my sister swallowed 6 of my sleeping pills').categories).toEqual(['concern_for_other']);
    const own = classify('I just swallowed about 8 of my sleeping pills');
    expect(own.categories).toContain('attempt');
    expect(own.categories).not.toContain('concern_for_other');
    expect(classify("took 6 of my mum's sleeping tablets, feeling really drowsy").categories).toContain('attempt');
  });

  it('a goodbye typed line by line is read as pieces only for the goodbye it shows: other lines stay sentences of their own', () => {
    // The run of farewells is read across its lines: "Thank you all.⏎I love you.⏎I'm sorry" is marked as one goodbye.
    const goodbye = classify("Thank you all.\nI love you.\nI'm sorry.\nGoodbye.");
    expect(goodbye.evidence.map((e) => [e.signal, e.start, e.end])).toEqual([
      ['goodbye', 0, 36],
      ['goodbye', 38, 45],
    ]);
    // A "not" on one line never reaches the next, lines as pieces or not.
    expect(classify("I'm not okay.\nI'm going to end it tonight.").risk).toBe('imminent');
    // Two pieces are not a run: "Thanks for everything.⏎Bye everyone." stays as it was.
    expect(classify('Thanks for everything.\nBye everyone.').crisis).toBe(false);
  });
  // The review of this set's fixes (labelled.probe-leftovers.jsonl, after the members' probe).
  it.each([
    'Told my mum goodnight and swallowed 30 of my pills',
    'I put my baby to bed and took all of my pills',
    'Kissed my son goodnight then took 50 of my sleeping tablets',
    'hugged my daughter and swallowed the rest of my meds',
    'said goodnight to my husband then swallowed all of my sleeping pills',
    'left a note for my sister and took a handful of my tablets',
    'I gave my toddler to mum and swallowed 30 of my pills',
    'Kissed the kids goodnight and took the rest of my meds',
  ])('whose pills says nothing of who took them: a person named earlier in the sentence is not the doer: %s', (text) => {
    const result = classify(text);
    expect([text, result.crisis, result.risk]).toEqual([text, true, 'imminent']);
    expect(result.categories).toContain('attempt');
    expect(result.categories).not.toContain('concern_for_other');
  });

  it('the one who took them is the verb\'s own subject, "just" between or not', () => {
    expect(classify('my toddler just swallowed 6 of my sleeping pills').categories).toEqual(['concern_for_other']);
    expect(classify('my toddler swallowed 6 of my sleeping pills').categories).toEqual(['concern_for_other']);
  });

  it.each([
    ["I'm going to cut tonight, my hair can wait, nobody cares", 'moderate'],
    ["I'm going to cut tonight, the fringe is the least of my problems", 'moderate'],
    ['Leaving this server now\nSorry for everything\nTell my mum I love her\nGoodbye', 'high'],
    ["Last day at work today. Thank you all… I won't be around after tonight, I've got the pills ready", 'imminent'],
    ['I took ten pills', 'imminent'],
    ['swallowed ten pills', 'imminent'],
    ['took ten of my tablets', 'imminent'],
  ])('still a crisis beside the words of an everyday reason: %s (%s)', (text, risk) => {
    const result = classify(text);
    expect([text, result.crisis, result.risk]).toEqual([text, true, risk]);
  });

  it('a haircut only where the hair is what is cut or the trouble; a farewell run after a group left only of light farewells', () => {
    expect(crisisOf("I'm going to cut them tonight, my bangs")).toBe(false);
    expect(classify('Leaving this server now\nSorry for everything\nTell my mum I love her\nGoodbye').categories).toContain('goodbye');
    expect(crisisOf('Leaving this group chat.\nSorry everyone.\nThanks for everything.\nBye!')).toBe(false);
  });

  it.each([
    "I've taken hundreds of pills over the years",
    'had a dozen tablets left',
    'sorry all\nthanks\nbye',
    'Sorry guys.\nThanks.\nBye!',
    'Thanks so much.\nSorry.\nBye x',
    "I'm done!\nThanks everyone!\nBye!",
    "I'm sorry\nI love you\nbye",
  ])('an everyday count or sign-off is nothing: %s', (text) => {
    expect([text, classify(text).flagged]).toEqual([text, false]);
  });

  it('a goodbye typed as a phone types it, capitals or full stops, still reads; the same words in lower case after the first line do not', () => {
    expect(classify("I'm sorry\nI love you\nBye").risk).toBe('high');
    expect(classify("I'm sorry\nI love you\nbye").flagged).toBe(false);
  });
});
