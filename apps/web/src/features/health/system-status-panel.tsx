import { Alert, Box, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { CLIENT_ERROR_CODES, isApiError } from '../../api/api-client';
import { isUnreachableError } from '../../api/reachability';
import { serviceRows } from './service-state';
import { ServiceStateBadge } from './service-state-badge';
import classes from './system-status-panel.module.css';
import { useApiUnreachable } from './use-api-unreachable';
import { useHealthQuery } from './use-health-query';

function summaryText(status: 'ok' | 'degraded'): string {
  return status === 'ok'
    ? 'Everything is working.'
    : "Some parts of Lantern aren't working right now, so things may be slow or unavailable.";
}

/** Only a failure to get a readable answer means "can't reach"; a server error body says more. */
function alertTitle(error: Error): string {
  const unreachable = !isApiError(error) || error.isNetworkFailure || error.code === CLIENT_ERROR_CODES.BAD_RESPONSE;
  return unreachable ? "We can't reach Lantern right now" : "Lantern couldn't check its services";
}

export function SystemStatusPanel() {
  const headingId = useId();
  const { data, error, isPending, isError, isFetching, refetch } = useHealthQuery();
  const apiUnreachable = useApiUnreachable();
  // Lantern unreachable: the layout's notice says so once and tries again; this panel just waits.
  const folded = isError && apiUnreachable && isUnreachableError(error);

  // One live region that stays mounted, so screen readers hear it change rather than miss it.
  const liveText = folded
    ? "We'll check Lantern's services again once it can be reached."
    : isError
      ? ''
      : data
        ? summaryText(data.status)
        : "Checking Lantern's services…";

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="lg" radius="md">
      <Stack gap="md">
        <Title order={2} id={headingId} size="h3">
          System status
        </Title>

        <Group gap="sm" wrap="nowrap">
          {isPending && <Loader size="sm" aria-hidden="true" />}
          <Text role="status">{liveText}</Text>
        </Group>

        {isError && !folded && (
          <Alert
            color="orange"
            variant="light"
            title={alertTitle(error)}
            classNames={{ title: classes.alertTitle }}
          >
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{error.message}</Text>
              {/* Stays enabled while retrying: disabling a focused button drops keyboard focus. */}
              <Button variant="default" onClick={() => void refetch()}>
                {isFetching ? 'Trying again…' : 'Try again'}
              </Button>
            </Stack>
          </Alert>
        )}

        {!isPending && (
          <Box component="dl" className={classes.list}>
            {serviceRows(data, isError ? error : undefined).map((row) => (
              <div key={row.key} className={classes.row}>
                <dt className={classes.label}>{row.label}</dt>
                <dd className={classes.value}>
                  <ServiceStateBadge state={row.state} testId={`status-${row.key}`} />
                </dd>
              </div>
            ))}
          </Box>
        )}
      </Stack>
    </Paper>
  );
}
