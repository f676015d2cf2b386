import { noticeConcernOf, noticeOf } from '../categories';
import { decide } from '../policy';
import { classify } from './classify';

const crisisOf = (text: string) => classify(text).crisis;
/** Whose notice the text would open (the writer's danger, worry for someone else), or null when it is no crisis. */
const concernOf = (text: string) => {
  const result = classify(text);
  return result.crisis ? noticeConcernOf(result.categories) : null;
};

/**
 * Danger from someone else (libs/moderation/data/labelled.probe-danger): a partner, an ex or a
 * parent who hits, chokes or threatens the writer. Before the 43rd session none of it was read at
 * all, so the writer was shown no help and no moderator looked. The first 25 lines of the probe were
 * written fresh and scored after the first patterns (9 of 25 read, no everyday twin flagged), then
 * the patterns were widened; each crisis line stands beside an everyday twin that shares its words.
 */
describe('probe set: danger from someone else', () => {
  it.each<[string, string]>([
    ['My partner pinned me against the wall by my throat last night. I\'ve got bruises I have to hide before work.', 'My partner pinned the poster against the wall last night. I\'ve got paint on my hands I have to wash off before work.'],
    ['He grabbed me by the hair and dragged me across the kitchen because dinner was late.', 'He grabbed the dog by the collar and dragged him across the kitchen because the vet was late.'],
    ['She pushed me down the stairs when I said I wanted to see my friends.', 'She pushed me to go out more when I said I wanted to see my friends.'],
    ['My dad comes home drunk and takes it out on me. I lock my door but he breaks it.', 'My dad comes home tired and takes it out on the lawnmower. I lock my door and play games.'],
    ['He says if I go to the police nobody will believe me and he\'ll finish me off.', 'He says if I go to the gym nobody will believe how much I lift and I\'ll finish the program in no time.'],
    ['I told my mum my stepdad hurts me and she didn\'t believe me. I don\'t know where to go.', 'I told my mum my new shoes hurt me and she didn\'t believe me.'],
    ['He smashed my phone so I couldn\'t call anyone and locked me in the bedroom.', 'My toddler smashed my phone so I couldn\'t call anyone and locked himself in the bathroom.'],
    ['My husband hits me when he\'s been drinking. The kids have started to notice.', 'My husband hits the gym when he\'s been drinking too much coffee. The kids have started to notice.'],
    ['My boyfriend strangled me until I nearly passed out. He cried after and said sorry.', 'The plot twist strangled my hopes for the show. I nearly passed out from the cliffhanger.'],
    ['My ex keeps turning up outside my flat and said he\'ll make sure I never leave him again.', 'My ex keeps turning up at the pub quiz and said he\'ll make sure we never lose again.'],
    ['I\'m terrified of him. Every time he gets angry I think this will be the time he kills me.', 'I\'m terrified of spiders. Every time one runs across the floor I think it will be the time it gets me.'],
    ['My father beats me with his belt and tells me I deserve it.', 'My father beats me at darts and tells me I deserve a rematch.'],
    ['I have a black eye from my boyfriend and I told everyone I walked into a door.', 'I have a black eye from football and I told everyone I walked into a door because it\'s funnier.'],
    ['He threatened to take the kids and kill me if I ever left.', 'He threatened to take the kids to Disneyland if I ever left the dishes again lol.'],
    ['My girlfriend slaps me whenever I look at my phone. I don\'t feel safe in my own home.', 'My girlfriend slaps my hand whenever I reach for the chips. She says I\'m on a diet.'],
    ['He has a gun in the house and said he\'d use it on me if I embarrass him again.', 'He has a ukulele in the house and said he\'d play it at me if I embarrass him again.'],
    ['my mums boyfriend hurts me when she\'s at work and says he\'ll kill her if i tell', 'my mums boyfriend picks me up from school when she\'s at work and says he\'ll tell her if i skip'],
    ['My parents hit me every day and lock me in my room without food.', 'My parents ring me every day and remind me to eat.'],
    ['Every night I\'m scared he\'ll come home angry. I sleep with a chair against the door.', 'Every night I\'m scared the cat will knock over my plants. I sleep with the door shut.'],
    ['He choked me during an argument and now he\'s acting like nothing happened.', 'He choked on a crisp during an argument and now he\'s acting like nothing happened.'],
    ['My uncle touches me when I stay at his house and says no one would believe me.', 'My uncle teaches me chess when I stay at his house and says no one would believe how good I\'m getting.'],
    ['He kicked me in the stomach while I was pregnant.', 'The baby kicked me in the stomach all night, she\'s going to be a footballer.'],
    ['I\'m hiding in the bathroom texting this, he\'s smashing things and screaming that he\'ll kill me.', 'I\'m hiding in the bathroom texting this, the kids are smashing things and screaming about the telly.'],
  ])('%s is danger to the writer; its twin is nothing', (danger, twin) => {
    const result = classify(danger);
    expect(result.crisis).toBe(true);
    expect(result.categories).toContain('danger_from_other');
    // The writer's danger: the panel speaks to the writer, not to someone worried about a friend.
    expect(result.categories).not.toContain('concern_for_other');
    expect(crisisOf(twin)).toBe(false);
  });

  it.each<[string, string]>([
    ["my husband told me if I leave he will kill me", 'high'],
    ["he said next time he'll kill me. at least it would all be over", 'high'],
    ['He choked me during an argument and now he\'s acting like nothing happened.', 'high'],
    ['my dad beats me when he\'s drunk and I have nowhere to go', 'moderate'],
    ["I don't feel safe at home anymore", 'low'],
  ])('%s is graded %s: a threat with what makes it real, or choking, is high; blows moderate; fear low', (text, tier) => {
    expect(classify(text).risk).toBe(tier);
  });

  it('a threat reported by the writer is the writer\'s danger, not words quoted from someone else', () => {
    // "he said ..." made the words his, and his "kill me" nobody's: the writer was shown nothing.
    expect(classify("my husband says he'll kill me if I ever leave him").categories).toEqual(['danger_from_other']);
    expect(classify("he said he'd kill me and I'm terrified of him").categories).toEqual(['danger_from_other']);
    // Quoted words that are someone else's stay theirs.
    expect(crisisOf('she told me "I want to die"')).toBe(false);
  });

  it('a threat alone, or fear alone, needs another sign: hyperbole at home is everyday', () => {
    expect(crisisOf("he said he'd kill me")).toBe(false);
    expect(crisisOf('my sister threatened to kill me if I wore her dress again')).toBe(false);
    expect(crisisOf("my mom screamed that she'll kill me if I'm late lol")).toBe(false);
    expect(crisisOf("I'm scared of my dad")).toBe(false);
    expect(crisisOf('ugh my mom is going to kill me when she sees my grades')).toBe(false);
    expect(crisisOf('my dad beats me and I\'m scared of him')).toBe(true);
  });

  it('someone else hurt at home is worry for them', () => {
    expect(classify("my sister's husband beats her and she won't leave").categories).toEqual(['concern_for_other']);
    expect(classify("my sister doesn't feel safe at home").categories).toEqual(['concern_for_other']);
  });

  it("someone else's gun is not the writer's means", () => {
    expect(classify("He has a gun in the house and said he'd use it on me if I embarrass him again.").categories).toEqual(['danger_from_other']);
    expect(classify("He has a gun in the house and I want to use it on myself.").categories).toContain('means');
  });

  it("a knife held by someone else is danger, not the writer's attempt; the writer's own still is", () => {
    expect(classify('he held a knife to my throat').categories).toEqual(['danger_from_other']);
    expect(classify('I held a knife to my throat last night').categories).toContain('attempt');
    expect(classify('I held a knife to my throat last night').categories).not.toContain('danger_from_other');
  });

  it.each([
    'my dad beats me at chess every single time',
    'my ex hit me up last night lol',
    'that film choked me up',
    'my mum kicked me off the wifi',
    'my uncle hurt me when he said I was useless',
    "my dad hit me with the news that we're moving",
    'she kicked me under the table lol',
    "I told my mum I don't know where to go for uni",
  ])('everyday "%s" is nothing', (text) => {
    expect(classify(text).flagged).toBe(false);
  });
});

/**
 * A review of the first patterns (helper 95, 43rd session) tried everyday texts on every one and
 * danger told in other words. Its findings, each now a case: everyday twins that hid real violence
 * ("he beat me in front of the kids" read as a game), violence told in the past ("he was hitting
 * me"), the writer as the doer ("he said I hit him first"), play, sport, affection and a kink
 * agreed read as danger, and hyperbole with "if I tell anyone" read as a threat.
 */
describe('probe set: danger from someone else, after review', () => {
  it.each([
    "he beat me in front of the kids",
    "my dad beat me in the face",
    "he beat me on the head with a bottle",
    "my dad beat me to a pulp",
    "my husband beats me at night",
    "he beats me in the stomach where no one can see",
    "my stepdad beats me in the basement",
    "my dad beats me on a daily basis",
    "he hit me hard in the face",
    "my dad hits me hard",
    "he kicked me in my sleep",
    "my stepdad hurts me when he says it's our little secret",
    "my mums boyfriend hurts me when she leaves for work",
    "he was hitting me",
    "he was strangling me",
    "she was choking me",
    "my parents were beating me",
    "he had his hands around my throat",
    "he had me pinned to the floor",
    "he got drunk and hit me",
    "my boyfriend got mad and hit me",
    "I was beaten by my husband",
    "I got slapped by my mum",
    "my parents lock me in my room",
    "my parents punch me",
    "he tried to choke me",
    "he tried to strangle me",
    "my partner tried to kill me",
    "he held a pillow over my face",
    "he pushed me off the balcony",
    "he stabbed me",
    "he broke my arm",
    "my husband broke my nose",
    "he gave me a black eye",
    "I'm in an abusive relationship",
    "I'm being abused at home",
    "my boyfriend is abusing me",
    "my husband is abusive",
    "my dad beats the crap out of me",
    "he forced himself on me",
    "my uncle touches me at night",
    "my stepdad touches me inappropriately",
    "he keeps texting me that he's going to kill me and I'm scared of him",
    "he's outside my door right now and says he's going to kill me",
  ])('"%s" is the writer\'s danger', (text) => {
    const result = classify(text);
    expect(result.categories).toContain('danger_from_other');
    expect(result.categories).not.toContain('concern_for_other');
  });

  it.each([
    "my dad beats me every time we play chess",
    "dad beat me 6-2 at tennis",
    "he beats me every single time at pool",
    "my boyfriend hit me with a snowball",
    "he hit me with the ball in dodgeball",
    "my girlfriend hit me with a pillow",
    "my wife hit me with the car door by accident",
    "my husband punched me in the arm for making a bad pun",
    "she punched me playfully",
    "my mum slapped me on the back and said well done",
    "he knocked me over at rugby",
    "my dad knocked me out of the quiz",
    "my boyfriend knocked me off my feet when we met",
    "my mum hits me with the same guilt trip",
    "my boyfriend hits me with the worst puns",
    "my girlfriend kicked me in her sleep",
    "my husband kicks me in his sleep",
    "he pinned me against the wall and kissed me",
    "we were play fighting and he pinned me to the bed",
    "my husband threw me onto the bed and tickled me",
    "she threw me to the floor in judo class",
    "my dad pushed me to the ground when the car swerved, he saved my life",
    "my mum dragged me to the kitchen to help with christmas dinner",
    "my dad grabbed me by the arm to stop me walking into traffic",
    "my mum locked me in the car while she ran into the shop",
    "my bf slapped me during sex and I asked him to",
    "my partner chokes me in bed (consensual) and I want to talk about kink safely",
    "she'll kill me if I tell anyone about the surprise party",
    "my gf will kill me if I tell anyone she snores",
    "my mum will kill me if I leave the house, I'm grounded lol",
    "my mum said she'll kill me if I tell my dad about the new sofa",
    "if I call him again he'll kill me lol he hates phone calls",
    "next time she'll kill me",
    "he pulled a knife on me in the game lol",
    "she held a knife to my throat in the haunted house lol",
    "my dad said he's gonna kill me when he sees the car. I'm scared to go home tonight",
    "if I tell her how I feel she'll just hurt me",
    "if I tell him I love him he'll hurt me like everyone else",
    "she'll hurt me if I leave her, emotionally I mean",
    "my brother and I were play fighting and he punched me",
    "My boss takes it out on me. I'm scared of him.",
    "my cat is a menace, she's breaking things all night. I'm scared of her",
    "my 3 year old is having a tantrum, he's throwing things and I'm walking on eggshells around him",
    "My teacher is so strict, I'm scared of her. She won't let me go out at break",
    "I dreamt my ex choked me last night",
    "Just finished the book where her dad beats her every day",
  ])('everyday "%s" is not a crisis', (text) => {
    expect(crisisOf(text)).toBe(false);
  });

  it('a survivor\'s story, or danger long gone, is not danger now; danger told in the past tense still is', () => {
    expect(crisisOf("I was in an abusive relationship years ago, he choked me once, I got out and I'm thriving")).toBe(false);
    expect(crisisOf('my dad used to beat me when I was little')).toBe(false);
    expect(crisisOf('he got drunk and hit me')).toBe(true);
    expect(crisisOf('he was strangling me')).toBe(true);
  });

  it('a year gone by is the past; this year, a span up to now, or fear now are not', () => {
    const lastYear = new Date().getFullYear() - 1;
    expect(crisisOf('My ex strangled me in 2015. Today I got my degree!')).toBe(false);
    expect(crisisOf(`my stepdad beat me back in ${lastYear} and I finally moved out`)).toBe(false);
    expect(crisisOf(`my stepdad beat me in ${lastYear + 1} and I am still living with him`)).toBe(true);
    expect(crisisOf('he has hit me since 2015')).toBe(true);
    expect(crisisOf('My ex strangled me in 2015 and I am still scared of him')).toBe(true);
    expect(crisisOf('in 2015 my dad beat me every day. now he says he will kill me if I tell anyone')).toBe(true);
  });

  it('reads a year gone by by the clock when the words are read: a worker running across New Year reads the old year as past without a restart', () => {
    const thisYear = new Date().getFullYear();
    const text = `My ex strangled me in ${thisYear}. Today I got my degree!`;
    expect(crisisOf(text)).toBe(true);
    jest.useFakeTimers({ now: new Date(thisYear + 1, 0, 1, 0, 0, 1) });
    try {
      expect(crisisOf(text)).toBe(false);
      expect(crisisOf(`My ex strangled me in ${thisYear + 1}. Today I got my degree!`)).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  // A friend's "she'll kill me if I tell anyone" of a surprise reads the same, and is left for a moderator.
  it('a threat to keep abuse secret is read whoever makes it: a brother, a coach, a teacher, a partner', () => {
    expect(classify("my teacher said he'll kill me if I tell anyone what he did").categories).toEqual(['danger_from_other']);
    expect(classify("my husband said he'll kill me if I tell anyone").risk).toBe('high');
    expect(classify("my older brother said he'll kill me if I tell anyone what he does to me").categories).toEqual(['danger_from_other']);
    expect(classify("my coach said he'll kill me if I tell anyone what he does to me").categories).toEqual(['danger_from_other']);
  });

  it('the writer as the doer is not the writer\'s danger', () => {
    expect(crisisOf("my girlfriend says I hit her when I'm drunk")).toBe(false);
    expect(crisisOf('he said I hit him first')).toBe(false);
    // "if I leave" keeps the writer as the one threatened.
    expect(classify('he said he will kill me if I leave').categories).toEqual(['danger_from_other']);
  });

  it('someone there now, or "tonight" said of the danger, is imminent; a time in another sentence is not', () => {
    expect(classify("please help he's here and he has a knife").risk).toBe('imminent');
    expect(classify("he's outside my door right now and says he's going to kill me").risk).toBe('imminent');
    expect(classify("my husband hits me and I'm scared he'll kill me tonight").risk).toBe('imminent');
    expect(classify('my husband hits me. Today I finally told my sister.').risk).toBe('moderate');
  });

  it('a time or a gun beside danger makes it more urgent, and the panel stays the one for danger', () => {
    for (const [text, tier] of [
      ["he's outside my door right now and says he's going to kill me", 'imminent'],
      ["my husband hits me and I'm scared he'll kill me tonight", 'imminent'],
      ["I'm scared he will kill me tonight", 'high'],
      ['my husband has a gun and he hits me', 'high'],
      ["he says he'll kill me if I leave, he has a gun", 'high'],
    ] as const) {
      const result = classify(text);
      expect([text, result.risk, noticeConcernOf(result.categories)]).toEqual([text, tier, 'danger']);
      expect(result.categories).toContain('danger_from_other');
    }
    expect(classify('my husband hits me').risk).toBe('moderate');
  });

  it('a threat taken at its word is danger; one with an everyday condition is not', () => {
    for (const text of ["he said he was going to kill me and I believe him", 'he said he would kill me and he means it', 'my boyfriend said he would kill me if I left and I believe him', 'he hit me back when I tried to leave']) {
      expect([text, classify(text).categories]).toEqual([text, ['danger_from_other']]);
    }
    for (const text of ['my mum said she would kill me if I dyed my hair and I believe her', 'my mum will kill me if i leave and forget to lock the door', 'my dad said he would kill me if I crashed the car again and he meant it']) {
      expect([text, classify(text).crisis]).toEqual([text, false]);
    }
    expect(crisisOf('back when I was with him he hit me, I got out')).toBe(false);
  });

  it("a partner's or an ex's message shown to the reader is the writer's danger, never their threat: the post stays up, help is shown", () => {
    for (const text of [
      "this is what my ex sent me at 3am. you're dead when i find you. i will kill you and your new boyfriend",
      "my husband's texts tonight: 'you think you can leave? i'll find you. i will kill you'",
      'my ex keeps messaging me: i will kill you. i will kill you. i know where you live',
      'my ex texted me again. i will kill you. you are dead',
    ]) {
      const result = classify(text);
      expect([text, result.categories, noticeConcernOf(result.categories), decide(result).action]).toEqual([text, ['danger_from_other'], 'danger', 'flag']);
    }
    // Someone else's message alone, or in jest, is not hidden as the writer's threat, nor danger.
    for (const text of ['he sent me this: "i will kill you"', 'my bestie sent me this: I will kill you if you spoil the finale lol']) {
      expect([text, classify(text).categories]).toEqual([text, []]);
    }
    // The writer's own threat, or one after a message that is not shown, is still a threat; so is abuse after a shown message.
    for (const text of ['I sent him this: I will kill you', 'you sent me this. I will kill you', 'my ex sent me a long apology. whatever. I will kill you if you reply to him']) {
      expect([text, classify(text).categories]).toEqual([text, ['threat']]);
    }
    expect(classify('my friend sent me this meme. anyway kys').categories).toEqual(['incitement']);
  });

  it("the writer's own means and acts beside danger stay the writer's; someone else's do not", () => {
    // The writer's pills beside danger: the panel for the writer in crisis, with the safety plan.
    const both = classify("my husband hits me. I've got the pills. tonight's the night");
    expect(both.categories).toEqual(expect.arrayContaining(['means', 'danger_from_other']));
    expect(noticeConcernOf(both.categories)).toBe('self');
    expect(classify('my dad burned me with a cigarette').categories).toEqual(['danger_from_other']);
    const own = classify('since he left i held a knife to my throat');
    expect(own.categories).toContain('attempt');
    expect(own.categories).not.toContain('danger_from_other');
  });

  it('"I don\'t know where to go" is not a plan; "I\'ve decided when to go" still is', () => {
    expect(crisisOf("I told my mum I don't know where to go for uni")).toBe(false);
    expect(classify("I've decided when to go. Everything is ready.").categories).toContain('plan');
  });

  it('a threat quoted as it was said is the writer\'s danger, never their threat: their words stay up and they are shown help', () => {
    const quoted = classify('my ex keeps texting me "I know where you live, I\'m going to kill you"');
    expect(quoted.categories).toEqual(['danger_from_other']);
    expect(decide(quoted).action).not.toBe('hide');
    // "I'll kill you" told of, from anyone, needs another sign; never the writer's threat.
    expect(classify('he texted me "I\'m going to kill you"').flagged).toBe(false);
    expect(classify('he texted me "I\'m going to kill you" and I\'m scared of him').categories).toEqual(['danger_from_other']);
    expect(classify('he left a voicemail: I will find you and kill you').categories).not.toContain('threat');
    expect(classify('he screamed "I\'ll fucking kill you, you stupid bitch"').categories).toEqual([]);
    // Said to someone it is still a threat.
    expect(classify("I'm going to kill you").categories).toEqual(['threat']);
  });

  it('a report reaches further back only across a colon or a quote, and only when someone else reports', () => {
    // A troll's "you said ...", "as I said ...", or a comma, does not make the abuse reported.
    expect(classify('you wrote a long post about your feelings, nobody cares, kys').categories).toEqual(['incitement']);
    expect(classify('As I said in my last post about your stupid opinions, go kill yourself').categories).toEqual(['incitement']);
    expect(classify("You said you wanted honesty from all of us here so here it is: you're a pathetic waste of space").categories).toEqual(['harassment']);
    expect(classify('Left a note for you: nobody would miss you, kys').categories).toEqual(['incitement']);
    // The writer's own words to an ex are not the ex's threat.
    expect(classify("I texted my ex: I'm going to kill you").categories).not.toContain('danger_from_other');
    expect(classify("my partner said, I'll find you, when we played hide and seek with the kids").flagged).toBe(false);
    // A victim quoting: their danger, their words up.
    expect(classify("my ex left me a voicemail: 'you're dead, I know where you live'").categories).toEqual(['danger_from_other']);
    // A quoted "but" is still inside the quote.
    expect(classify('my bully told me "no offense but kys"').flagged).toBe(false);
  });

  it("the writer's own wish to die is never taken into someone else's danger", () => {
    expect(classify("she's at work all day and I just wish someone would kill me").categories).toEqual(['suicidal_ideation']);
    expect(classify("he's here and I just wish someone would kill me").categories).toEqual(['suicidal_ideation']);
    expect(classify('he hits me and I want to kill myself').categories).toEqual(expect.arrayContaining(['suicidal_ideation', 'danger_from_other']));
  });

  it('sexual violence told in the passive is the writer\'s danger, or worry for someone named; long ago, or in the news, it is not', () => {
    expect(classify("I was raped last night and I don't know what to do").categories).toEqual(['danger_from_other']);
    expect(classify("I've been sexually abused by my stepdad for years").categories).toEqual(['danger_from_other']);
    expect(classify("my sister was raped and I don't know how to help her").categories).toEqual(['concern_for_other']);
    expect(crisisOf('I was raped years ago and therapy has helped so much')).toBe(false);
    expect(crisisOf('the suspect was assaulted in custody according to the news')).toBe(false);
    expect(crisisOf('the character was raped in season 2 and the show handled it badly')).toBe(false);
    expect(crisisOf('I was attacked by a dog yesterday')).toBe(false);
  });
});

// A third probe (the 44th session): texts written afresh as members write them, and their everyday
// twins. Each group below was missed or misread before its fix.
describe('probe set: danger from someone else, third probe', () => {
  const read = (text: string) => {
    const result = classify(text);
    return { crisis: result.crisis, concern: result.crisis ? noticeConcernOf(result.categories) : null, action: decide(result).action, harm: result.categories.filter((c) => !['danger_from_other', 'concern_for_other', 'timing', 'means', 'suicidal_ideation', 'hopelessness'].includes(c)) };
  };

  it.each([
    // Sextortion and a child asked for pictures: danger, never sexual content of theirs.
    'my stepdad keeps asking me to send nudes',
    'my ex is threatening to leak my nudes',
    'someone online says he will post my pics unless i pay',
    // Killing the writer, then themself.
    'my husband said he would kill me if i left and then kill himself',
    'my wife threatens to kill herself and me if i leave',
    // A partner's threat left standing, said often, or feared.
    'my husband threatens to kill me everyday',
    'my boyfriend threatened to kill me',
    'my husband threatened to kill me and im so scared',
    'my husband is abusive and i\'m scared',
    'i think my husband is going to kill me one day',
    // Age tags as forums write them.
    'my (24f) boyfriend (26m) hits me',
    'my husband [34M] choked me last week',
    // Said no to.
    'he chokes me during sex even when i say no',
    'my partner forces me to have sex when i say no',
    'last night he didnt stop when i said stop',
    // A child's words.
    "my mom's boyfriend touches me when she's at work",
    "my step dad comes into my room at night and i dont know who to tell",
    'im hiding in the closet my dad is drunk and breaking everything',
    // Grave harm promised for what the writer does, a pet or a child held hostage, found if they leave.
    'my husband controls all the money and said he\'ll break my legs if i spend anything without asking',
    'he threatened to hurt me if I told anyone',
    'my partner said he would kill my cat if i went to my sisters',
    'he threatens to hurt my cat if i go out with my friends',
    "hes threatened to take the kids and disappear and said i'll never see them alive again",
    'my roommate punched me and threatened to stab me if i call the cops',
    "my husband hides the car keys and my passport and told me if i try to leave he'll find me",
    'he texted me: if you leave I will kill you and the dog',
    // Stalking, someone outside, waking to it, things thrown, typos.
    "my ex is stalking me online, made fake accounts, posted my address and said he's coming for me",
    'my ex boyfriend keeps showing up at my house at night and banging on the windows',
    "he sent me a message saying he's outside and he's going to get me",
    'i woke up to him choking me',
    'my gf threw boiling water at me',
    'my husbnad choked me',
  ])('"%s" is the writer\'s danger, and nothing of theirs is hidden', (text) => {
    expect(read(text)).toEqual({ crisis: true, concern: 'danger', action: 'flag', harm: [] });
  });

  it.each([
    'my best friend is being abused by her dad, how do i support her',
    "my best friend's boyfriend choked her last night",
    "my sister's husband threatens to kill her if she leaves",
    'my friend told me her stepdad touches her at night, what should i do',
  ])('"%s" is worry for someone else', (text) => {
    expect(read(text).concern).toBe('concern_for_other');
  });

  it.each([
    'my dad hit me with the worst dad joke this morning',
    'my mum hit me with a surprise visit this weekend',
    'mum smacked me with a pillow in a pillow fight',
    'my dad beat me in the 5k by two minutes',
    'my gf beat me up in tekken again',
    'in my nightmare my ex was strangling me and i woke up screaming',
    'my boyfriend strangled me with a hug when i got off the plane lol',
    "my ex boyfriend raped my trust, i'll never date again",
    'my bf chokes me during sex and i love it',
    'my mum said she would kill me if I dyed my hair',
    'my boyfriend threatened to kill me if I ate his fries lol',
    'ok but if you spoil the finale i will kill you',
    'we are going to murder them on saturday, our defence is unreal this season',
    "she'll hurt me if I leave her, emotionally I mean",
    'my cat keeps following me around the house',
    'my mum will kill the dog if it pees on the carpet again',
  ])('everyday "%s" is nothing', (text) => {
    expect(read(text)).toEqual({ crisis: false, concern: null, action: 'none', harm: [] });
  });

  it('after a review of these patterns: everyday words stay everyday, and the writer\'s own words stay theirs', () => {
    for (const text of [
      "he's outside coming to get me, gotta go",
      "she's here and gonna get me a coffee",
      'my friend is going to share my photos from the wedding',
      'my cat is stalking me',
      'my toddler keeps following me everywhere',
      "he's watching me play tonight",
      'I posted my address by mistake',
      'hiding in my room cause my dad is drunk and singing karaoke',
      'the dentist kept going even when I said stop',
      'my mum makes me touch it every time the cat brings in a mouse',
    ]) {
      expect([text, read(text)]).toEqual([text, { crisis: false, concern: null, action: 'none', harm: [] }]);
    }
    // The writer's own threat after a message is theirs, and hidden while a moderator looks.
    for (const text of ['boyfriends messages are the worst. I will kill you', 'my ex texted me this morning. I told him: if you come near me again I will kill you']) {
      expect([text, classify(text).categories]).toEqual([text, ['threat']]);
    }
    // A list's numbers are not age tags: "(1) ... (2) he choked me" still reads.
    expect(read("what happened: (1) he didn't let me leave (2) he choked me").concern).toBe('danger');
    // The writer's own pills or rope beside danger stay their means: the panel for their own crisis.
    expect(noticeConcernOf(classify('my dad beats me. bought a rope today').categories)).toBe('self');
  });

  it('a year or a time gone by elsewhere does not put a wish said now into the past', () => {
    for (const text of ["I'm in 2000 pounds of debt and I want to kill myself", 'my dad died in 2023 and I want to kill myself', 'my dad died last year and I want to kill myself']) {
      expect([text, classify(text).categories]).toEqual([text, ['suicidal_ideation']]);
    }
    expect(crisisOf('I used to want to die')).toBe(false);
    expect(crisisOf('when I was 15 I wanted to die')).toBe(false);
  });

  it('the writer as the one who raped is not their danger', () => {
    expect(classify('I raped her and I feel sick about it').categories).not.toContain('danger_from_other');
  });
});

// What the third probe still missed (the 45th session), each beside everyday twins that share its words.
describe('probe set: danger from someone else, what the third probe missed', () => {
  it('reads the children held over leaving, a visit promised to hurt, and "he knows where I live" with a threat as the writer\'s danger', () => {
    for (const text of [
      "he said if I leave he'll make sure I never see my kids again",
      "My husband said if I leave he'll make sure I never see my kids again. I don't know what to do.",
      "someone I met online keeps saying he'll come to my house and hurt me",
      "my ex says he knows where I live and he's going to hurt me",
      'He knows where I live, he says he will come and hurt me',
      "My ex said he's coming to my house to hurt me",
      "He says if I leave I'll never see the kids again",
    ]) {
      expect([text, concernOf(text)]).toEqual([text, 'danger']);
    }
  });

  it('a threat that keeps the writer from leaving, beside their own wish to end it, is their own crisis with the danger beside it', () => {
    const result = classify("I can't leave him, he said he'll kill me if I do, so sometimes I think I should just end it myself");
    expect(result.crisis).toBe(true);
    expect(noticeOf(result.categories)).toEqual({ concern: 'self', dangerBeside: true });
    expect(concernOf("I'm too scared to leave her because she said she'd kill me if I tried")).toBe('danger');
  });

  it('their everyday twins read as nothing', () => {
    for (const text of [
      "can't leave them on read, my sister said she'll kill me if I do",
      "my nephew keeps saying he'll come to my house and eat all my snacks",
      "he knows where I live and he's going to bring me soup",
      "if I leave the band he'll make sure I never play that song again",
      "if I leave early my boss will make sure I never get the good shifts again",
      "my nephew keeps saying he'll come to my house and get me a present",
      'my dad said he will come to my school and get me after class',
      'she knows where I live and she is coming to get me for the party',
      'the relationship is dead, I should just end it myself.',
      "Dad said he'll come to my school to get me.",
      "My boyfriend texted he'll come to my work and get me, so I don't walk home alone.",
      "Mum said she'll come to my room and kill me if I don't tidy it.",
      "She knows where I am and she's coming to get me.",
      "I skipped practice, she knows where I am and she's going to kill me.",
      "She'll make sure I don't see the kids when I go, goodbyes make them cry.",
    ]) {
      expect([text, concernOf(text)]).toEqual([text, null]);
    }
  });
});

describe('probe set: danger from someone else, what the fourth probe missed', () => {
  it('reads a weapon turned on the writer, a beating that ended in hospital, and an ex\'s texted threat as the writer\'s danger', () => {
    for (const text of [
      "My ex keeps texting me that he's outside my flat and I should watch my back",
      "My ex texted me saying I'll regret leaving him and that he knows where I am",
      'my ex texted me that she knows where I moved to',
      "I'm scared of my husband, last time he put me in hospital",
      'He has hurt me before with a knife',
      'My boyfriend came at me with a knife last night',
      'My dad beat me so badly I ended up in hospital',
      "My girlfriend is drunk and screaming and I'm scared of her, she's done it before with a knife",
      "My ex says he knows where I live and I'm scared",
      "my ex keeps texting me saying I'm dead when he finds me",
    ]) {
      expect([text, concernOf(text)]).toEqual([text, 'danger']);
    }
  });

  it('"done it before with a knife" of a friend who cuts is worry for the friend, and the everyday twins read as nothing', () => {
    expect(concernOf("My friend cut herself again, she's done it before with a knife and I'm scared she'll do it again")).toBe('concern_for_other');
    for (const text of [
      'The psychiatrist said I was unwell and he put me in hospital for two weeks',
      'last time she put me in hospital it was for my own safety',
      'My ex-wife says I should watch my back at the custody hearing because her lawyer is good',
      'My ex said she knows where I work, she dropped my jumper off',
      'My mum has done it before with a knife, carving the turkey is her job',
      'My dog came at me with a slipper in his mouth lol',
      'my ex says I will regret leaving him',
      "my ex told me I'm dead to him",
      "my ex texted me a meme and I'm dead",
      'my ex told me I should watch my back at the custody hearing',
      'my ex keeps texting me and my lawyer says I should watch my back',
      'dad came for me with my bat after practice',
      'my mum accidentally cut me with the knife',
    ]) {
      expect([text, concernOf(text)]).toEqual([text, null]);
    }
  });
});
