import { classify } from './classify';

const crisisOf = (text: string) => classify(text).crisis;

/**
 * Crisis said in passing, as members of peer-support forums write it about themselves. Each
 * phrasing stands beside everyday neighbours that share its words and must stay unflagged.
 */
describe('crisis recall: a wish told in passing', () => {
  it.each<[string, string, string[]]>([
    // fighting the urge: the "not" is the struggle, not a denial
    ["I'm trying so hard not to kill myself tonight", 'active_ideation', [
      'Try not to kill yourself laughing at this one',
      "I'm not trying to kill myself, I'm trying to get healthier",
    ]],
    ['honestly struggling to not end my life right now', 'active_ideation', ['i am fighting hard not to end it all with my ex']],
    // wanting nothing else
    ['All I want anymore is to die.', 'passive_ideation', [
      'All I want is to die of old age in a cottage by the sea.',
      'all i want is to die happy',
      'all I want is to die my hair blue',
    ]],
    ['the only thing i really want is to not wake up', 'passive_ideation', ['the only thing i want is to not wake up early tomorrow']],
    ['my desire to die is stronger than ever', 'passive_ideation', [
      'Her desire to die at home was respected by the hospice.',
      'The desire to die is a symptom doctors ask about.',
    ]],
    ['I have this constant urge to die and it scares me', 'passive_ideation', ['please tell me your desire to die is fading a little']],
    // death as a comfort, praying to die, a wish for one's own death
    ['Lately death is the only comfort I have left.', 'passive_ideation', ['My grandad said death is the only comfort he has left.']],
    ['dying sounds so peaceful to me these days', 'passive_ideation', [
      'Dying sounds peaceful the way the nurse described it',
      'Death Note looks so good, starting it tonight',
      'The death scene seems so peaceful in the film.',
    ]],
    ['honestly i pray to die most nights', 'passive_ideation', [
      'I pray every night for my mum to get better.',
      'i pray to die in my sleep at 100 surrounded by grandkids',
    ]],
    ['Some days I catch myself wishing for my own death', 'passive_ideation', ['Some days I catch myself wishing for my own room']],
    ['I romanticize the idea of my own suicide more than I should', 'passive_ideation', ['Shows that romanticize suicide are dangerous for teens.']],
    ['I hate everything about being alive', 'passive_ideation', ['I hate everything about living in this city']],
    ['I might as well be dead at this point', 'passive_ideation', [
      'You might as well be dead to him now',
      'My phone died so I might as well be dead to the world today',
      'If I have to sit through one more meeting I might as well be dead lol',
    ]],
    ["I'm too scared to live and too scared to die", 'passive_ideation', ["I'm too scared to drive at night"]],
    ['no job, no friends, i just sit and wait to die', 'passive_ideation', ['so i just wait to dye my hair until summer']],
    ['why keep hurting like this when i could just end it', 'passive_ideation', [
      'why stay in this job when I could just end it and quit',
      'why keep going to that gym when i could just end it',
    ]],
    ['Im obsessed with death and suicide lately', 'passive_ideation', [
      "I'm obsessed with death metal",
      'We are obsessed with true crime and death documentaries',
    ]],
    ['The only reason I haven’t yet killed myself is my cat.', 'passive_ideation', ["The only reason I haven't yet ended it with him is the kids."]],
    // thinking of it, misspelt
    ['i cant stop thinking about dieing', 'active_ideation', ['i cant stop thinking about dyeing my hair']],
    // a burden, a plan named as a noun, a drunken jump
    ['Everything would be easier for everyone if I just disappeared.', 'burden', ['It would be easier for everyone if I was there early to set up.']],
    ['I already wrote down my suicide plan', 'plan', [
      'My suicide prevention training is on Monday.',
      'My suicide plan for the zombie apocalypse is a running joke at work',
    ]],
    ["One day I'm going to get wasted and jump off the bridge", 'intent', [
      "I'm going to the lake and jump off the pier into the water",
      'this summer we will drive down and jump off the cliff into the sea, so excited',
      "we're going to go out and jump off the bridge into the river this summer",
    ]],
  ])('"%s" is the writer\'s crisis (%s), its neighbours are not', (text, signal, neighbours) => {
    const result = classify(text);
    expect(result.crisis).toBe(true);
    expect(result.evidence.map((e) => e.signal)).toContain(signal);
    for (const neighbour of neighbours) expect([neighbour, crisisOf(neighbour)]).toEqual([neighbour, false]);
  });

  it('reads a note\'s opening, "when you read this I\'ll be dead", as a goodbye, and an everyday sign-off as none', () => {
    for (const text of ["when you read this I'll be dead", 'when you read this I will be gone', "if you are reading this I'm already dead"]) {
      expect([text, classify(text).risk, classify(text).categories]).toEqual([text, 'high', ['goodbye']]);
    }
    for (const text of ["when you read this i'll be at the beach", "when you read this I'll be gone for a week, enjoy the house", 'thank you all for everything, see you tomorrow']) {
      expect([text, crisisOf(text)]).toEqual([text, false]);
    }
    expect(crisisOf("thank you all for everything. I won't be here tomorrow")).toBe(true);
  });

  it('reads across the comma a note\'s opening takes, and an everyday reason after one', () => {
    expect(classify("if you're reading this, I'm already gone").risk).toBe('high');
    expect(classify("when you read this, I'll be dead").risk).toBe('high');
    expect(crisisOf("if you're reading this, I'm already at the airport")).toBe(false);
    expect(crisisOf("Gave my sister my winter coat. I won't need it where I'm going, it's 30 degrees in Lisbon.")).toBe(false);
    expect(crisisOf("Gave my sister my winter coat. I won't need it where I'm going.")).toBe(true);
  });

  it('reads "once I\'m not in it" as the future, and "I once wanted to" as the past', () => {
    expect(crisisOf("This world will be a little lighter once I'm not in it")).toBe(true);
    expect(crisisOf('I once wanted to die')).toBe(false);
  });

  it('counts weaker phrasings only beside other signs', () => {
    // Each alone is too faint; with a second sign they are the writer's crisis.
    expect(crisisOf('Some days a burden on the people around me, some days a help.')).toBe(false);
    expect(crisisOf('a burden on the people around me. empty. suicidal.')).toBe(true);
    expect(crisisOf('Will I just end up another suicide statistic?')).toBe(false);
    expect(crisisOf("I'm so tired of everything. Will I just end up another suicide statistic?")).toBe(true);
    expect(crisisOf("I'm obsessed with death, I read every obituary")).toBe(false);
  });

  it('reads the same phrasing about a sister as concern, not the writer\'s crisis', () => {
    const sister = classify('my sister says her desire to die is back and I am scared for her');
    expect(sister.crisis).toBe(true);
    expect(sister.categories).toContain('concern_for_other');
    expect(sister.categories).not.toContain('suicidal_ideation');
  });
});
