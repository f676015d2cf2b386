import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ForumLink } from '../forum/forum-link';
import { MOD_PATH } from './mod-paths';

/** A console page's heading, under the way back to the queue; `children` follow it (an item's badges). */
export function ModPageTitle({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="sm">
        <ForumLink href={MOD_PATH} underline="always">
          Back to the queue
        </ForumLink>
      </Text>
      <Title order={1}>{title}</Title>
      {children}
    </Stack>
  );
}
