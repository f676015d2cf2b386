import { Group, NativeSelect, Paper, Text } from '@mantine/core';
import type { RoomSummary } from '@lantern/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-client';
import { patchRoomSummary } from './room-list';
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
  const change = useMutation({
    mutationFn: (body: RoomChange) => apiFetch<RoomSummary>(`/api/v1/rooms/${encodeURIComponent(room.slug)}`, { method: 'PATCH', json: body }),
    onSuccess: (updated) => patchRoomSummary(client, updated.slug, updated),
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
          disabled={change.isPending}
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
        <Text size="sm" c="red" role="alert" mt={6}>
          That change did not go through: {change.error.message}
        </Text>
      )}
    </Paper>
  );
}
