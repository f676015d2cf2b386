import { Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { formatExactTime, pluralise } from '../forum/forum-copy';
import { ErrorState, LoadingState } from '../forum/query-states';
import { BlurGate } from './blur-gate';
import { useMemberContext } from './mod-api';
import { LiftPauseForm } from './lift-pause-form';
import { NewNameForm } from './new-name-form';
import { OpenReviewButton } from './open-review-button';

export interface MemberRecordProps {
  memberId: string;
  /** Their recent words behind a reveal, as an item's are when it is sensitive. */
  sensitive: boolean;
  /** A "Review" beside each thing they wrote, to open its item and act (the member page: no item brought the moderator here). */
  withReview?: boolean;
}

/** A member's record: who they are here, what they wrote lately, and what moderators did. */
export function MemberRecord({ memberId, sensitive, withReview = false }: MemberRecordProps) {
  const member = useMemberContext(memberId);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="The member">
      <Title order={2} size="h4" mb="xs">
        The member
      </Title>
      {member.isPending && <LoadingState label="Loading the member's record…" />}
      {member.isError && <ErrorState title="We couldn't load the member's record" error={member.error} onRetry={() => void member.refetch()} />}
      {member.data && (
        <Stack gap="xs">
          <Text size="sm">
            {member.data.member.pseudonym} · {member.data.member.role} · joined {formatExactTime(member.data.member.joinedAt)} · {pluralise(member.data.member.warnings, 'warning')}
            {member.data.member.hiddenBy > 0 && ` · hidden by ${member.data.member.hiddenBy} ${member.data.member.hiddenBy === 1 ? 'member' : 'members'}`}
            {member.data.member.formerNames > 0 && ` · had ${pluralise(member.data.member.formerNames, 'other name')} before`}
            {member.data.member.suspendedUntil ? ` · suspended until ${formatExactTime(member.data.member.suspendedUntil)}` : ''}
            {member.data.member.mutedUntil ? ` · muted until ${formatExactTime(member.data.member.mutedUntil)}` : ''}
          </Text>
          {(['suspended', 'muted'] as const).map((kind) => (
            <LiftPauseForm key={`${memberId}:${kind}`} memberId={memberId} kind={kind} until={kind === 'suspended' ? member.data.member.suspendedUntil : member.data.member.mutedUntil} />
          ))}
          {member.data.member.role === 'member' && <NewNameForm key={memberId} memberId={memberId} pseudonym={member.data.member.pseudonym} />}
          <Title order={3} size="h5">
            Recently wrote
          </Title>
          {member.data.recent.length === 0 ? (
            <Text size="sm">Nothing.</Text>
          ) : (
            <BlurGate sensitive={sensitive} label="what they wrote recently">
              <List spacing={4}>
                {member.data.recent.map((entry) => (
                  <List.Item key={entry.id}>
                    <Group gap="xs" wrap="wrap">
                      <Text size="sm">
                        {entry.where} · {entry.status}: {entry.excerpt}
                      </Text>
                      {withReview && <OpenReviewButton contentType={entry.contentType} contentId={entry.id} author={member.data.member.pseudonym} excerpt={entry.excerpt} />}
                    </Group>
                  </List.Item>
                ))}
              </List>
            </BlurGate>
          )}
          <Title order={3} size="h5">
            Past actions
          </Title>
          {member.data.actions.length === 0 ? (
            <Text size="sm">None.</Text>
          ) : (
            <List spacing={4}>
              {member.data.actions.map((entry) => (
                <List.Item key={entry.id}>
                  <Text size="sm">
                    {formatExactTime(entry.createdAt)} · {entry.action} by {entry.actor?.pseudonym ?? 'Lantern'}
                    {entry.reason ? ` · “${entry.reason}”` : ''}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
    </Paper>
  );
}
