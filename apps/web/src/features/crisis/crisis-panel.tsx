import { Affix, Anchor, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { CrisisResources } from '@lantern/contracts';
import { SAFE_MESSAGING_COPY } from '@lantern/crisis';
import { useEffect, useRef, useState } from 'react';
import { apiFetch } from '../../api/api-client';
import { BusyButton } from '../../components/busy-button';
import { MAIN_CONTENT_ID } from '../../components/skip-link';
import { HELP_PATH } from '../../routes/route-paths';
import { SafetyPlanInPanel } from '../safety-plan/safety-plan-in-panel';
import { noticeConcernKey, recallNotice, rememberNotice } from './crisis-panel-memory';
import { answeredTogether, nextInTurn } from './notice-order';
import { ABUSE_LINES_LABEL, HotlineList } from './hotline-list';
import { noticeAsShownHere } from './local-hotlines';
import { HowToHelp } from './how-to-help';
import { OutreachRequest } from './outreach-request';
import { PrivateChatReady, useModeratorRoom } from './private-chat-ready';
import { useCrisisResources } from './use-crisis-resources';

/**
 * The calm panel a member sees when their words suggest they may be in crisis, or that they are
 * worried about someone. It does not block the page; it offers people to talk to, now.
 */
export function CrisisPanel() {
  const { notices, close } = useCrisisResources();
  // The notice in front of the member stays while they are using it: a newer one must not restart
  // the panel under them (a phone number half typed, a request on its way, their focus).
  const [shownId, setShownId] = useState<string | null>(null);
  const notice = nextInTurn(notices, notices.find((each) => each.noticeId === shownId));
  useEffect(() => {
    if (notice && notice.noticeId !== shownId) setShownId(notice.noticeId);
  }, [notice, shownId]);
  if (!notice) return null;
  // Any open notice telling of someone hurting them keeps a counsellor's call off every panel.
  const inDanger = notices.some((each) => each.concern === 'danger' || each.alsoInDanger === true);
  // Keyed by its concern too: a notice whose words now tell of the member's own crisis or danger
  // (it was for a worried friend) is a new panel, with its own words, announced again.
  return <CrisisNotice key={`${notice.noticeId}:${noticeConcernKey(notice)}`} notice={notice} inDanger={inDanger} answers={answeredTogether(notice, notices)} onDone={(ids) => ids.forEach(close)} />;
}

function CrisisNotice({ notice, inDanger, answers, onDone }: { notice: CrisisResources; inDanger: boolean; answers: string[]; onDone: (noticeIds: string[]) => void }) {
  // A moderator asked for earlier (this page or another) is still on their way: say so, don't offer it again.
  const [state, setState] = useState<'open' | 'asking' | 'requested' | 'error'>(notice.supportRequested ? 'requested' : 'open');
  const [closing, setClosing] = useState(false);
  // Folded in this tab, else wherever the member folded it (another tab, another device): someone
  // else opening the browser later does not find it open.
  const [hidden, setHidden] = useState(() => recallNotice(notice.noticeId).hidden ?? notice.hidden === true);
  // Set by the member's own request, never by a panel that opens already answered: the button they
  // pressed is disabled under their focus, which would leave them at the top of the page, unsure.
  const [justRequested, setJustRequested] = useState(false);
  // Read once: the lines do not change under the member's eyes if they choose a region in another tab.
  const [{ hotlines, message }] = useState(() => noticeAsShownHere(notice));
  const copy = SAFE_MESSAGING_COPY;

  const talkToModerator = async () => {
    setState('asking');
    try {
      await apiFetch('/api/v1/me/support-requests', { method: 'POST', json: { noticeId: notice.noticeId } });
      setState('requested');
      setJustRequested(true);
    } catch {
      setState('error');
    }
  };
  const safeNow = async () => {
    setClosing(true);
    await Promise.all(answers.map((noticeId) => apiFetch(`/api/v1/me/crisis-notices/${noticeId}/close`, { method: 'POST', json: { how: 'safe_now' } }).catch(() => undefined)));
    // The panel goes from under the member's focus: it moves to the page, not to nowhere.
    document.getElementById(MAIN_CONTENT_ID)?.focus({ preventScroll: true });
    onDone(answers);
  };

  // Each of these replaces the button just pressed: focus follows to what took its place.
  const showButton = useRef<HTMLButtonElement>(null);
  const [focusAfterToggle, setFocusAfterToggle] = useState(false);
  const hide = (value: boolean) => {
    setHidden(value);
    setFocusAfterToggle(true);
    rememberNotice(notice.noticeId, { hidden: value });
    // Kept with the notice too; if that fails, this tab still remembers.
    void apiFetch(`/api/v1/me/crisis-notices/${notice.noticeId}/hidden`, { method: 'POST', json: { hidden: value } }).catch(() => undefined);
  };

  const { section, heading, setCallout, outOfSight, dismissCallout, announcement } = useArrivalInSight(notice, hidden);
  const showPanel = () => {
    dismissCallout();
    section.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  };
  useEffect(() => {
    if (!focusAfterToggle) return;
    if (hidden) showButton.current?.focus();
    else heading.current?.focus();
  }, [focusAfterToggle, hidden, heading]);

  // Out of the way, not gone: someone who is not safe should not have to say they are to read on.
  if (hidden) {
    return (
      <Paper component="section" aria-label={copy.crisisPanel.regionLabel} withBorder px="lg" py="xs" mb="lg" radius="md">
        <Group gap="sm" justify="space-between">
          <Text size="sm">People you can talk to are one tap away, whenever you need them.</Text>
          <Button ref={showButton} size="xs" variant="light" onClick={() => hide(false)}>
            Show
          </Button>
        </Group>
      </Paper>
    );
  }

  return (
    <Paper ref={section} component="section" aria-label={copy.crisisPanel.regionLabel} withBorder p="lg" mb="lg" radius="md">
      <div role="status">
        <VisuallyHidden>{announcement}</VisuallyHidden>
      </div>
      {outOfSight && (
        // The panel came while the member was further down the page (a reply at the end of a long
        // thread, a chat on a phone): where they are, a word that it is there, and the way to it.
        <Affix position={{ bottom: 12, left: 12, right: 12 }} zIndex={300}>
          {/* Never taller than the screen, and the buttons go under the words when the row is too
              narrow for both (a small phone, large text), so "Show me" is always there to tap. */}
          <Paper ref={setCallout} withBorder shadow="md" p="sm" radius="md" aria-label="Help is here" component="aside" mah="calc(100dvh - 24px)" style={{ overflowY: 'auto' }}>
            <Group gap="sm" justify="space-between">
              <Text size="sm">{notice.heading}: people you can talk to, now, at the top of the page.</Text>
              <Group gap="xs">
                <Button size="xs" onClick={showPanel}>
                  Show me
                </Button>
                <Button size="xs" variant="subtle" onClick={dismissCallout}>
                  Not now
                </Button>
              </Group>
            </Group>
          </Paper>
        </Affix>
      )}
      <Stack gap="sm">
        <Title ref={heading} order={2} size="h3" tabIndex={-1}>
          {notice.heading}
        </Title>
        <Text>{message}</Text>
        {notice.concern === 'concern_for_other' && <HowToHelp intro={false} />}
        {inDanger && <Text size="sm">{copy.crisisPanel.danger.deviceSafety}</Text>}
        {notice.concern === 'danger' && hotlines.abuseLines.length > 0 ? (
          <>
            <HotlineList hotlines={hotlines} lines={hotlines.abuseLines} label={ABUSE_LINES_LABEL} />
            <HotlineList hotlines={hotlines} showEmergency={false} />
          </>
        ) : (
          <HotlineList hotlines={hotlines} />
        )}
        {/* Their own crisis first; someone hurting them beside it: the lines for that after. */}
        {notice.concern === 'self' && notice.alsoInDanger === true && hotlines.abuseLines.length > 0 && (
          <HotlineList hotlines={hotlines} lines={hotlines.abuseLines} label={ABUSE_LINES_LABEL} showEmergency={false} />
        )}
        {notice.concern === 'self' && <SafetyPlanInPanel />}
        <div aria-live="polite">
          {state === 'requested' && <ModeratorRequested text={copy.moderatorRequested} takeFocus={justRequested} />}
          {state === 'error' && <Text>We could not reach a moderator just now. The lines above can talk with you straight away.</Text>}
        </div>
        {/* A counsellor's call can reach a phone someone else may answer: not offered to someone in danger (the api refuses a call too); one asked for before is shown, to follow or withdraw. */}
        {notice.concern !== 'concern_for_other' && <OutreachRequest noticeId={notice.noticeId} existingOnly={inDanger} />}
        <Group gap="sm">
          <BusyButton busy={state === 'asking'} onClick={() => void talkToModerator()} disabled={state === 'requested'}>
            {copy.actions.talkToModerator}
          </BusyButton>
          <BusyButton variant="default" busy={closing} onClick={() => void safeNow()}>
            {copy.actions.imSafe}
          </BusyButton>
          <Button variant="subtle" onClick={() => hide(true)}>
            Hide for now
          </Button>
          <Anchor href={HELP_PATH} underline="always">
            More ways to get through this
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * Spread on what a member is about to use and the callout must not cover (a chat's Send, under its
 * composer and the note offering help): when the callout comes over it, the page moves up, just
 * enough to show it above the callout.
 */
export const KEEP_CLEAR_OF_CALLOUT = { 'data-keep-clear-of-callout': '' } as const;
const KEPT_CLEAR = `[${Object.keys(KEEP_CLEAR_OF_CALLOUT)[0]}]`;

/**
 * A panel that arrives where the member cannot see it (they are further down the page than its
 * place at the top) is said where they are: a callout at the foot of the screen until they go to
 * it, or it comes into view, or they say "Not now" (the page keeps room below for the callout, so
 * nothing, a chat's composer included, is left under it, and moves up what must stay clear of it).
 * Screen readers are told once per notice in this tab, when it arrives or on the first page that
 * shows it.
 */
function useArrivalInSight(notice: CrisisResources, hidden: boolean) {
  const section = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // State, not a ref: the callout mounts through a portal after this component's effects have run.
  const [callout, setCallout] = useState<HTMLElement | null>(null);
  const [outOfSight, setOutOfSight] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    const element = section.current;
    if (hidden || !element || typeof IntersectionObserver === 'undefined') return;
    let first = true;
    const observer = new IntersectionObserver(([entry]) => {
      // Out of sight when it arrives: the callout. In sight at any point: no callout, for good.
      if (first && !entry.isIntersecting) setOutOfSight(true);
      first = false;
      if (entry.isIntersecting) {
        setOutOfSight(false);
        observer.disconnect();
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hidden]);

  useEffect(() => {
    if (!outOfSight || !callout) return;
    const before = document.body.style.paddingBottom;
    const scrollPaddingBefore = document.documentElement.style.scrollPaddingBottom;
    // Room for the callout as tall as it is and as high as it floats (both grow when its words wrap
    // on a phone or in large text), and a little more, so the end of the page can be scrolled clear.
    const reserve = () => {
      const top = callout.getBoundingClientRect().top;
      const room = `${Math.ceil(window.innerHeight - top) + 12}px`;
      document.body.style.paddingBottom = room;
      // What is brought into view while the callout is up (a chat's Send, pushed down by the note
      // that comes beside its composer after the callout; a control reached with Tab) is brought
      // above it, not under it: the foot of the screen it covers is not counted as in view.
      document.documentElement.style.scrollPaddingBottom = room;
      // On a phone the callout would sit over a chat's Send, and the note with the lines above it:
      // the page moves up by as much as it covers (the room reserved above lets it).
      for (const kept of document.querySelectorAll(KEPT_CLEAR)) {
        const box = kept.getBoundingClientRect();
        if (box.height > 0 && box.top < window.innerHeight && box.bottom > top - 12) window.scrollBy(0, Math.ceil(box.bottom - top) + 12);
      }
    };
    reserve();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(reserve);
    observer?.observe(callout);
    return () => {
      observer?.disconnect();
      document.body.style.paddingBottom = before;
      document.documentElement.style.scrollPaddingBottom = scrollPaddingBefore;
    };
  }, [outOfSight, callout]);

  const concernKey = noticeConcernKey(notice);
  useEffect(() => {
    const told = recallNotice(notice.noticeId);
    if (hidden || (told.announced && (told.announcedAs === undefined || told.announcedAs === concernKey))) return;
    // Filled after the region is on the page: a region put there with its words already in is not read out.
    const timer = setTimeout(() => {
      setAnnouncement(`${notice.heading}. People you can talk to now are at the top of the page.`);
      rememberNotice(notice.noticeId, { announced: true, announcedAs: concernKey });
    }, 250);
    return () => clearTimeout(timer);
  }, [hidden, notice.noticeId, notice.heading, concernKey]);

  return { section, heading, setCallout, outOfSight, dismissCallout: () => setOutOfSight(false), announcement };
}

/**
 * After "Talk to a moderator now": the promise, and the way in once a moderator opens the chat.
 * `takeFocus`: the promise is where focus goes, read out as the answer to the button pressed.
 */
export function ModeratorRequested({ text, takeFocus = false }: { text: string; takeFocus?: boolean }) {
  const ready = useModeratorRoom();
  const promise = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (takeFocus) promise.current?.focus();
  }, [takeFocus]);
  return (
    <Stack gap="xs">
      <Text fw={600} ref={promise} tabIndex={-1}>
        {text}
      </Text>
      {ready ? <PrivateChatReady slug={ready.slug} /> : <Text size="sm">It will appear here and at the top of Chat when they open it.</Text>}
    </Stack>
  );
}
