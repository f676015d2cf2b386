import { Foundation1763769600000 } from './1763769600000-foundation';
import { OutboxNotify1763800000000 } from './1763800000000-outbox-notify';
import { Identity1763856000000 } from './1763856000000-identity';
import { Forum1763900000000 } from './1763900000000-forum';
import { ModerationFlags1763950000000 } from './1763950000000-moderation-flags';
import { ModerationConsole1764000000000 } from './1764000000000-moderation-console';
import { Chat1764050000000 } from './1764050000000-chat';
import { CrisisSupport1764100000000 } from './1764100000000-crisis-support';
import { WatchedWords1764150000000 } from './1764150000000-watched-words';
import { Escalations1764200000000 } from './1764200000000-escalations';
import { OutboxNotifyOff1764250000000 } from './1764250000000-outbox-notify-off';
import { ClassificationLatencyIndex1764300000000 } from './1764300000000-classification-latency-index';
import { ChatSendWindows1764350000000 } from './1764350000000-chat-send-windows';
import { OutboxRowsLeaveWhenRelayed1764400000000 } from './1764400000000-outbox-rows-leave-when-relayed';
import { CrisisNoticeSupportRequested1764450000000 } from './1764450000000-crisis-notice-support-requested';
import { MessageReports1764500000000 } from './1764500000000-message-reports';
import { MemberHides1764550000000 } from './1764550000000-member-hides';
import { SafetyPlans1764600000000 } from './1764600000000-safety-plans';
import { ReplyNotices1764650000000 } from './1764650000000-reply-notices';
import { ChatMessagesDeleted1764660000000 } from './1764660000000-chat-messages-deleted';
import { RefreshTokensExpiry1764670000000 } from './1764670000000-refresh-tokens-expiry';
import { SessionsEnded1764680000000 } from './1764680000000-sessions-ended';
import { RoleChangeEndsSessions1764690000000 } from './1764690000000-role-change-ends-sessions';
import { PrivateRoomsFollowRoles1764700000000 } from './1764700000000-private-rooms-follow-roles';
import { OpeningPostStatusToThread1764710000000 } from './1764710000000-opening-post-status-to-thread';
import { CrisisNoticesPerEpisode1764720000000 } from './1764720000000-crisis-notices-per-episode';
import { OutreachWithdrawal1764730000000 } from './1764730000000-outreach-withdrawal';
import { ClientPostIds1764740000000 } from './1764740000000-client-post-ids';
import { ReportNotesChecked1764753000000 } from './1764753000000-report-notes-checked';
import { WithheldWords1764760000000 } from './1764760000000-withheld-words';
import { CrisisNoticesForWithheldWords1764770000000 } from './1764770000000-crisis-notices-for-withheld-words';
import { FormerPseudonyms1764780000000 } from './1764780000000-former-pseudonyms';
import { ModeratorReviews1764790000000 } from './1764790000000-moderator-reviews';
import { FormerPseudonymsReplacedBy1764800000000 } from './1764800000000-former-pseudonyms-replaced-by';
import { NameChanges1764810000000 } from './1764810000000-name-changes';
import { DeadLetterKeys1764820000000 } from './1764820000000-dead-letter-keys';
import { UnreadableSignals1764830000000 } from './1764830000000-unreadable-signals';
import { UnreadWordsIndexes1764840000000 } from './1764840000000-unread-words-indexes';
import { WithheldWordsTooQuick1764850000000 } from './1764850000000-withheld-words-too-quick';
import { WithheldWordsRoomLocked1764860000000 } from './1764860000000-withheld-words-room-locked';
import { ChatTakeBacks1764870000000 } from './1764870000000-chat-take-backs';
import { CrisisNoticeDanger1764880000000 } from './1764880000000-crisis-notice-danger';
import { CrisisNoticeDangerBeside1764890000000 } from './1764890000000-crisis-notice-danger-beside';
import { CrisisNoticeHidden1764900000000 } from './1764900000000-crisis-notice-hidden';
import { EscalationDangerTold1764910000000 } from './1764910000000-escalation-danger-told';
import { CrisisNoticeConcernPushed1764920000000 } from './1764920000000-crisis-notice-concern-pushed';
import { NameSkeleton1764930000000 } from './1764930000000-name-skeleton';
import { RegionCodes1764940000000 } from './1764940000000-region-codes';
import { SecondOpinionSignals1764950000000 } from './1764950000000-second-opinion-signals';

/** Hand-written migrations, in order. `synchronize` is never used. */
export const MIGRATIONS = [
  Foundation1763769600000,
  OutboxNotify1763800000000,
  Identity1763856000000,
  Forum1763900000000,
  ModerationFlags1763950000000,
  ModerationConsole1764000000000,
  Chat1764050000000,
  CrisisSupport1764100000000,
  WatchedWords1764150000000,
  Escalations1764200000000,
  OutboxNotifyOff1764250000000,
  ClassificationLatencyIndex1764300000000,
  ChatSendWindows1764350000000,
  OutboxRowsLeaveWhenRelayed1764400000000,
  CrisisNoticeSupportRequested1764450000000,
  MessageReports1764500000000,
  MemberHides1764550000000,
  SafetyPlans1764600000000,
  ReplyNotices1764650000000,
  ChatMessagesDeleted1764660000000,
  RefreshTokensExpiry1764670000000,
  SessionsEnded1764680000000,
  RoleChangeEndsSessions1764690000000,
  PrivateRoomsFollowRoles1764700000000,
  OpeningPostStatusToThread1764710000000,
  CrisisNoticesPerEpisode1764720000000,
  OutreachWithdrawal1764730000000,
  ClientPostIds1764740000000,
  ReportNotesChecked1764753000000,
  WithheldWords1764760000000,
  CrisisNoticesForWithheldWords1764770000000,
  FormerPseudonyms1764780000000,
  ModeratorReviews1764790000000,
  FormerPseudonymsReplacedBy1764800000000,
  NameChanges1764810000000,
  DeadLetterKeys1764820000000,
  UnreadableSignals1764830000000,
  UnreadWordsIndexes1764840000000,
  WithheldWordsTooQuick1764850000000,
  WithheldWordsRoomLocked1764860000000,
  ChatTakeBacks1764870000000,
  CrisisNoticeDanger1764880000000,
  CrisisNoticeDangerBeside1764890000000,
  CrisisNoticeHidden1764900000000,
  EscalationDangerTold1764910000000,
  CrisisNoticeConcernPushed1764920000000,
  NameSkeleton1764930000000,
  RegionCodes1764940000000,
  SecondOpinionSignals1764950000000,
];
