import { noticeConcernOf } from '../categories';
import { decide } from '../policy';
import { classify } from './classify';

const crisisOf = (text: string) => classify(text).crisis;

/**
 * A fourth English probe of danger from someone else (libs/moderation/data/labelled.probe-english-danger):
 * danger told without "kill", "hit" or "beat", which the lexicon read as nothing, so the writer was
 * shown no help and no moderator looked. Coercive control (locked in, papers, money and phone taken,
 * tracked, kept from everyone), threats worded around fire, a grave or a body nobody finds, a weapon
 * kept in sight at home, a child punished out in the cold or not fed, strangling begun or promised,
 * sex pressed for or taken, a stalker outside. Each crisis text stands beside one to three everyday
 * twins sharing its words, which must stay unflagged.
 *
 * Two texts of the probe stay unread, and are in the data file as misses: "He said I'll regret it if I
 * ever call the police again" (a regret promised counts only beside another sign: "I'll regret it if I
 * call the police on my neighbours' party" is said too), and a sister's overdose with "she says she's
 * going to keep trying until it works" (worry for someone's attempt, crisis.en.ts's, not danger).
 */
describe('probe set: danger from someone else, told without "kill" or "hit"', () => {
  it.each<[string, string[]]>([
    // Coercive control.
    ['He locks me in the flat when he goes to work and takes my phone.', ['He locks the flat when he goes to work and takes his phone.', 'my mum takes my phone at 10pm so I sleep', 'My dad locks me in when he goes out so nobody can break in lol']],
    ['my dad locks me in my room when he goes out and i havent eaten all day', ['my dad locks the door when he goes out and I have my own key']],
    ['My husband took my passport and won\'t let me leave the house without him.', ['My husband took my passport to the post office for the renewal.', 'My mum won\'t let me go out on school nights.']],
    ['my girlfriend hides my car keys and my passport so i cant leave', ['my girlfriend hides my car keys when I\'ve been drinking so I can\'t drive', 'My boyfriend took my phone and my keys so I can\'t drive home drunk.']],
    ['My boyfriend checks my phone every night and won\'t let me see my friends anymore.', ['My boyfriend checks my phone for updates every night because I forget.', 'My mum checks my messages and won\'t let me see my friends until my grades are up.']],
    ['My boyfriend tracks my location and goes mad if I\'m five minutes late home.', ['My mum tracks my location on Life360 and goes mad if I\'m five minutes late for dinner lol', 'My dad is so strict. He tracks my location and goes mad if I\'m five minutes late.']],
    ['my partner takes all my wages and gives me £20 a week, he says I\'m not allowed my own bank card', ['my partner takes care of all the bills and I keep my own bank card', 'My husband controls all the money because I\'m terrible with it and I asked him to.']],
    ['My wife takes my wages and checks my phone every night, she won\'t let me see my family.', ['My wife takes my wages to the bank every Friday because I work late.']],
    // Threats without "kill" or "hurt": fire, a grave, a body nobody finds.
    ['He said he\'d burn the house down with me in it if I ever called the police again.', ['My cooking is so bad I\'ll burn the house down one day lol', 'He said he\'d burn the house down if I ever let him near the stove again.', 'My boyfriend wants to burn the house down with fairy lights this Christmas lol']],
    ['My husband said if I ever take the kids he\'ll burn the house down with us inside.', ['My husband said if I ever take the kids to that restaurant again he\'ll burn the place down lol']],
    ['He told me if I leave nobody will ever find my body.', ['He told me if I leave the party early nobody will notice.', 'Nobody will ever find my body of work interesting lol', 'He told me nobody will ever find me in this hiding spot, best hide and seek ever']],
    ['He said if I go to the police they\'ll never find my body.', ['He said the police will never find my bike, it\'s gone.']],
    ['My ex said if I go to the police I\'ll end up in a ditch.', ['My mum said I\'ll end up in a ditch if I keep driving like that.', 'He said if I leave the job I\'ll end up in a ditch financially lol']],
    ['my dad said he\'ll put me in the ground if i tell mum what he does', ['my mum said she\'ll bury me in the garden if I ruin her roses again lol', 'My dad said if I tell mum about the surprise he\'ll bury me in the garden lol', 'My dad said he\'ll put me in the ground at chess if I tell mum I\'m better now.']],
    // A weapon kept in sight, and a row as the moment it is shown.
    ['My husband has a gun in the nightstand and he keeps reminding me it\'s there when we argue.', ['My dad keeps a gun for hunting.', 'My husband has a gun in the nightstand and he keeps reminding me it\'s there in case of a break-in.', 'He sleeps with a bat under the bed and reminds me it\'s there when I get scared of burglars.']],
    ['he cleans his gun at the kitchen table whenever we argue', ['he cleans his gun at the kitchen table after every hunting trip', 'He puts his knife and fork down whenever we argue about politics.']],
    ['My husband sleeps with a knife under his pillow and tells me it\'s for me if I ever leave.', ['My husband sleeps with a knife under his pillow since the burglary, it makes me nervous lol']],
    ['He keeps a knife in the car and tells me it\'s for me if I ever leave him.', ['He keeps a knife in the car for fishing and tells me it\'s for the bait.', 'He keeps telling me he has a gun license now, so proud of him.']],
    // A child punished or not fed by a carer or a parent.
    ['my foster carer makes me sleep in the garage when i get things wrong and doesnt feed me', ['my foster carer makes me sleep early when i have school and always feeds me well', 'my dad makes me sleep in the garage when my cousins visit because there\'s no room lol', 'my mum doesn\'t feed me breakfast on weekends, I make it myself']],
    ['my stepdad makes me sleep outside in the shed as punishment', ['my stepdad makes me sleep early on school nights']],
    ['my mum makes me stand outside in the cold for hours when i get something wrong', ['my mum makes me stand outside the shop when she\'s buying my present']],
    ['my stepmum locks the fridge and hasn\'t fed me since yesterday', ['my stepmum locks the fridge at night because my brother keeps raiding it', 'My cat wakes me at 5 and doesn\'t feed me, I feed her lol']],
    ['My parents leave me home alone for days with no food. I\'m 10.', ['My parents left me home alone for the weekend with a fridge full of food.']],
    ['My mum leaves me and my little brother alone for days without food.', ['My mum leaves me and my little brother alone for an hour when she goes to the shop.']],
    // Strangling begun, or promised with a jealous rule or telling as its condition.
    ['He put his hands on my neck and said next time he won\'t stop.', ['He put his hands on my neck and gave me the best massage.', 'My coach said next time he won\'t stop the bus for me.']],
    ['My boyfriend said he\'ll strangle me if I talk to another guy.', ['My mum said she\'ll strangle me if I eat the last biscuit lol', 'My boyfriend said he\'ll strangle me if I spoil the finale.', 'She\'ll choke me if I spoil the ending lol']],
    ['He threatened to choke me out if I ever tell anyone.', ['He threatened to choke me out in jiu jitsu if I didn\'t tap.']],
    // Sex pressed for, given in to, or taken from someone asleep.
    ['He makes me do sexual stuff when he\'s drunk and I\'m too scared to say no.', ['He makes me do the washing up when he\'s drunk and I\'m too tired to say no.']],
    ['My husband gets angry if I say no to sex so I just let him even though I don\'t want to.', ['My husband gets angry if I say no to a takeaway so I just let him order.', 'My son begged to stay up so I just let him even though I didn\'t want to.', 'my bf gets mad when I say no to sex lol he sulks for like five minutes']],
    ['My boyfriend pressured me into sex when I was drunk and now he says I owe him.', ['My boyfriend pressured me into karaoke when I was drunk and now he says I owe him a song.']],
    ['my boyfriend guilted me into sex again last night', ['my boyfriend guilted me into watching the whole series again last night']],
    ['I woke up and he was having sex with me while I was asleep.', ['I woke up and he was making breakfast while I was asleep on the sofa.']],
    // A stalker outside: waiting, following, a tracker, turning up, driving past.
    ['There\'s a man who waits outside my house every night and he followed me to the shop today.', ['The postman waits outside my house every morning and he followed me to the shop today to give me a parcel.', 'The guy who walks his dog waits outside my house every morning to say hi.', 'he followed me home from the party to make sure I got back safe']],
    ['I keep seeing the same man parked outside my flat and yesterday he followed me home.', ['I keep seeing the same car parked outside my flat, must be a new neighbour.', 'Someone is waiting outside my house, I think it\'s the Uber.']],
    ['My ex put a tracker on my car and turns up wherever I go.', ['My dad put a tracker on my car and checks it\'s not stolen.', 'My cat turns up wherever I go in the house.']],
    ['Someone put an airtag in my bag and a guy keeps turning up wherever I go.', ['My dad put an airtag in my bag so he knows I\'m safe on the school trip.', 'I found an airtag in my bag, turns out it was my sister\'s.']],
    ['He keeps driving past my house and I saw him standing outside my window last night.', ['My grandad keeps driving past my house to wave at the kids.', 'I saw him standing outside my window last night, he was carol singing with the choir.', 'My brother keeps driving past my house to show off his new car.']],
  ])('%s is danger to the writer; its twins are nothing', (danger, twins) => {
    const result = classify(danger);
    expect([danger, result.crisis]).toEqual([danger, true]);
    expect(result.categories).toContain('danger_from_other');
    expect(result.categories).not.toContain('concern_for_other');
    // Danger told is the writer's, never a threat of theirs: help is shown, nothing hidden.
    expect(decide(result).action).toBe('flag');
    for (const twin of twins) expect([twin, classify(twin).flagged]).toEqual([twin, false]);
  });

  it.each([
    "he bought me a gun and told me it's for me, for protection",
    "My husband got a new knife set and told me it's for me, I love cooking.",
    "My mum took my phone so I can't go out tonight, I'm grounded.",
    "she took my car keys so I can't leave until I clean my room",
    'My mum hides my shoes so I can\'t go out in the rain lol',
    'My mum won\'t let me go out until I finish my homework.',
  ])('everyday "%s" is nothing', (text) => {
    expect(classify(text).flagged).toBe(false);
  });

  it('grades a threat made grave, a weapon shown in a row, or strangling as high; locked in or a child punished as moderate; control as low', () => {
    for (const [text, tier] of [
      ["He said he'd burn the house down with me in it if I ever called the police again.", 'high'],
      ["My husband has a gun in the nightstand and he keeps reminding me it's there when we argue.", 'high'],
      ["He put his hands on my neck and said next time he won't stop.", 'high'],
      ['He locks me in the flat when he goes to work and takes my phone.', 'moderate'],
      ['my foster carer makes me sleep in the garage when i get things wrong and doesnt feed me', 'moderate'],
      ["My boyfriend tracks my location and goes mad if I'm five minutes late home.", 'low'],
    ] as const) {
      const result = classify(text);
      expect([text, result.risk, noticeConcernOf(result.categories)]).toEqual([text, tier, 'danger']);
    }
  });

  it('a sign said of a strict parent, a sulk or a neighbour as often counts only beside another', () => {
    for (const text of [
      "He said I'll regret it if I skip leg day.",
      "My neighbour's party is loud but I'll regret it if I call the police on them, they're nice.",
      "I know I'll regret it if I don't call my nan this weekend.",
      'he followed me home',
      'my husband gets angry when I say no to sex',
      "my mum doesn't feed me",
      "he won't let me see anyone",
      'My ex put a tracker on my car.',
    ]) {
      expect([text, crisisOf(text)]).toEqual([text, false]);
    }
    for (const text of [
      'a man waits outside my house every night and he followed me home',
      "my husband gets angry when I say no to sex and he won't let me see anyone",
      "my foster carer locks me out of the house at night and doesn't feed me",
    ]) {
      expect([text, classify(text).categories]).toEqual([text, ['danger_from_other']]);
    }
  });

  it("worry for someone else's danger in the same words stays worry: the danger is the writer's only when it is their own", () => {
    expect(crisisOf('my sister says her husband gets angry when she says no to sex')).toBe(false);
    expect(classify("my best friend's boyfriend checks her phone every night").flagged).toBe(false);
  });

  it('after a review of the fixes: a biscuit, an x-ray, a chore and a weekend home alone are not danger', () => {
    for (const everyday of [
      'my mum would strangle me if I ate the last biscuit',
      'the x-ray report said they found my bones and joints were healthy',
      'my dad made me clean the garage as punishment for the party',
      'my mum makes me weed the garden whenever i get a bad grade',
      'my parents leave me home alone for the weekend without money for takeaway',
    ]) {
      expect([everyday, classify(everyday).crisis]).toEqual([everyday, false]);
    }
    expect(classify('my stepdad makes me sleep in the garage when i get things wrong').crisis).toBe(true);
  });
});
