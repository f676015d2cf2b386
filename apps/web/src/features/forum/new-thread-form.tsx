import { createThreadSchema, FORUM_LIMITS, type Category, type Thread } from '@lantern/contracts';
import { threadHeading } from '@lantern/moderation';
import { CrisisNudge } from '../crisis/crisis-nudge';
import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useAutoDirection } from '../../components/use-auto-direction';
import { isApiError } from '../../api/api-client';
import { createThread } from './forum-api';
import { bodyTooLong, fieldTooLong, POSTING_PAUSED_COPY } from './forum-copy';
import { describeForumError, fieldErrorsFromProblems, type ForumErrorCopy } from './forum-error-copy';
import { forumQueryKeys } from './forum-query-keys';
import classes from './forum.module.css';
import { forgetNewThreadDraftKeptHere, isEmptyNewThreadDraft, keepNewThreadDraft, readNewThreadDraft, type NewThreadDraft } from './new-thread-draft-storage';
import { canKeepReplyDrafts, withClientPostId } from './reply-draft-storage';

export const NEW_THREAD_FIELDS = ['categorySlug', 'title', 'body', 'contentWarning'] as const;
type NewThreadField = (typeof NEW_THREAD_FIELDS)[number];

export interface NewThreadFormProps {
  /** Whose draft this is: it is kept on this device under their id, as reply drafts are. */
  memberId: string;
  categories: Category[];
  initialCategorySlug: string | null;
  onCreated: (thread: Thread) => void;
  /** A moderator paused the member's posting: they may write (the draft is kept), not post. */
  paused?: boolean;
}

type Values = NewThreadDraft;

/** A form with something in it always has its id (withClientPostId). */
const withDraftId = (values: Values) => withClientPostId(values, isEmptyNewThreadDraft(values));

/** The request as the server wants it: a warning only when asked for, the alias as `postAs`. */
function toRequest(values: Values) {
  return {
    categorySlug: values.categorySlug,
    title: values.title,
    body: values.body,
    ...(values.withWarning ? { contentWarning: values.contentWarning } : {}),
    postAs: values.asAlias ? ('alias' as const) : ('pseudonym' as const),
    ...(values.clientPostId ? { clientPostId: values.clientPostId } : {}),
  };
}

/** Checked with the same contracts schema the server uses, so the messages match. */
function checkBeforeSending(values: Values): ForumErrorCopy<NewThreadField> | null {
  const result = createThreadSchema.safeParse(toRequest(values));
  if (result.success) return null;
  const fields = fieldErrorsFromProblems(result.error.issues, NEW_THREAD_FIELDS);
  return { summary: 'Please check the highlighted fields and try again.', fields };
}

/**
 * The form to start a thread. What is typed is kept on this device as it is typed (a reload, Back
 * or a session that ends does not lose it), comes back when the form opens again, and is
 * forgotten once the thread is posted or the member signs out.
 */
export function NewThreadForm({ memberId, categories, initialCategorySlug, onCreated, paused = false }: NewThreadFormProps) {
  const queryClient = useQueryClient();
  const known = (slug: string | null | undefined) => categories.find((category) => category.slug === slug)?.slug ?? '';
  const [kept] = useState(() => readNewThreadDraft(memberId));
  const [values, setValues] = useState<Values>(() => withDraftId({
    title: '',
    body: '',
    withWarning: false,
    contentWarning: '',
    asAlias: false,
    ...kept,
    // The kept draft's category while it still exists, else the one the page was opened for.
    categorySlug: known(kept?.categorySlug) || known(initialCategorySlug),
  }));
  const changeValues = (change: (current: Values) => Values) => setValues((current) => withDraftId(change(current)));
  const [keepsDrafts] = useState(() => canKeepReplyDrafts());
  const [localProblems, setLocalProblems] = useState<ForumErrorCopy<NewThreadField> | null>(null);
  // What this tab last stored: posting here never forgets a thread another tab was writing since.
  const keptHere = useRef<string | null>(null);
  useEffect(() => {
    keptHere.current = keepNewThreadDraft(memberId, values, keptHere.current);
  }, [memberId, values]);
  const creating = useMutation({
    mutationFn: createThread,
    onSuccess: (thread) => {
      forgetNewThreadDraftKeptHere(memberId, keptHere.current);
      void queryClient.invalidateQueries({ queryKey: forumQueryKeys.threadLists() });
      void queryClient.invalidateQueries({ queryKey: forumQueryKeys.categories() });
      onCreated(thread);
    },
  });
  const failure = localProblems ?? (creating.isError ? describeForumError(creating.error, NEW_THREAD_FIELDS) : null);
  const refs = {
    categorySlug: useRef<HTMLSelectElement>(null),
    title: useRef<HTMLInputElement>(null),
    body: useRef<HTMLTextAreaElement>(null),
    contentWarning: useRef<HTMLInputElement>(null),
  };
  const summaryRef = useRef<HTMLDivElement>(null);
  useAutoDirection(refs.title, refs.body, refs.contentWarning);
  const focusField = (field: NewThreadField) => refs[field].current?.focus();
  const selected = categories.find((category) => category.slug === values.categorySlug);

  // Send keyboard and screen-reader users to the first field that needs them, or the summary.
  // Keyed on the failure's source (state and the mutation's error), not on the copy derived
  // from it each render, so typing a correction never moves the cursor.
  const failureSource = localProblems ?? creating.error;
  const latestFailure = useRef(failure);
  latestFailure.current = failure;
  useEffect(() => {
    const current = latestFailure.current;
    if (!failureSource || !current) return;
    const first = NEW_THREAD_FIELDS.find((field) => current.fields[field]);
    if (first) focusField(first);
    else summaryRef.current?.focus();
  }, [failureSource]);

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    changeValues((current) => ({ ...current, [key]: value }));
  };

  // Too long is said under the field, every pasted word kept, and the thread waits until it fits.
  const bodyTooLongCopy = bodyTooLong(values.body, 'post');
  const titleTooLong = fieldTooLong(values.title, FORUM_LIMITS.titleMax, 'a title');
  // The warning is only sent when asked for, so only then can it be too long to post.
  const warningTooLong = values.withWarning ? fieldTooLong(values.contentWarning, FORUM_LIMITS.contentWarningMax, 'a content warning') : null;
  const cannotPost = paused || bodyTooLongCopy !== null || titleTooLong !== null || warningTooLong !== null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (creating.isPending || cannotPost) return;
    const problems = checkBeforeSending(values);
    setLocalProblems(problems);
    if (problems) return;
    // The draft's id goes with it: Post thread pressed again after a timeout or a lost answer, even
    // after a reload, sends the same id, and one thread is stored.
    creating.mutate(toRequest(values), {
      onError: (error) => {
        // An earlier try of this draft was stored after all, with the words it had then: what is
        // in the form now is another thread, sent with an id of its own.
        if (isApiError(error) && error.code === 'CLIENT_POST_ID_REUSED') changeValues(({ clientPostId: _landed, ...current }) => current);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Start a thread">
      <Stack gap="md">
        {failure && (
          <Alert
            ref={summaryRef}
            tabIndex={-1}
            color="red"
            variant="light"
            title="Your thread isn't posted yet"
            classNames={{ title: classes.alertTitle }}
          >
            {failure.summary}
          </Alert>
        )}
        <NativeSelect
          ref={refs.categorySlug}
          label="Category"
          // Required, not only starred: screen readers say so too (the form is noValidate: our checks speak).
          required
          value={values.categorySlug}
          onChange={(event) => set('categorySlug', event.currentTarget.value)}
          data={[{ value: '', label: 'Choose a category…' }, ...categories.map((category) => ({ value: category.slug, label: category.name }))]}
          error={failure?.fields.categorySlug}
          description={selected?.contentWarning ? 'Threads here are shown behind a content warning.' : undefined}
        />
        <TextInput
          ref={refs.title}
          label="Title"
          required
          description={`A few words about what's on your mind (${FORUM_LIMITS.titleMin} to ${FORUM_LIMITS.titleMax} characters).`}
          // No maxLength: the browser would cut a long paste short without a word (fieldTooLong says so instead).
          value={values.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={titleTooLong ?? failure?.fields.title}
        />
        <Textarea
          ref={refs.body}
          label="Your post"
          required
          description={
            kept
              ? 'We kept the thread you started on this device. Markdown works here: *italic*, **bold**, lists and links.'
              : `Write as much or as little as you like. Markdown works here: *italic*, **bold**, lists and links.${keepsDrafts ? ' Your draft is kept on this device until you post it.' : ''}`
          }
          autosize
          minRows={6}
          // No maxLength: the browser would cut a long paste short without a word (bodyTooLong says so instead).
          value={values.body}
          onChange={(event) => set('body', event.currentTarget.value)}
          error={bodyTooLongCopy ?? failure?.fields.body}
        />
        <CrisisNudge text={`${threadHeading(values.title, values.withWarning ? values.contentWarning : null)}\n\n${values.body}`} paused={paused} />
        <Checkbox
          label="Add a content warning"
          description="Readers see your warning first and choose whether to open the thread."
          checked={values.withWarning}
          onChange={(event) => set('withWarning', event.currentTarget.checked)}
        />
        {values.withWarning && (
          <TextInput
            ref={refs.contentWarning}
            label="Content warning"
            required
            description="A few words about what the thread touches on, such as “loss of a parent” or “self-harm”."
            // No maxLength, as the title (fieldTooLong says it is too long instead of cutting it).
            value={values.contentWarning}
            onChange={(event) => set('contentWarning', event.currentTarget.value)}
            error={warningTooLong ?? failure?.fields.contentWarning}
          />
        )}
        <Checkbox
          label="Post under an alias for this thread"
          description="Others see a name used only in this thread, which nobody can link to your pseudonym."
          checked={values.asAlias}
          onChange={(event) => set('asAlias', event.currentTarget.checked)}
        />
        {paused && (
          <Text size="sm" id="new-thread-paused">
            {POSTING_PAUSED_COPY.write}
          </Text>
        )}
        <Group gap="sm" align="center">
          <Button type="submit" size="md" disabled={cannotPost} aria-describedby={paused ? 'new-thread-paused' : undefined}>
            {creating.isPending ? 'Posting…' : 'Post thread'}
          </Button>
          <Text role="status" size="sm">
            {creating.isPending ? 'Posting your thread…' : ''}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
