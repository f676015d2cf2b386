import type { Post } from '@lantern/contracts';
import { useAutoDirection } from '../../components/use-auto-direction';
import { CrisisNudge } from '../crisis/crisis-nudge';
import { Alert, Button, Checkbox, CloseButton, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../api/api-client';
import { bodyTooLong, POSTING_PAUSED_COPY, withWordsKept } from './forum-copy';
import { describeForumError } from './forum-error-copy';
import classes from './forum.module.css';
import { draftAfterSending, isEmptyDraft, keepReplyDraft, readReplyDraft, withClientPostId, type DraftQuote, type ReplyDraft } from './reply-draft-storage';
import { useReplyMutation } from './use-forum-queries';

export interface ReplyComposerProps {
  threadId: string;
  memberId: string;
  /** Called with the new post once it is saved, so the page can move focus to it. */
  onPosted: (post: Post) => void;
  /** A moderator paused the member's posting: they may write (the draft is kept), not post. */
  paused?: boolean;
  /** Posts of the thread deleted since (by their writer): a reply just posted and then deleted is no longer "posted". */
  deletedPostIds?: ReadonlySet<string>;
}

export interface ReplyComposerHandle {
  /** Quote a post in this reply and put the cursor in the text box. */
  quote: (post: Post) => void;
}

const EMPTY_DRAFT: ReplyDraft = { body: '', quote: null, postAs: 'pseudonym' };

const withDraftId = (draft: ReplyDraft) => withClientPostId(draft, isEmptyDraft(draft));

function quoteOf(post: Post): DraftQuote {
  const text = post.body ?? new DOMParser().parseFromString(post.bodyHtml, 'text/html').body.textContent ?? '';
  const excerpt = text.replace(/\s+/g, ' ').trim();
  return { postId: post.id, authorName: post.author.displayName, excerpt: excerpt.length > 200 ? `${excerpt.slice(0, 199)}…` : excerpt };
}

/**
 * The reply box. Its draft (words, quote, alias choice) is saved to this device as it is typed
 * and restored on the next visit, then cleared of what was posted once the reply lands. It stays
 * open while the reply is sent: words typed meanwhile stay for the next reply.
 */
export const ReplyComposer = forwardRef<ReplyComposerHandle, ReplyComposerProps>(function ReplyComposer({ threadId, memberId, onPosted, paused = false, deletedPostIds }, ref) {
  const [draft, setDraft] = useState<ReplyDraft>(() => withDraftId(readReplyDraft(memberId, threadId) ?? EMPTY_DRAFT));
  const [restored] = useState(() => draft.body.trim() !== '');
  const [missingBody, setMissingBody] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  useAutoDirection(field);
  const replying = useReplyMutation(threadId);
  const failure = replying.isError ? describeForumError(replying.error, ['body'] as const) : null;
  const tooLong = bodyTooLong(draft.body, 'reply');
  const bodyError = tooLong ?? (missingBody ? 'Please write something before posting.' : failure?.fields.body);

  // What this tab last stored: once its box empties, a draft another tab stored since is left alone.
  const keptHere = useRef<string | null>(null);
  useEffect(() => {
    keptHere.current = keepReplyDraft(memberId, threadId, draft, keptHere.current);
  }, [memberId, threadId, draft]);

  useImperativeHandle(ref, () => ({
    quote: (post) => {
      changeDraft((current) => ({ ...current, quote: quoteOf(post) }));
      field.current?.focus();
    },
  }));

  // Every change passes here: a draft with something in it always has its id (withClientPostId).
  const changeDraft = (change: (current: ReplyDraft) => ReplyDraft) => setDraft((current) => withDraftId(change(current)));
  const update = (change: Partial<ReplyDraft>) => changeDraft((current) => ({ ...current, ...change }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (replying.isPending || tooLong || paused) return;
    if (draft.body.trim() === '') {
      setMissingBody(true);
      field.current?.focus();
      return;
    }
    const sent = { body: draft.body, ...(draft.quote ? { quotePostId: draft.quote.postId } : {}) };
    // The draft's id, kept with it: pressing Post again after a timeout or a lost answer, even after
    // a reload, sends the same id, and the reply is stored once.
    replying.mutate(
      { ...sent, postAs: draft.postAs, clientPostId: draft.clientPostId },
      {
        onSuccess: (post) => {
          // The effect above stores what is left, or forgets this tab's draft (never another tab's).
          changeDraft((current) => draftAfterSending(current, sent));
          // Someone still writing in the box keeps their place; otherwise focus goes to the new reply.
          const box = field.current;
          const stillWriting = box !== null && document.activeElement === box && draftAfterSending({ ...draft, body: box.value }, sent).body !== '';
          if (!stillWriting) onPosted(post);
        },
        onError: (error) => {
          // A quoted post taken down meanwhile: the reply goes without it (the alert says so), never lost.
          if (isApiError(error) && error.code === 'QUOTE_UNAVAILABLE') update({ quote: null });
          // An earlier try of this draft landed after all, with the words it had then (the page
          // shows it now); what is in the box is another reply, sent with an id of its own.
          if (isApiError(error) && error.code === 'CLIENT_POST_ID_REUSED') {
            changeDraft(({ clientPostId: _landed, ...current }) => current);
          }
          field.current?.focus();
        },
      },
    );
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="reply-heading">
      <Title order={2} id="reply-heading" size="h3">
        Write a reply
      </Title>
      <form onSubmit={submit} noValidate aria-label="Write a reply">
        <Stack gap="sm">
          {failure && !failure.fields.body && (
            <Alert color="red" variant="light" title="We couldn't post your reply" classNames={{ title: classes.alertTitle }}>
              {withWordsKept(failure.summary)}
            </Alert>
          )}
          {draft.quote && (
            <Group gap="xs" align="flex-start" wrap="nowrap" className={classes.quote}>
              <Stack gap={2} className={classes.wrap} style={{ flex: 1 }}>
                <Text size="sm" fw={600}>
                  Quoting {draft.quote.authorName}
                </Text>
                <Text size="sm">{draft.quote.excerpt}</Text>
              </Stack>
              <CloseButton aria-label={`Remove the quote of ${draft.quote.authorName}`} onClick={() => update({ quote: null })} />
            </Group>
          )}
          <Textarea
            ref={field}
            label="Your reply"
            description={
              paused
                ? POSTING_PAUSED_COPY.write
                : restored
                  ? 'We kept the draft you started on this device. Markdown works here: *italic*, **bold**, lists and links.'
                  : 'Markdown works here: *italic*, **bold**, lists and links. Your draft is kept on this device until you post it.'
            }
            autosize
            minRows={4}
            // No maxLength: the browser would cut a long paste short without a word (bodyTooLong says so instead).
            value={draft.body}
            onChange={(event) => {
              update({ body: event.currentTarget.value });
              if (missingBody) setMissingBody(false);
            }}
            error={bodyError}
          />
          <CrisisNudge text={draft.body} paused={paused} />
          <Checkbox
            label="Post under an alias for this thread"
            description="Others see a name used only in this thread, which nobody can link to your pseudonym."
            checked={draft.postAs === 'alias'}
            onChange={(event) => update({ postAs: event.currentTarget.checked ? 'alias' : 'pseudonym' })}
          />
          <Group gap="sm" align="center">
            <Button type="submit" disabled={tooLong !== null || paused}>
              {replying.isPending ? 'Posting…' : 'Post reply'}
            </Button>
            <Text role="status" size="sm">
              {replying.isPending ? 'Posting your reply…' : replying.isSuccess && !deletedPostIds?.has(replying.data.id) ? 'Your reply is posted.' : ''}
            </Text>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
});
