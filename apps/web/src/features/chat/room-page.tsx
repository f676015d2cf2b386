import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { CHAT_LIMITS, type ChatMessage, type ReportPostRequest } from '@lantern/contracts';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { apiFetch, isApiError } from '../../api/api-client';
import { BusyButton } from '../../components/busy-button';
import { CrisisNudge } from '../crisis/crisis-nudge';
import { KEEP_CLEAR_OF_CALLOUT } from '../crisis/crisis-panel';
import { ForumLink } from '../forum/forum-link';
import { MembersOnly } from '../forum/members-only';
import { ReportDialog } from '../forum/report-dialog';
import { HideMemberDialog } from '../hides/hide-member-dialog';
import { hideMember } from '../hides/hidden-members-api';
import { TimeAgo } from '../forum/time-ago';
import { isStaff } from '../../api/session';
import { useSession } from '../identity/use-session';
import { HELP_PATH } from '../../routes/route-paths';
import { CHAT_PATH } from './chat-paths';
import { sendsOnEnter } from './composer-keys';
import { countsDown, echoedKeys, firstUnreadId, newestPlace, noteNow, WINDOW_SIZE, type LogEntry } from './message-log';
import { keepReadMark, recallReadMark, type ReadMark } from './read-marks';
import { modItemPath } from '../moderation/mod-paths';
import { OpenReviewButton } from '../moderation/open-review-button';
import { RemoveMessageDialog } from './remove-message-dialog';
import { useRooms } from './room-list';
import { useCurrentRestriction } from '../moderator-notes/restriction-notice';
import { RoomSettings } from './room-settings';
import { useChatRoom } from './use-chat-room';
import { keepDraft, recallDraft } from './unsent-messages';
import { useLiveAnnouncements } from './live-announcements';

function Room({ slug, me, staff, memberId }: { slug: string; me: string; staff: boolean; memberId: string }) {
  // Kept for the tab as it is written: a page left mid-message gives it back (unsent-messages.ts).
  const [draft, setDraft] = useState(() => recallDraft(memberId, slug));
  useEffect(() => keepDraft(memberId, slug, draft), [memberId, slug, draft]);
  // Where keyboard focus goes when the button that had it goes away (Send disabled once the words
  // are sent, a "Don't send" or "retry" whose message left or went): back to writing, not to the
  // top of the page.
  const composerRef = useRef<HTMLTextAreaElement | null>(null);
  // Kept on the screen beside the note that offers help while writing (on a phone, a bar).
  const sendRef = useRef<HTMLButtonElement | null>(null);
  const backToComposer = () => composerRef.current?.focus({ preventScroll: true });
  // Words taken back come to the composer, after whatever is being written there now.
  const giveBack = (body: string) => setDraft((current) => (current.trim() === '' ? body : `${current.replace(/\s+$/, '')}\n${body}`));
  // What became of the last message the member asked not to send, when that was not at once (the
  // room may already have had it): said beside the composer, in its live region.
  const [takeBackSaid, setTakeBackSaid] = useState('');
  const room = useChatRoom(slug, me, staff, memberId, (body, how) => {
    // It reached the room and is no longer shown there (a moderator, their own Delete in another tab): its words stay out.
    if (how !== 'gone') giveBack(body);
    setTakeBackSaid(
      how === 'not-sent'
        ? 'That message was not sent, and Lantern made sure it will not be: its words are back where you write.'
        : how === 'gone'
          ? 'That message had already reached the room before you asked, and it is no longer shown there.'
          : 'Lantern could not tell whether that message reached the room earlier: its words are back where you write. Look in the room before sending them again.',
    );
    // Focus, if nowhere, to where the words are; never away from where the member is now.
    if (!document.activeElement || document.activeElement === document.body) backToComposer();
  });
  // A message the member asked not to send that Lantern found in the room: said once (the note beside it stays).
  const toldAlreadySent = useRef(new Set<string>());
  useEffect(() => {
    const found = room.log.filter((entry) => entry.alreadySent && !toldAlreadySent.current.has(entry.renderKey ?? entry.key));
    if (found.length === 0) return;
    for (const entry of found) toldAlreadySent.current.add(entry.renderKey ?? entry.key);
    const deletable = found.some((entry) => !entry.message.deleted && !entry.message.removed);
    setTakeBackSaid(`That message had already ${found.every((entry) => entry.message.held) ? 'been sent' : 'reached the room'} before you asked, so it stays.${deletable ? ' You can delete it.' : ''}`);
  }, [room.log]);
  const rooms = useRooms();
  const info = rooms.data?.items.find((candidate) => candidate.slug === slug);
  const [shown, setShown] = useState(WINDOW_SIZE);
  // Earlier messages being put above the others ("Show earlier messages"): the log is busy for that
  // render, as it is while the history loads (they are there to read; only what comes live is read out).
  const [revealingEarlier, setRevealingEarlier] = useState(false);
  useEffect(() => {
    if (revealingEarlier) setRevealingEarlier(false);
  }, [revealingEarlier]);
  const logBusy = room.loadingHistory || revealingEarlier;
  const announced = useLiveAnnouncements(room.log, room.cameLive);
  const [restoreProblem, setRestoreProblem] = useState('');
  const [restoring, setRestoring] = useState<string | null>(null);
  // The message a moderator is about to remove, kept after closing so the dialog can animate out.
  const [removing, setRemoving] = useState<{ entry: LogEntry; open: boolean } | null>(null);
  // Every message the reader began a report on, each with a dialog of its own that stays mounted
  // while the room is open: a stray Escape or tap outside keeps the reason and note being written
  // (ReportDialog forgets them once sent), and one message's note never lands on another's report.
  const [reports, setReports] = useState<{ entries: LogEntry[]; openId: string | null }>({ entries: [], openId: null });
  const openReport = (entry: LogEntry) =>
    setReports((current) => ({
      entries: current.entries.some((kept) => kept.message.id === entry.message.id) ? current.entries : [...current.entries, entry],
      openId: entry.message.id,
    }));
  // The message whose writer the reader is hiding, kept the same way.
  const [hiding, setHiding] = useState<{ entry: LogEntry; open: boolean } | null>(null);
  const logRef = useRef<HTMLDivElement>(null);
  // A message of theirs whose answer was lost waits to go again (or to hear whether it reached the
  // room) while the room's copy of it is already here: shown once (echoedKeys).
  const shownLog = useMemo(() => {
    const echoed = echoedKeys(room.log);
    return echoed.size === 0 ? room.log : room.log.filter((entry) => !echoed.has(entry.key));
  }, [room.log]);
  const showsEarlierButton = shownLog.length > shown || room.olderCursor !== null;
  // The last "Show earlier messages" could not reach Lantern: said beside the button, which stays.
  const [olderFailed, setOlderFailed] = useState(false);
  // "Show earlier messages" goes with the last page of them, and keyboard focus on it would fall to
  // the top of the page: it moves to the log instead, where the reader is reading back.
  const revealedByButton = useRef(false);
  useEffect(() => {
    if (showsEarlierButton || !revealedByButton.current) return;
    revealedByButton.current = false;
    if (!document.activeElement || document.activeElement === document.body) logRef.current?.focus({ preventScroll: true });
  }, [showsEarlierButton]);
  // A dialog gives focus back to the button that opened it; after a Delete, Remove or Hide that
  // button is gone, so once the dialog has animated out focus, if nowhere, comes back to the
  // composer. The animation is 200 ms on a calm device and seconds on a busy one: while focus is
  // still in the closing dialog, look again a little later (giving up after half a minute).
  const afterDialog = () => {
    const until = performance.now() + 30_000;
    const look = () => {
      const active = document.activeElement;
      if (!active || active === document.body) backToComposer();
      else if (active.closest('[role="dialog"]') && performance.now() < until) setTimeout(look, 100);
    };
    setTimeout(look, 300);
  };
  const atBottom = useRef(true);
  // Where the reader had read to when they stopped reading along (scrolled up from the end, or the
  // tab went to the background): what others said after it is new, under the marker. Null while
  // they read along. Not a list of what was on screen, kept up after each render: a message said
  // while they read along would then render under the marker first, and the marker, inserted and
  // taken out again in the live log, would be read out with it. Opened, the room is read to where
  // this member had read it on their last visit in this browser (read-marks.ts), if they had.
  const [stoppedAt, setStoppedAt] = useState<ReadMark | null>(() => recallReadMark(memberId, slug));
  const visible = shownLog.slice(-shown);
  const unreadId = useMemo(() => (stoppedAt ? firstUnreadId(room.log, stoppedAt.readTo) : null), [room.log, stoppedAt]);
  // Locked by the moderators (live, from room:updated): members read on but cannot send; moderators can.
  const lockedForMe = info?.locked === true && !staff;
  // Paused by a moderator (a mute or a suspension): the notice above every page says until when. Not
  // in their own private room: there they answer the moderator or counsellor who came to them.
  const restricted = useCurrentRestriction() !== null;
  const paused = restricted && info?.private !== true;
  const cannotSend = room.joinError !== null || lockedForMe || paused;

  // Read: what arrives while the tab is visible and scrolled to the end. Messages that came while
  // the tab was hidden stay new (under the marker) when the reader comes back, until they scroll
  // to the end, send, or the next message comes.
  // The log as it stood when the tab came back: what is in it came while the reader was away, even
  // if this page's effects for it run only after their return (a hidden tab may not render).
  const committedLog = useRef(room.log);
  useLayoutEffect(() => {
    committedLog.current = room.log;
  }, [room.log]);
  const logAtReturn = useRef<typeof room.log | null>(null);
  // Whether the room's history has been in the log (joined, and read): until then what comes in is
  // the history the page opens with, not "the next message", and there is nothing to have read.
  const opened = useRef(false);
  // Where they have read to, kept for their next visit: whenever the end of the log is in front of them.
  const keepRead = useCallback(
    (log: readonly LogEntry[]) => {
      if (opened.current && document.visibilityState === 'visible' && atBottom.current) keepReadMark(memberId, slug, newestPlace(log));
    },
    [memberId, slug],
  );
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'visible') {
        logAtReturn.current = committedLog.current;
        keepRead(committedLog.current);
      } else setStoppedAt((current) => current ?? { readTo: newestPlace(committedLog.current) });
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, [keepRead]);
  useEffect(() => {
    if (opened.current && document.visibilityState === 'visible' && atBottom.current && room.log !== logAtReturn.current) setStoppedAt(null);
  }, [room.log]);
  useEffect(() => {
    if (opened.current || room.loadingHistory || room.connection !== 'live') return;
    opened.current = true;
    setStoppedAt((current) => {
      // Opened in a background tab: what is said before they look is new.
      if (document.visibilityState !== 'visible') return current ?? { readTo: newestPlace(room.log) };
      // Nothing new since their last visit: they read along from here, so the next message said
      // does not bring the marker in with it.
      return current && firstUnreadId(room.log, current.readTo) === null ? null : current;
    });
  }, [room.loadingHistory, room.connection, room.log]);
  useEffect(() => keepRead(room.log), [room.log, room.loadingHistory, room.connection, keepRead]);

  // Earlier messages added above keep what the reader was looking at in place (Chromium does not
  // anchor the scroll at the very top); otherwise the log follows new messages when at its end.
  // Any change to the log counts, not only a new row: a message of theirs confirmed (its Delete
  // narrows the line, so a long one wraps taller) or refused (its reason below it) grows the last
  // row, which would otherwise end below the log's edge.
  const keepPlace = useRef<{ height: number; top: number } | null>(null);
  // Where the page itself last scrolled the log. Its scroll event is not the reader reading: a
  // hidden tab renders nothing, so that event fires only when they come back, and must not mark
  // what came meanwhile as seen.
  const ownScrollTop = useRef<number | null>(null);
  useLayoutEffect(() => {
    const element = logRef.current;
    if (!element) return;
    if (keepPlace.current) {
      element.scrollTop = element.scrollHeight - keepPlace.current.height + keepPlace.current.top;
      keepPlace.current = null;
    } else if (atBottom.current) element.scrollTop = element.scrollHeight;
    else return;
    ownScrollTop.current = element.scrollTop;
  }, [room.log, shown]);

  // Opened with more said since their last visit than the log shows at once, the reader starts at
  // the marker, not below everything they missed: what was said first is read first. Once per
  // visit; from there the log stays where they are until they reach its end (which reads it).
  const startedAtMarker = useRef(false);
  useLayoutEffect(() => {
    const element = logRef.current;
    if (startedAtMarker.current || room.loadingHistory || room.connection !== 'live' || !element) return;
    // Only as the room opens: a marker that comes later (they scrolled up, or looked away) never moves the log.
    startedAtMarker.current = true;
    if (unreadId === null) return;
    const marker = element.querySelector<HTMLElement>('[role="separator"]');
    if (!marker) return;
    const markerTop = marker.getBoundingClientRect().top - element.getBoundingClientRect().top + element.scrollTop;
    if (markerTop >= element.scrollTop) return;
    element.scrollTop = Math.max(0, markerTop - 8);
    atBottom.current = false;
    ownScrollTop.current = element.scrollTop;
  }, [unreadId, room.loadingHistory, room.connection]);

  // A room refused while locked is joined again when the moderators unlock it.
  const wasLocked = useRef(info?.locked === true);
  useEffect(() => {
    const locked = info?.locked === true;
    if (wasLocked.current && !locked && room.joinError !== null) room.rejoin();
    wasLocked.current = locked;
  }, [info?.locked, room]);

  // A waiting message's "goes in 9 s" counts down: the page ticks each second while one waits.
  const counting = room.log.some((entry) => entry.state === 'sending' && countsDown(entry.note));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!counting) return;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [counting]);

  // What they sent last: the note beside the composer keeps answering it until they write again. A
  // message that sounds like crisis would otherwise take its help away the moment it is sent, when
  // the panel the server sends appears at the top of the page, out of sight on a phone.
  const [lastSent, setLastSent] = useState('');
  const tooLong = draft.length > CHAT_LIMITS.bodyMax;
  const submit = () => {
    const body = draft.trim();
    if (!body || tooLong) return;
    setDraft('');
    setLastSent(body);
    setTakeBackSaid('');
    // Their own message is where they look next: at the end of the log.
    atBottom.current = true;
    setStoppedAt(null);
    room.send(body);
    backToComposer();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (sendsOnEnter({ key: event.key, shiftKey: event.shiftKey, isComposing: event.nativeEvent.isComposing, keyCode: event.keyCode })) {
      event.preventDefault();
      if (!cannotSend) submit();
    }
  };
  const messagePath = (entry: LogEntry) => `/api/v1/rooms/${encodeURIComponent(slug)}/messages/${encodeURIComponent(entry.message.id)}`;
  const remove = (entry: LogEntry) => (reason: string | undefined) => apiFetch(messagePath(entry), { method: 'DELETE', json: reason ? { reason } : {} });
  const restore = async (entry: LogEntry) => {
    if (restoring) return;
    setRestoring(entry.key);
    try {
      room.showRestored(await apiFetch<ChatMessage>(`${messagePath(entry)}/restore`, { method: 'POST' }));
      setRestoreProblem('');
      // Its Restore button goes with the mark: focus, on it, comes back to writing.
      backToComposer();
    } catch (error) {
      // A 4xx says what happened in words (restored by someone else already, or hidden by the checks).
      setRestoreProblem(isApiError(error) && error.status >= 400 && error.status < 500 ? error.message : 'That message could not be restored just now. Try again.');
    } finally {
      setRestoring(null);
    }
  };

  const report = (entry: LogEntry) => (input: ReportPostRequest) =>
    apiFetch(`/api/v1/rooms/${encodeURIComponent(slug)}/messages/${encodeURIComponent(entry.message.id)}/reports`, { method: 'POST', json: input });

  return (
    <Stack gap="sm">
      <Text size="sm">
        <ForumLink href={CHAT_PATH} underline="always">
          All rooms
        </ForumLink>
      </Text>
      <Group gap="sm" align="baseline" wrap="wrap">
        <Title order={1}>{info?.name ?? slug}</Title>
        {room.online !== null && (
          <Badge variant="light" color="gray" aria-label={`${room.online} online`}>
            {room.online} online
          </Badge>
        )}
        {info?.slowModeSeconds ? <Badge variant="outline">slow mode: one message every {info.slowModeSeconds} s</Badge> : null}
        {info?.locked ? (
          <Badge variant="outline" color="gray">
            locked
          </Badge>
        ) : null}
      </Group>
      {info?.description && (
        <Text size="sm" c="dimmed">
          {info.description}
        </Text>
      )}
      {staff && info && <RoomSettings room={info} />}
      {info?.locked && (room.joinError === null || room.lockedOut) && (
        <Alert color="gray" variant="light" title={staff ? 'This room is locked' : 'The moderators have locked this room for now'}>
          <Text size="sm">
            {staff ? (
              'Members can read it but not send; you and the other moderators can.'
            ) : (
              <>
                {room.lockedOut
                  ? 'This page lets you in by itself as soon as they open it again, and you can write your message meanwhile.'
                  : 'You can still read what was said, and write again when they unlock it.'}{' '}
                If you need someone now,{' '}
                <Anchor href={HELP_PATH} underline="always">
                  people are there to talk to
                </Anchor>
                .
              </>
            )}
          </Text>
        </Alert>
      )}
      {/* Turned away by the lock, the lock notice above says so (this, until the room list has loaded). */}
      {room.joinError && !(room.lockedOut && info?.locked) && (
        <Alert color="red" variant="light" title="You can't join this room right now">
          <Text size="sm">{room.joinError}</Text>
        </Alert>
      )}
      {showsEarlierButton && (
        <Group>
          <Button
            variant="default"
            size="xs"
            onClick={() => {
              revealedByButton.current = true;
              const element = logRef.current;
              const place = element ? { height: element.scrollHeight, top: element.scrollTop } : null;
              const reveal = () => {
                keepPlace.current = place;
                setRevealingEarlier(true);
                setShown(shown + WINDOW_SIZE);
              };
              if (shownLog.length > shown) reveal();
              else {
                setOlderFailed(false);
                room.loadOlder().then(reveal, () => setOlderFailed(true));
              }
            }}
          >
            Show earlier messages
          </Button>
          <Text size="sm" role="status">
            {olderFailed ? 'Earlier messages could not be loaded just now. Press the button to try again.' : ''}
          </Text>
        </Group>
      )}
      <Paper
        withBorder
        radius="md"
        p="sm"
        ref={logRef}
        role="log"
        // Read out from the announcer below instead (see useLiveAnnouncements): from here a
        // message came with its time and its buttons' names. aria-busy still tells that the
        // history is loading.
        aria-live="off"
        aria-busy={logBusy}
        aria-label={`Messages in ${info?.name ?? slug}`}
        tabIndex={0}
        style={{ maxHeight: '60vh', overflowY: 'auto' }}
        onScroll={(event) => {
          const element = event.currentTarget;
          atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 40;
          const ours = ownScrollTop.current !== null && Math.abs(element.scrollTop - ownScrollTop.current) <= 1;
          ownScrollTop.current = null;
          // Following new messages (the page's own scroll) is not reading them; nor is a hidden tab.
          if (ours || document.visibilityState !== 'visible') return;
          if (atBottom.current) {
            setStoppedAt(null);
            keepRead(room.log);
          } else setStoppedAt((current) => current ?? { readTo: newestPlace(room.log) });
        }}
      >
        {visible.length === 0 && room.joinError === null && room.connection === 'live' && <Text size="sm">No messages yet. Say hello.</Text>}
        {visible.map((entry) => (
          <div key={entry.renderKey ?? entry.key}>
            {entry.message.id === unreadId && (
              <Text size="xs" fw={700} c="lantern" role="separator" aria-label="New messages" ta="center" my={4}>
                ── New messages ──
              </Text>
            )}
            {/* The buttons go below the words when both do not fit on a line: kept beside them on a
                phone with large text, the words were squeezed to a letter or two a line. The words'
                basis is in rem so it grows with the reader's text size. */}
            <Group gap={6} align="baseline" wrap="wrap" py={2} data-testid="chat-message">
              {/* Only a moderator's log holds removed messages: dimmed, marked, and restorable. */}
              {/* pre-wrap: the lines a member broke with Shift+Enter stay lines. */}
              <Text
                size="sm"
                c={entry.message.removed || entry.message.held || entry.message.deleted ? 'dimmed' : undefined}
                style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', flex: '1 1 14rem', minWidth: 0 }}
              >
                {/* bdi: a name or message in Hebrew or Arabic keeps its own direction without reordering the line around it. */}
                <Text component="span" fw={700}>
                  {entry.message.author.isYou ? 'You' : <bdi>{entry.message.author.displayName}</bdi>}
                </Text>
                {entry.message.author.isModerator && (
                  <Badge component="span" variant="filled" color="lantern" size="xs" ml={6}>
                    Moderator
                  </Badge>
                )}
                {entry.message.removed && (
                  <Badge component="span" variant="outline" color="gray" size="xs" ml={6}>
                    Removed
                  </Badge>
                )}
                {entry.message.deleted && (
                  <Badge component="span" variant="outline" color="gray" size="xs" ml={6}>
                    Deleted by its writer
                  </Badge>
                )}
                {entry.message.held && (
                  <Badge component="span" variant="outline" color="gray" size="xs" ml={6}>
                    Hidden
                  </Badge>
                )}
                {': '}
                <bdi>{entry.message.body}</bdi>{' '}
                <Text component="span" size="xs" c="dimmed">
                  {entry.state === 'sending' ? (
                    `· ${entry.note ? noteNow(entry.note, entry.noteAt, now) : 'sending…'}`
                  ) : entry.state === 'checking' ? (
                    // Asked not to send after an answer was lost: it may be in the room, and stays until Lantern knows.
                    `· ${room.connection === 'live' ? 'checking whether it already reached the room…' : 'may already have reached the room: Lantern checks when the connection is back'}`
                  ) : entry.state === 'failed' ? (
                    ''
                  ) : (
                    <TimeAgo iso={entry.message.createdAt} />
                  )}
                </Text>
              </Text>
              {/* One group, so the buttons move below the words together rather than one at a time. */}
              <Group gap={6} align="baseline" wrap="wrap">
                {((entry.state === 'sending' && entry.note) || entry.state === 'failed') && (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => {
                      const taken = room.cancel(entry.key);
                      if (taken === null) return;
                      // The words come back to the composer, after whatever is being written there now.
                      if (taken.kind === 'taken') {
                        giveBack(taken.body);
                        setTakeBackSaid('');
                      }
                      // An attempt's answer was lost, so the room may have it: it stays until Lantern knows, and the member is told so.
                      else
                        setTakeBackSaid(
                          room.connection === 'live'
                            ? 'Checking whether that message already reached the room…'
                            : 'That message may already have reached the room. Lantern checks when the connection is back: if it had, it stays there (you can delete it); if not, its words come back where you write.',
                        );
                      backToComposer();
                    }}
                    aria-label={`Don't send: ${entry.message.body.slice(0, 40)}`}
                  >
                    Don&apos;t send
                  </Button>
                )}
                {entry.state === 'failed' && (
                  <Button
                    size="compact-sm"
                    variant="light"
                    color="red"
                    onClick={() => {
                      room.retry(entry.key);
                      backToComposer();
                    }}
                    title={entry.error}
                  >
                    Not sent — retry
                  </Button>
                )}
                {!staff && !entry.message.author.isYou && entry.state === 'sent' && (
                  <>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="gray"
                      onClick={() => openReport(entry)}
                      aria-label={`Report the message from ${entry.message.author.displayName}: ${entry.message.body.slice(0, 40)}`}
                    >
                      Report
                    </Button>
                    {/* Moderators cannot be hidden (the api refuses): someone trained may need to reach the reader. */}
                    {!entry.message.author.isModerator && (
                      <Button size="compact-sm" variant="subtle" color="gray" onClick={() => setHiding({ entry, open: true })} aria-label={`Hide ${entry.message.author.displayName} from your view`}>
                        Hide
                      </Button>
                    )}
                  </>
                )}
                {/* Hidden by the checks or on review: acted on from its review item, where the reasons are. */}
                {staff && entry.state === 'sent' && entry.message.held && entry.message.reviewItemId && (
                  <ForumLink href={modItemPath(entry.message.reviewItemId)} size="xs">
                    Review item<VisuallyHidden> for the hidden message from {entry.message.author.displayName}</VisuallyHidden>
                  </ForumLink>
                )}
                {/* The reader's own words, theirs to take back (a moderator's too: as its writer). */}
                {entry.message.author.isYou && entry.state === 'sent' && !entry.message.deleted && !entry.message.removed && (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="gray"
                    onClick={() => setRemoving({ entry, open: true })}
                    aria-label={`Delete your message: ${entry.message.body.slice(0, 40)}`}
                  >
                    Delete
                  </Button>
                )}
                {/* Something nobody reported: its review item, where its writer is warned, muted or renamed. */}
                {staff && entry.state === 'sent' && !entry.message.author.isYou && !(entry.message.held && entry.message.reviewItemId) && (
                  <OpenReviewButton contentType="message" contentId={entry.message.id} author={entry.message.author.displayName} excerpt={entry.message.body} />
                )}
                {staff && entry.state === 'sent' && !entry.message.author.isYou && !entry.message.removed && !entry.message.held && !entry.message.deleted && (
                  // Grey, as the members' Report and Hide are: red text on Mantine's red hover reads at
                  // 3.7:1 (axe), and the dialog it opens carries the warning.
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="gray"
                    onClick={() => setRemoving({ entry, open: true })}
                    aria-label={`Remove the message from ${entry.message.author.displayName}: ${entry.message.body.slice(0, 40)}`}
                  >
                    Remove
                  </Button>
                )}
                {staff && entry.state === 'sent' && entry.message.removed && (
                  <BusyButton
                    size="compact-sm"
                    variant="subtle"
                    busy={restoring === entry.key}
                    onClick={() => void restore(entry)}
                    aria-label={`Restore the message from ${entry.message.author.displayName}: ${entry.message.body.slice(0, 40)}`}
                  >
                    Restore
                  </BusyButton>
                )}
              </Group>
            </Group>
            {entry.alreadySent && (
              <Text size="xs" c="dimmed">
                This message had already {entry.message.held ? 'been sent' : 'reached the room'} when you asked not to send it.{' '}
                {entry.message.deleted || entry.message.removed ? '' : 'You can delete it.'}
              </Text>
            )}
            {entry.message.held && entry.message.author.isYou && (
              <Text size="xs" c="dimmed">
                Only you can see this message while a moderator takes a look. You&apos;ll hear from us if anything needs to change.
              </Text>
            )}
            {entry.state === 'failed' && entry.error && (
              <Text size="xs" c="var(--mantine-color-error)" role="alert">
                {entry.error}
              </Text>
            )}
          </div>
        ))}
      </Paper>
      {/* What others say live, read out as their name and words (see useLiveAnnouncements); the
          page shows it in the log. Always in the page, as a live region must be before anything
          is put in it. */}
      <VisuallyHidden aria-live="polite" data-testid="chat-announcer">
        {announced.map((message) => (
          <div key={message.id}>
            <bdi>{message.author.displayName}</bdi>
            {message.author.isModerator ? ' (moderator)' : ''}: <bdi>{message.body}</bdi>
          </div>
        ))}
      </VisuallyHidden>
      <Text size="xs" c="dimmed" aria-live="polite" mih="1.2em">
        {room.typing.length > 0 ? `${room.typing.slice(0, 3).join(', ')} ${room.typing.length === 1 ? 'is' : 'are'} typing…` : ''}
      </Text>
      {reports.entries.map((entry) => (
        <ReportDialog
          key={entry.message.id}
          subject="message"
          author={entry.message.author.displayName}
          send={report(entry)}
          opened={reports.openId === entry.message.id}
          onClose={() => setReports((current) => ({ ...current, openId: null }))}
        />
      ))}
      {hiding && (
        <HideMemberDialog
          author={hiding.entry.message.author.displayName}
          isAlias={false}
          send={() => hideMember({ messageId: hiding.entry.message.id })}
          opened={hiding.open}
          onClose={() => {
            setHiding({ ...hiding, open: false });
            afterDialog();
          }}
          onHidden={() => room.forgetAuthor(hiding.entry.message.author.displayName)}
        />
      )}
      {removing && (
        <RemoveMessageDialog
          message={removing.entry.message}
          remove={remove(removing.entry)}
          opened={removing.open}
          onClose={() => {
            setRemoving({ ...removing, open: false });
            afterDialog();
          }}
          onRemoved={() => {
            // Words their writer deleted, or the checks hid, while the dialog was open keep that
            // mark: the api changed neither, and "Removed" would offer a Restore that cannot be.
            const now = room.log.find((entry) => entry.message.id === removing.entry.message.id)?.message;
            if (!removing.entry.message.author.isYou && (now?.deleted || now?.held)) return;
            room.showRemoved(removing.entry.message.id, removing.entry.message.author.isYou);
          }}
        />
      )}
      {restoreProblem && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {restoreProblem}
        </Text>
      )}
      {/* Just above the composer: on a phone, where the member is writing, not above the log and
          off the screen. One live region: the Alert inside is a note, as Mantine's own role
          (alert) inside the status was heard twice. */}
      <div role="status">
        {/* The title in the body's text colour: yellow on light yellow read at 2.7:1 (axe). */}
        {room.connection === 'reconnecting' && (
          <Alert color="yellow" variant="light" role="note" title="Reconnecting…" styles={{ title: { color: 'var(--mantine-color-text)' } }}>
            <Text size="sm">The connection dropped. What you send waits here and goes as soon as it is back, and what others said meanwhile comes with it.</Text>
          </Alert>
        )}
        {takeBackSaid && <Text size="sm">{takeBackSaid}</Text>}
      </div>
      <Textarea
        label="Your message"
        // A message in Hebrew or Arabic is written right to left from its first letter (on the
        // textarea itself: Mantine gives a `dir` prop to the wrapper, whose label is English).
        ref={(textarea) => {
          textarea?.setAttribute('dir', 'auto');
          composerRef.current = textarea;
        }}
        description={
          paused
            ? 'Your chat messages are paused for now (above): you can write, and send once the pause ends.'
            : lockedForMe
              ? 'The room is locked: you can write, and send once the moderators open it again.'
              : 'Enter sends; Shift+Enter starts a new line.'
        }
        value={draft}
        // No maxLength: the browser would cut a long paste short without a word. Too long is said
        // here instead, and Send waits until it fits.
        error={tooLong ? `That is ${draft.length.toLocaleString('en')} characters; a message holds ${CHAT_LIMITS.bodyMax.toLocaleString('en')}. Shorten it, or send it in parts.` : undefined}
        autosize
        minRows={2}
        maxRows={6}
        onChange={(event) => {
          setDraft(event.currentTarget.value);
          room.typed();
        }}
        onKeyDown={onKeyDown}
        // Turned away by a lock, or for a moment (the join goes again by itself), a member may still
        // write: it goes once the room lets them in. Only a room closed to them for good takes the box.
        disabled={room.joinError !== null && !room.lockedOut && !room.joinRetrying}
      />
      <CrisisNudge text={draft.trim() ? draft : lastSent} paused={paused} compactOnPhone keepInView={sendRef} />
      <Group {...KEEP_CLEAR_OF_CALLOUT}>
        {/* Brought into view with a little room below it, not flush with the screen's edge. */}
        <Button ref={sendRef} onClick={submit} disabled={!draft.trim() || tooLong || cannotSend} style={{ scrollMarginBottom: 'var(--mantine-spacing-md)' }}>
          Send
        </Button>
        <Anchor href={CHAT_PATH} size="sm" underline="always">
          Leave the room
        </Anchor>
      </Group>
    </Stack>
  );
}

/** /chat/:slug — a live room. */
export function RoomPage({ slug }: { slug: string }) {
  const session = useSession();
  return (
    <MembersOnly headingLevel={1}>
      {session.status === 'signed-in' && (
        <Room
          key={slug}
          slug={slug}
          me={session.member.pseudonym}
          memberId={session.member.id}
          staff={isStaff(session)}
        />
      )}
    </MembersOnly>
  );
}
