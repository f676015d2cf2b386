import { Group, NativeSelect, Paper, Text } from '@mantine/core';
import type { RoomSummary } from '@lantern/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-client';
import { patchRoomSummary, ROOMS_QUERY_KEY } from './room-list';
import { BusyButton } from '../../components/busy-button';

/** The paces a moderator picks from; a room set to another pace over the api keeps its own. */
const SLOW_MODE_CHOICES = [
  { value: '0', label: 'Off' },
  { value: '10', label: 'One message every 10 s' },
  { value: '30', label: 'One message every 30 s' },
  { value: '60', label: 'One message a minute' },
  { value: '300', label: 'One message every 5 minutes' },
];

type RoomChange = { locked?: boolean; slowModeSeconds?: number };

/**
 * What a moderator changes about how a room runs, from inside it: slow mode and the lock. Everyone
 * in the room hears of it at once (`room:updated`); moderators can still send in a locked room.
 */
export function RoomSettings({ room }: { room: RoomSummary }) {
  const client = useQueryClient();
  const mutationKey = ['chat', 'room-settings', room.slug];
  // The choice shows at once and the select stays enabled: disabling it while saving dropped a
  // keyboard user's focus to the top of the page, and the arrow keys on a closed select choose as
  // they go (one change per press), so each press must start from the last one. The changes go
  // one at a time, in order (`scope`), so the room ends as the moderator last chose.
  const change = useMutation({
    mutationKey,
    scope: { id: `room-settings:${room.slug}` },
    mutationFn: (body: RoomChange) => apiFetch<RoomSummary>(`/api/v1/rooms/${encodeURIComponent(room.slug)}`, { method: 'PATCH', json: body }),
    onMutate: (body: RoomChange) => {
      const current = client.getQueryData<{ items: RoomSummary[] }>(ROOMS_QUERY_KEY)?.items.find((summary) => summary.slug === room.slug);
      patchRoomSummary(client, room.slug, body);
      return current ? { locked: current.locked, slowModeSeconds: current.slowModeSeconds } : undefined;
    },
    onError: (_error, _body, before) => {
      if (before) patchRoomSummary(client, room.slug, before);
    },
    // A later change still on its way is what the moderator sees until it is answered too.
    onSuccess: (updated) => {
      if (client.isMutating({ mutationKey }) <= 1) patchRoomSummary(client, updated.slug, updated);
    },
  });
  const choices = SLOW_MODE_CHOICES.some((choice) => Number(choice.value) === room.slowModeSeconds)
    ? SLOW_MODE_CHOICES
    : [...SLOW_MODE_CHOICES, { value: String(room.slowModeSeconds), label: `One message every ${room.slowModeSeconds} s` }];

  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby={`room-settings-${room.slug}`}>
      <Text fw={600} size="sm" id={`room-settings-${room.slug}`} mb={6}>
        Room settings (moderators)
      </Text>
      <Group gap="md" align="flex-end" wrap="wrap">
        <NativeSelect
          label="Slow mode"
          description="How often each member may send; moderators are never slowed."
          data={choices}
          value={String(room.slowModeSeconds)}
          onChange={(event) => change.mutate({ slowModeSeconds: Number(event.currentTarget.value) })}
        />
        <BusyButton
          variant={room.locked ? 'filled' : 'light'}
          color={room.locked ? 'lantern' : 'red'}
          busy={change.isPending}
          onClick={() => change.mutate({ locked: !room.locked })}
        >
          {room.locked ? 'Unlock the room' : 'Lock the room'}
        </BusyButton>
      </Group>
      {change.isError && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert" mt={6}>
          That change did not go through: {change.error.message}
        </Text>
      )}
    </Paper>
  );
}
