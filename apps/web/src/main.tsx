import '@mantine/core/styles.css';
import './global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { followSessionAcrossTabs, onSignOut, restoreSession } from './api/session';
import { forgetPrivateChatInvites } from './features/crisis/private-chat-invites';
import { forgetReadMarks } from './features/chat/read-marks';
import { forgetUnsent } from './features/chat/unsent-messages';
import { clearMemberReplyDrafts } from './features/forum/reply-draft-storage';
import { clearSafetyPlanDraft } from './features/safety-plan/safety-plan-draft-storage';
import { useCurrentPathname } from './routes/navigation';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root"> for Lantern to mount into');

// A stored refresh token becomes a session before anything else asks the API.
void restoreSession();
followSessionAcrossTabs();
// Words kept in this browser leave with the member who wrote them.
onSignOut((memberId) => {
  clearMemberReplyDrafts(memberId);
  forgetPrivateChatInvites(memberId);
  forgetUnsent(memberId);
  forgetReadMarks(memberId);
  clearSafetyPlanDraft(memberId);
});

// The app and its crisis lines open again without a connection (apps/web/public/sw.js). Built
// apps only: the dev server's modules are not files a worker should keep.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}

function Root() {
  return <App pathname={useCurrentPathname()} />;
}

createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
