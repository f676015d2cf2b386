import { classify } from './classify';

const crisisOf = (text: string) => classify(text).crisis;

/**
 * A probe set written fresh and scored before any fix (libs/moderation/data/labelled.probe-voices):
 * voices the earlier sets lacked. Men who understate, the old and the bereaved, teens at school,
 * young people rejected at home, veterans, new parents, people in chronic pain, and those who
 * write about a friend. Each crisis line stands beside everyday twins that share its words.
 */
describe('probe set: voices', () => {
  it.each<[string, string[]]>([
    // men who understate
    ["Some days I think about clocking out permanently. Wouldn't take much, the shotgun's in the truck.", [
      "Some days I think about clocking out permanently at the depot and retiring in June. Wouldn't take much, the pension's sorted.",
    ]],
    ["Just tired, mate. Tired of all of it. Won't be a bother to anyone much longer.", [
      "Just tired, mate. Tired of the night shifts. Won't be doing them much longer, got the day job.",
      "I won't be a bother to anyone, I'll make my own dinner.",
    ]],
    ['Took the boat out last night and thought about just not steering back in.', [
      'Took the boat out last night and let it drift for an hour before steering back in.',
    ]],
    // the old and the bereaved
    ["Eighty-two, and every morning I'm sorry I woke up.", ["Eighty-two, and I'm sorry I woke up the whole house at five."]],
    ["Since Margaret passed I'm ready to go and join her.", [
      "Since Margaret passed I'm ready to go and join her sister's walking group.",
      "I'm ready to go to the gym, see you there",
    ]],
    // teens at school, young people rejected at home
    ['nobody at school would even notice if i never came back after half term', ['nobody at school would even notice if i skipped pe after half term']],
    ['mum threw my binder out. some nights i think itd be easier to not be here at all', [
      'mum threw my binder out. some nights i think itd be easier to not be at home at all, moving out at 18',
    ]],
    ["they'd rather have a dead son than a trans daughter so maybe i'll give them what they want", [
      "they'd rather i stayed in the closet till uni so maybe i'll give them what they want and keep quiet for now",
    ]],
    // veterans
    ["I've still got my service weapon and some nights I sit with it longer than I should.", [
      "I've still got my service medals and some nights I sit with them longer than I should, thinking of the lads.",
    ]],
    ["Should have died over there with my unit. I'm going to finish what the IED started.", [
      "Should have finished my degree before I deployed. I'm going to finish what I started.",
    ]],
    // new parents
    ["Three weeks postpartum and I keep picturing leaving the car at the coast and walking out into the water.", [
      'Three weeks postpartum and I keep picturing a day at the coast and walking out into the water for a paddle.',
    ]],
    ["I'm a terrible mother. She deserves someone who isn't me. I've written her a letter for when she's older.", [
      "I'm a terrible cook. She deserves proper dinners. I've written her a letter for when she's older, it's a tradition in our family.",
    ]],
    // chronic pain and illness
    ["I can't do another year of this pain. I've put enough of my oxycodone by.", [
      "I can't do another year of this pain clinic waiting list. I've put enough money by to go private.",
    ]],
    ["Every flare is worse than the last. If the cancer doesn't get me I'll do it myself.", [
      "Every flare is worse than the last. If the nurse doesn't ring back I'll do the injection myself.",
    ]],
    ["Told my consultant I'm coping. I'm not. I want to stop all of it, the treatment and me with it.", [
      "Told my consultant I'm coping. I'm not. I want to stop the chemo for a few weeks and get my strength back.",
    ]],
  ])('%s is a crisis; its twins are not', (crisis, twins) => {
    expect(crisisOf(crisis)).toBe(true);
    for (const twin of twins) expect(crisisOf(twin)).toBe(false);
  });

  it.each<[string, string[]]>([
    ["My mate from the regiment gave me his dog and said he won't be needing him anymore. What do I do?", [
      "My mate from the regiment gave me his dog while he's on a course and said he won't be needing him till May.",
    ]],
    ["My grandad keeps saying he's ready to go and be with Nan, and he's stopped taking his heart tablets.", [
      "My grandad keeps saying he's ready to go and see Nan's sister in Wales, and he's packed his heart tablets.",
    ]],
    ["My son came out and his dad won't speak to him. Last night he texted me 'sorry for everything' and now his phone is off.", [
      "My son's been out all day. Last night he texted me 'sorry for being late' and now his phone is off, he's asleep.",
    ]],
    ["My wife had our baby in March and now she says we'd all be better off if she wasn't here.", [
      "My wife had our baby in March and now she says we'd all be better off if she went back to work part time.",
    ]],
  ])('%s is concern for someone else; its twins are not', (concern, twins) => {
    const result = classify(concern);
    expect(result.crisis).toBe(true);
    expect(result.categories).toContain('concern_for_other');
    for (const twin of twins) expect(crisisOf(twin)).toBe(false);
  });

  it.each<[string, string]>([
    ["I've outlived everyone in my bridge club. I don't see the point in carrying on with it.", "I've outlived everyone I loved. I don't see the point in carrying on."],
    ['the baby would be better off without me hovering, my partner says', 'the baby would be better off without me'],
    ['made up my mind its happening this weekend im getting a puppy', "made up my mind, it's happening this weekend"],
  ])('everyday "%s" is not a crisis, while "%s" still is', (everyday, crisis) => {
    expect(crisisOf(everyday)).toBe(false);
    expect(crisisOf(crisis)).toBe(true);
  });

  it.each<[string, string]>([
    ['I asked my neighbour to look after my dog for a while, a long while.', 'I asked my neighbour to look after my dog for a while, a week at most.'],
    ['my thoughts are so loud, they keep saying everyone would be better off', 'my flatmates are so loud, they keep saying the landlord will fix it'],
  ])('"%s" is a crisis (a correction or a voice read across its comma), while "%s" is not', (crisis, everyday) => {
    expect(crisisOf(crisis)).toBe(true);
    expect(crisisOf(everyday)).toBe(false);
  });
});
