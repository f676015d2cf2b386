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
  /** `{promise}`: what may be said of every line shown together (linesPromise). */
  readonly message: string;
}

/**
 * For a member someone else is hurting or threatening. Safety first: no blame, the emergency number
 * (shown with the lines), people who know this kind of danger, and a way off the screen if the
 * person may be watching. No safety plan and no call from a partner here: a call or a page left
 * open can put them at more risk at home.
 */
export interface CrisisPanelForDangerCopy {
  readonly heading: string;
  /** `{promise}`: what may be said of every line shown together (linesPromise). */
  readonly message: string;
  /** Someone may see the screen: how to leave it at once, and what the browser keeps. */
  readonly deviceSafety: string;
  /** How to leave the screen at once, short enough for the bar beside a chat's composer on a phone. */
  readonly deviceSafetyShort: string;
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

/** One list of the safety plan: its heading and a prompt that says, plainly, what goes in it. */
export interface SafetyPlanSectionCopy {
  readonly heading: string;
  readonly prompt: string;
}

/**
 * The member's own safety plan (Stanley–Brown), in the order it is written and read. Keys match
 * the api's section names (`SAFETY_PLAN_SECTIONS` in @lantern/contracts).
 */
export interface SafetyPlanCopy {
  readonly title: string;
  readonly intro: string;
  /** For a visitor who is not signed in, before the sign-in link. */
  readonly signedOut: string;
  readonly signIn: string;
  /** For a moderator, admin or partner account: the plan belongs to a member's own account. */
  readonly notAMember: string;
  readonly sections: {
    readonly warningSigns: SafetyPlanSectionCopy;
    readonly copingSteps: SafetyPlanSectionCopy;
    readonly distractions: SafetyPlanSectionCopy;
    readonly people: SafetyPlanSectionCopy;
    readonly professionals: SafetyPlanSectionCopy;
    readonly safeEnvironment: SafetyPlanSectionCopy;
    readonly reasonsToLive: SafetyPlanSectionCopy;
  };
  readonly addEntry: string;
  readonly save: string;
  readonly saving: string;
  /** `{time}`: when the plan was last saved, e.g. 14:02. */
  readonly savedAt: string;
  /** `{date}`, `{time}`: a plan last saved on another day. */
  readonly savedOn: string;
  readonly notSavedYet: string;
  readonly unsaved: string;
  /** A save from an older copy was refused: the newer plan is shown, the member's words are kept. */
  readonly changedElsewhere: {
    readonly heading: string;
    readonly message: string;
    readonly yourWords: string;
    readonly addBack: string;
    readonly discard: string;
  };
  readonly saveFailed: string;
  readonly privacy: string;
  /** In the crisis panel, for a member who has written a plan. */
  readonly inPanel: {
    readonly heading: string;
    readonly people: string;
    readonly reasonsToLive: string;
    readonly open: string;
  };
  /** The "Write a safety plan" step on the help page. */
  readonly writeOne: string;
  /** A paper copy (or PDF) to keep by the bed or in a wallet: the plan and the region's lines. */
  readonly print: {
    readonly button: string;
    readonly hint: string;
    readonly linesHeading: string;
    /** `{number}`: the region's emergency number. */
    readonly emergency: string;
  };
}

export interface SafeMessagingCopy {
  readonly crisisPanel: {
    /** Landmark label, so screen-reader users can jump to it. */
    readonly regionLabel: string;
    readonly self: CrisisPanelForSelfCopy;
    readonly danger: CrisisPanelForDangerCopy;
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
    /** Said instead to a member whose words tell of someone else hurting or threatening them. */
    readonly danger: string;
    /** Said instead when a moderator has paused the member's posting: they cannot post, but need not wait to talk. */
    readonly pausedMessage: string;
    readonly talkNow: string;
    readonly post: string;
  };
  /** Above search results when the words searched for sound like crisis; the results still show. */
  readonly searchNudge: {
    readonly message: string;
    /** For words that tell of someone else hurting or threatening the member (also beside a report's note and a name). */
    readonly danger: string;
  };
  /** Beside the pseudonym field when the name being chosen sounds like crisis; joining still works. */
  readonly nameNudge: {
    readonly message: string;
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
  /**
   * What may be promised of a region's lines together: "free" only where every line shown is
   * (HotlineEntry.free), "any time" only where every one answers round the clock. Italy's adult line
   * keeps hours, SOS Amitié is not known to be free: saying otherwise could leave someone calling a
   * closed line at 3 a.m., or paying for a call they were told was free.
   */
  readonly linePromises: {
    /** Every line shown is free. */
    readonly allFree: string;
    /** Not every line shown is known to be free. */
    readonly confidential: string;
    /** Every line shown answers round the clock. */
    readonly anyTime: string;
    /** Some keep hours. */
    readonly hours: string;
    /** Some lines shown are free and some not known to be: the list marks which. */
    readonly someFree: string;
    /** Where only cost and confidence are promised (no hours): the unreachable notice, /help. */
    readonly kept: { readonly free: string; readonly notFree: string; readonly someFree: string };
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
    /** `{kept}`: "free and confidential" or "confidential"; `{cost}`: which are free, where only some are (linesPromise). */
    readonly helpMessage: string;
    readonly helpLink: string;
    /** In place of a section (or page) that could not load for the same reason, said quietly. */
    readonly waitingForLantern: string;
  };
  /**
   * Where a request for a crisis counsellor stands, told to the member as it moves (`GET
   * /me/outreach`), per channel where the words differ. A delay is said plainly, with the lines.
   */
  readonly safetyPlan: SafetyPlanCopy;
  readonly outreachProgress: {
    readonly received: { readonly in_app: string; readonly phone: string };
    readonly sent: { readonly in_app: string; readonly phone: string };
    readonly delayed: string;
    readonly with_counsellor: { readonly in_app: string; readonly phone: string };
    readonly closed: string;
  };
  /**
   * A call the member asked for before their words told of someone hurting them, said on the panel
   * for their safety: before a line has it (no moderator hands a call on then; they ask in the
   * private chat first), and once a line has it (the line is told to ask first, `dangerFromOther`).
   * Discreet: someone else may read the screen.
   */
  readonly outreachCallInDanger: { readonly beforeLine: string; readonly lineHasIt: string };
}

export const SAFE_MESSAGING_COPY: SafeMessagingCopy = {
  crisisPanel: {
    regionLabel: 'Support you can reach now',
    self: {
      heading: "You don't have to go through this alone",
      message:
        "Thank you for putting this into words. It sounds really hard right now, and you don't have to carry it on your own. " +
        'People at these lines are ready to listen, {promise}. A moderator here can talk with you too.',
    },
    danger: {
      heading: 'You deserve to be safe',
      message:
        "Thank you for telling us. No one has the right to hurt or threaten you, and it is not your fault. If you are in danger right now, call the emergency number. " +
        'People at these lines are ready to listen, {promise}. They can help you think through what to do next, and a moderator here can talk with you too.',
      deviceSafety:
        'If someone might see this screen, "Leave quickly" at the top of the page (or Esc twice) swaps it for an ordinary page at once. Pages you visited stay in this browser\'s history; a private window keeps none.',
      deviceSafetyShort: 'Someone may see this? "Leave quickly" (here, at the top, or Esc twice) swaps it for an ordinary page.',
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
    danger: 'No one has the right to hurt or threaten you. You can still post — and people who know this kind of danger can talk with you right now.',
    pausedMessage: "This can't be sent while you're paused, but you don't have to wait to talk to someone: a moderator here, or one of these lines, right now.",
    talkNow: 'Talk to someone now',
    post: 'Post',
  },
  searchNudge: {
    message: "You don't have to carry this alone. You can talk to someone right now, free and confidential.",
    danger: 'No one has the right to hurt or threaten you. People who know this kind of danger can talk with you right now.',
  },
  nameNudge: {
    message: 'A name can carry a lot. If things are hard right now, you can talk to someone, free and confidential.',
  },
  readersFooter: {
    message: 'If this brings up difficult feelings, you can talk to someone right now, free and confidential.',
    action: 'Get help now',
  },
  leaveQuickly: {
    label: 'Leave quickly',
    description: 'Goes straight to a neutral website.',
  },
  linePromises: {
    allFree: 'free and confidential',
    confidential: 'in confidence',
    anyTime: ', any time of day or night',
    hours: '; each says below when it answers',
    someFree: ', and the ones marked free cost nothing',
    kept: { free: 'free and confidential', notFree: 'confidential', someFree: 'The ones marked free cost nothing.' },
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
    helpMessage: "These lines don't need Lantern. They're {kept}, and a person answers.{cost}",
    helpLink: 'More ways to get help, and lines for other countries',
    waitingForLantern: 'This will load by itself once Lantern is back.',
  },
  safetyPlan: {
    title: 'My safety plan',
    intro:
      'A safety plan is a short list, in your own words, of what helps when things get hard. Writing it on a calmer day means it is ready when you need it. ' +
      'Fill in as much or as little as feels right; you can change it any time.',
    signedOut: 'Your safety plan is kept with your Lantern account, so only you can read it. Sign in, or join anonymously, to write yours.',
    signIn: 'Sign in to write your safety plan',
    notAMember: 'A safety plan belongs to a member’s own account. Sign in with your member account to write one.',
    sections: {
      warningSigns: {
        heading: 'My warning signs',
        prompt: 'What thoughts, feelings or situations tell you that a hard time might be starting?',
      },
      copingSteps: {
        heading: 'Things I can do on my own',
        prompt: 'What helps you feel a little calmer or gets you through a few minutes, without needing anyone else? Music, a shower, slow breathing, a walk.',
      },
      distractions: {
        heading: 'People and places that take my mind off things',
        prompt: 'Who could you spend time with, or where could you go, even without talking about how you feel? A friend’s kitchen, a café, a library.',
      },
      people: {
        heading: 'People I can ask for help',
        prompt: 'Who can you tell that you are struggling? Write their name and how to reach them.',
      },
      professionals: {
        heading: 'Professionals and services I can contact',
        prompt: 'Your doctor, a therapist or counsellor, and a crisis line, with how to reach each. The help page lists lines for where you are, and when each answers.',
      },
      safeEnvironment: {
        heading: 'Making where I am safer',
        prompt: 'What could you do to make your surroundings safer when things get hard? Asking someone you trust to hold on to things for a while counts.',
      },
      reasonsToLive: {
        heading: 'My reasons for living',
        prompt: 'The people, pets, plans, places and small things that matter to you and are worth holding on to.',
      },
    },
    addEntry: 'Add another',
    save: 'Save my plan',
    saving: 'Saving…',
    savedAt: 'Saved at {time}',
    savedOn: 'Saved on {date} at {time}',
    notSavedYet: 'Not saved yet',
    unsaved: 'Changes not saved yet. They are kept in this tab until you save.',
    changedElsewhere: {
      heading: 'Your plan changed in another tab',
      message:
        'Your safety plan was saved somewhere else since you opened it, so we are showing that newer version. Nothing you wrote is lost: your words are below, ready to add back.',
      yourWords: 'What you wrote here',
      addBack: 'Add my words back',
      discard: 'I don’t need these',
    },
    saveFailed: 'Your plan could not be saved just now. What you wrote is kept in this tab; please try again in a moment.',
    privacy: 'Only you can read your plan. It is stored encrypted, and moderators, admins and partners never see it.',
    inPanel: {
      heading: 'Your safety plan',
      people: 'People you can ask for help',
      reasonsToLive: 'Your reasons for living',
      open: 'Open your safety plan',
    },
    writeOne: 'Write your safety plan',
    print: {
      button: 'Print or save as PDF',
      hint: 'Many people keep a paper copy somewhere easy to find, or a photo of it on their phone. The copy shows what is on this page now, with the crisis lines for where you are.',
      linesHeading: 'Crisis lines',
      emergency: 'In an emergency, call {number}.',
    },
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
    closed: 'The counsellor has closed this request. You can ask again any time, and the lines above are still there for you.',
  },
  outreachCallInDanger: {
    beforeLine:
      "Because of what you shared, a moderator will first check with you in a private chat here whether a call is safe. If it isn't, you can ask to be messaged here instead, or withdraw.",
    lineHasIt:
      "Because of what you shared, the counsellor who calls will first ask whether it is safe to talk, and won't leave a voicemail or message. If a call isn't safe, you can ask to be messaged here instead, or withdraw.",
  },
};

/**
 * Which crisis panel to show: the flag's categories say whether the author is at risk, in danger
 * from someone else, or worried about someone (noticeConcernOf in @lantern/moderation).
 */
export type CrisisConcern = 'self' | 'danger' | 'concern_for_other';
