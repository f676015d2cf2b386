import { Alert } from '@mantine/core';
import { forwardRef } from 'react';
import classes from './identity.module.css';

export interface AuthErrorAlertProps {
  title: string;
  message: string;
}

/** role="alert", so a screen reader speaks it as soon as it appears. */
export const AuthErrorAlert = forwardRef<HTMLDivElement, AuthErrorAlertProps>(function AuthErrorAlert(
  { title, message },
  ref,
) {
  return (
    <Alert ref={ref} color="red" variant="light" title={title} classNames={{ title: classes.alertTitle }}>
      {message}
    </Alert>
  );
});
