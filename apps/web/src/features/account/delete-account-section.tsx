import { Anchor, Button, List, Stack, Text, Title, useComputedColorScheme } from '@mantine/core';
import { useState } from 'react';
import { HELP_PATH } from '../../routes/route-paths';
import { DeleteAccountDialog } from './delete-account-dialog';

/**
 * "Delete your account", said plainly: what stays, what goes, that it is final, and that help
 * does not depend on having an account. No persuasion to stay: the choice is the member's.
 */
export function DeleteAccountSection({ pseudonym, hasPassphrase }: { pseudonym: string; hasPassphrase: boolean }) {
  const [confirming, setConfirming] = useState(false);
  // Red 9 reads at 2.8:1 on the dark body; red 4 passes AA there, as the dark error colour does.
  const dark = useComputedColorScheme('light') === 'dark';
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        Delete your account
      </Title>
      <Text size="sm">If you want to leave Lantern, you can delete your account here. This is what happens:</Text>
      <List size="sm" spacing="xs">
        <List.Item>
          Your posts and chat messages stay, so other people&apos;s replies still make sense, but they are no longer linked to you:
          they show &ldquo;former member&rdquo;.
        </List.Item>
        <List.Item>
          Everything else is deleted: your pseudonym (anyone can take it afterwards), your passphrase and recovery code, your reactions,
          follows, thread aliases, the members you hid, and your safety plan.
        </List.Item>
        <List.Item>It can&apos;t be undone. If you&apos;d like a copy of your words first, download your data above.</List.Item>
      </List>
      <Text size="sm">
        The{' '}
        <Anchor href={HELP_PATH} underline="always">
          help page
        </Anchor>{' '}
        and its crisis lines stay open to everyone, with or without an account.
      </Text>
      <div>
        <Button color={dark ? 'red.4' : 'red.9'} variant="outline" onClick={() => setConfirming(true)}>
          Delete my account…
        </Button>
      </div>
      <DeleteAccountDialog pseudonym={pseudonym} hasPassphrase={hasPassphrase} opened={confirming} onClose={() => setConfirming(false)} />
    </Stack>
  );
}
