import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { describeForumError } from '../forum/forum-error-copy';
import classes from '../forum/forum.module.css';
import { fetchAccountExport } from './account-data-api';
import { saveTextFile } from './save-file';

/** "Download your data": the member's own words and records, as a file, made only when they ask. */
export function DownloadYourData() {
  const download = useMutation({
    mutationFn: fetchAccountExport,
    onSuccess: ({ text, fileName }) => saveTextFile(text, fileName),
  });
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        Download your data
      </Title>
      <Text size="sm">
        A file (JSON) with everything Lantern keeps that is yours: your account, your threads, posts and chat messages, your reactions,
        follows, reports and hidden members, what moderators told you, and your safety plan. It is made only when you ask, and not kept
        afterwards.
      </Text>
      <div>
        <Button variant="default" onClick={() => !download.isPending && download.mutate()}>
          {download.isPending ? 'Preparing your file…' : 'Download your data'}
        </Button>
      </div>
      <div aria-live="polite">
        {download.isSuccess && (
          <Text size="sm" role="status">
            Your file, {download.data.fileName}, is downloading. It holds your words and your safety plan, so keep it somewhere only you can open.
          </Text>
        )}
        {download.isError && (
          <Alert color="red" variant="light" title="Your file was not made" classNames={{ title: classes.alertTitle }}>
            {describeForumError(download.error).summary}
          </Alert>
        )}
      </div>
    </Stack>
  );
}
