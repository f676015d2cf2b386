export {
  SUPPORTED_REGIONS,
  INTERNATIONAL_REGION,
  normaliseRegionCode,
  isSupportedRegion,
  type SupportedRegion,
  type InternationalRegion,
  type DirectoryRegion,
} from './regions/region-code';
export {
  parseAcceptLanguage,
  regionOfLanguageTag,
  regionFromAcceptLanguage,
  type LanguagePreference,
} from './regions/accept-language';
export {
  selectRegion,
  selectRegionWithBasis,
  type RegionSelectionInput,
  type RegionSelection,
  type RegionSelectionBasis,
} from './regions/select-region';
export type { HotlineKind, SmsContact, HotlineEntry, RegionHotlineData, RegionHotlines } from './hotlines/hotline-entry';
export { HOTLINE_DIRECTORY, hotlinesFor, isInternationalFallback, linesShownFor } from './hotlines/hotline-directory';
export { FIND_A_HELPLINE, INTERNATIONAL_HOTLINES } from './hotlines/international';
export { telHref, smsHref } from './hotlines/contact-hrefs';
export {
  SAFE_MESSAGING_COPY,
  type SafeMessagingCopy,
  type CrisisPanelForSelfCopy,
  type CrisisPanelForDangerCopy,
  type CrisisPanelForOtherCopy,
  type CopingResource,
  type SafetyPlanCopy,
  type SafetyPlanSectionCopy,
  type CrisisConcern,
} from './copy/safe-messaging-copy';
export { formatCopy, emergencyPrompt, linesPromise, crisisPanelMessage, crisisPanelCopyFor, linesKept, someLinesFree, offlineHelpMessage, roundTheClockForEveryone } from './copy/format-copy';
export { MODERATOR_STARTING_POINTS, type StartingPoint } from './copy/moderator-starting-points';
