import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import type { OutreachChannel, OutreachReceipt, OutreachStatus } from '@lantern/contracts';
import { SAFE_MESSAGING_COPY } from '@lantern/crisis';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { apiFetch, isApiError } from '../../api/api-client';
import { recallNotice, rememberNotice } from './crisis-panel-memory';
import { PrivateChatReady } from './private-chat-ready';
import { BusyButton } from '../../components/busy-button';

/**
 * "I'd like a crisis counsellor to contact me": the member's consent, and how. A phone number is
 * used once, stored sealed, and deleted when the case closes; chat happens in a private room here.
 * `existingOnly`: only a request already under way, never the offer of a new one.
 */
export function OutreachRequest({ noticeId, existingOnly = false }: { noticeId: string; existingOnly?: boolean }) {
  // Read once, when the panel mounts, not on every render.
  const [asked] = useState(() => recallNotice(noticeId).outreach);
  const [open, setOpen] = useState(false);
  const [channel, setChannel] = useState<'in_app' | 'phone'>(asked ?? 'in_app');
  const [phone, setPhone] = useState('');
  const [state, setState] = useState<'idle' | 'sending' | 'sent'>(asked ? 'sent' : 'idle');
  const [problem, setProblem] = useState('');
  // Asked again with another number while a case was open: the member hears it was passed on.
  const [numberPassedOn, setNumberPassedOn] = useState(false);
  // Each step replaces the control just pressed (the button with the form, the form with the
  // answer, "Not now" with the button): focus follows to what took its place rather than falling
  // to the top of the page. Set only by the member's own steps, never when the panel opens.
  const [focusNext, setFocusNext] = useState<'form' | 'answer' | 'opener' | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const firstField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusNext === 'form') firstField.current?.focus();
    if (focusNext === 'opener') opener.current?.focus();
  }, [focusNext]);
  const openForm = () => {
    setOpen(true);
    setFocusNext('form');
  };
  // A request still under way that this tab does not remember (made on another device, or from an
  // earlier notice): the panel shows where it stands and never offers the form over it, where a
  // second ask would quietly switch an arranged call to messages and delete the number.
  const client = useQueryClient();
  const status = useOutreachStatus({ poll: false });
  const underWay = status.data?.request;
  const underWayBy = underWay && underWay.progress !== 'closed' && underWay.progress !== 'withdrawn' ? underWay.channel : null;
  useEffect(() => {
    if (!underWayBy || state !== 'idle' || open) return;
    setChannel(underWayBy);
    setState('sent');
  }, [underWayBy, state, open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setState('sending');
    setProblem('');
    try {
      const receipt = await apiFetch<OutreachReceipt>('/api/v1/me/outreach', { method: 'POST', json: channel === 'phone' ? { channel, phone } : { channel } });
      // Where it stands was read when the panel opened (nothing then): read again, so what follows
      // (change the number, switch, withdraw) is offered at once, not when the copy grows stale.
      void client.invalidateQueries({ queryKey: OUTREACH_STATUS_KEY });
      setNumberPassedOn(receipt.phoneUpdated);
      setState('sent');
      setFocusNext('answer');
      rememberNotice(noticeId, { outreach: channel });
    } catch (error) {
      setState('idle');
      setProblem(isApiError(error) ? error.message : 'That did not go through. The lines above can talk with you right now.');
    }
  };

  // Someone may be hurting the member: a new request is not offered, but one under way is shown, to
  // follow, move to the private chat, or withdraw (a call arranged before may now be unsafe).
  if (existingOnly && state !== 'sent') return null;
  if (state === 'sent') {
    return (
      <OutreachSent
        channel={channel}
        numberPassedOn={numberPassedOn}
        takeFocus={focusNext === 'answer'}
        inDanger={existingOnly}
        onAskAgain={existingOnly ? undefined : () => {
          rememberNotice(noticeId, { outreach: undefined });
          setState('idle');
          openForm();
        }}
      />
    );
  }
  // Not offered before Lantern has said whether one is under way (a moment; if it cannot say, offered).
  if (!open && status.isPending) return null;
  if (!open) {
    return (
      <Group>
        <Button ref={opener} variant="light" onClick={openForm}>
          I&apos;d like a crisis counsellor to contact me
        </Button>
      </Group>
    );
  }
  return (
    <form onSubmit={(event) => void submit(event)} aria-label="Ask a crisis counsellor to contact you">
      <Stack gap="xs">
        <Radio.Group label="How should they reach you?" value={channel} onChange={(value) => setChannel(value as 'in_app' | 'phone')}>
          <Group gap="md" mt={4}>
            {/* The chosen one: the radio a Tab into the group would reach. */}
            <Radio ref={channel === 'in_app' ? firstField : undefined} value="in_app" label="A private chat here" />
            <Radio ref={channel === 'phone' ? firstField : undefined} value="phone" label="A phone call" />
          </Group>
        </Radio.Group>
        {channel === 'phone' && (
          <PhoneNumberInput
            label="Your phone number"
            description="Include the country code. It is used once for this call, kept sealed, and deleted when the case closes."
            value={phone}
            onChange={setPhone}
          />
        )}
        {problem && (
          <Text c="var(--mantine-color-error)" size="sm" role="alert">
            {problem}
          </Text>
        )}
        <Group gap="sm">
          <BusyButton type="submit" busy={state === 'sending'}>
            Ask for a counsellor
          </BusyButton>
          <Button
            variant="default"
            onClick={() => {
              setOpen(false);
              setFocusNext('opener');
            }}
          >
            Not now
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * After asking: what happens next, and, for a private chat, the way in as soon as it exists (the
 * room list is polled while this shows, so the member need not go looking for it).
 */
export const OUTREACH_STATUS_KEY = ['me', 'outreach'] as const;

/** Where the member's request stands; refreshed at once when their counsellor arrives (see PrivateChatInvite). */
function useOutreachStatus({ poll = true }: { poll?: boolean } = {}) {
  return useQuery({
    queryKey: OUTREACH_STATUS_KEY,
    queryFn: ({ signal }) => apiFetch<{ request: OutreachStatus | null }>('/api/v1/me/outreach', { signal }),
    refetchInterval: poll ? 15_000 : false,
  });
}

/** What the member reads once they withdrew their request: plainly what happened, and what still stands. */
export const OUTREACH_WITHDRAWN_COPY = {
  withdrawn: 'You withdrew your request. No counsellor will contact you about it, and any number you gave has been deleted.',
  handoffStands:
    'A moderator had already asked a crisis line to reach you because they were worried for your safety. That was their decision, not your request, so it stays in place.',
  after: 'You can ask again any time, and the lines above are still there for you.',
} as const;

/** What the member reads after giving a new number for a call already asked for. */
export const OUTREACH_NUMBER_COPY = {
  passedOn: 'Thank you. We have passed your new number on, so the counsellor will call you on that one.',
  unchanged: 'That is the number we already have, so the counsellor will call you on it.',
} as const;

/**
 * What the member reads when they change how a counsellor reaches them: the offer, and afterwards
 * plainly who now knows (the crisis line, once it has the case; the request, before).
 */
export const OUTREACH_SWITCH_COPY = {
  toPhone: 'I’d rather they call me',
  toChat: 'I’d rather they message me here',
  phone: {
    lineTold: 'Thank you. We have told the crisis line you would rather they call you, and given them your number.',
    requestChanged: 'Thank you. We have changed your request: the counsellor will call you on that number instead.',
  },
  in_app: {
    lineTold: 'Thank you. We have told the crisis line you would rather they message you here, and deleted your number.',
    requestChanged: 'Thank you. We have changed your request: the counsellor will message you here instead, and your number is deleted.',
  },
} as const;

/**
 * After asking: where the request stands, in plain words (a delay too), the way into their own
 * private chat, and a way to change their mind. `inDanger` (someone may be hurting the member): no
 * new request is offered (`onAskAgain` is left out), nor a move from the chat to a call, and a call
 * asked for before says how it is kept safe.
 */
function OutreachSent({
  channel,
  numberPassedOn,
  takeFocus,
  inDanger = false,
  onAskAgain,
}: {
  channel: 'in_app' | 'phone';
  numberPassedOn: boolean;
  takeFocus: boolean;
  inDanger?: boolean;
  onAskAgain?: () => void;
}) {
  const request = useOutreachStatus().data?.request;
  const words = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (takeFocus) words.current?.focus();
  }, [takeFocus]);
  // Kept here, not in the switch's own form: that form is replaced by the other channel's once it worked.
  const [switched, setSwitched] = useState<OutreachChannel | null>(null);
  // Withdrawn from this tab: the words saying so take focus (the button that was pressed is gone with its dialog).
  const [withdrewHere, setWithdrewHere] = useState(false);
  const switchedNote = useRef<HTMLParagraphElement>(null);
  const progress = request?.progress ?? 'received';
  const how = request?.channel ?? channel;
  // Switched: the form and the button that was pressed are gone; focus goes to the words saying what happened.
  useEffect(() => {
    if (switched !== null && switched === how) switchedNote.current?.focus();
  }, [switched, how]);
  if (progress === 'withdrawn') return <OutreachWithdrawn handoffStands={request?.handoffStands ?? false} onAskAgain={onAskAgain} takeFocus={withdrewHere} />;
  const copy = SAFE_MESSAGING_COPY.outreachProgress;
  const says = progress === 'delayed' || progress === 'closed' ? copy[progress] : copy[progress][how];
  // A chat the member had before switching to a call stays theirs, with its history.
  const room = progress === 'sent' || progress === 'with_counsellor' ? request?.room : null;
  const live = request && progress !== 'closed';
  return (
    <Stack gap="xs">
      <Stack gap="xs" role="status" data-progress={progress}>
        <Text fw={600} ref={words} tabIndex={-1}>
          {says}
          {how === 'in_app' && !room && (progress === 'received' || progress === 'sent') && ' It will appear here and at the top of Chat as soon as it is ready.'}
        </Text>
        {room && <PrivateChatReady slug={room} />}
      </Stack>
      {live && inDanger && how === 'phone' && (
        <Text size="sm" data-testid="call-in-danger">
          {SAFE_MESSAGING_COPY.outreachCallInDanger[progress === 'sent' || progress === 'with_counsellor' ? 'lineHasIt' : 'beforeLine']}
        </Text>
      )}
      {live && switched === how && (
        <Text size="sm" role="status" ref={switchedNote} tabIndex={-1}>
          {OUTREACH_SWITCH_COPY[how][progress === 'received' ? 'requestChanged' : 'lineTold']}
        </Text>
      )}
      {live && how === 'phone' && <ChangePhoneNumber passedOnAlready={numberPassedOn && !switched} />}
      {live && (!inDanger || how === 'phone') && <SwitchChannel from={how} onSwitched={setSwitched} />}
      {live && <WithdrawOutreach onWithdrawn={() => setWithdrewHere(true)} />}
    </Stack>
  );
}

/**
 * "I’d rather they call me" / "I’d rather they message me here": someone who asked for messages may
 * rather talk now, and someone who asked for a call may no longer be able to (someone came home).
 * The request, or the crisis line that has the case, takes the other channel; a switch to messages
 * deletes the number.
 */
function SwitchChannel({ from, onSwitched }: { from: OutreachChannel; onSwitched: (to: OutreachChannel) => void }) {
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  // "Keep the chat": back to the button that opened the form, not the top of the page.
  const opener = useRef<HTMLButtonElement>(null);
  const [backToOpener, setBackToOpener] = useState(false);
  useEffect(() => {
    if (backToOpener && !open) {
      opener.current?.focus();
      setBackToOpener(false);
    }
  }, [backToOpener, open]);
  const to: OutreachChannel = from === 'in_app' ? 'phone' : 'in_app';
  const switching = useMutation({
    mutationFn: async (phone?: string) => {
      const receipt = await apiFetch<OutreachReceipt>('/api/v1/me/outreach', { method: 'POST', json: to === 'phone' ? { channel: to, phone } : { channel: to } });
      // Where the request stands is read again before saying who was told: a moderator may have
      // handed it to a crisis line since the panel last looked.
      await client.invalidateQueries({ queryKey: OUTREACH_STATUS_KEY });
      return receipt;
    },
    onSuccess: (receipt) => {
      setOpen(false);
      if (receipt.channelUpdated) onSwitched(to);
    },
  });
  const problem = <DidNotGoThrough failed={switching.isError} error={switching.error} />;
  if (to === 'in_app') {
    return (
      <Stack gap="xs">
        {problem}
        <Group>
          <BusyButton variant="subtle" busy={switching.isPending} onClick={() => switching.mutate(undefined)}>
            {OUTREACH_SWITCH_COPY.toChat}
          </BusyButton>
        </Group>
      </Stack>
    );
  }
  if (!open) {
    return (
      <Group>
        <Button variant="subtle" ref={opener} onClick={() => setOpen(true)}>
          {OUTREACH_SWITCH_COPY.toPhone}
        </Button>
      </Group>
    );
  }
  return (
    <PhoneNumberForm
      name="Ask to be called instead"
      label="Your phone number"
      description="Include the country code. It is used for this call, kept sealed, and deleted when the case closes."
      submit="Call me on this number"
      cancel="Keep the chat"
      busy={switching.isPending}
      problem={problem}
      onSubmit={(phone) => switching.mutate(phone)}
      onCancel={() => {
        setOpen(false);
        setBackToOpener(true);
        switching.reset();
      }}
    />
  );
}

/**
 * "Change the number": a phone died, a digit was wrong. The request (or the crisis line that has
 * the case) takes the new number, and the member is told plainly that it was passed on.
 */
function ChangePhoneNumber({ passedOnAlready }: { passedOnAlready: boolean }) {
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  // Where focus goes when the form closes (it held focus, and goes): to the words saying the
  // number was passed on, or, cancelled, back to the button that opened it.
  const [focusAfter, setFocusAfter] = useState<'said' | 'opener' | null>(null);
  const said = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const changing = useMutation({
    mutationFn: (number: string) => apiFetch<OutreachReceipt>('/api/v1/me/outreach', { method: 'POST', json: { channel: 'phone', phone: number } }),
    onSuccess: () => {
      setOpen(false);
      setFocusAfter('said');
    },
    onSettled: () => client.invalidateQueries({ queryKey: OUTREACH_STATUS_KEY }),
  });
  const passedOn = changing.data ? changing.data.phoneUpdated : passedOnAlready;
  // Once what it goes to is on the page (the words come with the mutation's answer, a render later).
  useEffect(() => {
    const target = focusAfter === 'said' ? said.current : focusAfter === 'opener' ? opener.current : null;
    if (open || !target) return;
    target.focus();
    setFocusAfter(null);
  }, [focusAfter, open, changing.data]);
  return (
    <Stack gap="xs">
      {(passedOn || changing.data) && (
        <Text size="sm" role="status" ref={said} tabIndex={-1}>
          {passedOn ? OUTREACH_NUMBER_COPY.passedOn : OUTREACH_NUMBER_COPY.unchanged}
        </Text>
      )}
      {open ? (
        <PhoneNumberForm
          name="Change the number to call"
          label="Your new phone number"
          description="Include the country code. It replaces the number you gave, is kept sealed, and is deleted when the case closes."
          submit="Use this number"
          cancel="Keep the number I gave"
          busy={changing.isPending}
          problem={<DidNotGoThrough failed={changing.isError} error={changing.error} />}
          onSubmit={(phone) => changing.mutate(phone)}
          onCancel={() => {
            setOpen(false);
            setFocusAfter('opener');
            changing.reset();
          }}
        />
      ) : (
        <Group>
          <Button variant="subtle" ref={opener} onClick={() => setOpen(true)}>
            Change the number to call
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** A number to call, asked for in a small form of its own (a switch to a call, a change of number). */
function PhoneNumberForm(props: {
  name: string;
  label: string;
  description: string;
  submit: string;
  cancel: string;
  busy: boolean;
  problem: ReactNode;
  onSubmit: (phone: string) => void;
  onCancel: () => void;
}) {
  const [phone, setPhone] = useState('');
  return (
    <form
      aria-label={props.name}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit(phone);
      }}
    >
      <Stack gap="xs">
        <PhoneNumberInput label={props.label} description={props.description} value={phone} onChange={setPhone} />
        {props.problem}
        <Group gap="sm">
          <BusyButton type="submit" busy={props.busy}>
            {props.submit}
          </BusyButton>
          <Button variant="default" onClick={props.onCancel}>
            {props.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Why a change did not go through, with the lines above still there to talk now. */
function DidNotGoThrough({ failed, error }: { failed: boolean; error: unknown }) {
  if (!failed) return null;
  return (
    <Text c="var(--mantine-color-error)" size="sm" role="alert">
      {isApiError(error) ? error.message : 'That did not go through. The lines above can talk with you right now.'}
    </Text>
  );
}

function OutreachWithdrawn({ handoffStands, onAskAgain, takeFocus = false }: { handoffStands: boolean; onAskAgain?: () => void; takeFocus?: boolean }) {
  const words = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (takeFocus) words.current?.focus();
  }, [takeFocus]);
  return (
    <Stack gap="xs" role="status" data-progress="withdrawn">
      <Text fw={600} ref={words} tabIndex={-1}>
        {OUTREACH_WITHDRAWN_COPY.withdrawn}
      </Text>
      {handoffStands && <Text size="sm">{OUTREACH_WITHDRAWN_COPY.handoffStands}</Text>}
      <Text size="sm">{OUTREACH_WITHDRAWN_COPY.after}</Text>
      {onAskAgain && (
        <Group>
          <Button variant="light" onClick={onAskAgain}>
            Ask for a counsellor again
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/**
 * "Withdraw my request", asked once first: the member may change their mind at any point before
 * the case closes. The answer is where the request stands now, shown at once.
 */
function WithdrawOutreach({ onWithdrawn }: { onWithdrawn: () => void }) {
  const client = useQueryClient();
  const [opened, setOpened] = useState(false);
  const withdrawing = useMutation({
    mutationFn: () => apiFetch<{ request: OutreachStatus | null }>('/api/v1/me/outreach', { method: 'DELETE' }),
    onSuccess: (answer) => {
      onWithdrawn();
      client.setQueryData(OUTREACH_STATUS_KEY, answer);
      setOpened(false);
    },
    // Already withdrawn or closed elsewhere (another tab, the line): read where it stands.
    onSettled: () => client.invalidateQueries({ queryKey: OUTREACH_STATUS_KEY }),
  });
  const close = () => {
    if (withdrawing.isPending) return;
    setOpened(false);
    withdrawing.reset();
  };
  return (
    <>
      <Group>
        <Button variant="subtle" color="gray" onClick={() => setOpened(true)}>
          Withdraw my request
        </Button>
      </Group>
      <Modal opened={opened} onClose={close} title="Withdraw your request for a counsellor?" closeButtonProps={{ 'aria-label': 'Close without withdrawing' }}>
        <Stack gap="md">
          <Text size="sm">
            No counsellor will contact you about it, and any number you gave is deleted. If a counsellor already has your case, they are told you
            withdrew it and leave your private chat; the chat stays yours. You can ask again any time.
          </Text>
          {withdrawing.isError && (
            <Text size="sm" c="var(--mantine-color-error)" role="alert">
              {isApiError(withdrawing.error) ? withdrawing.error.message : 'That did not go through; try again.'}
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Keep my request
            </Button>
            <BusyButton color="red.9" busy={withdrawing.isPending} onClick={() => withdrawing.mutate()}>
              Withdraw my request
            </BusyButton>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** The number a counsellor will call: the phone's own keyboard, and the browser may offer the member's number. */
function PhoneNumberInput({ label, description, value, onChange }: { label: string; description: string; value: string; onChange: (phone: string) => void }) {
  return <TextInput label={label} description={description} value={value} onChange={(event) => onChange(event.currentTarget.value)} type="tel" autoComplete="tel" required />;
}
