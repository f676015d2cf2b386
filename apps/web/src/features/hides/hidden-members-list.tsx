import type { HiddenMember } from '@lantern/contracts';
import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type Ref } from 'react';
import { describeForumError } from '../forum/forum-error-copy';
import { ForumLink } from '../forum/forum-link';
import { threadPath } from '../forum/forum-paths';
import { forumQueryKeys } from '../forum/forum-query-keys';
import classes from '../forum/forum.module.css';
import { EmptyState, ErrorState, LoadingState } from '../forum/query-states';
import { TimeAgo } from '../forum/time-ago';
import { hiddenMembersQueryKey, listHiddenMembers, showMemberAgain } from './hidden-members-api';

interface HiddenMemberRowProps {
  hidden: HiddenMember;
  buttonRef: Ref<HTMLButtonElement>;
  /** Called once they are shown again, before the list is fetched afresh without them. */
  onShown: (hidden: HiddenMember) => void;
}

function HiddenMemberRow({ hidden, buttonRef, onShown }: HiddenMemberRowProps) {
  const queryClient = useQueryClient();
  const showing = useMutation({
    mutationFn: () => showMemberAgain(hidden.id),
    onSuccess: () => {
      onShown(hidden);
      return Promise.all([queryClient.invalidateQueries({ queryKey: hiddenMembersQueryKey }), queryClient.invalidateQueries({ queryKey: forumQueryKeys.all })]);
    },
  });
  return (
    <List.Item>
      <Group gap="sm" wrap="wrap" align="baseline">
        <Text fw={600} className={classes.wrap}>
          {hidden.displayName}
        </Text>
        <Text size="sm" c="dimmed" className={classes.wrap}>
          {hidden.thread?.title === '' ? (
            // Someone else's thread that is no longer up: no name, and no way to a page that is gone.
            'only in a thread no longer shown'
          ) : hidden.thread ? (
            <>
              only in{' '}
              <ForumLink href={threadPath(hidden.thread.id)} underline="always">
                {hidden.thread.title}
              </ForumLink>
            </>
          ) : (
            'everywhere'
          )}{' '}
          · hidden <TimeAgo iso={hidden.createdAt} />
          {hidden.renamedSince && ' · their name has changed since, so it may look unfamiliar; they stay hidden'}
        </Text>
        <Button ref={buttonRef} variant="default" size="compact-sm" onClick={() => !showing.isPending && showing.mutate()} aria-label={`Show again: ${hidden.displayName}`}>
          {showing.isPending ? 'Showing…' : 'Show again'}
        </Button>
      </Group>
      {showing.isError && (
        <Alert color="red" variant="light" mt="xs">
          {describeForumError(showing.error).summary}
        </Alert>
      )}
    </List.Item>
  );
}

/** The members this member hid, each with a way to show them again. */
export function HiddenMembersList() {
  const hidden = useQuery({ queryKey: hiddenMembersQueryKey, queryFn: listHiddenMembers });
  const items = hidden.data?.items;
  // A row shown again goes from the list, and keyboard focus on its button with it (to the top of
  // the page): it moves to the next row's button, else the one before, else the heading or the
  // words that say nobody is hidden; the status line says what happened.
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const noneRef = useRef<HTMLParagraphElement>(null);
  const [leaving, setLeaving] = useState<{ id: string; index: number } | null>(null);
  const [said, setSaid] = useState('');
  const onShown = (member: HiddenMember) => {
    setLeaving({ id: member.id, index: Math.max(0, items?.findIndex((item) => item.id === member.id) ?? 0) });
    setSaid(`${member.displayName} is shown to you again.`);
  };
  useEffect(() => {
    if (!leaving || !items || items.some((item) => item.id === leaving.id)) return;
    setLeaving(null);
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const next = items[leaving.index] ?? items[leaving.index - 1];
    (next ? buttons.current.get(next.id) : (noneRef.current ?? headingRef.current))?.focus();
  }, [items, leaving]);
  return (
    <Stack gap="sm">
      <Title order={2} size="h3" ref={headingRef} tabIndex={-1}>
        Members you&apos;ve hidden
      </Title>
      <Text size="sm">
        You don&apos;t see their posts, threads or chat messages. They aren&apos;t told, and moderators still see everything
        they write.
      </Text>
      {hidden.isPending && <LoadingState label="Loading the members you've hidden…" />}
      {hidden.isError && <ErrorState title="We couldn't load the members you've hidden" error={hidden.error} onRetry={() => void hidden.refetch()} />}
      {hidden.data && hidden.data.items.length === 0 && (
        <EmptyState>
          <Text ref={noneRef} tabIndex={-1}>
            You haven&apos;t hidden anyone. If someone&apos;s words hurt you, choose &ldquo;Hide member&rdquo; on one of their posts,
            or &ldquo;Hide&rdquo; on a chat message.
          </Text>
        </EmptyState>
      )}
      {hidden.data && hidden.data.items.length > 0 && (
        <List spacing="sm" listStyleType="none" aria-label="Members you've hidden">
          {hidden.data.items.map((item) => (
            <HiddenMemberRow
              key={item.id}
              hidden={item}
              onShown={onShown}
              buttonRef={(button) => {
                if (button) buttons.current.set(item.id, button);
                else buttons.current.delete(item.id);
              }}
            />
          ))}
        </List>
      )}
      <Text role="status" size="sm">
        {said}
      </Text>
    </Stack>
  );
}
