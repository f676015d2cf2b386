/**
 * Every word Lantern says to someone who may be in crisis, written once so the api (socket
 * `crisis:resources`), the worker and the web app cannot drift apart.
 *
 * Reviewed against #chatsafe (Orygen) and reportingonsuicide.org: warm and plain, no judgement,
 * no detail about means or methods, hope without promises, and always a way to reach a person
 * now. Crisis is not abuse, so nothing here warns, blocks or tells anyone off. Change it with the
 * same care: the spec bans method words, and a reviewer should read the whole object aloud.
 *
 * Templates use `{name}` placeholders, filled by `formatCopy`.
 */

export interface CrisisPanelForSelfCopy {
  readonly heading: string;
  readonly message: string;
}

export interface CrisisPanelForOtherCopy {
  readonly heading: string;
  readonly message: string;
  /** How to help, in the order #chatsafe gives it: ask, listen, stay, connect. */
  readonly steps: readonly string[];
  /** Helpers carry a lot; they are allowed to use the lines too. */
  readonly lookAfterYourself: string;
}

export interface CopingResource {
  /** Stable key for lists and analytics-free feedback. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

export interface SafeMessagingCopy {
  readonly crisisPanel: {
    /** Landmark label, so screen-reader users can jump to it. */
    readonly regionLabel: string;
    readonly self: CrisisPanelForSelfCopy;
    readonly concernForOther: CrisisPanelForOtherCopy;
  };
  readonly actions: {
    readonly talkToModerator: string;
    readonly imSafe: string;
    readonly getHelpNow: string;
    readonly leaveQuickly: string;
  };
  /** Shown after "I'm safe right now": thanks, not a goodbye; the lines stay one tap away. */
  readonly imSafeAcknowledgement: string;
  /** Shown after "Talk to a moderator now", while nobody has joined yet. */
  readonly moderatorRequested: string;
  /** Shown before sending when the composer notices crisis language; posting is never blocked. */
  readonly preSendNudge: {
    readonly message: string;
    readonly talkNow: string;
    readonly post: string;
  };
  /** Under threads where a post was flagged as crisis, for everyone reading. */
  readonly readersFooter: {
    readonly message: string;
    readonly action: string;
  };
  readonly leaveQuickly: {
    readonly label: string;
    readonly description: string;
  };
  readonly emergency: {
    /** `{number}`: the region's emergency number. */
    readonly withNumber: string;
    readonly withoutNumber: string;
  };
  readonly hotlineActions: {
    /** `{number}` */
    readonly call: string;
    /** `{digit}`: the menu choice after connecting (Veterans Crisis Line: 1). */
    readonly thenPress: string;
    /** `{number}` */
    readonly text: string;
    /** `{keyword}`, `{number}` */
    readonly textKeyword: string;
    readonly chat: string;
    readonly visit: string;
    /** `{hours}` */
    readonly hours: string;
  };
  readonly fallback: {
    readonly heading: string;
    readonly message: string;
  };
  readonly copingResources: {
    readonly heading: string;
    readonly intro: string;
    readonly items: readonly CopingResource[];
  };
  /**
   * The one notice shown when Lantern's server cannot be reached. The lines under it come from the
   * directory bundled with the web app, so help is there even then.
   */
  readonly unreachable: {
    readonly heading: string;
    readonly message: string;
    /** Only where the browser really keeps reply drafts. */
    readonly draftsKept: string;
    /** A returning member whose session could not be restored yet. */
    readonly stillSignedIn: string;
    readonly tryAgain: string;
    readonly tryingAgain: string;
    /** After "Try again" found no answer either. */
    readonly stillNoAnswer: string;
    readonly helpHeading: string;
    readonly helpMessage: string;
    readonly helpLink: string;
    /** In place of a section (or page) that could not load for the same reason, said quietly. */
    readonly waitingForLantern: string;
  };
  /**
   * Where a request for a crisis counsellor stands, told to the member as it moves (`GET
   * /me/outreach`), per channel where the words differ. A delay is said plainly, with the lines.
   */
  readonly outreachProgress: {
    readonly received: { readonly in_app: string; readonly phone: string };
    readonly sent: { readonly in_app: string; readonly phone: string };
    readonly delayed: string;
    readonly with_counsellor: { readonly in_app: string; readonly phone: string };
    readonly closed: string;
  };
}

export const SAFE_MESSAGING_COPY: SafeMessagingCopy = {
  crisisPanel: {
    regionLabel: 'Support you can reach now',
    self: {
      heading: "You don't have to go through this alone",
      message:
        "Thank you for putting this into words. It sounds really hard right now, and you don't have to carry it on your own. " +
        'People at these lines are ready to listen, free and confidential, any time of day or night. A moderator here can talk with you too.',
    },
    concernForOther: {
      heading: 'Worried about someone?',
      message: "It matters that you're looking out for them. You don't need the perfect words; being there is what helps.",
      steps: [
        'Ask them directly: "Are you thinking about suicide?" Asking does not put the idea in their head. It tells them they can talk to you.',
        'Listen without judging or rushing to fix things, and take what they say seriously.',
        'Stay with them, or stay in touch, while things are this hard.',
        'Help them reach a crisis line. You can call or text together. If their life is in danger right now, call the emergency number.',
      ],
      lookAfterYourself: 'Supporting someone takes a lot. These lines are there for you too.',
    },
  },
  actions: {
    talkToModerator: 'Talk to a moderator now',
    imSafe: "I'm safe right now",
    getHelpNow: 'Get help now',
    leaveQuickly: 'Leave quickly',
  },
  imSafeAcknowledgement:
    "Thank you for letting us know. We're glad you're here. Help is here whenever you need it.",
  moderatorRequested:
    'A moderator has been asked to join you. While you wait, these lines can talk with you straight away.',
  preSendNudge: {
    message: 'You can still post — and you can talk to someone right now.',
    talkNow: 'Talk to someone now',
    post: 'Post',
  },
  readersFooter: {
    message: 'If this brings up difficult feelings, you can talk to someone right now, free and confidential.',
    action: 'Get help now',
  },
  leaveQuickly: {
    label: 'Leave quickly',
    description: 'Goes straight to a neutral website.',
  },
  emergency: {
    withNumber: "If you're in immediate danger, call {number}.",
    withoutNumber: "If you're in immediate danger, call your local emergency number.",
  },
  hotlineActions: {
    call: 'Call {number}',
    thenPress: 'then press {digit}',
    text: 'Text {number}',
    textKeyword: 'Text {keyword} to {number}',
    chat: 'Chat online',
    visit: 'Visit website',
    hours: 'Open {hours}',
  },
  fallback: {
    heading: 'Somewhere else?',
    message: 'Find A Helpline lists free, confidential lines in most countries.',
  },
  copingResources: {
    heading: 'Things that can help right now',
    intro: 'Strong feelings do ease, even when it does not feel that way. Try one of these, at your own pace.',
    items: [
      {
        id: 'slow-breathing',
        title: 'Slow your breathing',
        description: 'Breathe in for a count of four and out for a count of six. A few rounds of longer out-breaths help your body settle.',
      },
      {
        id: 'grounding',
        title: 'Ground yourself',
        description: 'Notice five things you can see, four you can touch, three you can hear, two you can smell and one you can taste.',
      },
      {
        id: 'reach-out',
        title: 'Reach out to someone',
        description: 'Message or call someone you trust. You don\'t have to explain everything; "Can you talk?" is enough.',
      },
      {
        id: 'next-few-minutes',
        title: 'Get through the next few minutes',
        description: 'Focus only on right now: a glass of water, a different room, a favourite song, a pet or a warm drink.',
      },
      {
        id: 'safer-space',
        title: 'Make where you are safer',
        description: 'If you can, put distance between yourself and anything you might use to hurt yourself, or ask someone to keep it for now.',
      },
      {
        id: 'safety-plan',
        title: 'Write a safety plan',
        description: 'Note your warning signs, what helps, who you can contact and a crisis line, so they are ready when things get hard.',
      },
    ],
  },
  unreachable: {
    heading: "We can't reach Lantern right now",
    message: "It isn't anything you did. Lantern keeps trying by itself, and this page will fill in again as soon as it's back.",
    draftsKept: 'Any reply you had started writing is saved on this device.',
    stillSignedIn: "You're still signed in on this device.",
    tryAgain: 'Try again',
    tryingAgain: 'Trying again…',
    stillNoAnswer: "Still no answer. We'll keep trying in the background.",
    helpHeading: 'You can talk to someone now',
    helpMessage: "These lines don't need Lantern. They're free and confidential, and a person answers.",
    helpLink: 'More ways to get help, and lines for other countries',
    waitingForLantern: 'This will load by itself once Lantern is back.',
  },
  outreachProgress: {
    received: {
      in_app: 'Thank you. A moderator will put you in touch with a crisis counsellor in a private chat here.',
      phone: 'Thank you. A moderator will put you in touch with a crisis counsellor who will call the number you gave.',
    },
    sent: {
      in_app: 'A moderator has passed your request to a crisis line. A counsellor will join you in your private chat.',
      phone: 'A moderator has passed your request to a crisis line. A counsellor will call the number you gave.',
    },
    delayed:
      "Reaching the crisis line is taking longer than it should. A moderator is working on it now. You don't have to wait: the lines above can talk with you straight away.",
    with_counsellor: {
      in_app: 'A crisis counsellor has your request and is with you in your private chat.',
      phone: 'A crisis counsellor has your request and will call you.',
    },
    closed: 'The counsellor has closed this request. You can ask again any time, and the lines above are always there.',
  },
};

/** Which crisis panel to show: the flag's category says whether the author or someone else is at risk. */
export type CrisisConcern = 'self' | 'concern_for_other';

export function crisisPanelCopyFor(concern: 'self'): CrisisPanelForSelfCopy;
export function crisisPanelCopyFor(concern: 'concern_for_other'): CrisisPanelForOtherCopy;
export function crisisPanelCopyFor(concern: CrisisConcern): CrisisPanelForSelfCopy | CrisisPanelForOtherCopy;
export function crisisPanelCopyFor(concern: CrisisConcern): CrisisPanelForSelfCopy | CrisisPanelForOtherCopy {
  return concern === 'concern_for_other' ? SAFE_MESSAGING_COPY.crisisPanel.concernForOther : SAFE_MESSAGING_COPY.crisisPanel.self;
}
