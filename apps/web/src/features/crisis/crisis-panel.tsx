import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { CrisisResources } from '@lantern/contracts';
import { SAFE_MESSAGING_COPY, type RegionHotlines } from '@lantern/crisis';
import { useState } from 'react';
import { apiFetch } from '../../api/api-client';
import { HELP_PATH } from '../../routes/route-paths';
import { SafetyPlanInPanel } from '../safety-plan/safety-plan-in-panel';
import { recallNotice, rememberNotice } from './crisis-panel-memory';
import { HotlineList } from './hotline-list';
import { HowToHelp } from './how-to-help';
import { OutreachRequest } from './outreach-request';
import { PrivateChatReady, useModeratorRoom } from './private-chat-ready';
import { useCrisisResources } from './use-crisis-resources';

/**
 * The calm panel a member sees when their words suggest they may be in crisis, or that they are
 * worried about someone. It does not block the page; it offers people to talk to, now.
 */
export function CrisisPanel() {
  const { notices, close } = useCrisisResources();
  const notice = notices[0];
  if (!notice) return null;
  return <CrisisNotice key={notice.noticeId} notice={notice} onDone={() => close(notice.noticeId)} />;
}

function CrisisNotice({ notice, onDone }: { notice: CrisisResources; onDone: () => void }) {
  // A moderator asked for earlier (this page or another) is still on their way: say so, don't offer it again.
  const [state, setState] = useState<'open' | 'requested' | 'error'>(notice.supportRequested ? 'requested' : 'open');
  const [hidden, setHidden] = useState(() => recallNotice(notice.noticeId).hidden === true);
  const hotlines = notice.hotlines as RegionHotlines;
  const copy = SAFE_MESSAGING_COPY;

  const talkToModerator = async () => {
    try {
      await apiFetch('/api/v1/me/support-requests', { method: 'POST', json: { noticeId: notice.noticeId } });
      setState('requested');
    } catch {
      setState('error');
    }
  };
  const safeNow = async () => {
    await apiFetch(`/api/v1/me/crisis-notices/${notice.noticeId}/close`, { method: 'POST', json: { how: 'safe_now' } }).catch(() => undefined);
    onDone();
  };

  const hide = (value: boolean) => {
    setHidden(value);
    rememberNotice(notice.noticeId, { hidden: value });
  };

  // Out of the way, not gone: someone who is not safe should not have to say they are to read on.
  if (hidden) {
    return (
      <Paper component="section" aria-label={copy.crisisPanel.regionLabel} withBorder px="lg" py="xs" mb="lg" radius="md">
        <Group gap="sm" justify="space-between">
          <Text size="sm">People you can talk to are one tap away, whenever you need them.</Text>
          <Button size="xs" variant="light" onClick={() => hide(false)}>
            Show
          </Button>
        </Group>
      </Paper>
    );
  }

  return (
    <Paper component="section" aria-label={copy.crisisPanel.regionLabel} withBorder p="lg" mb="lg" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {notice.heading}
        </Title>
        <Text>{notice.message}</Text>
        {notice.concern === 'concern_for_other' && <HowToHelp intro={false} />}
        <HotlineList hotlines={hotlines} />
        {notice.concern === 'self' && <SafetyPlanInPanel />}
        <div aria-live="polite">
          {state === 'requested' && <ModeratorRequested text={copy.moderatorRequested} />}
          {state === 'error' && <Text>We could not reach a moderator just now. The lines above can talk with you straight away.</Text>}
        </div>
        {notice.concern === 'self' && <OutreachRequest noticeId={notice.noticeId} />}
        <Group gap="sm">
          <Button onClick={() => void talkToModerator()} disabled={state === 'requested'}>
            {copy.actions.talkToModerator}
          </Button>
          <Button variant="default" onClick={() => void safeNow()}>
            {copy.actions.imSafe}
          </Button>
          <Button variant="subtle" onClick={() => hide(true)}>
            Hide for now
          </Button>
          <Anchor href={HELP_PATH} underline="always">
            More ways to get through this
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}

/** After "Talk to a moderator now": the promise, and the way in once a moderator opens the chat. */
function ModeratorRequested({ text }: { text: string }) {
  const ready = useModeratorRoom();
  return (
    <Stack gap="xs">
      <Text fw={600}>{text}</Text>
      {ready ? <PrivateChatReady slug={ready.slug} /> : <Text size="sm">It will appear here and at the top of Chat when they open it.</Text>}
    </Stack>
  );
}
