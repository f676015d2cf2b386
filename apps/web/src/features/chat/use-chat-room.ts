import type { ChatAck, ChatMessage, Page } from '@lantern/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { apiFetch } from '../../api/api-client';
import { acquireSocket, releaseSocket } from '../../api/realtime-socket';
import { catchUp, mergeMessages, newestConfirmed, removeMessage, resync, type LogEntry } from './message-log';

export type Connection = 'connecting' | 'live' | 'reconnecting';

export interface ChatRoomState {
  log: LogEntry[];
  connection: Connection;
  online: number;
  typing: string[];
  /** Why the room could not be joined (locked, private, gone), in words. */
  joinError: string | null;
  olderCursor: string | null;
  loadOlder: () => Promise<void>;
  send: (body: string) => Promise<void>;
  retry: (key: string) => Promise<void>;
  typed: () => void;
}

type JoinAck = ChatAck<{ messages: ChatMessage[]; online: number }>;
type SendAck = ChatAck<{ id: string; duplicate?: boolean }>;

const ACK_TIMEOUT_MS = 10_000;
const TYPING_SHOWN_MS = 4_000;

/**
 * One room over the shared socket: joins on every (re)connect; when the server could not recover
 * the session (a long drop, or the node that held it went away) the join's history and a REST
 * page fill the gap, so nothing said meanwhile is missed. Sends carry a clientMsgId, so a resend
 * after a drop is stored once.
 */
export function useChatRoom(slug: string, me: string): ChatRoomState {
  const [log, setLog] = useState<LogEntry[]>([]);
  const [connection, setConnection] = useState<Connection>('connecting');
  const [online, setOnline] = useState(0);
  const [typing, setTyping] = useState<Record<string, number>>({});
  const [joinError, setJoinError] = useState<string | null>(null);
  const [olderCursor, setOlderCursor] = useState<string | null>(null);
  const socketRef = useRef<ReturnType<typeof acquireSocket> | null>(null);
  const lastTypingSent = useRef(0);
  // The log as last rendered, for the catch-up after a drop (read outside React's updates).
  const logRef = useRef(log);
  logRef.current = log;

  useEffect(() => {
    const socket = acquireSocket();
    socketRef.current = socket;
    let active = true;
    const join = async () => {
      const ack = (await socket
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck('room:join', { room: slug })
        .catch(() => null)) as JoinAck | null;
      if (!active || !ack) return;
      if (!ack.ok) {
        setJoinError(ack.error.message);
        return;
      }
      setJoinError(null);
      setOnline(ack.online);
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
    };
    const onConnect = () => {
      // A recovered session kept its rooms and got what it missed; otherwise join again.
      if (socket.recovered) setConnection('live');
      else void join();
    };
    const onDisconnect = () => active && setConnection('reconnecting');
    const onMessage = (message: ChatMessage) => {
      if (message.room !== slug) return;
      setLog((current) => mergeMessages(current, [message]));
      setTyping((current) => {
        const next = { ...current };
        delete next[message.author.displayName];
        return next;
      });
    };
    const onRemoved = ({ room, id }: { room: string; id: string }) => room === slug && setLog((current) => removeMessage(current, id));
    const onPresence = ({ room, online: count }: { room: string; online: number }) => room === slug && setOnline(count);
    const onTyping = ({ room, displayName }: { room: string; displayName: string }) => {
      if (room !== slug || displayName === me) return;
      setTyping((current) => ({ ...current, [displayName]: Date.now() + TYPING_SHOWN_MS }));
    };
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('message:new', onMessage);
    socket.on('message:removed', onRemoved);
    socket.on('presence', onPresence);
    socket.on('typing', onTyping);
    if (socket.connected) void join();
    return () => {
      active = false;
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('message:new', onMessage);
      socket.off('message:removed', onRemoved);
      socket.off('presence', onPresence);
      socket.off('typing', onTyping);
      if (socket.connected) socket.emit('room:leave', { room: slug });
      socketRef.current = null;
      releaseSocket();
    };
  }, [slug, me]);

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

  const deliver = useCallback(
    async (clientMsgId: string, body: string) => {
      const key = `pending:${clientMsgId}`;
      const socket = socketRef.current;
      const fail = (error: string) => setLog((current) => current.map((entry) => (entry.key === key ? { ...entry, state: 'failed', error } : entry)));
      if (!socket) return fail('Not connected. It will be sent when you retry.');
      const ack = (await socket
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck('message:send', { room: slug, body, clientMsgId })
        .catch(() => null)) as SendAck | null;
      if (!ack) return fail('No answer yet. Your message is kept here; try again.');
      if (!ack.ok) return fail(ack.error.message);
      setLog((current) => {
        const pending = current.find((entry) => entry.key === key);
        if (!pending) return current; // the broadcast already confirmed it
        return mergeMessages(current, [{ ...pending.message, id: ack.id }]);
      });
    },
    [slug],
  );

  const send = useCallback(
    async (body: string) => {
      const clientMsgId = crypto.randomUUID();
      const key = `pending:${clientMsgId}`;
      const message: ChatMessage = { id: key, room: slug, author: { displayName: me, isYou: true }, body, createdAt: new Date().toISOString(), clientMsgId };
      setLog((current) => [...current, { key, message, state: 'sending' }]);
      await deliver(clientMsgId, body);
    },
    [deliver, me, slug],
  );

  const retry = useCallback(
    async (key: string) => {
      const entry = log.find((candidate) => candidate.key === key);
      if (!entry?.message.clientMsgId) return;
      setLog((current) => current.map((candidate) => (candidate.key === key ? { ...candidate, state: 'sending', error: undefined } : candidate)));
      await deliver(entry.message.clientMsgId, entry.message.body);
    },
    [deliver, log],
  );

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

  return { log, connection, online, typing: Object.keys(typing), joinError, olderCursor, loadOlder, send, retry, typed };
}
