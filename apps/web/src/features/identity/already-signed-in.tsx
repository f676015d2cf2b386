import { Anchor, Stack, Text, Title } from '@mantine/core';
import { HOME_PATH } from '../../routes/route-paths';
import classes from './identity.module.css';

/** What the joining and sign-in pages show someone who is signed in already. */
export function AlreadySignedIn({ title, pseudonym }: { title: string; pseudonym: string }) {
  return (
    <Stack gap="md" maw="40rem">
      <Title order={1}>{title}</Title>
      <Text>
        You&apos;re signed in as <strong className={classes.pseudonym}>{pseudonym}</strong>.{' '}
        <Anchor href={HOME_PATH} underline="always">
          Go to the Lantern home page
        </Anchor>
        .
      </Text>
    </Stack>
  );
}
