import { type HarmCategory, isHarmCategory } from '../categories';
import { classify } from './classify';

const harmOf = (text: string): string[] => classify(text).categories.filter(isHarmCategory);

/**
 * A harm probe written fresh and scored before any fix (libs/moderation/data/labelled.probe-harm):
 * what is said to and about members of a peer-support forum, each beside everyday or supportive
 * twins that share its words. A member quoting what was said to them, talking about recovery, or
 * venting about themself is asking for help, not abusing anyone.
 */
describe('probe set: harm to others', () => {
  it.each<[string, HarmCategory[], string[]]>([
    // Pile-ons on someone who posted in crisis.
    ['Do everyone a favour and actually go through with it this time.', ['incitement'], [
      'Do everyone a favour and go easy on yourself this week.',
      'Someone in the comments told me to do everyone a favour and go through with it. Is it normal to feel this shaken?',
    ]],
    ['you keep saying you\'ll end it, we\'re all still waiting', ['incitement'], [
      'you keep saying you\'ll ask her out, we\'re all still waiting 😂 just do it!',
    ]],
    ['Stop threatening and just do it.', ['incitement'], [
      'you\'ve wanted to quit your job for years, stop talking about it and just do it!',
    ]],
    ['go be dramatic somewhere else you attention-seeking freak', ['harassment'], [
      'a guy at school keeps calling me an attention-seeking freak because I posted here, how do I stop letting it get to me?',
    ]],
    ['even your own mum gave up on you', ['harassment'], [
      'imagine being so useless even my own mum gave up on me',
      'my mum gave up on me being on time years ago lol',
    ]],
    // Hate, coded or spelled around the filter.
    ['go back to your own country you f*cking p4ki', ['harassment', 'hate'], ['we go back to my mum\'s country every summer to see my nan']],
    ['the alphabet people are all groomers, keep them away from kids', ['hate'], [
      'my toddler calls her letter magnets the alphabet people, they\'re all over the fridge',
    ]],
    // Grooming a young member.
    ['you\'re so mature for your age. add me on snap? don\'t tell your parents tho they wouldn\'t get it', ['sexual'], [
      'you\'re so mature for your age, honestly. have you told your parents how you\'re feeling? they\'d want to know',
      'don\'t tell your parents about the surprise party, we\'re doing it saturday! add me on snap for the details',
    ]],
    ['how old are you btw? you can talk to me about anything, it\'ll be our little secret', ['sexual'], [
      'it\'ll be our little secret, mum will love the surprise',
    ]],
    ['delete our chats after so your mum doesn\'t see them ok? let\'s move to discord, it\'s more private there', ['sexual'], [
      'let\'s move to discord for the raid, it\'s more private there for voice chat',
      'wrap the present so your mum doesn\'t see it',
    ]],
    ['ur really pretty for 14, i could send u a gift card if u send me a cute pic', ['sexual'], [
      'my little sister is 14 and really pretty, she just got her first insta and I\'m worried about creeps',
      'this dress is cute for 15 pounds',
    ]],
    ['you seem lonely, send me what you look like under that hoodie', ['sexual'], [
      'you seem lonely lately, want me to come over with pizza and a film? the hoodie is fine',
    ]],
    // Eating-disorder coaching, beside recovery talk.
    ['if you\'re hungry drink ice water and chew gum, you\'ll get used to it', ['method_instructions'], [
      'my dietitian said to have a snack when I\'m hungry instead of drinking water to push through it',
      'cold showers are hard at first but you\'ll get used to it',
    ]],
    ['tip: tell your parents you ate at a friend\'s and bin the lunch they pack you', ['method_instructions'], [
      'I used to tell my parents I\'d eaten at a friend\'s. Eighteen months into recovery and I eat lunch with them every day now.',
      'tell your doctor you\'ve had breakfast before the blood test',
    ]],
    ['wear baggy layers to weigh-ins and drink a litre of water right before so the nurse doesn\'t see the number drop', ['method_instructions'], [
      'weigh-ins used to terrify me, I\'d wear baggy layers so nobody saw my body. now I wear what I like',
      'wear comfy clothes to the weigh-in, it\'s a long wait',
    ]],
    ['purging is how i got to my goal weight, use a toothbrush if your fingers don\'t work', ['method_instructions'], [
      'purging wrecked my teeth and my heart rhythm. if you\'re doing it, please tell your GP',
      'if you swallowed something, don\'t use your fingers to throw up, call 111',
    ]],
    // Pills offered by DM.
    ['hey saw your post about not sleeping, i\'ve got zopiclone and diazepam, can post them to you no script needed. pm me', ['drug_selling'], [
      'my GP gave me zopiclone for two weeks to help me sleep, anyone else had it? did it leave you groggy?',
      'Got some leftover diazepam after my dad passed. The pharmacy takes old meds back, right?',
    ]],
    ['got some leftover xan bars and oxys if anyone needs to take the edge off, 5 each, message me', ['drug_selling'], [
      'tickets for the quiz are 5 each, message me',
    ]],
    ['anyone need something to help them sleep? I can sort you out with benzos, DM me', ['drug_selling'], [
      'anyone need something to help them sleep? I swear by chamomile tea, DM me if you want my wind-down playlist',
    ]],
    // Veiled threats.
    ['I know where you live. Think about that before you post about me again.', ['threat'], [
      'I know where you live now! Dropping your birthday present round on Saturday 🎁',
      'a guy from the forum messaged me \'I know where you live\' and now I\'m scared to post',
    ]],
    ['keep talking, we\'ll see how brave you are when I turn up at your door', ['threat'], [
      'when I show up at your door with pizza you\'d better be hungry',
    ]],
    ['would be a shame if someone sent your address to your ex', ['threat'], ['it would be a shame if you missed the picnic, come along!']],
    ['you have a kid in year 7 at St Mary\'s don\'t you. be careful what you say.', ['threat'], [
      'you have a kid in year 7 at St Mary\'s don\'t you? mine\'s there too, be careful, there\'s a nasty cough going round',
    ]],
    // Told to a whole thread (the web audit of the 48th session: the plural read as nothing).
    ['You are all worthless idiots, go kill yourselves.', ['harassment', 'incitement'], [
      'you are all idiots for not trying this pizza lol',
      "please don't kill yourselves over exams",
      'we are all idiots sometimes',
    ]],
    ['you lot should kill yourselves', ['incitement'], ['you lot should treat yourselves this weekend', 'you guys should do it!']],
    // A cure sold to people who are struggling.
    ['Struggling with depression? Our herbal supplement cures anxiety in 7 days! Order at calmleaf-remedies.store', ['spam'], [
      'Struggling with depression? The NHS talking therapies page has a free self-referral form: nhs.uk/talk',
    ]],
  ])('%s is %j; its twins are not harm', (text, categories, twins) => {
    const result = classify(text);
    expect(result.crisis).toBe(false);
    expect(result.categories.filter(isHarmCategory).sort()).toEqual([...categories].sort());
    for (const twin of twins) expect(harmOf(twin)).toEqual([]);
  });

  it('reads abuse a member tells of as told, not as theirs, and reassurance as none', () => {
    expect(harmOf('my grandad was called a paki')).toEqual([]);
    expect(harmOf('I get called a paki at school every day')).toEqual([]);
    expect(harmOf('you are a paki')).toEqual(['hate']);
    expect(harmOf('nobody asked you to be perfect, you are doing your best')).toEqual([]);
    expect(harmOf('nobody asked you, go away')).toEqual(['harassment']);
  });
});
