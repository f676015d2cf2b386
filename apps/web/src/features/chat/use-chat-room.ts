import type { ChatAck, ChatMessage, MessageHeldEvent, MessageRemovedEvent, Page, TakeBackResult } from '@lantern/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { apiFetch } from '../../api/api-client';
import { acquireSocket, releaseSocket } from '../../api/realtime-socket';
import { catchUp, confirmSent, findSent, markDeleted, markHeld, markRemoved, mergeMessages, newestConfirmed, removeAuthor, removeMessage, resync, type LogEntry } from './message-log';
import { patchRoomSummary, ROOMS_QUERY_KEY } from './room-list';
import { OFFLINE_NOTE, outcomeOf, SendQueue, takeBackOutcome, type QueuedSend, type TakenBack, type SendAck, type SendProgress } from './send-queue';
import { keepUnsent, recallUnsent, type UnsentMessage } from './unsent-messages';
import { newClientRequestId } from '../../api/client-request-id';

export type Connection = 'connecting' | 'live' | 'reconnecting';

/**
 * What "Don't send" did: took the message back (its words); or, for one the room may already have
 * (an attempt's answer never came), asked Lantern to take it back first (`checking`): stored
 * already, it stays, marked `alreadySent`; otherwise its words come back through `afterTakeBack`.
 * Null: it is on its way.
 */
export type TakeBack = { kind: 'taken'; body: string } | { kind: 'checking' } | null;

export interface ChatRoomState {
  log: LogEntry[];
  /**
   * The room's history is being read or replaced (the join, the REST pages after it), and for one
   * render after it is in place: the log is aria-busy meanwhile (it is being filled, not spoken to).
   */
  loadingHistory: boolean;
  /**
   * Whether a message reached this tab live, said by someone else (`message:new`, not history):
   * only these are read out (see useLiveAnnouncements), never the history a join brings at once.
   */
  cameLive: (id: string) => boolean;
  connection: Connection;
  /** Members with the room open; null until the join says, and while the server cannot count them (Redis away). */
  online: number | null;
  typing: string[];
  /** Why the room could not be joined (locked, private, gone), in words. */
  joinError: string | null;
  /** The join was refused because the moderators locked the room: it is joined again when they open it. */
  lockedOut: boolean;
  /** The join was put off for a moment (too much at once, Lantern busy) and goes again by itself: the member may write meanwhile. */
  joinRetrying: boolean;
  olderCursor: string | null;
  loadOlder: () => Promise<void>;
  /** Queues a message; it goes as soon as the room takes it (see SendQueue). */
  send: (body: string) => void;
  retry: (key: string) => void;
  /** Takes back a message that was refused or is still waiting to go (see TakeBack). */
  cancel: (key: string) => TakeBack;
  typed: () => void;
  /** Drops what a member the reader just hid wrote (and their typing) from this room's view. */
  forgetAuthor: (displayName: string) => void;
  /** A message this reader removed (a moderator) or deleted (their own), gone or marked at once, as `message:removed` will. */
  showRemoved: (id: string, deleted?: boolean) => void;
  /** A message this moderator restored, back in its place (as `message:new` will bring it). */
  showRestored: (message: ChatMessage) => void;
  /** Tries the join again (the room was unlocked since it was refused). */
  rejoin: () => void;
}

type JoinAck = ChatAck<{ messages: ChatMessage[]; online: number | null }>;

const ACK_TIMEOUT_MS = 10_000;
/** A take-back that could not reach Lantern (or found it busy) is asked again after this at the least, while connected. */
const CHECK_RETRY_MS = 5_000;
const TYPING_SHOWN_MS = 4_000;
/** The live messages remembered as such: far more than can arrive while history loads. */
const LIVE_IDS_KEPT = 500;

/**
 * One room over the shared socket: joins on every (re)connect; when the server could not recover
 * the session (a long drop, or the node that held it went away) the join's history and a REST
 * page fill the gap, so nothing said meanwhile is missed. Sends go through the room's SendQueue:
 * one at a time, in order, each with a clientMsgId so a resend is stored once; what the server
 * cannot take yet (rate limit, slow mode, no connection) goes again by itself.
 *
 * A message taken back after an attempt whose answer never came may be in the room already, or an
 * attempt of it still on its way: Lantern is asked to take it back (when connected), and answers
 * with it when an attempt stored it first, or makes sure none is stored after, before its words come
 * back (`afterTakeBack`), so "Don't send" never says a message in the room was not sent, nor gives
 * back words that show up in the room later.
 */
export function useChatRoom(slug: string, me: string, staff: boolean, memberId: string, afterTakeBack?: (body: string, how: TakenBack) => void): ChatRoomState {
  // What this member wrote here and the server has not stored yet, from an earlier visit of this tab.
  const [log, setLog] = useState<LogEntry[]>(() => recallUnsent(memberId, slug).map((unsent) => unsentEntry(unsent, slug, me)));
  const [connection, setConnection] = useState<Connection>('connecting');
  const [online, setOnline] = useState<number | null>(null);
  const [typing, setTyping] = useState<Record<string, number>>({});
  const [joinError, setJoinError] = useState<string | null>(null);
  const [lockedOut, setLockedOut] = useState(false);
  const [joinRetrying, setJoinRetrying] = useState(false);
  const [olderCursor, setOlderCursor] = useState<string | null>(null);
  const [readingHistory, setReadingHistory] = useState(true);
  // Whether the history last read has been rendered: busy ends in a render after the one that put
  // the messages in the log, never in the same one (which a screen reader could take as "done,
  // read it all").
  const [historyShown, setHistoryShown] = useState(false);
  useEffect(() => setHistoryShown(!readingHistory), [readingHistory]);
  const socketRef = useRef<ReturnType<typeof acquireSocket> | null>(null);
  const queueRef = useRef<SendQueue | null>(null);
  const lastTypingSent = useRef(0);
  const rejoinRef = useRef<() => void>(() => undefined);
  const checkRef = useRef<(entry: LogEntry) => void>(() => undefined);
  const afterTakeBackRef = useRef(afterTakeBack);
  afterTakeBackRef.current = afterTakeBack;
  const keptUnsent = useRef('');
  // The log as last rendered, for the catch-up after a drop (read outside React's updates).
  const logRef = useRef(log);
  logRef.current = log;
  const liveIds = useRef(new Set<string>());
  const queryClient = useQueryClient();

  useEffect(() => {
    const socket = acquireSocket();
    socketRef.current = socket;
    let active = true;
    let joined = false;
    // Whether this room was joined on this socket: a recovered session kept only rooms it had.
    let everJoined = false;
    let joinRetry: ReturnType<typeof setTimeout> | undefined;
    // Joins in a row that Lantern could not answer (its database away): each waits longer.
    let joinFailures = 0;
    const queue = new SendQueue({
      attempt: async (item: QueuedSend) => {
        const ack = (await socket
          .timeout(ACK_TIMEOUT_MS)
          .emitWithAck('message:send', { room: slug, body: item.body, clientMsgId: item.clientMsgId })
          .catch(() => null)) as SendAck | null;
        if (ack?.ok && active) setLog((current) => confirmSent(current, item.key, ack));
        // A resend refused as another message's: the attempt whose answer was lost stored it, and
        // its words now read otherwise (a rule changed since). It is in the room's history under
        // its clientMsgId: found there, it is this message, sent. History out of reach for a
        // moment: it goes again in a while, and is looked for again.
        if (ack && !ack.ok && ack.error.code === 'CLIENT_MSG_ID_REUSED') {
          const found = await findSent(readPage, item.clientMsgId, item.maybeStoredSince ?? new Date().toISOString()).catch(() => null);
          if (!found) return { kind: 'later', afterMs: CHECK_RETRY_MS, note: `checking the room: trying again in ${CHECK_RETRY_MS / 1_000} s`, maybeStored: true };
          const stored = found.message;
          if (stored && stored.room === slug) {
            if (active) setLog((current) => mergeMessages(current, [stored]));
            return { kind: 'stored' };
          }
        }
        // Taken out of the room on a live connection (a counsellor whose case closed): the page asks
        // to join again, and hears why not, rather than keeping the message waiting for nothing.
        if (ack && !ack.ok && ack.error.code === 'NOT_IN_ROOM' && socket.connected && joined && active) {
          joined = false;
          void join();
        }
        return outcomeOf(ack, socket.connected);
      },
      connected: () => joined && socket.connected,
      progress: (key: string, progress: SendProgress) =>
        active &&
        setLog((current) =>
          current.map((entry) =>
            entry.key !== key
              ? entry
              : progress.state === 'failed'
                ? { ...entry, state: 'failed', error: progress.error, note: undefined, noteAt: undefined, maybeStoredSince: progress.maybeStoredSince }
                : // The same note again (another message queued behind it) keeps counting from when it was first given.
                  { ...entry, state: 'sending', note: progress.note, noteAt: entry.note === progress.note ? entry.noteAt : Date.now(), error: undefined, maybeStoredSince: progress.maybeStoredSince },
          ),
        ),
    });
    queueRef.current = queue;
    // Messages still waiting to go (kept from an earlier visit, or from before this effect ran again) queue again, in order.
    for (const entry of logRef.current) {
      if (entry.state === 'sending' && entry.message.clientMsgId) queue.push(queued(entry, entry.message.clientMsgId));
    }
    // Messages being taken back that the room may have: Lantern is asked to take each back (never
    // sent again to find out), once at a time. Stored already, it is the room's; otherwise Lantern
    // makes sure no attempt of it is stored after, and its words go back to the composer. Without a
    // connection, when it is back.
    const checking = new Set<string>();
    let checkRetry: ReturnType<typeof setTimeout> | undefined;
    const messagesPath = `/api/v1/rooms/${encodeURIComponent(slug)}/messages`;
    const readPage = (cursor: string | undefined) => apiFetch<Page<ChatMessage>>(cursor ? `${messagesPath}?cursor=${encodeURIComponent(cursor)}` : messagesPath);
    const check = async (entry: LogEntry) => {
      const clientMsgId = entry.message.clientMsgId;
      if (!clientMsgId || checking.has(entry.key) || !socket.connected) return;
      checking.add(entry.key);
      try {
        let answer: TakeBackResult | null = null;
        let failure: unknown;
        try {
          answer = await apiFetch<TakeBackResult>(`/api/v1/rooms/${encodeURIComponent(slug)}/take-backs`, { method: 'POST', json: { clientMsgId } });
        } catch (error) {
          failure = error;
        }
        const outcome = takeBackOutcome(answer, failure, CHECK_RETRY_MS);
        if ('askAgainInMs' in outcome) {
          // Lantern out of reach or busy for a moment: asked again after the wait, or once connected again.
          if (active && socket.connected) {
            clearTimeout(checkRetry);
            checkRetry = setTimeout(() => checkAll(), outcome.askAgainInMs);
          }
          return;
        }
        if (!active) return;
        if (outcome.said === 'stored') {
          // In the room: it stays, theirs, marked as sent before they asked (mergeMessages).
          setLog((current) => mergeMessages(current, [outcome.message]));
          return;
        }
        // Found meanwhile some other way (the room's history after a join): nothing to give back.
        if (!logRef.current.some((candidate) => candidate.key === entry.key && candidate.state !== 'sent')) return;
        setLog((current) => current.filter((candidate) => candidate.key !== entry.key));
        afterTakeBackRef.current?.(entry.message.body, outcome.said);
      } finally {
        checking.delete(entry.key);
      }
    };
    function checkAll() {
      for (const entry of logRef.current) if (entry.state === 'checking') void check(entry);
    }
    checkRef.current = (entry: LogEntry) => {
      if (active) void check(entry);
    };
    const join = async () => {
      clearTimeout(joinRetry);
      setReadingHistory(true);
      const ack = (await socket
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck('room:join', { room: slug })
        .catch(() => null)) as JoinAck | null;
      if (!active) return;
      // No answer on a live connection: ask again (the connection dropping instead brings its own join).
      if (!ack) {
        if (socket.connected) joinRetry = setTimeout(() => void join(), 1_000);
        return;
      }
      if (!ack.ok) {
        // Too much at once from this member (another tab, another device): it passes, so the join
        // goes again after the wait it was given, and what waits to be sent keeps waiting.
        if (ack.error.code === 'RATE_LIMITED') {
          const seconds = Math.max(1, Math.ceil(ack.error.retryAfterSeconds ?? 5));
          setJoinError(`A lot came from your account at once, so the room asked for a moment. It joins again by itself in ${seconds} s; what you write is kept.`);
          setJoinRetrying(true);
          joinRetry = setTimeout(() => void join(), seconds * 1_000);
          setReadingHistory(false);
          return;
        }
        // Lantern could not open the room just now (its database away for a moment, or busy): that
        // passes too, so the join goes again, a little later each time, and nothing is refused.
        if (ack.error.code === 'SERVICE_UNAVAILABLE' || ack.error.code === 'INTERNAL_ERROR') {
          joinFailures += 1;
          const seconds = Math.max(Math.ceil(ack.error.retryAfterSeconds ?? 0), Math.min(30, 2 ** (joinFailures - 1)));
          setJoinError(`Lantern could not open the room just now. It tries again by itself in ${seconds} s; what you write is kept.`);
          setJoinRetrying(true);
          joinRetry = setTimeout(() => void join(), seconds * 1_000);
          setReadingHistory(false);
          return;
        }
        // A room this tab was in that no longer lets them in (a private conversation that closed for them).
        const said = ack.error.code === 'ROOM_NOT_FOUND' && everJoined ? 'This conversation has closed for you, so nothing more can be sent here.' : ack.error.message;
        setJoinError(said);
        setJoinRetrying(false);
        // The server just said it is locked, whatever the room list read before: the page says so,
        // and joins again when the lock is lifted (room:updated).
        const locked = ack.error.code === 'ROOM_LOCKED';
        setLockedOut(locked);
        if (locked) patchRoomSummary(queryClient, slug, { locked: true });
        queue.refuseAll(said);
        setReadingHistory(false);
        return;
      }
      setJoinError(null);
      setJoinRetrying(false);
      setLockedOut(false);
      setOnline(ack.online);
      joinFailures = 0;
      joined = true;
      everJoined = true;
      // The room's settings may have changed while this tab was away (a recovered session hears it).
      void queryClient.invalidateQueries({ queryKey: ROOMS_QUERY_KEY });
      // What was written while the connection was away goes now, in order.
      void queue.resume();
      // What this tab had before the drop (none on a first visit), before the join's newest 50.
      const newest = newestConfirmed(logRef.current);
      const hadBefore = new Set([...logRef.current.filter((entry) => entry.state === 'sent').map((entry) => entry.message.id), ...ack.messages.map((message) => message.id)]);
      setLog((current) => mergeMessages(current, ack.messages));
      setConnection('live');
      // REST fills the rest: every page back to what this tab had (more than 50 may have been
      // said while it was away), and the cursor for older pages.
      const path = `/api/v1/rooms/${encodeURIComponent(slug)}/messages`;
      const caught = await catchUp((cursor) => apiFetch<Page<ChatMessage>>(cursor ? `${path}?cursor=${encodeURIComponent(cursor)}` : path), newest).catch(() => null);
      if (active && caught) {
        setLog((current) => resync(current, caught, hadBefore));
        setOlderCursor((cursor) => (caught.reached && newest ? cursor : caught.olderCursor));
      }
      if (active) setReadingHistory(false);
    };
    const onConnect = () => {
      checkAll();
      // A recovered session kept its rooms and got what it missed; otherwise (or when this page
      // opened while the connection was away, so this room was never joined on it) join again.
      if (socket.recovered && everJoined) {
        joined = true;
        // A join whose answer the drop took left the log marked busy; recovered, nothing more
        // comes as history, and a log left busy would keep screen readers from what is said live.
        setReadingHistory(false);
        setConnection('live');
        void queue.resume();
      } else void join();
    };
    const onDisconnect = () => {
      joined = false;
      if (active) setConnection('reconnecting');
    };
    const onMessage = (received: ChatMessage) => {
      if (received.room !== slug) return;
      // The room's copy of a message this member sent from another tab or device is theirs here too.
      const message = received.author.displayName === me && !received.author.isYou ? { ...received, author: { ...received.author, isYou: true } } : received;
      // Someone else's, and new to this tab: said now (a copy of one it already has is not news).
      if (!message.author.isYou && !logRef.current.some((entry) => entry.message.id === message.id)) {
        liveIds.current.add(message.id);
        if (liveIds.current.size > LIVE_IDS_KEPT) liveIds.current.delete(liveIds.current.values().next().value as string);
      }
      setLog((current) => mergeMessages(current, [message]));
      setTyping((current) => {
        const next = { ...current };
        delete next[message.author.displayName];
        return next;
      });
    };
    // Members' logs drop it; moderators' keep it, marked (a removal, to restore if it was a mistake).
    const onRemoved = ({ room, id, deleted }: MessageRemovedEvent) => room === slug && setLog((current) => gone(current, id, staff, deleted === true));
    const onHeld = ({ room, id, reviewItemId }: MessageHeldEvent) => room === slug && setLog((current) => markHeld(current, id, reviewItemId));
    const onPresence = ({ room, online: count }: { room: string; online: number }) => room === slug && setOnline(count);
    const onTyping = ({ room, displayName }: { room: string; displayName: string }) => {
      if (room !== slug || displayName === me) return;
      setTyping((current) => ({ ...current, [displayName]: Date.now() + TYPING_SHOWN_MS }));
    };
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('message:new', onMessage);
    socket.on('message:removed', onRemoved);
    socket.on('message:held', onHeld);
    socket.on('presence', onPresence);
    socket.on('typing', onTyping);
    rejoinRef.current = () => {
      if (active && socket.connected) void join();
    };
    if (socket.connected) {
      void join();
      checkAll();
    }
    return () => {
      active = false;
      clearTimeout(joinRetry);
      clearTimeout(checkRetry);
      rejoinRef.current = () => undefined;
      checkRef.current = () => undefined;
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('message:new', onMessage);
      socket.off('message:removed', onRemoved);
      socket.off('message:held', onHeld);
      socket.off('presence', onPresence);
      socket.off('typing', onTyping);
      if (socket.connected) socket.emit('room:leave', { room: slug });
      // Left while the connection was away: a recovered session would put this tab back in the
      // room, so it leaves once the connection is back (before any later join of it, in order).
      else if (everJoined) socket.once('connect', () => socket.emit('room:leave', { room: slug }));
      queue.stop();
      queueRef.current = null;
      socketRef.current = null;
      releaseSocket();
    };
  }, [slug, me, staff, queryClient]);

  // What is not stored yet is kept for this tab, so leaving the page or reloading loses no words.
  useEffect(() => {
    const unsent: UnsentMessage[] = log
      .filter((entry) => entry.state !== 'sent' && entry.message.clientMsgId)
      .map((entry) => ({
        clientMsgId: entry.message.clientMsgId as string,
        body: entry.message.body,
        createdAt: entry.message.createdAt,
        ...(entry.state === 'failed' && entry.error ? { error: entry.error } : {}),
        ...(entry.maybeStoredSince ? { maybeStoredSince: entry.maybeStoredSince } : {}),
        ...(entry.state === 'checking' ? { takingBack: true as const } : {}),
      }));
    const serialised = JSON.stringify(unsent);
    if (serialised === keptUnsent.current) return;
    keptUnsent.current = serialised;
    keepUnsent(memberId, slug, unsent);
  }, [log, memberId, slug]);

  // Typing names fade after a few seconds.
  useEffect(() => {
    const timer = setInterval(() => {
      setTyping((current) => {
        const now = Date.now();
        const kept = Object.entries(current).filter(([, until]) => until > now);
        return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
      });
    }, 1_000);
    return () => clearInterval(timer);
  }, []);

  const send = useCallback(
    (body: string) => {
      const clientMsgId = newClientRequestId();
      const key = `pending:${clientMsgId}`;
      const message: ChatMessage = { id: key, room: slug, author: { displayName: me, isYou: true }, body, createdAt: new Date().toISOString(), clientMsgId };
      setLog((current) => [...current, { key, message, state: 'sending' }]);
      queueRef.current?.push({ key, clientMsgId, body });
    },
    [me, slug],
  );

  const retry = useCallback(
    (key: string) => {
      const entry = log.find((candidate) => candidate.key === key);
      if (!entry?.message.clientMsgId) return;
      setLog((current) => current.map((candidate) => (candidate.key === key ? { ...candidate, state: 'sending', error: undefined } : candidate)));
      queueRef.current?.push(queued(entry, entry.message.clientMsgId));
    },
    [log],
  );

  const cancel = useCallback((key: string): TakeBack => {
    const entry = logRef.current.find((candidate) => candidate.key === key);
    if (!entry || entry.state === 'sent' || entry.state === 'checking') return null;
    // A refused message is no longer queued; a waiting one must not be on its way already.
    if (entry.state === 'sending' && !queueRef.current?.cancel(key)) return null;
    if (!entry.maybeStoredSince) {
      setLog((current) => current.filter((candidate) => candidate.key !== key));
      return { kind: 'taken', body: entry.message.body };
    }
    // The room may have it: it stays, marked, until Lantern knows (now, or once connected).
    const taking: LogEntry = { ...entry, state: 'checking', note: undefined, noteAt: undefined, error: undefined };
    setLog((current) => current.map((candidate) => (candidate.key === key ? taking : candidate)));
    checkRef.current(taking);
    return { kind: 'checking' };
  }, []);

  const loadOlder = useCallback(async () => {
    if (!olderCursor) return;
    const page = await apiFetch<Page<ChatMessage>>(`/api/v1/rooms/${encodeURIComponent(slug)}/messages?cursor=${encodeURIComponent(olderCursor)}`);
    setLog((current) => mergeMessages(current, page.items));
    setOlderCursor(page.nextCursor);
  }, [olderCursor, slug]);

  const typed = useCallback(() => {
    const now = Date.now();
    if (now - lastTypingSent.current < 2_000) return;
    lastTypingSent.current = now;
    socketRef.current?.emit('typing', { room: slug });
  }, [slug]);

  const forgetAuthor = useCallback((displayName: string) => {
    setLog((current) => removeAuthor(current, displayName));
    setTyping((current) => Object.fromEntries(Object.entries(current).filter(([name]) => name !== displayName)));
  }, []);

  const showRemoved = useCallback((id: string, deleted = false) => setLog((current) => gone(current, id, staff, deleted)), [staff]);
  const showRestored = useCallback((message: ChatMessage) => setLog((current) => mergeMessages(current, [message])), []);
  const rejoin = useCallback(() => rejoinRef.current(), []);
  const cameLive = useCallback((id: string) => liveIds.current.has(id), []);

  return { log, loadingHistory: readingHistory || !historyShown, cameLive, connection, online, typing: Object.keys(typing), joinError, lockedOut, joinRetrying, olderCursor, loadOlder, send, retry, cancel, typed, forgetAuthor, showRemoved, showRestored, rejoin };
}

/** A kept unsent message, back in the log: waiting to go, refused, or being taken back, as it was. */
function unsentEntry(unsent: UnsentMessage, room: string, me: string): LogEntry {
  const key = `pending:${unsent.clientMsgId}`;
  const message: ChatMessage = { id: key, room, author: { displayName: me, isYou: true }, body: unsent.body, createdAt: unsent.createdAt, clientMsgId: unsent.clientMsgId };
  const since = unsent.maybeStoredSince ? { maybeStoredSince: unsent.maybeStoredSince } : {};
  if (unsent.takingBack) return { key, message, state: 'checking', ...since };
  return unsent.error ? { key, message, state: 'failed', error: unsent.error, ...since } : { key, message, state: 'sending', note: OFFLINE_NOTE, ...since };
}

/** A message of the log for the send queue, with what it knows of having been stored. */
function queued(entry: LogEntry, clientMsgId: string): QueuedSend {
  return { key: entry.key, clientMsgId, body: entry.message.body, ...(entry.maybeStoredSince ? { maybeStoredSince: entry.maybeStoredSince } : {}) };
}

/** A message that left the room: out of a member's log; kept in a moderator's, marked removed or deleted. */
function gone(log: LogEntry[], id: string, staff: boolean, deleted: boolean): LogEntry[] {
  if (!staff) return removeMessage(log, id);
  return deleted ? markDeleted(log, id) : markRemoved(log, id);
}
