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
