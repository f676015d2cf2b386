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
      'With the rail strike on, the train is looking like the only option left.',
      'My back is killing me and honestly the pills seem like the only answer.',
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
      "If my body gives up, that's fine, I'll just walk the last few miles of the marathon.",
    ]],
    ["Down to 41kg and it's still not enough. I hope my heart just stops in my sleep.", [
      "Down to 41 minutes for the 10k and it's still not enough for the club. I hope my heart rate settles before the race.",
      'I hope my heart stops racing before the interview.',
    ]],
    // self-harm that escalates
    ['Cutting isn\'t enough anymore. I went deeper last night and it scared me how much I wanted to keep going.', [
      'Cutting back on sugar isn\'t enough anymore. I went for a run last night and it surprised me how much I wanted to keep going.',
      "Cutting carbs isn't working anymore.",
      "The chancellor says cutting isn't enough anymore.",
      "My eczema is awful tonight, scratching isn't helping.",
    ]],
    // terminal illness: medicine kept back, the illness let in
    ["Since the diagnosis I've been saving up my morphine. When the pain gets too much I'll take the lot.", [
      "Since the diagnosis the vet has been adjusting the dog's morphine. When the pain gets too much for him we'll talk about letting him go.",
      "It's a good car boot sale, I'll take the lot.",
    ]],
    ["I don't want to wait for the cancer to finish the job. I've got enough tablets put by.", [
      "I don't want to wait for the builders to finish the job. I've got enough paint put by to do the kitchen myself.",
      'I have enough insulin put by for the fortnight in Spain.',
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
      "Honestly, I'd be so much happier if I just logged off for good.",
    ]],
    // a carer; no papers
    ['Caring for mum round the clock for six years. Some nights I think about driving us both into the river and ending it.', [
      'Caring for mum round the clock for six years. Some nights I think about driving us both to the river for a picnic like we used to.',
      'The sat nav told me to drive the car into the river, it was a ford!',
      "Drive the car into the lake car park, it's free after six.",
    ]],
    // means gathered, a height scouted
    ['Got enough gear to make sure I don\'t wake up. Just waiting for everyone to go to bed.', [
      "Got enough gear to make sure I don't get cold on the hike. Just waiting for everyone to go to bed so I can pack.",
      "The neighbours are loud so I bought enough earplugs to make sure I don't wake up.",
      "It's Saturday so I've decided I'm not going to wake up tomorrow, no alarm.",
    ]],
    ["Got kicked off the course and can't tell my parents. Found the tallest building on campus, the roof door's unlocked.", [
      "Got onto the course I wanted and can't wait to tell my parents. Found the tallest building on campus, the roof garden's open to students.",
      'Checked the highest point of the block for leaks. Roof hatch was left open by the contractors again.',
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
    // The everyday readings name no means and no place of one.
    expect(crisisOf('By the time you read this the train will have hit me.')).toBe(true);
    expect(crisisOf("By the time you read this I'll be on the train tracks.")).toBe(true);
    expect(crisisOf("By the time you read this I'll be at the beach, walking into the sea.")).toBe(true);
    expect(crisisOf('By the time you read this the order will have arrived. I bought a rope.')).toBe(true);
  });

  it('the everyday twins leave real crisis beside them read', () => {
    expect(crisisOf("I don't see the point in waiting any longer. Tonight's the night.")).toBe(true);
    expect(crisisOf("I don't see the point in saving for a future I won't have.")).toBe(true);
    expect(crisisOf("I'm done with this week, I'm done with life.")).toBe(true);
    expect(crisisOf('Relapsed again on the diet pills and laxatives.')).toBe(true);
    expect(crisisOf('Relapsed again with my phone charger cable round my arm.')).toBe(true);
    expect(crisisOf('Ya no puedo más con el trabajo, no le veo sentido a nada.')).toBe(true);
  });

  it('understanding a relative\'s suicide from the inside is read; understanding why someone left is not', () => {
    expect(crisisOf('My brother killed himself and I finally understand why.')).toBe(true);
    expect(crisisOf('My brother left his job and I finally understand why.')).toBe(false);
    // Understanding why someone did it is not wanting to: a reader of his letters.
    expect(crisisOf('After reading his letters I finally understand why he took his own life.')).toBe(false);
  });

  it('"got enough" is having, not a thing done before', () => {
    // Read as the past, the same words counted half and fell below a crisis.
    expect(crisisOf("Got enough pills to make sure I don't wake up.")).toBe(true);
    expect(classify("Got enough pills to make sure I don't wake up.").risk).toBe(classify("I've got enough pills to make sure I don't wake up.").risk);
    // A recovery story keeps its past: "got" after "I", in a sentence dated 2019.
    expect(crisisOf('In 2019 I got enough pills to overdose and I wrote a note. Therapy saved me.')).toBe(false);
    expect(crisisOf("When I was at my worst in 2019 I got enough pills to do it. Therapy saved me, I'm doing well now.")).toBe(false);
  });

  it('a relapse on chocolate is not self-harm; a relapse on its own still is', () => {
    expect(classify('Relapsed again on chocolate after 2 weeks.').categories).not.toContain('self_harm');
    expect(classify('Relapsed again last night.').categories).toContain('self_harm');
  });
});

/**
 * A second probe of the same session, written and scored before any fix
 * (libs/moderation/data/labelled.probe-signs): warning signs told sideways. Blades hidden, a knot
 * tied and sat with, a phone left on the table, a date set, letters to each of the kids, faith's
 * words for dying, and those who write about someone saying goodbye.
 */
describe('probe set: signs told sideways', () => {
  it.each<[string, string[]]>([
    ['Hid the blades in my pencil case so mum won\'t find them again.', [
      "Hid the biscuits in my pencil case so mum won't find them again.",
      "We keep the razors in a locked box so they can't find them, toddlers get into everything.",
    ]],
    ['I tied the knot in the rope tonight. Just sitting with it.', [
      'I tied the knot in the rope for the tyre swing tonight. The kids love it.',
      'We tied the knot last summer. Just sitting with it, married life is good.',
    ]],
    ["I've set a date. After my birthday I won't have to worry about next year.", [
      "I've set a date for the party. After my birthday I won't have to worry about the planning.",
    ]],
    ['Tidying up loose ends this week. Cancelled the subscriptions, wrote each of the kids a letter.', [
      'Tidying up loose ends this week before the move. Cancelled the subscriptions, sent the new address to everyone.',
    ]],
    ['The trains go past the end of my garden every ten minutes and lately I keep thinking about stepping out in front of one.', [
      'The trains go past the end of my garden every ten minutes and lately I keep thinking about getting double glazing.',
      'Thinking about stepping out in front of one of the cameras for the first time, so nervous!',
    ]],
    ['Every night I stand on the balcony a bit longer and lean a bit further.', [
      'Every night I stand on the balcony a bit longer and watch the bats a bit more.',
      'Every night I stand on the balcony and lean a bit further over to water the hanging baskets.',
    ]],
    ["If I'm not online tomorrow, please tell my sister I'm sorry.", ["If I'm not online tomorrow, please tell my sister the wifi's down again."]],
    ['Left my phone and wallet on the kitchen table and walked down to the cliffs.', [
      'Left my phone and wallet in the car and walked down to the cliffs to watch the sunset.',
      'Left my phone and wallet at home and walked to the river, digital detox Sunday.',
      'Left my phone on the table and walked to the bridge for the fireworks.',
    ]],
    ["i've been giving my plants to people at work, won't be around to water them much longer", [
      "i've been giving my plants to people at work, won't be around to water them while i'm on maternity leave",
      // Grief, and a move: someone else named, or a reason given.
      "The hospice nurse said Mum won't be around for much longer.",
      'Moving abroad next month so I won\'t be around here much longer, going to miss this group!',
    ]],
    ['nobody would even notice if i stopped replying. maybe ill test that for good this time', [
      'nobody would even notice if i stopped replying in the group chat. maybe ill test that this weekend',
    ]],
    ["I'm ready to meet God. Going home to Him tonight, I've made my peace.", [
      "I'm ready to meet the new vicar. Going to church tonight, I've made a cake for the welcome.",
      "At the altar call last night I said I'm ready to meet Jesus. Best decision of my life.",
      "She's going home to the Lord soon, the hospice says days now.",
      'Going home to Him tonight in my prayers, such comfort.',
    ]],
    ["Wrote down my passwords and left them for my brother. He'll know what to do after.", [
      "Wrote down my passwords and left them for my brother while I'm in hospital for the op. He'll sort the bills.",
    ]],
  ])('%s is a crisis; its twins are not', (crisis, twins) => {
    expect(crisisOf(crisis)).toBe(true);
    for (const twin of twins) expect(crisisOf(twin)).toBe(false);
  });

  it.each<[string, string]>([
    ["My dad's been saying goodbye to everyone like he's going away, but he hasn't got any trips planned.", "My dad's been saying goodbye to everyone like he's going away, he's off to Australia for six months."],
    ['My girlfriend sent me a long message about how much she loved me and then turned her phone off. She never does that.', 'My girlfriend sent me a long message about how much she loved the concert and then turned her phone off to sleep.'],
  ])('%s is concern for someone else; its twin is not', (concern, twin) => {
    expect(classify(concern).categories).toContain('concern_for_other');
    expect(crisisOf(twin)).toBe(false);
  });

  it("a relative named with an apostrophe is still someone the writer knows: \"my mum's been saying\"", () => {
    // "mum's" loses its apostrophe and reads "mums"; read as nobody known, her words were dropped.
    expect(classify("My mum's been saying she wants to die.").categories).toContain('concern_for_other');
    expect(classify("My friend's been telling everyone she wants to kill herself.").categories).toContain('concern_for_other');
    expect(crisisOf("My mum's been saying she wants to die laughing at that show.")).toBe(false);
  });

  it('a last post before a trip is not a goodbye; a last post is', () => {
    expect(crisisOf("This is my last post here before I go travelling for a year. Thank you for everything, see you when I'm back.")).toBe(false);
    expect(crisisOf("This is my last post here. Thank you for trying, it just wasn't enough.")).toBe(true);
    expect(crisisOf("This is my last post before I go. Tell my sister I'm sorry.")).toBe(true);
    expect(crisisOf('This is my last post before I go through with it.')).toBe(true);
  });
});
