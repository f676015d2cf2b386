import { Anchor, Stack, Text, Title } from '@mantine/core';
import { SAFE_MESSAGING_COPY } from '@lantern/crisis';
import { useApiUnreachable } from '../features/health/use-api-unreachable';
import { ErrorState, LoadingState } from '../features/forum/query-states';
import { SessionEnded } from '../features/identity/session-ended';
import { useSession } from '../features/identity/use-session';
import { SafetyPlanEditor } from '../features/safety-plan/safety-plan-editor';
import { useSafetyPlan } from '../features/safety-plan/use-safety-plan';
import { SIGN_IN_PATH, WELCOME_PATH } from './route-paths';

const COPY = SAFE_MESSAGING_COPY.safetyPlan;

/** /safety-plan — the member's own safety plan. Signed out, it says what it is and how to get in. */
export function SafetyPlanRoute() {
  return (
    <Stack gap="lg" maw="44rem">
      <Stack gap="xs">
        <Title order={1}>{COPY.title}</Title>
        <Text>{COPY.intro}</Text>
      </Stack>
      <SafetyPlanForSession />
    </Stack>
  );
}

function SafetyPlanForSession() {
  const session = useSession();
  const apiUnreachable = useApiUnreachable();
  const plan = useSafetyPlan();
  if (session.status === 'restoring') return <LoadingState label="Signing you back in…" />;
  if (session.status === 'unreachable') return apiUnreachable ? <Text>{SAFE_MESSAGING_COPY.unreachable.waitingForLantern}</Text> : null;
  if (session.status === 'signed-out') {
    if (session.ended) return <SessionEnded />;
    return (
      <Stack gap="xs">
        <Text>{COPY.signedOut}</Text>
        <Text>
          <Anchor href={SIGN_IN_PATH} underline="always" fw={600}>
            {COPY.signIn}
          </Anchor>{' '}
          or{' '}
          <Anchor href={WELCOME_PATH} underline="always">
            join anonymously
          </Anchor>
          .
        </Text>
      </Stack>
    );
  }
  if (session.member.role !== 'member') return <Text>{COPY.notAMember}</Text>;
  if (plan.isPending) return <LoadingState label="Opening your plan…" />;
  if (plan.isError) return <ErrorState title="We couldn't open your plan" error={plan.error} onRetry={() => void plan.refetch()} />;
  return (
    <Stack gap="md">
      <Text size="sm">{COPY.privacy}</Text>
      <SafetyPlanEditor key={session.member.id} memberId={session.member.id} plan={plan.data} />
    </Stack>
  );
}
