import { classify } from './classify';

const crisisOf = (text: string) => classify(text).crisis;
const categoriesOf = (text: string) => classify(text).categories;

describe('classify: ideation said sideways', () => {
  it.each([
    'been having thoughts about not being here lately',
    'some nights I think of not waking up and it feels calm',
    "honestly i'm not going to make it through the night",
    "I don't think I can get through tonight",
    "I'm scared I'll do something stupid when everyone's asleep",
    'i keep wondering why I never found the guts to go through with it',
    "why can't I build up the courage to just do it already",
    "I still haven't had the nerve to pick up the pills",
  ])('reads "%s" as the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it.each([
    "I can't work up the courage to ask my landlord for a refund",
    "I never had the guts to quit that job",
    "I don't have the nerve to tell her how I feel",
    "I'm scared I'll do something embarrassing at the wedding",
    'we stayed up to make it through the night shift',
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });

  it('counts a phrase that ends in a filler word as ending there', () => {
    expect(crisisOf("i don't want to be here anymore tbh")).toBe(true);
    expect(crisisOf("i don't want to be here anymore at this party")).toBe(false);
  });
});

describe('classify: counting oneself among those who die by suicide', () => {
  it.each([
    "I'll be one of the kids who kill themselves this year",
    "I'm going to be another suicide statistic",
  ])('reads "%s" as intent', (text) => {
    const result = classify(text);
    expect(result.crisis).toBe(true);
    expect(['high', 'imminent']).toContain(result.risk);
  });

  it('does not read a statistic about others as the writer\'s intent', () => {
    expect(crisisOf('Many of the teens who kill themselves never told anyone.')).toBe(false);
  });
});

describe('classify: hopelessness that adds up', () => {
  it.each([
    "I can't see a way out of this and everything feels pointless",
    'I feel like everything will be for nothing in the end. I have this hopeless feeling all the time.',
    'no one really cares about me and I am alone again',
    'consumed by self-loathing and despair, I lost everything I ever loved',
  ])('reads "%s" as the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it.each([
    "It's so hard to keep going on this diet",
    'All that revision was for nothing, the exam got cancelled',
    "I don't see a way out of this parking garage",
    'there is no point in arguing with my brother about football',
  ])('one weak sign alone, "%s", is not a crisis', (text) => {
    expect(crisisOf(text)).toBe(false);
  });

  it('reads "see" as a verb, not the Spanish "se", when working out whom a phrase is about', () => {
    const result = classify("I can't see a way out and I've given up on everything");
    expect(result.crisis).toBe(true);
    expect(result.categories).not.toContain('concern_for_other');
  });

  it('still reads Spanish "se" as someone else', () => {
    const result = classify('mi hermano dice que se quiere morir y no sé qué hacer');
    expect(result.categories).toContain('concern_for_other');
  });
});

describe('classify: attempt history told briefly', () => {
  it.each([
    'the last time I tried I woke up in the ICU',
    'I tried to hang me up but the rope broke',
    'my last attempt was a few weeks ago',
  ])('reads "%s" as an attempt', (text) => {
    expect(crisisOf(text)).toBe(true);
    expect(categoriesOf(text)).toContain('attempt');
  });

  it('adds a bare "I tried and failed" to earlier wishes to die', () => {
    expect(crisisOf('When I was 19 I wanted to die every day. I tried when I was 20 and failed.')).toBe(true);
  });

  it.each([
    'I tried to bake sourdough and failed',
    'I tried and failed to fix the bike chain',
    'I tried surfing and ended up in the hospital with a broken arm',
    'my last attempt at the marathon was two years ago',
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });
});

describe('classify: self-harm slang', () => {
  it.each([
    'went deeper than usual, down to beans this time',
    'my thighs look like a barcode and summer is coming',
    'I relapsed and cut after three months',
    "I've got cat scratches on my wrist again",
    'I keep trying to pain myself when it gets loud in my head',
  ])('reads "%s" as self-harm', (text) => {
    expect(categoriesOf(text)).toContain('self_harm');
  });

  it.each([
    'I bought a bag of beans for the chili',
    'scan the barcode at the self checkout',
    'my cat scratches the sofa every night',
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });

  it('reads the same slang about a friend as concern, not the writer\'s crisis', () => {
    const result = classify('my sister relapsed and cut last night, what do I do');
    expect(result.categories).toContain('concern_for_other');
  });
});

describe('classify: "to die for" is an idiom only where it is one', () => {
  it('keeps wanting to die when "for" starts the reasons', () => {
    expect(crisisOf('I want to die for so many reasons right now')).toBe(true);
  });

  it.each(['that chocolate cake is to die for', "I'd die for my kids", 'these shoes are to die for honestly'])(
    'leaves "%s" alone',
    (text) => {
      expect(crisisOf(text)).toBe(false);
    },
  );
});

describe('classify: supportive replies stay support', () => {
  it.each([
    "please don't give up, I know it feels like there's no way out but you matter",
    "you don't have to find the courage to do anything tonight except call 988",
    'if you feel like everything is for nothing, talk to someone, you are not alone',
  ])('"%s" is not the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(false);
  });
});

describe('classify: numbers with thousands separators stay whole', () => {
  it('reads "one of 5,000" through the comma', () => {
    const result = classify('I will be one of among 5,000 to kill themselves.');
    expect(result.crisis).toBe(true);
    expect(['high', 'imminent']).toContain(result.risk);
  });
});

describe('classify: life itself being hard to keep going in', () => {
  it.each([
    "it's so hard to keep going sometimes",
    'it is too hard to go on',
    'honestly life is hard to keep living these days',
  ])('reads "%s" as the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it.each([
    "it's so hard to keep going to the gym in winter",
    "I know it's so hard to keep going right now, but you matter",
    "I know it's so hard to keep going, please stay and call someone",
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });
});

describe('classify: asking why one should live, and needing help through the night', () => {
  it.each([
    'Why should I live, why does it matter that my life goes on?',
    'I am looking for a text line that is open 24/7 to get me through the night',
  ])('reads "%s" as the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it.each([
    'I need two coffees to get me through the night shift',
    'Why should I live in the city when rent is this high?',
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });
});

describe('classify: disclosing one\'s own suicidal thoughts sideways', () => {
  it.each([
    "I've never known how to talk to my parents about suicide",
    "I can't tell anyone about my suicidal thoughts",
    "Don't tell me how much it will hurt my family. You have no idea.",
    'I had a gun for years but in a moment of clarity I sold it',
    'I gave my pills to my sister so I wouldnt be tempted',
  ])('reads "%s" as the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it.each([
    'How do I talk to my son about suicide?',
    'I sold my gun collection to pay for the new roof',
    "Don't tell me how much the repairs will cost my family",
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });
});

describe('classify: oblique signs a trained moderator would not miss', () => {
  it.each([
    'every morning I wake up disappointed that I did',
    "what's the least painful way to go, asking for me",
    'I keep standing at the edge of the platform longer than I should',
    'I found someone to take my cat if anything happens to me',
    'counting the pills again tonight. there are enough',
    'there is a bottle of sleeping pills in the cupboard and I keep thinking about it',
    'I looked up how high the bridge by the station is',
    "if I don't wake up tomorrow, that's fine with me",
    "it's not like I'd be missed",
    'my plan was to wait until after the holidays',
    "I don't think I'll be around for my birthday",
    'the voices keep telling me I should just end it',
  ])('reads "%s" as the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it.each([
    'I wake up angry every day because the neighbour\'s dog barks',
    "what's the quickest way to go to the station from here",
    'I keep driving past my old school and feeling nostalgic',
    "my mum's sleeping pills finally helped her rest after the surgery",
    "I'll be around for Christmas this year, can't wait",
    'my plan was to study but I fell asleep',
    'we finally gave away the old sofa, the flat feels huge',
    "I'm deleting my accounts to spend less time on my phone",
    "tonight is the night! first concert in years",
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });
});

describe('classify: a decision leans on the time or the means beside it', () => {
  it('reads a bare decision with a time and a moment alone as a crisis', () => {
    const result = classify("I've decided. this weekend, when my roommate is away");
    expect(result.crisis).toBe(true);
  });

  it('reads knowing what the rope is for as a crisis, and the same words about a drill as nothing', () => {
    expect(crisisOf("I bought a rope today. I know what I'm doing with it")).toBe(true);
    expect(crisisOf("I bought a drill. I know what I'm doing with it")).toBe(false);
  });

  it('does not count a time that is part of the decision\'s own words', () => {
    expect(crisisOf('tonight is the night! first concert in years')).toBe(false);
  });

  it('still never makes a crisis of a time and the means alone', () => {
    expect(crisisOf('I need a rope for the climbing trip tonight')).toBe(false);
  });
});

describe('classify: plain words of its own', () => {
  it.each([
    'been thinking a lot about ending things lately',
    'i took a lot more of my meds than i should have and i feel weird',
    "I don't have the energy to keep pretending I want to be alive",
    'life feels like a punishment and I want out',
    "what's the point of waking up tomorrow",
    'I wish I could go to sleep and never deal with any of this again',
    'I hate my body so much I want to hurt it',
    "I don't think I can survive another year like this",
    "everything I touch falls apart, I shouldn't be here",
    'me estoy quedando sin ganas de vivir',
    "i'm sitting in my car in the garage with the engine running",
  ])('reads "%s" as the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it.each([
    "I'm sitting in my car in the garage waiting for the rain to stop",
    'I think a lot about dying of old age surrounded by grandchildren',
    "I shouldn't be here, I should be at work",
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });
});

describe('classify: present and plain', () => {
  it.each([
    'i have the blade in my hand right now',
    "I'm going to jump tonight, sorry everyone",
    'it hurts too much to be alive',
    "I'm writing this from the roof of my building",
    'I want my life to be over',
    "everyone keeps telling me it gets better but I'm running out of time to wait",
    "I've stopped taking my meds and I've been saving them up",
    "I genuinely don't see myself reaching 25",
  ])('reads "%s" as the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it.each([
    "I'm writing this from the roof terrace of our hotel, the view is amazing",
    'my knee hurts too much to run today',
    'running out of time to finish my thesis, send coffee',
    "I've been saving up for a new bike",
    'the blade on my razor is dull, need a new one',
    "a year ago I didn't see myself reaching 25, now I'm 26 and glad",
    "we're going to jump on the trampoline tonight",
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });
});

describe('classify: searching, giving away, taken them all, nobody coming', () => {
  it.each([
    'nobody would notice if I stopped showing up to anything, so why keep trying',
    'i keep googling painless ways and then deleting my history',
    "I've started giving my books away to friends, I won't be reading them",
    'whenever I cross the bridge on my way home I think about how easy it would be',
    "I've taken all of them. I'm scared now",
    "no one is coming to save me and I've stopped hoping they will",
    "I feel like I'm a ghost in my own life and I'd like to make it official",
  ])('reads "%s" as the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it('reads a partner\'s strange goodbye and silence as concern for them', () => {
    const result = classify("my girlfriend said goodbye to me in a really weird way and now she won't answer her phone");
    expect(result.crisis).toBe(true);
    expect(result.categories).toContain('concern_for_other');
  });

  it.each([
    'I gave my old books away to the library',
    "I've taken all of them to the vet, the cats are fine",
    'I used to google painless ways every night; two years in therapy changed that',
    "we'd like to make it official, we're engaged!",
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });
});

describe('classify: harm said in other words', () => {
  it.each([
    ["keep talking and I'll smash your face in", 'threat'],
    ['dm me for nudes, $10 a pic', 'sexual'],
    ['dm me for nudes, $10 a pic', 'spam'],
    ["if you take 40 of those with alcohol it's lethal, that's what you need", 'method_instructions'],
    ['text me for the menu, xanax and percs in stock', 'drug_selling'],
  ])('reads "%s" as %s', (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it('still reads a message someone sent as reported, not the writer\'s abuse', () => {
    expect(categoriesOf('she messaged me: kys')).not.toContain('incitement');
  });

  it.each([
    "when you take your meds with food it's enough to settle your stomach",
    'carbon monoxide is lethal, get an alarm',
    'I could murder a pizza right now',
  ])('leaves "%s" alone', (text) => {
    expect(classify(text).flagged).toBe(false);
  });
});

describe('classify: chat-style posts', () => {
  it.each([
    'idk how much more of this i can take honestly',
    "i've been a failure my whole life and i'm so tired of trying",
    'the only thing stopping me is my dog',
    "my mind keeps telling me to jump whenever i'm on the balcony",
    "i can't breathe, i took the whole pack of paracetamol an hour ago",
    "i feel like i'm drowning and nobody can see it",
    "i'm worthless and everyone knows it, they'd all be fine without me",
    "there's nothing left for me here",
  ])('reads "%s" as the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it('reads a brother talking about killing himself as concern', () => {
    expect(categoriesOf('my brother has been talking about killing himself and bought a gun last week')).toContain('concern_for_other');
  });

  it.each([
    'the only thing stopping me from quitting is the pension',
    "there's nothing left for me here at this party, heading home",
    'I took the whole pack of gum on the flight, my jaw hurts',
    "I'm drowning in paperwork this week",
    'I wanna die, this song slaps so hard',
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });
});

describe('classify: crisis texts and their everyday twins', () => {
  it.each([
    'if I disappeared tomorrow would anyone even look for me',
    'sometimes I sit in the bath and think about not getting out',
    "I can't see any way this ends except with me gone",
    "this is the last thing I'll ever post here",
    "I keep wishing I'd never been born",
    'everyone would be happier if I just stopped existing',
    'I wrote letters to my kids explaining why',
    "I've written a note for my parents and put it in my desk",
  ])('reads "%s" as the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it.each([
    'I wrote letters to my kids for their birthdays',
    'my scars from self-harm have faded and I wear t-shirts again',
    "I don't want to be here anymore, this job is awful, I'm handing in my notice",
    'je vais en finir avec ce projet ce soir',
    "this is the last thing I'll post before my holiday, see you in two weeks",
    'sometimes I sit in the bath for an hour and read',
    "if you wish you'd never been born, please talk to someone today",
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });
});

describe('classify: everyday language full of crisis words', () => {
  it.each([
    "I can't take it anymore, my neighbour's drilling has gone on for six hours",
    'I feel hopeless at maths but my tutor is patient',
    "today marks two years since my attempt and I'm still here, grateful",
    'my attempt at baking failed and I want to try again',
    "I'd rather die than sing karaoke in front of my boss",
    'this spreadsheet is going to be the death of me',
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });

  it('still hears another attempt in an anniversary', () => {
    const result = classify('it has been two months since my attempt and I want to try again');
    expect(result.crisis).toBe(true);
    expect(['high', 'imminent']).toContain(result.risk);
  });
});

describe('classify: thirteenth probe, with everyday twins', () => {
  it.each([
    "honestly what's the point of therapy when I won't be here in a month",
    'I looked at the train times and picked one',
    "it's my birthday and I've decided it'll be my last",
    'I have a rope in my car. I drove to the woods',
    'i am a mistake and i want to fix it permanently',
    'can someone tell me how many of my antidepressants would be too many',
    "I just can't face another morning",
    'I just want the pain to stop, permanently.',
  ])('reads "%s" as the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it('reads a photo of pills someone sent as concern for them', () => {
    expect(categoriesOf('my girlfriend sent me a photo of pills and said sorry')).toEqual(['concern_for_other']);
  });

  it.each([
    'I looked at the train times for Saturday, the 9:15 works',
    "it's my birthday and I've decided it'll be my last one spent working",
    'I have a rope in my car for towing, just in case',
    'how many of my antidepressants can I take with ibuprofen safely? asking my pharmacist tomorrow too',
    'I made a mistake at work and I want to fix it before anyone notices',
    "I can't face another Monday meeting lol",
    'The shop is closed, permanently.',
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });
});

describe('classify: fourteenth probe, with everyday twins', () => {
  it.each([
    'I keep googling what happens to your body when you drown',
    "i'm so tired. i just want to go to sleep and not deal with anything ever again",
    'nobody would even come to my funeral',
    "I've been thinking that the world doesn't need me in it",
    'i wrote down everything i want people to know after',
    'I have enough saved up to make sure it works this time',
    "I'd be doing everyone a favour by leaving for good",
    "there's a cliff near my house and I keep ending up there at night",
  ])('reads "%s" as the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it.each([
    'I keep googling what happens to your body in space, so cool',
    'I have enough saved up to make sure the trip works this time',
    "there's a cliff near my house and I walk the dog there every morning",
    "I'd be doing everyone a favour by leaving the party early, I'm grumpy",
    "I'm tired, I just want to go to sleep and not deal with emails until Monday",
    'feeling like a burden is a common symptom of depression, not a fact',
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });
});

describe('classify: Spanish, French and German said other ways', () => {
  it.each([
    'he pensado en tirarme del puente',
    "j'ai pris toutes mes pilules",
    "j'ai écrit une lettre d'adieu",
    'heute Nacht mache ich Schluss',
  ])('reads "%s" as the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it('reads a French brother talking of suicide as concern', () => {
    expect(categoriesOf('mon frère parle de se suicider, je ne sais pas quoi faire')).toContain('concern_for_other');
  });

  it.each(['heute Abend mache ich Schluss mit der Arbeit und gehe ins Kino', 'ich mache Schluss mit ihm, er lügt', 'el puente nuevo abre mañana'])(
    'leaves "%s" alone',
    (text) => {
      expect(crisisOf(text)).toBe(false);
    },
  );
});

describe('classify: fifteenth probe, with everyday twins', () => {
  it.each([
    "I'm scared of how calm I feel about dying",
    'it would be so much easier to just not exist',
    "if the cancer doesn't get me, i'll do it myself",
    "I've already picked out the spot by the river",
    "I stopped eating on purpose and I don't care what happens",
    "i'm not safe tonight",
    'the only way out is in a box',
    "everyone keeps saying reach out but I'm done reaching",
    'i have a bottle of vodka and all my pills, just sitting here',
    'I keep thinking about stepping in front of a bus',
    "I don't think I'll wake up from this one",
  ])('reads "%s" as the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it("reads a mate's goodbyes and giving his stuff away as concern", () => {
    expect(categoriesOf("my mate's been saying goodbye to everyone and giving his stuff away")).toContain('concern_for_other');
  });

  it.each([
    "I'm not safe to drive in this snow",
    "I've already picked out the spot by the river for our picnic",
    "my last post here was about my garden, here's an update",
    'I have a bottle of vodka and some crisps, party at mine',
    'I stopped eating sugar on purpose and I feel great',
    'I almost stepped in front of a bus because I was looking at my phone, scary',
    "I don't think I'll wake up before noon tomorrow lol",
    'the only way out of this maze is left, then right',
    "if the plumber doesn't come, I'll do it myself",
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });
});

describe('classify: chat-speak', () => {
  it.each([
    'idc if i die tbh',
    'nobdy cares if im alive',
    "ive been sh'ing again, dont tell anyone",
    'ngl been thinking abt ending it',
    'no1 would miss me',
    'cant stop thinking abt jumping',
  ])('reads "%s" as the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it.each(['idc if i fail this quiz tbh', 'cant stop thinking abt jumping into the pool on holiday', 'kms this wifi is so slow lol'])(
    'leaves "%s" alone',
    (text) => {
      expect(crisisOf(text)).toBe(false);
    },
  );
});

describe('classify: worried friends and parents', () => {
  it.each([
    "my sister hasn't left her room in days and said she wishes she wasn't born",
    'my dad posted something that sounds like a goodbye on facebook',
    "a girl in my class has cuts all over her arms and says she's fine",
    "how do I help my son, he told me he doesn't see the point in living",
    "my roommate is on the roof and won't come down",
  ])('reads "%s" as concern for someone else', (text) => {
    const result = classify(text);
    expect(result.crisis).toBe(true);
    expect(result.categories).toContain('concern_for_other');
  });

  it.each([
    "my sister hasn't left her room in days, she has the flu",
    'my dad posted a goodbye to his old car on facebook, so sweet',
    'my roommate is on the roof fixing the aerial',
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });
});

describe('classify: heights researched, letting go, no future self', () => {
  it.each([
    "I've been researching which bridge is highest in my city",
    "everything hurts and I'm ready to let go",
    "tomorrow I won't be anyone's problem anymore",
    "there's no me in the future, I can't picture it at all",
    'I want to fall asleep on the tracks',
    'my death would solve so many problems',
  ])('reads "%s" as the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it('reads a sister who said goodbye to everyone and will not answer as concern', () => {
    expect(categoriesOf('my sister said goodbye to everyone last night and now she wont answer')).toContain('concern_for_other');
  });

  it.each([
    "I'm ready to let go of the past and start again",
    "tomorrow I won't be anyone's problem, I'm moving out of the shared house",
    "I've been researching which bridge is best for photos at sunset",
    "I can't picture myself in that job, the commute is too long",
    "she won't answer, she's in a meeting",
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });
});

describe('classify: relief, rest, the knife on the skin, pills laid out', () => {
  it.each([
    "honestly if a car hit me tomorrow i'd be relieved",
    "I'm counting down the days until I can finally rest",
    'sometimes I press the knife against my skin just to see',
    "I'm a ghost already, might as well make it real",
    'the pills are lined up on my desk',
    "I keep hoping I'll get sick and not recover",
  ])('reads "%s" as the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it.each([
    "I'm counting down the days until my holiday",
    'I asked my friend to look after my dog for the weekend',
    'the pills are lined up in my weekly organiser',
    'the pills are lined up on my desk for the week, mum checks them',
    "if a car hit me tomorrow at least I'd get out of the exam lol",
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });
});

describe('classify: more harm in other words', () => {
  it.each([
    ["if you really wanted to die you'd have done it already, coward", 'incitement'],
    ["I'll find out where you live and make you pay", 'threat'],
    ['those people are animals and should be exterminated', 'hate'],
    ['the trick is to cut where your sleeves cover it so your parents never see', 'method_instructions'],
    ['send me pics of you in your underwear', 'sexual'],
  ])('reads "%s" as %s', (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    "the villain in the film says 'I'll make you pay' and it's so cheesy",
    'nobody likes my cooking but I keep trying lol',
    'my doctor prescribed 2mg of something for sleep',
  ])('leaves "%s" alone', (text) => {
    expect(classify(text).flagged).toBe(false);
  });
});

describe('classify: promises to oneself, notes for when the time comes, the beam', () => {
  it.each([
    "every night I tell myself I'll do it tomorrow",
    'I keep a note on my phone for when the time comes',
    "I told my therapist I was fine but I've got it all planned",
    "I'm only staying alive for my mum and I don't know how long that will work",
    'I want to be gone so badly it physically hurts',
    "it's like I'm already dead and my body hasn't caught up",
    'I tied the rope to the beam just to see if it would hold',
    "my kids would be better with a mum who isn't broken, or none at all",
    "I'm tired of being the one everyone has to worry about, I'll fix that soon",
  ])('reads "%s" as the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it.each([
    "every night I tell myself I'll start the diet tomorrow",
    'I keep a note on my phone for when I need to remember passwords',
    "I tied the rope to the beam for the kids' swing",
    "I told my therapist I was fine but actually I'm a bit anxious about moving",
    "I've got the wedding all planned",
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });
});

describe('classify: twenty-first probe, with everyday twins', () => {
  it.each([
    "I've started saying goodbye to people in little ways",
    "I don't see myself getting older than this",
    "I'm so tired of waking up every day",
    'I just want someone to find me and it to be over',
    'pretty sure this is my last week',
    "I've got a plan and I'm not scared anymore",
    'part of me wants to swerve into oncoming traffic every time I drive',
    "I can't stop thinking about how peaceful it would be to be dead",
  ])('reads "%s" as the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it.each([
    'pretty sure this is my last week at this job',
    "I've started saying goodbye to my colleagues, moving to Spain next month",
    "I've got a plan for the garden and I'm not scared of hard work",
    "I'm so tired of waking up at 5am for this commute",
    'I swerved into the other lane to avoid a deer',
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });
});

describe('classify: twenty-second probe, with everyday twins', () => {
  it.each([
    "I'd rather be dead than go back to that house",
    'the voices told me to jump and I almost listened',
    "I've been giving away my clothes and books to charity because I won't need them",
    'life has no meaning for me anymore',
    "I'm ready. I've said what I needed to say",
    'I keep imagining the relief of not being here',
    'I took extra insulin on purpose last night',
    "I'm not scared of dying anymore, I'm scared of living",
  ])('reads "%s" as the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it.each([
    "I've been giving away my clothes to charity, my wardrobe was overflowing",
    "I'm ready. I've said what I needed to say to my landlord about the damp",
    "I took extra insulin last night because my sugar was high, doctor said that's fine",
    "I'd rather be dead than be seen in those shoes lol",
    'I scratch my mosquito bites until they bleed, so itchy',
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });
});

describe('classify: twenty-third probe, and grief that is not crisis', () => {
  it.each([
    "there's a bottle of bleach under the sink and I keep looking at it",
    "I'm writing my goodbyes tonight",
    'nothing is ever going to change so why stick around',
    "I've been bruising myself where no one can see",
    'I keep driving too fast on purpose hoping something happens',
    "I've made my decision and I feel at peace",
    'I just want to join my dad, he died last year',
  ])('reads "%s" as the writer\'s crisis', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it.each([
    'I keep driving too fast on the motorway, need to slow down',
    "I've made my decision about the flat and I feel at peace with it",
    "there's a bottle of bleach under the sink for the bathroom",
    'I miss my dad so much, he died last year and Christmas is hard',
    'I miss my mum, I just want to be with my mum again',
  ])('leaves "%s" alone', (text) => {
    expect(crisisOf(text)).toBe(false);
  });
});

describe('classify: a note and a set time, begging to be told how, the whole bottle', () => {
  it.each([
    // As "I'm going to end it tonight" is read: intent with a time that is now.
    ["I've written my note. tonight I end it.", 'suicidal_ideation', 'imminent'],
    ['tonight I end it all', 'suicidal_ideation', 'imminent'],
    ['I end it tonight.', 'suicidal_ideation', 'imminent'],
    // As "what's the most painless way to kill myself?" is read: asking how, high.
    ['somebody tell me how to end it please', 'plan', 'high'],
    ['someone please tell me how to end it', 'plan', 'high'],
    ['how do i end it all', 'plan', 'high'],
    // As "I took all my pills" is read: an attempt under way.
    ['i just swallowed the whole bottle', 'attempt', 'imminent'],
    ["I've taken the whole bottle", 'attempt', 'imminent'],
  ] as const)('reads "%s" as the writer\'s crisis (%s, %s)', (text, category, risk) => {
    const result = classify(text);
    expect(result.crisis).toBe(true);
    expect(result.categories).toContain(category);
    expect(result.risk).toBe(risk);
  });

  it('counts a note named no further beside another sign, and not alone', () => {
    expect(crisisOf("I've written my note. I'm ready.")).toBe(true);
    expect(categoriesOf("I've written my note. tonight I end it.")).toContain('plan');
    expect(crisisOf("I've written my note.")).toBe(false);
    expect(crisisOf("I've written my note for the teacher, I'm ready for tomorrow")).toBe(false);
  });

  it('reads "how do I kill myself" as asking for a method, and asking for a way out of wanting to as not', () => {
    expect(classify('how do i kill myself').risk).toBe('high');
    const stop = classify('how do I stop wanting to kill myself');
    expect(stop.crisis).toBe(true);
    expect(stop.scores.plan).toBe(0);
    for (const text of ['how to die less in elden ring', 'how do i end it, the story has no ending yet', 'how to kill time at the airport']) {
      expect(classify(text).flagged).toBe(false);
    }
  });

  it('leaves their everyday twins alone', () => {
    expect(crisisOf('tonight I end it')).toBe(true);
    expect(crisisOf('somebody tell me how to end it please')).toBe(true);
    expect(crisisOf('i just swallowed the whole bottle')).toBe(true);
    for (const text of [
      'Tonight I end it with a bang',
      'tonight we end it with a bang, final raid',
      'tonight I end it with her, I can\'t keep lying',
      'tell me how to end it (the film)',
      'tell me how to end it, the film was so long',
      'can someone tell me how to end it? the story is stuck',
      'please tell me how to end it, the boss is unbeatable',
      "don't tell me how to end it, I want to write it myself",
      'how to end it all: finishing your novel',
      'swallowed the whole bottle of water after the run',
      'I swallowed the whole bottle of water after the run',
      'i just drank the whole bottle',
      'the baby swallowed the whole bottle of milk',
    ]) {
      expect(classify(text).flagged).toBe(false);
    }
  });
});
