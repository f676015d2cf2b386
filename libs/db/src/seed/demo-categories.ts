/** The forum's topic categories, seeded on every start (idempotent by slug). */
export const DEMO_CATEGORIES = [
  { slug: 'introductions', name: 'Introductions', description: 'Say hello, as much or as little as you like.', contentWarning: false },
  { slug: 'anxiety', name: 'Anxiety', description: 'Worry, panic, and the things that help you breathe.', contentWarning: false },
  { slug: 'depression', name: 'Depression', description: 'For the heavy days and the slightly lighter ones.', contentWarning: false },
  { slug: 'grief-and-loss', name: 'Grief & loss', description: 'Missing someone, and carrying it.', contentWarning: false },
  { slug: 'relationships-and-family', name: 'Relationships & family', description: 'The people closest to us, and how hard that can be.', contentWarning: false },
  { slug: 'self-harm-support', name: 'Self-harm support', description: 'Support without judgement. Posts here open behind a content warning.', contentWarning: true },
  { slug: 'caring-for-someone', name: 'Caring for someone', description: 'For those supporting a friend, partner or family member.', contentWarning: false },
  { slug: 'recovery-and-small-wins', name: 'Recovery & small wins', description: 'Every step counts. Share yours.', contentWarning: false },
] as const;

/** A few warm, realistic opening posts; none describes methods. */
export const DEMO_THREADS = [
  {
    category: 'introductions',
    title: 'First post here, a bit nervous',
    body: "Hi everyone. I've been reading for a couple of weeks and finally made an account. I'm not great at talking about this stuff out loud, so maybe writing will be easier. Glad this place exists.",
  },
  {
    category: 'anxiety',
    title: 'What helps you on the mornings your chest is tight?',
    body: 'Mine is making tea very slowly and naming five things I can see. Sounds silly but it gives my brain something to do. What works for you?',
  },
  {
    category: 'recovery-and-small-wins',
    title: 'Small win: I went for a walk today',
    body: "It was only around the block, but it's the first time in a week I've been outside. The air felt good. Sharing because I know you all get it.",
  },
  {
    category: 'grief-and-loss',
    title: "It's been a year since Dad died",
    body: "Everyone says it gets easier. Some days it does. Today I found his handwriting on an old shopping list and had to sit down. I don't really need advice, I just wanted to tell someone.",
  },
] as const;
