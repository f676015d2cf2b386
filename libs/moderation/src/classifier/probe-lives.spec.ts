import { classify } from './classify';

const crisisOf = (text: string) => classify(text).crisis;

/**
 * A probe set written fresh and scored before any fix (libs/moderation/data/labelled.probe-lives):
 * lives the earlier sets lacked. Debt and gambling, voices heard, starving, abuse at home,
 * self-harm that escalates, terminal illness, being outed, a farm lost, carers, no papers,
 * code-switching. Each crisis line stands beside everyday twins that share its words.
 */
describe('probe set: lives', () => {
  it.each<[string, string[]]>([
    // debt and gambling: a means named as the only way out
    ['Lost the lot at the bookies again, mortgage money included. The bridge on the way home is looking like the only way out.', [
      "Lost the lot at the bookies again on the Grand National. The bridge on the way home is closed so it's the long way round tonight.",
      'The bridge looks like the only way out of town with the flood.',
    ]],
    // voices heard
    ["They're in my head again saying everyone would be safer if I was gone. I'm starting to believe them.", [
      'The kids are on at me again saying everyone would be safer if the trampoline was gone. After the third sprained ankle I\'m starting to believe them.',
      "We'd all be safer if I was gone from the kitchen when the kids cook.",
    ]],
    // starving
    ["I've stopped eating completely. If my body gives up that's fine, it's what I want at this point.", [
      "I've stopped eating completely after 8pm. If my body gives up the late-night crisps that's fine, it's what the dietitian wants at this point.",
      "If my body gives up on this hike, that's fine, I'll turn back.",
    ]],
    ["Down to 41kg and it's still not enough. I hope my heart just stops in my sleep.", [
      "Down to 41 minutes for the 10k and it's still not enough for the club. I hope my heart rate settles before the race.",
      'I hope my heart stops racing before the interview.',
    ]],
    // self-harm that escalates
    ['Cutting isn\'t enough anymore. I went deeper last night and it scared me how much I wanted to keep going.', [
      'Cutting back on sugar isn\'t enough anymore. I went for a run last night and it surprised me how much I wanted to keep going.',
      "Cutting carbs isn't working anymore.",
    ]],
    // terminal illness: medicine kept back, the illness let in
    ["Since the diagnosis I've been saving up my morphine. When the pain gets too much I'll take the lot.", [
      "Since the diagnosis the vet has been adjusting the dog's morphine. When the pain gets too much for him we'll talk about letting him go.",
      "It's a good car boot sale, I'll take the lot.",
    ]],
    ["I don't want to wait for the cancer to finish the job. I've got enough tablets put by.", [
      "I don't want to wait for the builders to finish the job. I've got enough paint put by to do the kitchen myself.",
    ]],
    ["Seven years of this illness and it's only getting worse. I've stopped my meds on purpose, I want it to take me.", [
      "Seven years of this allotment and it's only getting better. I've stopped the slug pellets on purpose, I want the hedgehogs to take them.",
    ]],
    // being outed; bullied online
    ["My family found out I'm gay and kicked me out. I don't see the point in any of it now, I just want to disappear for good.", [
      "My family found out I'm gay and threw me a party. I don't see the point in hiding any of it now, I just want to disappear to Brighton for the weekend.",
    ]],
    ['Everyone in the group chat would be happier if I logged off forever. Maybe tonight I will, for real this time.', [
      'Everyone in the group chat would be happier if I logged off the football predictions forever. Maybe tonight I will, I came last again.',
    ]],
    // a carer; no papers
    ['Caring for mum round the clock for six years. Some nights I think about driving us both into the river and ending it.', [
      'Caring for mum round the clock for six years. Some nights I think about driving us both to the river for a picnic like we used to.',
    ]],
    ["No papers, no family here, no way back. I've decided I'm not going to wake up tomorrow.", [
      "No papers due, no family here this week, no lectures. I've decided I'm not going to wake up before noon tomorrow.",
    ]],
    // means gathered, a height scouted
    ['Got enough gear to make sure I don\'t wake up. Just waiting for everyone to go to bed.', [
      "Got enough gear to make sure I don't get cold on the hike. Just waiting for everyone to go to bed so I can pack.",
    ]],
    ["Got kicked off the course and can't tell my parents. Found the tallest building on campus, the roof door's unlocked.", [
      "Got onto the course I wanted and can't wait to tell my parents. Found the tallest building on campus, the roof garden's open to students.",
    ]],
    // code-switching
    ["ya no puedo más, I'm done with everything, tonight se acaba todo", ['ya no puedo más con este calor, I\'m done with summer, tonight se acaba la ola de calor por fin']],
  ])('%s is a crisis; its twins are not', (crisis, twins) => {
    expect(crisisOf(crisis)).toBe(true);
    for (const twin of twins) expect(crisisOf(twin)).toBe(false);
  });

  it('a goodbye "by the time you read this" stays one; a cake or a flight by then is not', () => {
    expect(crisisOf('By the time anyone reads this it\'ll be done. Thank you to the few of you who were kind.')).toBe(true);
    expect(crisisOf("By the time you read this I'll be gone.")).toBe(true);
    expect(crisisOf('By the time anyone reads this the cake will be done. Thank you to the few of you who sent recipes.')).toBe(false);
    expect(crisisOf("By the time you read this I'll be on the plane to Spain.")).toBe(false);
  });

  it('understanding a relative\'s suicide from the inside is read; understanding why someone left is not', () => {
    expect(crisisOf('My brother killed himself and I finally understand why.')).toBe(true);
    expect(crisisOf('I finally understand why she took her own life.')).toBe(true);
    expect(crisisOf('My brother left his job and I finally understand why.')).toBe(false);
  });

  it('"got enough" is having, not a thing done before', () => {
    // Read as the past, the same words counted half and fell below a crisis.
    expect(crisisOf("Got enough pills to make sure I don't wake up.")).toBe(true);
    expect(classify("Got enough pills to make sure I don't wake up.").risk).toBe(classify("I've got enough pills to make sure I don't wake up.").risk);
  });

  it('a relapse on chocolate is not self-harm; a relapse on its own still is', () => {
    expect(classify('Relapsed again on chocolate after 2 weeks.').categories).not.toContain('self_harm');
    expect(classify('Relapsed again last night.').categories).toContain('self_harm');
  });
});
