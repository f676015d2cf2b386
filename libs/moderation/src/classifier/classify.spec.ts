import { CATEGORIES } from '../categories';
import { decide } from '../policy';
import { phrases } from '../lexicon/lexicon-entry';
import { classify } from './classify';
import { compileLexicon } from './compiled-lexicon';

const crisisOf = (text: string) => classify(text).crisis;

describe('classify: output shape', () => {
  it('returns exactly flagged, crisis, risk, categories, scores and evidence', () => {
    const result = classify('hello');
    expect(Object.keys(result).sort()).toEqual(['categories', 'crisis', 'evidence', 'flagged', 'risk', 'scores']);
    expect(Object.keys(result.scores).sort()).toEqual([...CATEGORIES].sort());
    expect(result).toMatchObject({ flagged: false, crisis: false, risk: 'none', categories: [], evidence: [] });
  });

  it('keeps every score in [0, 1]', () => {
    const result = classify('I want to die, I hate myself, nobody would miss me, kys you idiot, send nudes, click here www.x.com');
    for (const score of Object.values(result.scores)) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it('points evidence at the original text, through obfuscation', () => {
    const text = 'honestly I w4nt to K I L L   myself 🔪';
    const result = classify(text);
    expect(result.crisis).toBe(true);
    const spans = result.evidence.map((e) => text.slice(e.start, e.end));
    expect(spans.some((s) => s.includes('K I L L   myself'))).toBe(true);
  });

  it('reads crisis words with letters hidden behind asterisks', () => {
    // The asterisks used to be dropped, leaving "kll" and "sucide", which no phrase knows.
    for (const text of ['I want to k*ll myself', 'I want to k**l m*self tonight', 'thinking about suic*de again', 'thinking about s**cide', 'i am s*icidal', 'I want to d*e']) {
      const result = classify(text);
      expect(result.crisis).toBe(true);
      expect(result.categories).toContain('suicidal_ideation');
    }
    const text = 'honestly I want to k*ll myself';
    const spans = classify(text).evidence.map((e) => text.slice(e.start, e.end));
    expect(spans.some((s) => s.includes('k*ll myself'))).toBe(true);
    // Aimed at someone it is still abuse; asterisks used as emphasis or spacing change nothing.
    expect(classify('k*ll yourself').categories).toContain('incitement');
    expect(classify('I *really* want to die').crisis).toBe(true);
    expect(classify('i*want*to*die').crisis).toBe(true);
    expect(classify('what a sh*t day, 2*3=6').flagged).toBe(false);
  });

  it('handles empty and odd input without throwing', () => {
    for (const text of ['', '   ', '\u0000', '🙂🙂', '#'.repeat(1000), 'a'.repeat(50_000)]) {
      expect(classify(text).flagged).toBe(false);
    }
  });
});

describe('classify: crisis signals', () => {
  it.each([
    ['passive ideation', 'I wish I could go to sleep and never wake up', 'suicidal_ideation', 'low'],
    ['active ideation', 'I really want to kill myself', 'suicidal_ideation', 'moderate'],
    ['suicidal state', "I've been feeling suicidal all week", 'suicidal_ideation', 'moderate'],
    ['intent', "I'm going to end my life", 'suicidal_ideation', 'high'],
    ['self-harm', 'I cut myself again last night', 'self_harm', 'moderate'],
    ['self-harm urge', 'the urge to cut is so strong', 'self_harm', 'moderate'],
    ['hopelessness', 'Nothing will ever get better and there is no way out', 'hopelessness', 'low'],
    ['burden', 'everyone would be better off without me', 'hopelessness', 'low'],
    ['goodbye', 'By the time you read this I will be gone', 'goodbye', 'high'],
    ['giving things away', "I've given away my cat. I won't need anything where I'm going", 'goodbye', 'high'],
    ['method seeking', "what's the most painless way to kill myself?", 'plan', 'high'],
    ['method seeking, asked plainly', 'how do i kill myself', 'plan', 'high'],
    ['method seeking, searched', 'how to kill myself painlessly', 'plan', 'high'],
    ['method seeking, an overdose', 'how can i overdose on my meds', 'plan', 'high'],
    ['a plan', "I've been stockpiling my pills for weeks", 'plan', 'high'],
    ['an attempt under way', 'I just took 40 pills', 'attempt', 'imminent'],
    ['a recent attempt', 'I tried to kill myself yesterday', 'attempt', 'high'],
    ['an overdose last month is grave but over', 'I overdosed last month', 'attempt', 'high'],
    ['an overdose just now is under way', 'I just overdosed', 'attempt', 'imminent'],
  ] as const)('%s: "%s"', (_name, text, category, risk) => {
    const result = classify(text);
    expect(result.crisis).toBe(true);
    expect(result.flagged).toBe(true);
    expect(result.categories).toContain(category);
    expect(result.risk).toBe(risk);
  });

  it('raises the tier with means and timing, but never flags them alone', () => {
    expect(classify('I want to die').risk).toBe('moderate');
    expect(classify('I want to die, I have the pills ready').risk).toBe('high');
    expect(classify("I'm going to kill myself tonight").risk).toBe('imminent');
    const withMeans = classify("I'm going to kill myself tonight, I bought a rope");
    expect(withMeans.categories).toEqual(expect.arrayContaining(['suicidal_ideation', 'means', 'timing']));
    expect(classify('I need a rope for the climbing trip tonight').crisis).toBe(false);
    expect(classify('I took my pills this morning').crisis).toBe(false);
  });

  it('reads "them" in "I will take them all" as the pills, so the plan stays the writer\'s', () => {
    // With "I" outside the phrase, "them" used to be read as the person who would take them.
    for (const text of ['I will take them all tonight', 'I am going to take them all', 'I have the pills ready and I will take them all tonight.']) {
      const result = classify(text);
      expect(result.crisis).toBe(true);
      expect(result.categories).toContain('suicidal_ideation');
      expect(result.categories).not.toContain('concern_for_other');
    }
    expect(classify('I will take them all tonight').risk).toBe('imminent');
    // Someone else's plan is still theirs.
    expect(classify('my friend is going to take them all').categories).toEqual(['concern_for_other']);
  });

  it('counts "took N pills" in full only for a large number', () => {
    expect(crisisOf('I took 2 pills for my headache')).toBe(false);
    expect(crisisOf('I took 30 pills')).toBe(true);
  });

  it.each([
    ['unalive', 'i want to unalive myself'],
    ['sewerslide', 'thinking about sewerslide again'],
    ['kms', 'i just wanna kms'],
    ['ctb', 'seriously considering ctb'],
    ['leetspeak', 'i w4nt to d1e'],
    ['stretched letters', 'i wanna diiiie'],
    ['spaced letters', 'I want to k i l l myself'],
    ['hashtag', '#wanttodie'],
    ['Cyrillic look-alikes', 'I want to kіll myѕelf'],
    ['a skipped filler word', 'I just really fucking want to die'],
  ])('reads algospeak and obfuscation: %s', (_name, text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it.each([
    ['es', 'Quiero morirme, ya no puedo más'],
    ['es', 'Me voy a matar esta noche'],
    ['fr', 'Je veux mourir'],
    ['fr', "J'ai envie de me suicider"],
    ['fr', 'Je ne veux plus vivre'],
    ['de', 'Ich will nicht mehr leben'],
    ['de', 'Ich werde mich heute Nacht umbringen'],
    ['de', 'Ich ritze mich wieder'],
  ])('reads the main phrases in %s: "%s"', (_lang, text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it.each([
    ['es', 'No quiero morir, solo estoy cansado'],
    ['fr', 'Je ne veux pas mourir'],
    ['de', 'Ich will nicht sterben'],
    ['de', 'Ich werde mich nicht umbringen'],
    ['es', 'Me muero de risa'],
    ['de', 'Diese Hausaufgaben bringen mich um'],
  ])('reads negation and idioms in %s: "%s"', (_lang, text) => {
    expect(crisisOf(text)).toBe(false);
  });
});

describe('classify: context that lowers or changes the reading', () => {
  it.each([
    ["I'm not suicidal, just exhausted"],
    ['I would never kill myself'],
    ["I don't want to die"],
    ['I have no plans to hurt myself'],
  ])('negation: "%s"', (text) => {
    expect(crisisOf(text)).toBe(false);
  });

  it('reads plain wishes to be dead that were missed: no reason to keep living, "I\'d rather die", wanting to join the dead', () => {
    for (const text of [
      "Since my wife died I don't see any reason to keep living",
      "I don't have a reason to live anymore",
      'id rather die at this point. nothing helps',
      'my dog died and i want to join him',
      'my brother killed himself and i want to go with him',
    ]) {
      expect(classify(text).categories).toContain('suicidal_ideation');
    }
    for (const text of [
      "I'd rather die than go to that party",
      // Said and stopped, it answers a question as often as not: only beside another sign.
      "prom with him? I'd rather die",
      "I don't see any reason to keep going to that gym.",
      'honestly I don\'t see any reason to keep going, the show got so bad after season 3',
      'Our coach passed away and I want to join the committee now.',
      'my brother passed his army selection and I want to join him',
      'my duo died in fortnite and i want to join him',
    ]) {
      expect(crisisOf(text)).toBe(false);
    }
  });

  it.each([
    ["there's no point in anything anymore"],
    ['I hate my life and want it over'],
    ['I feel like disappearing for good'],
    ["I'm done with life"],
    ["I can't see a way out"],
    ["it would be easier if I wasn't born"],
    ["I keep thinking everyone is better off if I'm dead"],
  ])('reads a plain statement that was missed: "%s"', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it.each([
    ['I have nothing left to say to him.'],
    ['Spent it all on Christmas presents, I have nothing left.'],
    ['I want out of this group chat.'],
    ['I want out, this job is killing me'],
    ['I just want it all over with, exams are hell'],
    ["I can't see a way out of this maze"],
    ["it'd be easier if I wasn't born in the 90s"],
    ['I feel like disappearing for good from social media'],
    ['there\'s no point to any of it, the ref is biased'],
    ["There's no point in anything he says."],
    ["We'd be better off if I'm not here on Friday, I'll work from home."],
  ])('leaves its everyday twin alone: "%s"', (text) => {
    expect(crisisOf(text)).toBe(false);
  });

  it('reads "me and my friend want to die" as the writer\'s too (it read as the friend\'s alone)', () => {
    expect(classify('me and my friend want to die').categories).toContain('suicidal_ideation');
    expect(classify('me and my sister have been cutting').categories).toContain('self_harm');
    expect(classify('me and my sister have been cutting').categories).not.toContain('concern_for_other');
    expect(classify('she told me and my mum she wants to die').categories).toEqual(['concern_for_other']);
  });

  it('reads a dropped "I" after "and" as the writer\'s when the verb says so ("want", not "wants")', () => {
    // Read as the person named before "and", these were someone else's, or nobody's: the writer was not shown help.
    for (const text of [
      'bf dumped me and just want to die tbh',
      'my mum screamed at me again and honestly just want to die',
      "my kids' dad left and honestly just want to die",
      // "need" is read "ned", as every word's doubled letters are.
      'my dad left me and need to end it',
      'my mum screamed at me and just feel like dying',
      // The writer is the first half's object, whoever laughed.
      'my bf and his friends laughed at me and want to die',
    ]) {
      const result = classify(text);
      expect(result.crisis).toBe(true);
      expect(result.categories).toContain('suicidal_ideation');
      expect(result.categories).not.toContain('concern_for_other');
    }
    // The verb agrees with the person named: theirs.
    expect(classify('my sister failed her exams and wants to die').categories).toEqual(['concern_for_other']);
    expect(classify('My brother lost his job and wants to end it all.').categories).toEqual(['concern_for_other']);
    expect(classify('my parents found out and want to kill me').categories).not.toContain('suicidal_ideation');
    // "-s" dropped, but the first half is that person's state, or the writer asks how to help: theirs.
    for (const text of ['my brother is depressed and want to die', 'my friend is being bullied and want to die. how can i help her', 'how do i help my friend who is being bullied and want to die']) {
      expect(classify(text).categories).toEqual(['concern_for_other']);
    }
    // Asking how to help alone keeps it theirs; without the question the same words are the writer's.
    expect(classify('my friend keeps crying and want to die, how can i help her').categories).toEqual(['concern_for_other']);
    expect(classify('my friend keeps crying and want to die').categories).toEqual(['suicidal_ideation']);
  });

  it('does not let a negation reach past "but" or "why"', () => {
    expect(crisisOf("I'm not sad but I want to die")).toBe(true);
    expect(crisisOf("I don't know why I want to die")).toBe(true);
    expect(crisisOf("not gonna lie, I want to die")).toBe(true);
  });

  it.each([
    ['I used to self-harm, 3 years clean now'],
    ['I was suicidal in high school but therapy helped me'],
    ['Five years ago I attempted suicide. Today I am happy and married.'],
    ["I'm in recovery from self harm and my scars are fading"],
  ])('past and recovery: "%s"', (text) => {
    expect(crisisOf(text)).toBe(false);
  });

  it('brings the past back when it is happening again', () => {
    expect(crisisOf('I used to self harm and I relapsed again this week')).toBe(true);
    expect(crisisOf('I was clean for 2 years but I cut again tonight')).toBe(true);
  });

  it('still counts a past attempt told without any recovery', () => {
    const result = classify('I attempted suicide before');
    expect(result.crisis).toBe(true);
    expect(result.risk).toBe('low');
  });

  it.each([
    ['this homework is killing me'],
    ['I was dying of laughter'],
    ['this cake is to die for'],
    ['I cut myself shaving this morning'],
    ['I killed myself in Minecraft again lol'],
    ["I'd rather die than wear that sweater"],
    ['I ran 10 kms today'],
    ['my phone is dying'],
  ])('figurative use: "%s"', (text) => {
    expect(classify(text).flagged).toBe(false);
  });

  it('lets a longer crisis reading win over an idiom it contains', () => {
    expect(crisisOf("I'd rather die than keep living like this")).toBe(true);
  });

  it('discounts jokes and trivial causes, but not plans or attempts', () => {
    expect(crisisOf('this class makes me want to kms lol')).toBe(false);
    expect(crisisOf("if I have to sit through one more meeting I'm going to kill myself")).toBe(false);
    expect(crisisOf('I just took all my pills lol')).toBe(true);
  });

  it('reads killing someone and then oneself as both a threat and the writer\'s crisis', () => {
    for (const text of ['I will kill you and then myself', 'im going to kill him and then kill myself', "I'm going to kill my dad and then myself"]) {
      const result = classify(text);
      expect([text, result.risk, result.categories]).toEqual([text, 'high', expect.arrayContaining(['suicidal_ideation', 'threat'])]);
    }
    expect(classify("I'm going to kill my brother and then go to bed").crisis).toBe(false);
    expect(classify('I will kill you').crisis).toBe(false);
  });

  it('reads wanting to die said with a laugh and no cause as crisis: a laugh is how many say it', () => {
    for (const text of ['I want to kill myself lol', 'i want to die lol', 'kms lol', 'lol i want to die', 'I want to kill myself haha']) {
      expect([text, classify(text).risk]).toEqual([text, 'moderate']);
    }
  });

  it('discounts a laugh with an everyday cause named, but not the cause without a laugh', () => {
    for (const text of ['This weather makes me want to die lol', 'ugh i want to die this exam was so hard lol', 'kms this wifi is so slow lol', "I'm dying lol that video", 'dead lol']) {
      expect([text, crisisOf(text)]).toEqual([text, false]);
    }
    expect(crisisOf('I want to die, I failed every exam')).toBe(true);
    expect(crisisOf('my boss is awful and i want to kill myself')).toBe(true);
    expect(crisisOf('Reporting because this made me want to kill myself.')).toBe(true);
  });

  it.each([
    ["Please don't kill yourself, you matter"],
    ['If you are thinking about suicide, please call a crisis line'],
    ['Have you thought about killing yourself?'],
    ["It's normal to want to die sometimes when you're depressed"],
    ['Many people would care if you killed yourself'],
  ])('support for someone else is not the writer\'s crisis: "%s"', (text) => {
    const result = classify(text);
    expect(result.crisis).toBe(false);
    expect(result.flagged).toBe(false);
  });

  it.each([
    ['Suicide rates among teens rose by 5%, according to a new study'],
    ["I'm writing my thesis on self-harm among students"],
    ['The character in the novel takes her own life'],
    ['My uncle killed himself when I was ten'],
  ])('news, education and grief: "%s"', (text) => {
    expect(crisisOf(text)).toBe(false);
  });

  it.each([
    ['My best friend told me she wants to kill herself. What do I do?'],
    ['I am worried about my brother, he keeps saying he wants to die'],
    ['My girlfriend has been cutting herself and I don\'t know how to help'],
  ])('concern for another person: "%s"', (text) => {
    const result = classify(text);
    expect(result.crisis).toBe(true);
    expect(result.categories).toEqual(['concern_for_other']);
  });

  it('grades concern by the other person\'s risk', () => {
    expect(classify('My friend just texted that she is going to take all her pills tonight, please help').risk).toBe('imminent');
  });

  it('reads whose words they are in reported speech and quotes', () => {
    expect(classify('she texted me that she wants to die, I am scared').categories).toEqual(['concern_for_other']);
    expect(crisisOf('> I want to die\nPlease stay, you matter to us')).toBe(false);
    expect(crisisOf('listen to [Wish I Was Dead](https://music.example/x), great song')).toBe(false);
  });
});

describe('classify: harm categories', () => {
  it.each([
    ['harassment', "You're a pathetic loser and everyone hates you"],
    ['harassment', 'shut up you stupid idiot'],
    ['incitement', 'kys'],
    ['incitement', 'just kill yourself already'],
    ['incitement', 'go hang yourself'],
    ['threat', "I'm going to find you and kill you"],
    ['threat', "I'm going to shoot up the school tomorrow"],
    ['hate', 'Immigrants are vermin and should be exterminated'],
    ['sexual', 'send nudes'],
    ['method_instructions', 'hide your cuts with long sleeves so nobody notices'],
    ['spam', 'Earn 5000 a week from home, click here: bit.ly/x'],
    ['drug_selling', 'selling xanax and percs, dm me for prices'],
  ] as const)('%s: "%s"', (category, text) => {
    const result = classify(text);
    expect(result.categories).toContain(category);
    expect(result.flagged).toBe(true);
    expect(result.crisis).toBe(false);
  });

  it.each([
    ["please don't kill yourself"],
    ['why would you want to kill yourself?'],
    ['if you kill yourself your sister will grow up alone'],
    ["I'm such an idiot, I locked myself out again"],
    ['my doctor prescribed xanax for my panic attacks'],
    ['My boss will kill me if I am late'],
    ['here is the link to the support group: https://example.org/group'],
  ])('is not harm: "%s"', (text) => {
    expect(classify(text).flagged).toBe(false);
  });

  it('discounts a joking threat', () => {
    expect(classify("I'm going to kill my brother if he eats my leftovers again lol").flagged).toBe(false);
  });

  it('reads "kys" said of oneself as crisis, never as telling someone to do it', () => {
    // "im going to kys" is widely written for "kill myself": it used to be incitement, hidden.
    for (const text of ['im going to kys', 'gonna kys tonight', "i'm gonna kys, goodbye everyone", 'I decided to kys']) {
      const result = classify(text);
      expect(result.crisis).toBe(true);
      expect(result.categories).toContain('suicidal_ideation');
      expect(result.categories).not.toContain('incitement');
      expect(decide(result).action).toBe('flag');
    }
    // Said to someone it is incitement, as before; both in one text are both.
    for (const text of ['kys', 'you should kys', 'I hope you kys']) expect(classify(text)).toMatchObject({ crisis: false, categories: ['incitement'] });
    expect(classify('i want to kill myself. kill yourself too').categories).toEqual(expect.arrayContaining(['suicidal_ideation', 'incitement']));
  });

  it('never gives a harm category to a person describing their own pain', () => {
    for (const text of [
      'I fucking hate myself and I want to fucking die',
      'kids at school keep telling me to kys and I think they are right',
      'he called me a worthless faggot and now I want to die',
      "I'm a stupid worthless idiot and I deserve to die",
    ]) {
      const result = classify(text);
      expect(result.crisis).toBe(true);
      expect(result.categories.filter((c) => ['harassment', 'incitement', 'hate'].includes(c))).toEqual([]);
    }
  });

  it('keeps a threat against others next to a crisis', () => {
    const result = classify("I want to die and I'm going to take them with me");
    expect(result.crisis).toBe(true);
    expect(result.categories).toContain('threat');
  });
});

describe('classify: crisis written past a filter (a digit for "to", words joined by dots, € for e)', () => {
  it.each([
    ['i want 2 die', 'i want to die'],
    ['I.WANT.TO.DIE', 'I want to die'],
    ['I hate mys€lf and want to kill mys€lf', 'I hate myself and want to kill myself'],
    ['im going 2 end it', 'im going to end it'],
  ])('reads "%s" as "%s" is read', (text, plain) => {
    const expected = classify(plain);
    expect(expected.crisis).toBe(true);
    const result = classify(text);
    expect(result.crisis).toBe(true);
    expect(result.risk).toBe(expected.risk);
    expect(result.categories).toEqual(expected.categories);
  });

  it('reads the three as "I want to die" is read: suicidal ideation, moderate', () => {
    for (const text of ['i want 2 die', 'I.WANT.TO.DIE', 'i.want.2.die', 'I hate mys€lf and want to kill mys€lf']) {
      expect(classify(text)).toMatchObject({ crisis: true, risk: 'moderate' });
      expect(classify(text).categories).toContain('suicidal_ideation');
    }
  });

  it('reads "2" as "to" only where "to" would stand: counts, versions and prices stay what they were', () => {
    expect(crisisOf('i want 2 die')).toBe(true);
    for (const text of ['I want 2 pizzas', 'version 2 died on me', 'i want 2 go home', 'i need 2 cut the cake', 'this cake is 2 die for', 'I just took 2 pills']) {
      expect(classify(text).flagged).toBe(false);
    }
    expect(crisisOf('I.WANT.TO.DIE')).toBe(true);
    expect(classify('I.love.this.song').flagged).toBe(false);
    expect(crisisOf('I want to kill mys€lf')).toBe(true);
    expect(classify('it cost 5€, I want €20 back').flagged).toBe(false);
  });
});

describe('classify: lexicon as data', () => {
  it('uses a custom lexicon compiled from entries a moderator wrote', () => {
    const lexicon = compileLexicon([...phrases('hopelessness', 0.9, ['(the|this) void (calls|is calling)'])]);
    expect(classify('the void is calling', { lexicon }).categories).toEqual(['hopelessness']);
    expect(classify('I want to die', { lexicon }).crisis).toBe(false);
  });
});
