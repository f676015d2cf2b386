import { classify } from './classify';

const crisisOf = (text: string) => classify(text).crisis;

/**
 * A probe of crisis in English (libs/moderation/data/labelled.probe-english.jsonl), written fresh
 * and scored before any fix: 65 of 144 crisis texts read and 18 of 134 everyday texts flagged.
 * These are the lines mended: danger now told plainly, self-harm told without "cut myself", a
 * wish to be gone told sideways, light goodbyes, chat spellings and lines broken as chat is
 * typed; and everyday goodbyes, decisions and jokes that had read as crisis. Each crisis line
 * stands beside everyday twins that share its words.
 */
describe('probe set: crisis in English', () => {
  it.each<[string, string, string[]]>([
    // Danger now.
    ["I cut really deep and it won't stop bleeding, I've gone through three towels", 'imminent', [
      "I cut my finger really deep on a tin and it won't stop bleeding, where are the plasters?",
    ]],
    ["sitting on the edge of the bridge rn. it's really quiet up here", 'imminent', ["sitting on the edge of the pool rn. it's really quiet up here"]],
    ["the rope is up and i'm standing on the chair. just wanted someone to know", 'imminent', [
      "the washing line rope is up and i'm standing on the chair to reach the pegs",
    ]],
    ["I just swallowed like 30 of my mum's sleeping pills. I don't know why I'm telling you.", 'imminent', [
      'I just swallowed like 3 of my vitamins at once',
      'it took like 20 minutes to get my pills from the pharmacy',
    ]],
    ['im on the roof of my building and im going to jump', 'imminent', ['im on the roof of my building fixing the satellite dish', 'im going to jump in the pool']],
    ["I want to die and I have a whole box of my mum's tramadol in my bag.", 'high', [
      "I have a whole box of my mum's tramadol in my bag to take back to the pharmacy",
    ]],
    ["I've got all my pills lined up on the desk. Tonight's the night.", 'high', [
      "I've got all my pills lined up on the desk in a weekly organiser now",
      "Tonight's the night, the final episode!",
    ]],
    ['Found out which floor of the car park has no fence. Going there Friday.', 'high', ['Found out which floor of the car park has no height barrier for the van.']],
    // Self-harm told without "cut myself".
    ["4 years clean from cutting and I did it again tonight. I don't even know how I feel.", 'moderate', [
      '4 years clean from smoking and I did it again tonight, one cig at the party.',
    ]],
    ['I carved his name into my thigh with a compass', 'moderate', ['I carved his name into the tree with a compass when we were 12']],
    ["Relapsed. 142 days gone. The blade was just there and I couldn't stop.", 'low', [
      "Relapsed on sugar. 142 days gone, the cake was just there and I couldn't stop.",
      'Relapsed. Back on the cigarettes.',
    ]],
    // A wish to be gone told sideways.
    ["honestly everyone in my life would have an easier time if i just wasn't in the picture", 'low', [
      "the group photo would look better if i just wasn't in the picture",
    ]],
    ["I'm just a weight around my family's neck. They'd breathe easier without me.", 'low', [
      'The mortgage is a weight around my neck.',
      "They'd breathe easier without me smoking in the car.",
    ]],
    ["If I got hit by a bus tomorrow I honestly wouldn't mind.", 'low', ['If I got hit by a bus tomorrow, would anyone know my passwords?']],
    ["Sometimes when I'm on the train platform I picture just stepping forward.", 'low', ["On the platform I picture stepping onto the train to Paris next week."]],
    // Goodbyes said lightly, and a decision made.
    ['if i dont reply tmrw just know i love u guys', 'high', ["if i dont reply tmrw its cos im at my nan's, love u guys"]],
    ["I've written letters for my mum and my sister. They're in the top drawer.", 'high', [
      "I've written letters for my mum and my sister for Christmas.",
      "The spare keys? They're in the top drawer.",
    ]],
    ["I've decided. Sunday. Everything's sorted.", 'high', ["Everything's sorted.", "I've decided to go on Sunday. Everything's sorted for the party."]],
    // Chat spellings.
    ['i want to commit suiside', 'moderate', ['i want to commit to the gym']],
    ['i wnat to die', 'moderate', ['i wnat to go home']],
    ['ngl the sewer slide thoughts r loud today', 'high', ['ngl the intrusive song lyrics r loud today']],
    ['having si again and i cant tell my parents', 'moderate', ['the SI unit of force is the newton']],
    ['I want to 💀 myself', 'moderate', ["I'm dead 💀💀", 'this meme 💀']],
    ['i wanna 🪦 myself', 'moderate', ['visited grandad 🪦 today']],
    // Lines broken as chat is typed.
    ['i want to\nend\nit\nall', 'moderate', ['i want to\nend\nthe call\nnow']],
    ['i keep\nthinking\nabout\nkilling\nmyself', 'moderate', ['i keep\nthinking\nabout\nkilling\ntime']],
    ['im gonna\nend it\ni mean it', 'high', ['im gonna\nend it with him\ni mean it']],
    ['i took\nlike\n15 of my adderall\nidk why', 'imminent', ['i took\nlike\n15 minutes to find my adderall']],
  ])('%s is a crisis (%s); its twins are not', (crisis, risk, twins) => {
    const result = classify(crisis);
    expect([crisis, result.crisis, result.risk]).toEqual([crisis, true, risk]);
    for (const twin of twins) expect([twin, crisisOf(twin)]).toEqual([twin, false]);
  });

  it.each([
    'final goodbye to my wisdom teeth today, pray for me 😂',
    'I wrote a goodbye letter to my old job today, last day after 11 years. Strange feeling.',
    "I won't be around much longer tonight, phone's on 3%",
    'This is my last message before I go under for surgery tomorrow, wish me luck!',
    "This is my last post in this thread, I think we've covered everything about the meetup, see you Saturday!",
    "Final exams done!! I'm finally free, goodbye forever chemistry",
    "Big news: I'm leaving for Australia on Monday, selling my car and giving my plants to my friends. New chapter!",
    'ok im done with this level\nbye everyone\nthanks for everything tonight gg',
    'Sorry for everything I said in the group chat last night, I was tired and cranky. Love you all.',
    "i've made up my mind, im dyeing my hair pink on my birthday",
    "I'm ready to end it all... this 3 year relationship with my phone contract, switching to sim only",
    'Tried the new hot sauce, my mouth is on fire and I want to die 🔥😂',
    'lol i want to kms every time i hear my alarm at 6am',
    "\"I'm gonna kill myself\" is what I said when I saw my exam timetable lmao (I'm fine, just dramatic)",
    'my coworker said "I\'m going to jump out of this window" when the printer jammed for the fifth time 😂',
  ])('everyday talk is not a crisis: %s', (text) => {
    expect(crisisOf(text)).toBe(false);
  });

  it('a line break read both ways keeps the reading with more concern: a "not" or a laugh on the line before never hides the next', () => {
    expect(classify("i'm not ok\ni'm going to end it tonight").risk).toBe('imminent');
    expect(crisisOf("i'm not ok\ni want to die")).toBe(true);
    expect(crisisOf('no\ni want to die')).toBe(true);
    expect(classify('lol\nim going to end it tonight').risk).toBe(classify('lol. im going to end it tonight').risk);
    expect(crisisOf('1. my cat\n2. my sister\n3. my job')).toBe(false);
  });

  it('after a review of the fixes: everyday texts sharing the new words are nothing, and crisis beside the new everyday readings still reads', () => {
    for (const everyday of [
      "I've been having SI joint pain again",
      'im standing at the edge of the cliff, the view is amazing',
      "i'm at the edge of the platform waiting for the last train",
      "i've taken about 30 of my sertraline since starting, no side effects yet",
      'I took about 14 of my adderall this month',
      "I cut myself really deep on a tin can and it won't stop bleeding, should I go to A&E?",
      'the waistband cut right into my stomach',
      'the cat scratched a line into my arm',
    ]) {
      expect([everyday, crisisOf(everyday)]).toEqual([everyday, false]);
    }
    for (const crisis of [
      'it took like 20 minutes to swallow all my pills',
      'this is my final message before i go to sleep forever',
      "the rope's tied and i'm on the chair",
      'cut too deep, it wont stop bleeding',
      "if i'm not here tomorrow just know i love you guys",
    ]) {
      expect([crisis, crisisOf(crisis)]).toEqual([crisis, true]);
    }
  });

  it('a sister who overdosed and says she will keep trying is worry for her; an overdose of coffee or Netflix is nothing', () => {
    const sister = classify("My sister overdosed again last night and she says she's going to keep trying until it works.");
    expect([sister.crisis, sister.categories.includes('concern_for_other')]).toEqual([true, true]);
    for (const everyday of ['I overdosed on coffee again this morning lol', 'my mum overdosed on netflix again last night', 'I will keep trying until it works, this sourdough starter is stubborn']) {
      expect([everyday, crisisOf(everyday)]).toEqual([everyday, false]);
    }
  });

  it('an overdose dated to an earlier weekday is over: high, not imminent; the goodbyes and decisions above still read beside a real sign', () => {
    expect(classify("I OD'd on Tuesday and ended up in A&E. They let me go in the evening.").risk).toBe('high');
    expect(classify("I OD'd and I'm going to do it again on Tuesday.").risk).not.toBe('low');
    expect(classify("final goodbye to everyone. I'm going to kill myself today").risk).toBe('imminent');
    expect(crisisOf("I've made up my mind, I'm going to end it tonight")).toBe(true);
  });
});
