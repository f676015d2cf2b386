import { FORUM_LIMITS, type Post } from '@lantern/contracts';
import { Alert, Badge, Button, Group, Modal, Paper, Stack, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { HideMemberDialog } from '../hides/hide-member-dialog';
import { hideMember } from '../hides/hidden-members-api';
import { useSession } from '../identity/use-session';
import { reportPost } from './forum-api';
import { postPlaceholder } from './forum-copy';
import { describeForumError } from './forum-error-copy';
import classes from './forum.module.css';
import { ReactionBar } from './reaction-bar';
import { ReportDialog } from './report-dialog';
import { TimeAgo } from './time-ago';
import { useDeletePostMutation, useEditPostMutation } from './use-forum-queries';
import { postElementId } from './forum-paths';


export interface PostCardProps {
  post: Post;
  /** "Original post" for the first, "Reply" after; part of the accessible name. */
  kind: 'Original post' | 'Reply';
  onQuote: (post: Post) => void;
}

function PostEditor({ post, onDone }: { post: Post; onDone: () => void }) {
  const [body, setBody] = useState(post.body ?? '');
  const editing = useEditPostMutation(post.threadId);
  const field = useRef<HTMLTextAreaElement>(null);
  const failure = editing.isError ? describeForumError(editing.error, ['body'] as const) : null;
  useEffect(() => field.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (editing.isPending) return;
    editing.mutate({ postId: post.id, body }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Edit your post">
      <Stack gap="sm">
        {failure && !failure.fields.body && (
          <Alert color="red" variant="light" title="We couldn't save your changes" classNames={{ title: classes.alertTitle }}>
            {failure.summary}
          </Alert>
        )}
        <Textarea
          ref={field}
          label="Your post"
          description="Markdown works here. You can edit for an hour after posting."
          autosize
          minRows={4}
          maxLength={FORUM_LIMITS.bodyMax}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={failure?.fields.body}
        />
        <Group gap="sm">
          <Button type="submit">{editing.isPending ? 'Saving…' : 'Save changes'}</Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DeleteConfirmation({ post, opened, onClose }: { post: Post; opened: boolean; onClose: () => void }) {
  const deleting = useDeletePostMutation(post.threadId);
  return (
    <Modal opened={opened} onClose={onClose} title="Delete this post?" closeButtonProps={{ 'aria-label': 'Keep the post' }}>
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
          <Button color="red" onClick={() => !deleting.isPending && deleting.mutate(post, { onSuccess: onClose })}>
            {deleting.isPending ? 'Deleting…' : 'Delete post'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function PostCard({ post, kind, onQuote }: PostCardProps) {
  const [editing, setEditing] = useState(false);
  const [reportOpen, setReportOpen] = useState(false);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const [hideOpen, setHideOpen] = useState(false);
  // A post by someone the reader hid comes folded; they may still open it, once, on this page.
  const [revealed, setRevealed] = useState(false);
  const session = useSession();
  const mayHide = session.status === 'signed-in' && session.member.role === 'member' && !post.author.isYou && !post.author.isModerator;
  const folded = post.hiddenByYou && !revealed;
  const headingId = `${postElementId(post.id)}-heading`;
  const placeholder = postPlaceholder(post);
  const hasWords = post.bodyHtml !== '';
  const readable = post.status === 'visible';

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
          <PostEditor post={post} onDone={() => setEditing(false)} />
        ) : (
          hasWords &&
          !folded && (
            // bodyHtml is rendered from Markdown and sanitised on the server (sanitize-html with an
            // allow-list: no raw HTML, no scripts or event handlers, no javascript: links, external
            // links get rel="nofollow noopener ugc"), so it is safe to insert as HTML here.
            <div className={classes.postBody} dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
          )
        )}

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
              {post.canEdit && (
                <Button variant="subtle" size="compact-sm" onClick={() => setEditing(true)}>
                  Edit
                </Button>
              )}
              {post.author.isYou && (
                <Button variant="subtle" size="compact-sm" onClick={() => setDeleteOpen(true)}>
                  Delete
                </Button>
              )}
              {!post.author.isYou && (
                <Button variant="subtle" size="compact-sm" onClick={() => setReportOpen(true)} aria-label={`Report this post by ${post.author.displayName}`}>
                  Report
                </Button>
              )}
              {mayHide && !post.hiddenByYou && (
                <Button variant="subtle" size="compact-sm" color="gray" onClick={() => setHideOpen(true)} aria-label={`Hide member: ${post.author.displayName}`}>
                  Hide member
                </Button>
              )}
            </Group>
          </Stack>
        )}
      </Stack>
      {!post.author.isYou && (
        <ReportDialog subject="post" author={post.author.displayName} send={(input) => reportPost(post.id, input)} opened={reportOpen} onClose={() => setReportOpen(false)} />
      )}
      {mayHide && (
        <HideMemberDialog
          author={post.author.displayName}
          isAlias={post.author.isAlias}
          send={() => hideMember({ postId: post.id })}
          opened={hideOpen}
          onClose={() => setHideOpen(false)}
        />
      )}
      {post.author.isYou && <DeleteConfirmation post={post} opened={deleteOpen} onClose={() => setDeleteOpen(false)} />}
    </Paper>
  );
}
