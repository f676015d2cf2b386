import {
  auditEntrySchema,
  authorSchema,
  categorySchema,
  chatMessageSchema,
  crisisResourcesSchema,
  deadLetterSchema,
  escalationPayloadSchema,
  escalationSchema,
  flagSignalSchema,
  handoffSchema,
  healthResponseSchema,
  hiddenMemberSchema,
  hotlineEntrySchema,
  hotlinesAnswerSchema,
  memberViewSchema,
  moderationHistoryEntrySchema,
  moderatorNoteSchema,
  partnerSummarySchema,
  postSchema,
  queueItemDetailSchema,
  queueItemSchema,
  queueOverviewSchema,
  roomSummarySchema,
  safetyPlanSchema,
  searchHitSchema,
  sessionGrantSchema,
  threadSchema,
  threadSummarySchema,
  watchedWordEntrySchema,
} from '@lantern/contracts';
import { z } from 'zod';

/**
 * The response schemas the OpenAPI document names under components/schemas: the things several
 * routes answer with, or that partners and clients name in their own code. Every other body is
 * described in place, with references to these.
 */
const NAMED: Record<string, z.ZodType> = {
  MemberView: memberViewSchema,
  SessionGrant: sessionGrantSchema,
  Category: categorySchema,
  Author: authorSchema,
  ThreadSummary: threadSummarySchema,
  Thread: threadSchema,
  Post: postSchema,
  SearchHit: searchHitSchema,
  ChatMessage: chatMessageSchema,
  RoomSummary: roomSummarySchema,
  HotlineEntry: hotlineEntrySchema,
  HotlinesAnswer: hotlinesAnswerSchema,
  CrisisResources: crisisResourcesSchema,
  QueueItem: queueItemSchema,
  QueueItemDetail: queueItemDetailSchema,
  FlagSignal: flagSignalSchema,
  ModerationHistoryEntry: moderationHistoryEntrySchema,
  AuditEntry: auditEntrySchema,
  Escalation: escalationSchema,
  EscalationPayload: escalationPayloadSchema,
  Handoff: handoffSchema,
  PartnerSummary: partnerSummarySchema,
  HiddenMember: hiddenMemberSchema,
  ModeratorNote: moderatorNoteSchema,
  SafetyPlan: safetyPlanSchema,
  WatchedWordEntry: watchedWordEntrySchema,
  DeadLetter: deadLetterSchema,
  QueueOverview: queueOverviewSchema,
  HealthResponse: healthResponseSchema,
};

/** The named response schemas as a zod registry, which `z.toJSONSchema` extracts by id. */
export const RESPONSE_COMPONENTS = z.registry<{ id: string }>();
for (const [id, schema] of Object.entries(NAMED)) RESPONSE_COMPONENTS.add(schema, { id });
