import { REACTION_KINDS, type Post, type ReactionKind } from '@lantern/contracts';
import { Group, Text } from '@mantine/core';
import { REACTION_LABELS } from './forum-copy';
import { describeForumError } from './forum-error-copy';
import { useReactionMutation } from './use-forum-queries';
import { BusyButton } from '../../components/busy-button';

/**
 * Toggle buttons (aria-pressed), each announcing its count: "Hug, 3". The server's answer
 * replaces the post in the cache, so counts are never guessed.
 */
export function ReactionBar({ post }: { post: Post }) {
  const reacting = useReactionMutation(post.threadId);
  const pendingKind = reacting.isPending ? reacting.variables?.kind : undefined;
  const toggle = (kind: ReactionKind) => {
    if (reacting.isPending) return;
    reacting.mutate({ post, kind, on: !post.myReactions.includes(kind) });
  };
  return (
    <Group gap="xs" wrap="wrap" role="group" aria-label="Reactions">
      {REACTION_KINDS.map((kind) => {
        const pressed = post.myReactions.includes(kind);
        const count = post.reactions[kind];
        const { label, emoji } = REACTION_LABELS[kind];
        return (
          <BusyButton
            key={kind}
            size="compact-sm"
            variant={pressed ? 'light' : 'default'}
            aria-pressed={pressed}
            aria-label={`${label}, ${count}`}
            onClick={() => toggle(kind)}
            busy={pendingKind === kind}
          >
            <span aria-hidden="true">{emoji}</span>&nbsp;{label} · {count}
          </BusyButton>
        );
      })}
      {reacting.isError && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {describeForumError(reacting.error).summary}
        </Text>
      )}
    </Group>
  );
}
