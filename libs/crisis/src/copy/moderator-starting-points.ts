/**
 * Starting points for what a volunteer moderator writes to a member: a public reply under a post
 * that worried us, or the warning a member reads. Written to #chatsafe and reportingonsuicide.org
 * guidance: warm, plain, no judgement, no detail of method, always a way to a person now, and
 * asking directly about suicide where that is the question (asking does not put the idea there).
 * A starting point, never a form letter: the moderator is expected to make it theirs. No names:
 * a member may be writing under a thread alias, and a reply must never name their pseudonym.
 */
export interface StartingPoint {
  id: string;
  /** What the moderator picks from. */
  label: string;
  text: string;
}

export const MODERATOR_STARTING_POINTS: { reply: readonly StartingPoint[]; warn: readonly StartingPoint[] } = {
  reply: [
    {
      id: 'reply-checking-in',
      label: 'Checking in',
      text:
        "Hi, I'm one of the volunteer moderators here. I read what you wrote and I'm really glad you shared it. You don't have to go through this alone. If you might be in danger right now, please call your local emergency number or one of the lines on the help page: a person answers, any time. I'm here too if you'd like to keep talking.",
    },
    {
      id: 'reply-asking-directly',
      label: 'Asking directly',
      text:
        "Hi, thank you for trusting us with this. I'd like to ask you straight out, because it matters: are you thinking about ending your life? It's okay to say so here. Whatever the answer, we want to understand and to help you find support. If you might be in danger right now, the help page lists people you can call at any hour.",
    },
    {
      id: 'reply-connecting',
      label: 'Connecting to a person now',
      text:
        "Hi, it sounds like things are really heavy right now. Talking it through with someone can help, and a crisis line can do that straight away: the help page lists free, confidential lines for where you are. If you'd rather talk with a moderator here first, choose \"Talk to a moderator now\" and one of us will join you in a private chat.",
    },
    {
      // For a member someone else is hurting or threatening. No questions that would put details in a
      // public post (who, where), nothing that tells them to leave or confront anyone, and the way off
      // the screen, in case the person who hurts them reads over their shoulder.
      id: 'reply-your-safety',
      label: 'Their safety, when someone hurts them',
      text:
        "Hi, I'm one of the volunteer moderators here. Thank you for telling us; it took courage. No one has the right to hurt or threaten you, and it is not your fault. If you're in danger right now, please call your local emergency number. The help page lists lines for abuse at home where you are: they can help you think through what to do next, at your own pace. If you'd rather talk here, choose \"Talk to a moderator now\" and one of us will join you in a private chat. If someone might see your screen, \"Leave quickly\" at the top of the page takes you away at once.",
    },
    {
      id: 'reply-after-a-hard-night',
      label: 'After a hard night',
      text:
        "Hi, I saw your post from last night and wanted to check how you're doing today. However you're feeling, you're welcome here, and the help page is there whenever you need a person to talk to.",
    },
  ],
  warn: [
    {
      id: 'warn-be-kind',
      label: 'Keep replies kind',
      text:
        'Hi, Lantern is a place people come to when they are struggling, so replies need to be kind. Your last post was hurtful to another member and has been hidden. Please keep to supportive replies; posts like this again can lead to a mute.',
    },
    {
      id: 'warn-method-detail',
      label: 'No detail of methods',
      text:
        "Hi, part of your post described ways of self-harm or suicide, so it has been hidden. Details like these can put other people at risk, even when that isn't what anyone means. You're welcome to keep talking about how you feel. If you're struggling yourself, the help page has people you can talk to now.",
    },
    {
      id: 'warn-identifying-details',
      label: 'Identifying details',
      text:
        "Hi, your post included details that could identify someone (a name, a place or a way to contact them), so it has been hidden. Lantern stays anonymous to keep everyone safe, you included. You're welcome to post it again without those details.",
    },
    {
      id: 'warn-selling',
      label: 'Selling or advertising',
      text: 'Hi, Lantern is for peer support, so posts that sell or advertise are removed. Please keep to sharing and supporting; posting this again can lead to a suspension.',
    },
  ],
};
