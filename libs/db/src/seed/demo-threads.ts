/**
 * Demo conversations for `npm start`: a few threads in every category, written in the warm,
 * ordinary voice of a peer-support forum. None describes methods; the self-harm category talks
 * about coping and recovery only (safe-messaging guidance).
 */
export interface DemoThread {
  category: string;
  author: string;
  title: string;
  body: string;
  replies: ReadonlyArray<{ author: string; body: string }>;
}

/** Demo members, posting under pseudonyms as members do. */
export const DEMO_AUTHORS = ['Quiet Otter 12', 'Morning Fern 7', 'Steady Heron 31', 'Kind Willow 5', 'Little Ember 48', 'Soft Harbour 22'] as const;

export const DEMO_THREADS: readonly DemoThread[] = [
  {
    category: 'introductions',
    author: 'Quiet Otter 12',
    title: 'First post here, a bit nervous',
    body: "Hi everyone. I've been reading for a couple of weeks and finally made an account. I'm not great at talking about this stuff out loud, so maybe writing will be easier. Glad this place exists.",
    replies: [
      { author: 'Kind Willow 5', body: "Welcome! Reading first is how most of us started. Post as much or as little as you like, there's no pressure here." },
      { author: 'Morning Fern 7', body: 'Hi Quiet Otter, glad you said hello. Writing it down really does help some days.' },
    ],
  },
  {
    category: 'introductions',
    author: 'Little Ember 48',
    title: 'Hello from a night-shift worker',
    body: "I work nights so I'm usually awake when everyone else is asleep. It gets lonely. Hoping to find a few people to check in with.",
    replies: [{ author: 'Steady Heron 31', body: "Night owls unite. The chat room called Night owls is good for exactly this. Say hi if you see me there." }],
  },
  {
    category: 'anxiety',
    author: 'Morning Fern 7',
    title: 'What helps you on the mornings your chest is tight?',
    body: 'Mine is making tea very slowly and naming five things I can see. Sounds silly but it gives my brain something to do. What works for you?',
    replies: [
      { author: 'Soft Harbour 22', body: 'Not silly at all. I breathe in for four, hold for four, out for six. The long out-breath is the bit that helps me.' },
      { author: 'Quiet Otter 12', body: 'Cold water on my wrists, and one song I know every word to.' },
    ],
  },
  {
    category: 'anxiety',
    author: 'Steady Heron 31',
    title: 'Phone calls make me panic',
    body: "I've had to call the GP three days running and hung up every time before anyone answered. I know it's a small thing. It doesn't feel small.",
    replies: [{ author: 'Kind Willow 5', body: 'It is not small if it stops you getting care. Would it help to write down exactly what you want to say first? I do that and read it out.' }],
  },
  {
    category: 'depression',
    author: 'Kind Willow 5',
    title: 'The heavy days: what is your one small thing?',
    body: 'On the days I can barely move, I try to do one small thing: open a window, drink a glass of water, change my shirt. What is yours?',
    replies: [
      { author: 'Little Ember 48', body: 'Brushing my teeth. Some days that is the whole win and I have learned to count it.' },
      { author: 'Soft Harbour 22', body: 'Texting one person, even just an emoji. It reminds me I am still connected to someone.' },
    ],
  },
  {
    category: 'depression',
    author: 'Soft Harbour 22',
    title: 'Finally told my doctor how I have been feeling',
    body: "I'd been putting it off for months. She listened, didn't rush me, and we made a plan. I'm nervous but it feels like something has started moving.",
    replies: [{ author: 'Morning Fern 7', body: 'That took real courage. Thank you for sharing it, it might be the nudge someone else needs.' }],
  },
  {
    category: 'grief-and-loss',
    author: 'Steady Heron 31',
    title: "It's been a year since Dad died",
    body: "Everyone says it gets easier. Some days it does. Today I found his handwriting on an old shopping list and had to sit down. I don't really need advice, I just wanted to tell someone.",
    replies: [{ author: 'Quiet Otter 12', body: "Thank you for telling us. Those little pieces of handwriting hit so hard. Thinking of you and your dad today." }],
  },
  {
    category: 'grief-and-loss',
    author: 'Morning Fern 7',
    title: 'Missing my dog more than I expected',
    body: 'People keep saying "it was just a dog". She was there every single day for eleven years. The house is so quiet.',
    replies: [{ author: 'Little Ember 48', body: 'Grief for an animal is real grief. Eleven years of quiet company is a huge thing to lose.' }],
  },
  {
    category: 'relationships-and-family',
    author: 'Little Ember 48',
    title: 'Setting a boundary with my mum',
    body: 'I told her I can only talk on the phone twice a week. She was upset. I feel guilty but also lighter. Is that normal?',
    replies: [{ author: 'Steady Heron 31', body: 'Very normal. Guilt often shows up when we do something new, not when we do something wrong.' }],
  },
  {
    category: 'relationships-and-family',
    author: 'Kind Willow 5',
    title: 'Feeling lonely in a busy house',
    body: "Five people live here and somehow I feel invisible. Does anyone else feel most alone when they're surrounded by people?",
    replies: [{ author: 'Soft Harbour 22', body: 'Yes. For me it helped to find one person in the house to have a tiny routine with, like a walk after dinner.' }],
  },
  {
    category: 'self-harm-support',
    author: 'Soft Harbour 22',
    title: 'Things I reach for instead, when the urge comes',
    body: "I keep a little box: a stress ball, a photo of my sister, a list of people I can text, and the number for a helpline. It doesn't always work, but more often than it used to. If you have a box like this, what's in yours?",
    replies: [
      { author: 'Kind Willow 5', body: 'A playlist I made on a good day, and a note from past me saying the feeling will pass. It always has so far.' },
      { author: 'Morning Fern 7', body: 'Mine has a soft scarf and some sour sweets. Texting a friend is the one that helps most.' },
    ],
  },
  {
    category: 'self-harm-support',
    author: 'Quiet Otter 12',
    title: 'Six months today',
    body: "Not perfect and not finished, but six months. I wanted to mark it somewhere where people understand what it means. Thank you to everyone here who answered me at 2 a.m.",
    replies: [{ author: 'Little Ember 48', body: 'Six months is huge. Proud of you, and glad you are here to mark it.' }],
  },
  {
    category: 'caring-for-someone',
    author: 'Steady Heron 31',
    title: 'How do you look after yourself while caring for a partner?',
    body: "My partner has been really unwell for a while. I love him and I want to be there, but I'm running on empty. How do other carers keep going?",
    replies: [{ author: 'Kind Willow 5', body: "You matter too. For me it was one evening a week that was mine, no matter what, and a carers' support group." }],
  },
  {
    category: 'caring-for-someone',
    author: 'Morning Fern 7',
    title: 'What to say when a friend says they are struggling',
    body: "My friend told me she's not doing well. I panicked and changed the subject. I want to do better next time.",
    replies: [
      { author: 'Soft Harbour 22', body: 'You can go back to her. "I have been thinking about what you said, I want to listen properly" goes a long way.' },
      { author: 'Quiet Otter 12', body: "Listening without fixing is most of it. And it is okay to ask her directly how she is keeping safe; asking does not put ideas in anyone's head." },
    ],
  },
  {
    category: 'recovery-and-small-wins',
    author: 'Little Ember 48',
    title: 'Small win: I went for a walk today',
    body: "It was only around the block, but it's the first time in a week I've been outside. The air felt good. Sharing because I know you all get it.",
    replies: [{ author: 'Steady Heron 31', body: 'Around the block is a real walk. Well done.' }],
  },
  {
    category: 'recovery-and-small-wins',
    author: 'Kind Willow 5',
    title: 'Cooked a proper meal for the first time in ages',
    body: 'Pasta with actual vegetables. Ate it at the table instead of in bed. Tiny, but it felt like me again.',
    replies: [{ author: 'Morning Fern 7', body: 'Not tiny at all. Eating at the table is a big one for me too.' }],
  },
];
