import { classify } from './classify';

const crisisOf = (text: string) => classify(text).crisis;

/**
 * A probe set written fresh and scored before any fix (libs/moderation/data/labelled.probe-eating):
 * eating-disorder danger, which the English lexicon did not read at all (0 of 25). Purging,
 * laxatives, restriction to a few hundred calories, days without food, very low weights and pro-ana
 * goals, chewing and spitting, and the body's warning signs beside them: fainting, chest pain, a
 * heart that flutters or skips, blood. Each crisis line stands beside everyday twins that share its
 * words: a wardrobe purged, Ramadan and intermittent fasting, a gym cut, a stomach bug, laxatives
 * before a colonoscopy, a baby's weight, fainting at a blood test, a heart that flutters for him,
 * a recovery story. Read by lexicon/crisis.en.eating.ts.
 */
describe('probe set: eating-disorder danger', () => {
  it.each<[string, string[]]>([
    // purging, with the heart
    ["I've been purging 6 or 7 times a day and my heart keeps doing this fluttery thing", [
      'Been purging my wardrobe all week, 6 or 7 bags a day to the charity shop.',
      'my heart keeps doing this fluttery thing when he texts me',
    ]],
    // a very low weight, wanting less, fainting
    ["I'm down to 38kg and I still want to lose more. I fainted at work today.", [
      "Our baby is down to 3.8kg after the birth, the midwife says that's normal and she'll gain it back.",
      'I fainted at the blood test today, so embarrassing.',
      "I'm down to 78kg and I still want to lose more before the wedding. Back at the gym today.",
    ]],
    // laxatives after every meal, chest pains
    ["I've been taking laxatives after every meal, like 20 a day, and I've started having chest pains.", [
      'The hospital gave me laxatives to take before my colonoscopy, been on the loo all day.',
      'Taking laxatives after every meal since the op like the nurse said, things are finally moving.',
    ]],
    // a few hundred calories for weeks
    ['been eating under 500 cals a day for like 3 weeks and i still feel huge', [
      'cutting phase, 1800 calories a day for 3 weeks and i still feel strong in the gym',
      'On the 5:2, so 500 calories on my two fast days a week.',
      "I'm on 600 calories a day for 8 weeks on the doctor's soup-and-shake plan for my diabetes.",
    ]],
    ["only had 300 calories today and it's still too much, i'm disgusting", ['only had 300 calories of popcorn at the cinema, not bad']],
    // restricting, the heart skipping
    ["restricting hard again and my heart's been skipping beats all week", [
      'restricting screen time hard again for the kids, tantrums all week',
      "my heart's been skipping beats all week, cardiologist says it's ectopics and harmless",
      'Restricting carbs has my heart racing less, cardiologist is pleased',
    ]],
    ["i keep fainting when i stand up but i can't stop restricting", [
      "i keep fainting when i stand up, doctor says it's low blood pressure, more salt",
      'The tourniquet was restricting blood flow and I nearly fainted.',
    ]],
    // days without food
    ["I haven't eaten in 4 days", [
      "I haven't eaten in 4 hours and I'm starving, what's for dinner",
      'Fasting for Ramadan, haven\'t eaten since sunrise and I feel great.',
      "haven't eaten meat in 4 years and never felt better",
      "Haven't eaten in 3 days because of the stomach bug, finally had toast today",
    ]],
    ['day 6 of a water fast and i keep blacking out', ['day 6 of my juice cleanse and i keep craving chips lol']],
    ["heart palpitations every night from the fasting but i'm not stopping until i hit 40kg", [
      'Heart palpitations while fasting for Ramadan, is that the caffeine withdrawal?',
      'intermittent fasting 16:8 and the palpitations from coffee on an empty stomach are wild lol',
    ]],
    // bingeing and purging, with blood
    ["b/p'd 4 times today and there was blood this time", [
      'my b/p was 140/90 today, doctor wants to check it again',
      'Cut my finger chopping onions and there was blood everywhere.',
    ]],
    ["binged and purged again tonight and there was blood in it, I'm scared", [
      'been throwing up all day, food poisoning from that chicken, there was blood in it at one point so going to A&E',
      'the bloody purge of the old guard left blood on the streets',
    ]],
    ['every time i purge now i get this stabbing chest pain', ['every time i run now i get this stabbing chest pain, GP appointment tomorrow']],
    // a relapse into purging
    ['relapsed tonight after 8 months and purged everything i ate', [
      "Two years ago I was purging daily; now I'm in recovery and I ate pizza with friends tonight.",
      'relapsed on chocolate tonight after 8 months off sugar lol',
    ]],
    // pro-ana goal weights
    ['cw 52 gw 45 ugw 40, starting a water fast tmrw', [
      'Goal weight 65kg by summer, starting couch to 5k tmrw',
      'my ugw is 70kg, 12kg down so far with slimming world',
      'gw 40 hours a week is too much',
    ]],
    ['85lbs and i still see fat everywhere, i want to be smaller', [
      "my dog is 85lbs and still thinks he's a lapdog",
      'hit 95lbs on the bench press and still not enough for me',
    ]],
    // chewing and spitting
    ['been chewing and spitting whole packets of biscuits so i dont swallow the calories', [
      'chewing and spitting out sunflower seed shells all through the match',
      'At the wine tasting you just swirl, chew and spit.',
    ]],
    // being sick on purpose
    ['made myself sick after dinner again, 3rd time this week', ['Ate so much at Christmas dinner I made myself sick, never again lol']],
    ["can't stop sticking my fingers down my throat after i eat", ['The baby keeps sticking her fingers down her throat after she eats, is that normal?']],
    ["throwing up after every meal again, my teeth are ruined and i can't stop", ['throwing up after every meal, 12 weeks pregnant, hyperemesis is no joke']],
    // laxatives by the handful
    ['took 30 laxatives tonight to get rid of the binge', ['Took 2 laxatives tonight, the constipation from the iron tablets is awful.']],
    ['i take laxatives to lose weight, like 10 at a time', ['The article said people take laxatives to lose weight but it\'s only water.']],
    ['taking 15 laxatives a day now', ['my grandad\'s on laxatives for constipation, 2 a day']],
    // urges, the illness's voice
    ['i need to purge so badly right now', ['i need to purge my camera roll so badly right now', 'urge to purge my closet is so strong every spring']],
    ["my ed is so loud today, haven't eaten anything and i'm dizzy every time i stand up", [
      "Ed is so loud today, he's been singing in the shower since 6am",
      'Ramadan day 20, dizzy in the afternoons but alhamdulillah',
    ]],
  ])('%s is a crisis; its twins are not', (crisis, twins) => {
    expect(crisisOf(crisis)).toBe(true);
    expect(classify(crisis).categories).toContain('self_harm');
    for (const twin of twins) expect(crisisOf(twin)).toBe(false);
  });

  it('reads what a review found missed or misread: everything thrown up beside fainting, bulimia back; LAX, a named Mia, a closet purged and a healthy streak are nothing', () => {
    expect(crisisOf('i throw up everything i eat and i keep fainting')).toBe(true);
    expect(crisisOf('bulimia is back, i threw up 4 times today')).toBe(true);
    for (const everyday of [
      'just landed at LAX and nearly passed out from exhaustion',
      'I slipped with Mia on the ice today',
      "I'm going to purge everything from my closet",
      'Day 5 of eating healthy and I feel great',
      'i throw up everything i eat, this stomach bug is awful',
    ]) {
      expect([everyday, crisisOf(everyday)]).toEqual([everyday, false]);
    }
  });

  it('a sister purging and fainting is worry for her; a wardrobe purged is nothing', () => {
    expect(classify('My sister has been purging after every meal and she fainted at school today, what do I do?').categories).toContain('concern_for_other');
    expect(crisisOf('My sister has been purging her wardrobe and she fainted when she saw the price of the new one lol')).toBe(false);
  });

  it('a warning sign of the body alone is never a crisis, however many', () => {
    expect(crisisOf("I fainted, my chest hurts, my heart is racing and I'm dizzy, I think it's a panic attack")).toBe(false);
    expect(crisisOf('I fainted when I saw the needle, my heart was pounding')).toBe(false);
    // Beside the behaviour it counts in full, and is a medical emergency: high, where the behaviour alone is moderate.
    expect(classify("i've been restricting for weeks and now my chest hurts all the time").risk).toBe('high');
    expect(classify("I've been purging 6 or 7 times a day and my heart keeps doing this fluttery thing").risk).toBe('high');
    expect(classify("I've been purging 6 or 7 times a day").risk).toBe('moderate');
  });

  it('coaching others to purge is harm, not the coach\'s own crisis', () => {
    const coaching = classify("purging after every meal is how i got to my goal weight, use a toothbrush if your fingers don't work");
    expect(coaching.crisis).toBe(false);
    expect(coaching.categories).toContain('method_instructions');
  });

  it('being kept from food is not self-harm, though it adds to other signs', () => {
    const locked = classify('my dad locks me in my room when he goes out and i havent eaten all day');
    expect(locked.categories).not.toContain('self_harm');
  });
});
