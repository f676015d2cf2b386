import type { Post } from '@lantern/contracts';
import { Alert, Badge, Button, Group, Modal, Paper, Stack, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../api/api-client';
import { copyToClipboard } from '../../components/clipboard';
import { useAutoDirection } from '../../components/use-auto-direction';
import { CrisisNudge } from '../crisis/crisis-nudge';
import { HideMemberDialog } from '../hides/hide-member-dialog';
import { hideMember } from '../hides/hidden-members-api';
import { isStaff } from '../../api/session';
import { useSession } from '../identity/use-session';
import { editConflictFrom, reportPost } from './forum-api';
import { bodyTooLong, postPlaceholder, POSTING_PAUSED_COPY } from './forum-copy';
import { describeForumError } from './forum-error-copy';
import classes from './forum.module.css';
import { ReactionBar } from './reaction-bar';
import { OpenReviewButton } from '../moderation/open-review-button';
import { ReportDialog } from './report-dialog';
import { TimeAgo } from './time-ago';
import { useDeletePostMutation, useEditPostMutation } from './use-forum-queries';
import { postElementId } from './forum-paths';
import { canKeepReplyDrafts } from './reply-draft-storage';
import { clearPostEditDraft, readPostEditDraft, writePostEditDraft, type PostEditDraft } from './post-edit-draft-storage';


export interface PostCardProps {
  post: Post;
  /** "Original post" for the first, "Reply" after; part of the accessible name. */
  kind: 'Original post' | 'Reply';
  onQuote: (post: Post) => void;
  /**
   * A moderator paused the reader's posting: the api refuses an edit meanwhile (and allows a
   * delete), so Edit is not offered, and the post says why.
   */
  postingPaused?: boolean;
}

/**
 * Edits from the version the post had when the editor opened: if it changed since (a moderator
 * took personal details out, or the writer edited it in another tab) the save is refused, the
 * member's words stay in the box, and the post as it is now is shown beside them. Changes not
 * saved yet are kept on this device (post-edit-draft-storage.ts), so a failed save followed by a
 * reload or a closed tab reopens the editor with them.
 */
function PostEditor({
  post,
  memberId,
  kept,
  onDone,
  onWindowClosed,
  paused,
}: {
  post: Post;
  memberId: string | null;
  kept: PostEditDraft | null;
  onDone: () => void;
  /** The hour for editing ran out before the save: the words, still kept on the device, go to KeptEdit. */
  onWindowClosed: (draft: PostEditDraft) => void;
  paused: boolean;
}) {
  const [body, setBody] = useState(kept?.body ?? post.body ?? '');
  const [baseVersion, setBaseVersion] = useState(kept?.baseVersion ?? post.version);
  const [conflict, setConflict] = useState<{ byModerator: boolean } | null>(null);
  const editing = useEditPostMutation(post.threadId);
  const field = useRef<HTMLTextAreaElement>(null);
  useAutoDirection(field);
  const conflictNotice = useRef<HTMLDivElement>(null);
  const failure = editing.isError && !conflict ? describeForumError(editing.error, ['body'] as const) : null;
  const tooLong = bodyTooLong(body, 'post');
  // Opened by the member, the cursor goes in; reopened by a reload, the page keeps its own focus.
  const focusOnOpen = useRef(kept === null);
  const [keepsChanges] = useState(() => canKeepReplyDrafts());
  useEffect(() => {
    if (focusOnOpen.current) field.current?.focus();
  }, []);
  useEffect(() => {
    if (!memberId) return;
    if (body === (post.body ?? '') && baseVersion === post.version) clearPostEditDraft(memberId, post.id);
    else writePostEditDraft(memberId, post.id, { body, baseVersion });
  }, [memberId, post.id, post.body, post.version, body, baseVersion]);
  // Saved or cancelled: the changes are no longer waiting anywhere.
  const finish = () => {
    if (memberId) clearPostEditDraft(memberId, post.id);
    onDone();
  };
  useEffect(() => {
    if (conflict) conflictNotice.current?.focus();
  }, [conflict]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (editing.isPending || tooLong || paused) return;
    setConflict(null);
    editing.mutate(
      { postId: post.id, body, version: baseVersion },
      {
        onSuccess: finish,
        onError: (error) => {
          if (isApiError(error) && error.code === 'EDIT_WINDOW_CLOSED') {
            onWindowClosed({ body, baseVersion });
            return;
          }
          const changed = editConflictFrom(error);
          if (!changed) return;
          // From now on the words are measured against the post as it is now (shown above them).
          setBaseVersion(changed.current.version);
          setConflict({ byModerator: changed.byModerator });
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Edit your post">
      <Stack gap="sm">
        {failure && !failure.fields.body && (
          <Alert color="red" variant="light" title="We couldn't save your changes" classNames={{ title: classes.alertTitle }}>
            {failure.summary}
          </Alert>
        )}
        {conflict && (
          <Alert
            ref={conflictNotice}
            tabIndex={-1}
            color="yellow"
            variant="light"
            title={conflict.byModerator ? 'A moderator changed this post while you were editing' : 'This post changed while you were editing'}
            classNames={{ title: classes.alertTitle }}
          >
            <Stack gap="xs">
              <Text size="sm">
                {conflict.byModerator
                  ? 'So your changes were not saved over theirs. This is the post as it is now, with the moderator’s note below it. Your words are still in the box, nothing lost. If you save again, your words replace the moderator’s edit: please leave out anything they took out.'
                  : 'So your changes were not saved over it (it was edited in another tab or on another device). This is the post as it is now. Your words are still in the box, nothing lost: save again to replace it with them, or cancel to keep it as it is.'}
              </Text>
              <Text size="sm" fw={600} id={`${postElementId(post.id)}-current`}>
                The post as it is now
              </Text>
              {/* Rendered from Markdown and sanitised on the server, as every post body (see PostCard). */}
              <div className={classes.postBody} dir="auto" role="group" aria-labelledby={`${postElementId(post.id)}-current`} dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
            </Stack>
          </Alert>
        )}
        <Textarea
          ref={field}
          label="Your post"
          description={
            paused
              ? POSTING_PAUSED_COPY.editor
              : kept
                ? 'We kept the changes you were making on this device. Markdown works here. You can edit for an hour after posting.'
                : `Markdown works here. You can edit for an hour after posting.${keepsChanges ? ' Your changes are kept on this device until you save them.' : ''}`
          }
          autosize
          minRows={4}
          // No maxLength: the browser would cut a long paste short without a word (bodyTooLong says so instead).
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={tooLong ?? failure?.fields.body}
        />
        {/* An edit can turn a harmless post into a cry for help: offered here as in the reply composer. */}
        <CrisisNudge text={body} />
        <Group gap="sm">
          <Button type="submit" disabled={tooLong !== null || paused}>
            {editing.isPending ? 'Saving…' : 'Save changes'}
          </Button>
          <Button variant="default" onClick={finish}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Changes kept on this device for a post that can no longer be edited (the hour ran out with the
 * tab closed, or during the save): shown to the member, read-only, to copy into a reply, until
 * they discard them. Without it the words would wait unseen in storage until they expire.
 */
function KeptEdit({ words, closedDuringSave, onDiscard }: { words: string; closedDuringSave: boolean; onDiscard: () => void }) {
  const titleId = useId();
  const panel = useRef<HTMLElement>(null);
  const wordsField = useRef<HTMLTextAreaElement>(null);
  useAutoDirection(wordsField);
  const [copied, setCopied] = useState<'copied' | 'selected' | null>(null);
  // The editor the member was saving from is gone: focus moves to what took its place.
  useEffect(() => {
    if (closedDuringSave) panel.current?.focus();
  }, [closedDuringSave]);
  const copy = async () => {
    if (await copyToClipboard(words)) {
      setCopied('copied');
      return;
    }
    // The browser would not copy for us: the words are selected, for the member's own copy.
    wordsField.current?.focus();
    wordsField.current?.select();
    setCopied('selected');
  };
  return (
    <Paper ref={panel} component="section" aria-labelledby={titleId} tabIndex={-1} withBorder p="sm" bg="var(--mantine-color-default-hover)">
      <Stack gap="xs">
        <Text fw={600} id={titleId}>
          Your changes that were not saved
        </Text>
        <Text size="sm">
          {closedDuringSave
            ? 'The hour for editing this post ended before your changes could be saved. Your words are below, to copy into a reply if you like.'
            : 'You were changing this post when it could still be edited. Your words are below, to copy into a reply if you like.'}
        </Text>
        <Textarea ref={wordsField} label="Your words" readOnly autosize minRows={2} maxRows={12} value={words} />
        <Group gap="sm">
          <Button variant="default" size="compact-sm" onClick={() => void copy()}>
            Copy
          </Button>
          <Button variant="subtle" size="compact-sm" color="gray" onClick={onDiscard}>
            Discard
          </Button>
        </Group>
        <Text size="sm" role="status">
          {copied === 'copied' ? 'Copied. You can paste them into a reply.' : copied === 'selected' ? 'Your words are selected: press Ctrl+C (or ⌘+C on a Mac) to copy them.' : ''}
        </Text>
      </Stack>
    </Paper>
  );
}

function DeleteConfirmation({ post, opened, onClose, onDeleted }: { post: Post; opened: boolean; onClose: () => void; onDeleted: () => void }) {
  const deleting = useDeletePostMutation(post.threadId);
  const [deleted, setDeleted] = useState(false);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Delete this post?"
      closeButtonProps={{ 'aria-label': 'Keep the post' }}
      // The Delete button focus would go back to is gone with the post's words: the post takes it.
      returnFocus={!deleted}
      onExitTransitionEnd={() => {
        if (deleted) onDeleted();
      }}
    >
      <Stack gap="md">
        <Text>Your words will disappear from the thread for everyone. This can&apos;t be undone.</Text>
        {deleting.isError && (
          <Alert color="red" variant="light" title="We couldn't delete it" classNames={{ title: classes.alertTitle }}>
            {describeForumError(deleting.error).summary}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Keep it
          </Button>
          {/* Red 9, as the app's other destructive buttons: white on plain red (shade 7 under this theme) is 3.8:1, under AA. */}
          <Button
            color="red.9"
            onClick={() =>
              !deleting.isPending &&
              deleting.mutate(post, {
                onSuccess: () => {
                  setDeleted(true);
                  onClose();
                },
              })
            }
          >
            {deleting.isPending ? 'Deleting…' : 'Delete post'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function PostCard({ post, kind, onQuote, postingPaused = false }: PostCardProps) {
  const session = useSession();
  const memberId = session.status === 'signed-in' ? session.member.id : null;
  // Changes left unsaved on this device (a reload, a closed tab) open the editor again with them,
  // or, once the post can no longer be edited, are shown to copy (KeptEdit).
  const [keptEdit, setKeptEdit] = useState(() => (memberId && post.author.isYou ? readPostEditDraft(memberId, post.id) : null));
  // A save refused because the hour ran out meanwhile (the post in the cache may still say canEdit).
  const [windowClosed, setWindowClosed] = useState(false);
  const editable = post.canEdit && !windowClosed;
  const [editing, setEditing] = useState(keptEdit !== null && editable);
  const [reportOpen, setReportOpen] = useState(false);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const [hideOpen, setHideOpen] = useState(false);
  // A post by someone the reader hid comes folded; they may still open it, once, on this page.
  const [revealed, setRevealed] = useState(false);
  const mayHide = session.status === 'signed-in' && session.member.role === 'member' && !post.author.isYou && !post.author.isModerator;
  const staff = isStaff(session);
  const folded = post.hiddenByYou && !revealed;
  const headingId = `${postElementId(post.id)}-heading`;
  const placeholder = postPlaceholder(post);
  const hasWords = post.bodyHtml !== '';
  const readable = post.status === 'visible';
  // When the control that had focus goes (the editor closes, the post is deleted), focus moves to
  // the post's Edit button, or to the post itself, never dropping to the page's <body>.
  const editButton = useRef<HTMLButtonElement>(null);
  const [focusNext, setFocusNext] = useState<'edit' | 'post' | null>(null);
  useEffect(() => {
    if (!focusNext) return;
    const target = (focusNext === 'edit' ? editButton.current : null) ?? document.getElementById(postElementId(post.id));
    target?.focus();
    setFocusNext(null);
  }, [focusNext, post.id]);
  const stopEditing = () => {
    setEditing(false);
    // Saved or cancelled: opening the editor again starts from the post.
    setKeptEdit(null);
    setFocusNext('edit');
  };
  const editWindowClosed = (draft: PostEditDraft) => {
    setWindowClosed(true);
    setEditing(false);
    setKeptEdit(draft);
  };
  const discardKeptEdit = () => {
    if (memberId) clearPostEditDraft(memberId, post.id);
    setKeptEdit(null);
    setFocusNext('post');
  };

  return (
    <Paper component="article" id={postElementId(post.id)} tabIndex={-1} aria-labelledby={headingId} withBorder p="md" className={classes.post}>
      <Stack gap="sm">
        <Group gap="xs" align="baseline" wrap="wrap">
          <Text component="h3" fw={600} m={0} id={headingId} className={classes.wrap}>
            <VisuallyHidden component="span">{kind} by </VisuallyHidden>
            {post.author.displayName}
          </Text>
          {post.author.isAlias && (
            <Badge variant="outline" color="gray" size="sm">
              Thread alias
            </Badge>
          )}
          {post.author.isModerator && (
            <Badge variant="filled" color="lantern" size="sm">
              Moderator
            </Badge>
          )}
          {post.author.isYou && (
            <Badge variant="light" size="sm">
              You
            </Badge>
          )}
          <Text size="sm" c="dimmed">
            <TimeAgo iso={post.createdAt} />
            {post.editedAt && (
              <>
                {' '}
                · edited <TimeAgo iso={post.editedAt} />
              </>
            )}
          </Text>
        </Group>

        {folded && (
          <Group gap="sm" wrap="wrap">
            <Text c="dimmed">You hid {post.author.displayName}, so this post is folded away.</Text>
            <Button variant="subtle" size="compact-sm" onClick={() => setRevealed(true)} aria-label={`Show this post by ${post.author.displayName}`}>
              Show this post
            </Button>
          </Group>
        )}

        {!folded && placeholder && (
          <Text className={classes.placeholder} c="dimmed">
            {placeholder}
          </Text>
        )}
        {/* Staff reach the review item of a post taken out of the thread from where it was. */}
        {!readable && staff && !post.author.isYou && (
          <Group gap="xs">
            <OpenReviewButton contentType="post" contentId={post.id} author={post.author.displayName} />
          </Group>
        )}

        {!folded && post.quote && (
          <blockquote className={classes.quote}>
            <Text size="sm" fw={600}>
              {post.quote.authorName} wrote:
            </Text>
            <Text size="sm" className={classes.wrap} c={post.quote.hiddenByYou ? 'dimmed' : undefined}>
              {post.quote.hiddenByYou ? 'Words of a member you hid.' : post.quote.excerpt}
            </Text>
          </blockquote>
        )}

        {editing ? (
          <PostEditor post={post} memberId={memberId} kept={keptEdit} onDone={stopEditing} onWindowClosed={editWindowClosed} paused={postingPaused} />
        ) : (
          hasWords &&
          !folded && (
            // bodyHtml is rendered from Markdown and sanitised on the server (sanitize-html with an
            // allow-list: no raw HTML, no scripts or event handlers, no javascript: links, external
            // links get rel="nofollow noopener ugc"), so it is safe to insert as HTML here.
            // dir="auto": a post in Arabic or Hebrew reads right to left.
            <div className={classes.postBody} dir="auto" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
          )
        )}

        {!editing && !editable && keptEdit && <KeptEdit words={keptEdit.body} closedDuringSave={windowClosed} onDiscard={discardKeptEdit} />}

        {post.moderatorNote && hasWords && !folded && (
          <Text size="sm" c="dimmed">
            Note from a moderator: {post.moderatorNote}
          </Text>
        )}

        {readable && !editing && !folded && (
          <Stack gap="xs">
            <ReactionBar post={post} />
            <Group gap="xs" wrap="wrap">
              <Button variant="subtle" size="compact-sm" onClick={() => onQuote(post)} aria-label={`Quote in reply: ${post.author.displayName}`}>
                Quote in reply
              </Button>
              {editable && !postingPaused && (
                <Button ref={editButton} variant="subtle" size="compact-sm" onClick={() => setEditing(true)}>
                  Edit
                </Button>
              )}
              {post.author.isYou && (
                <Button variant="subtle" size="compact-sm" onClick={() => setDeleteOpen(true)}>
                  Delete
                </Button>
              )}
              {!post.author.isYou && !staff && (
                <Button variant="subtle" size="compact-sm" onClick={() => setReportOpen(true)} aria-label={`Report this post by ${post.author.displayName}`}>
                  Report
                </Button>
              )}
              {/* Staff go straight to the post's review item (one a report opened, or a new one). */}
              {!post.author.isYou && staff && <OpenReviewButton contentType="post" contentId={post.id} author={post.author.displayName} />}
              {mayHide && !post.hiddenByYou && (
                <Button variant="subtle" size="compact-sm" color="gray" onClick={() => setHideOpen(true)} aria-label={`Hide member: ${post.author.displayName}`}>
                  Hide member
                </Button>
              )}
            </Group>
            {editable && postingPaused && (
              <Text size="sm" c="dimmed">
                {POSTING_PAUSED_COPY.edit}
              </Text>
            )}
          </Stack>
        )}
      </Stack>
      {!post.author.isYou && !staff && (
        <ReportDialog subject="post" author={post.author.displayName} send={(input) => reportPost(post.id, input)} opened={reportOpen} onClose={() => setReportOpen(false)} />
      )}
      {mayHide && (
        <HideMemberDialog
          author={post.author.displayName}
          isAlias={post.author.isAlias}
          send={() => hideMember({ postId: post.id })}
          opened={hideOpen}
          onClose={() => setHideOpen(false)}
          // The post folds, its Hide button gone: focus goes to the post, as after a delete.
          onClosedAfterHide={() => setFocusNext('post')}
        />
      )}
      {post.author.isYou && (
        <DeleteConfirmation post={post} opened={deleteOpen} onClose={() => setDeleteOpen(false)} onDeleted={() => setFocusNext('post')} />
      )}
    </Paper>
  );
}
