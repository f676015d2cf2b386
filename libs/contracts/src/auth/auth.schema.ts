import { z } from 'zod';
import { isoTimestampSchema } from '../common/timestamp.schema';
import { REPLIES_TO_YOU_PREFERENCE } from '../replies/replies-to-you.schema';
import { normaliseRegionCode } from '../common/region-code';

export const MEMBER_ROLES = ['member', 'moderator', 'admin', 'partner'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const PSEUDONYM_RULES = { min: 3, max: 32, pattern: /^[\p{L}\p{N}][\p{L}\p{N} ._'-]*$/u } as const;

export const pseudonymSchema = z
  .string({ error: 'The pseudonym must be text.' })
  .trim()
  // Pages show a run of spaces as one, so "Harbour  Light" would pass for "Harbour Light": keep one.
  .overwrite((value) => value.replace(/\s+/g, ' '))
  .min(PSEUDONYM_RULES.min, { error: `A pseudonym needs at least ${PSEUDONYM_RULES.min} characters.` })
  .max(PSEUDONYM_RULES.max, { error: `A pseudonym can be at most ${PSEUDONYM_RULES.max} characters.` })
  .regex(PSEUDONYM_RULES.pattern, { error: 'A pseudonym uses letters, numbers, spaces and . _ \' - and starts with a letter or number.' });

export const passphraseSchema = z
  .string({ error: 'The passphrase must be text.' })
  .min(8, { error: 'A passphrase needs at least 8 characters; a few words you will remember work well.' })
  .max(256, { error: 'A passphrase can be at most 256 characters.' });

const regionField = z
  .string({ error: 'region is a two-letter country code.' })
  .trim()
  .regex(/^[A-Za-z]{2}$/, { error: 'region is a two-letter country code such as US, GB or AU.' })
  // Stored as the hotline directory and crisis lines read it: "uk" is GB.
  .transform((value) => normaliseRegionCode(value) ?? value.toUpperCase());

export const registerSchema = z.strictObject({
  pseudonym: pseudonymSchema.optional(),
  passphrase: passphraseSchema.optional(),
  region: regionField.optional(),
});
export type RegisterRequest = z.infer<typeof registerSchema>;

export const loginSchema = z.strictObject({
  pseudonym: z.string({ error: 'Enter your pseudonym.' }).trim().min(1, { error: 'Enter your pseudonym.' }).max(64),
  passphrase: z.string({ error: 'Enter your passphrase.' }).min(1, { error: 'Enter your passphrase.' }).max(256),
});

export const refreshSchema = z.strictObject({
  refreshToken: z.string({ error: 'refreshToken is required.' }).min(10, { error: 'That refresh token is not valid.' }).max(200),
});

export const recoverSchema = z.strictObject({
  pseudonym: z.string({ error: 'Enter your pseudonym.' }).trim().min(1, { error: 'Enter your pseudonym.' }).max(64),
  recoveryCode: z.string({ error: 'Enter your recovery code.' }).trim().min(1, { error: 'Enter your recovery code.' }).max(64),
});

/** Settings an account keeps in `preferences`, all together. */
export const MEMBER_PREFERENCES_MAX = 20;

/**
 * A language tag (BCP 47 as browsers send it: a language, then a script and a region if any:
 * "en", "pt-BR", "zh-Hant-TW"; nothing longer, so no name or number fits in it). The `language`
 * preference is passed to a crisis line when a member is handed to one, so it is a tag and
 * nothing else: no free text of the member's reaches a line but the excerpt a moderator chose.
 */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$/;

/** Preferences Lantern itself reads, each with the type it must have (others are kept as given). */
const KNOWN_PREFERENCES: Record<string, { type: 'boolean' | 'string'; pattern?: RegExp; message: string }> = {
  [REPLIES_TO_YOU_PREFERENCE]: { type: 'boolean', message: `${REPLIES_TO_YOU_PREFERENCE} is true (tell me when someone replies) or false.` },
  language: { type: 'string', pattern: LANGUAGE_TAG, message: 'language is a language tag such as en, es or pt-BR.' },
};

export const updateMeSchema = z.strictObject({
  region: regionField.nullable().optional(),
  /** Merged into the stored ones key by key; `null` removes a key. */
  preferences: z
    .record(z.string().max(40), z.union([z.string().max(200), z.boolean(), z.number(), z.null()]), { error: 'preferences is an object of short settings.' })
    .refine((value) => Object.keys(value).length <= MEMBER_PREFERENCES_MAX, { error: `At most ${MEMBER_PREFERENCES_MAX} preferences.` })
    .superRefine((value, context) => {
      for (const [key, rule] of Object.entries(KNOWN_PREFERENCES)) {
        const given = value[key];
        if (given === undefined || given === null) continue;
        if (typeof given !== rule.type || (rule.pattern && !rule.pattern.test(String(given)))) context.addIssue({ code: 'custom', path: [key], message: rule.message });
      }
    })
    .optional(),
});

/** Your current passphrase, when the account has one: asked again before anything that could lock you out. */
const currentPassphraseField = z.string({ error: 'currentPassphrase is text.' }).max(256, { error: 'A passphrase can be at most 256 characters.' }).optional();

export const changePassphraseSchema = z.strictObject({
  currentPassphrase: currentPassphraseField,
  passphrase: passphraseSchema,
});
export type ChangePassphraseRequest = z.infer<typeof changePassphraseSchema>;

/**
 * `PUT /me/pseudonym`: a member chooses another name (or, without one, is given a friendly one).
 * Their old name still signs them in and nobody else can take it; every device keeps its session.
 */
export const changePseudonymSchema = z.strictObject({
  pseudonym: pseudonymSchema.optional(),
  currentPassphrase: currentPassphraseField,
});
export type ChangePseudonymRequest = z.infer<typeof changePseudonymSchema>;
/** How often a member may choose a new name: enough to mend a regretted choice, too few to hop between names. */
export const PSEUDONYM_CHANGES = { perWindow: 3, windowDays: 30 } as const;

export const newRecoveryCodeSchema = z.strictObject({
  currentPassphrase: currentPassphraseField,
});
export type NewRecoveryCodeRequest = z.infer<typeof newRecoveryCodeSchema>;

/** `DELETE /me`: erasing the account, for good. Someone holding a session (a borrowed phone) must not be able to. */
export const eraseAccountSchema = z.strictObject({
  currentPassphrase: currentPassphraseField,
});
export type EraseAccountRequest = z.infer<typeof eraseAccountSchema>;

/** A member's own settings, as `PATCH /me` takes them: short names with short text, true/false or number values. */
export const memberPreferencesSchema = z.record(z.string(), z.union([z.string(), z.boolean(), z.number()]));
export type MemberPreferences = z.infer<typeof memberPreferencesSchema>;

/** The account as its owner sees it (`GET /me`, and inside every session grant). */
export const memberViewSchema = z.object({
  id: z.uuid(),
  pseudonym: z.string(),
  role: z.enum(MEMBER_ROLES),
  region: z.string().nullable(),
  /** The crisis line a partner account works for; null for everyone else. */
  partnerId: z.uuid().nullable(),
  preferences: memberPreferencesSchema,
  /** Set while a moderator has paused this account's chat messages (or all its posting). */
  mutedUntil: isoTimestampSchema.nullable(),
  suspendedUntil: isoTimestampSchema.nullable(),
  /** Whether the account can be signed into with a passphrase (else only with the recovery code). */
  hasPassphrase: z.boolean(),
});
export type MemberView = z.infer<typeof memberViewSchema>;

export const sessionGrantSchema = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int(),
  member: memberViewSchema,
});
export type SessionGrant = z.infer<typeof sessionGrantSchema>;

export const registrationGrantSchema = sessionGrantSchema.extend({
  /** Shown once; the only way back in from another device without a passphrase. */
  recoveryCode: z.string(),
});
export type RegistrationGrant = z.infer<typeof registrationGrantSchema>;

/** `POST /me/recovery-code`: the new code, shown once. */
export const recoveryCodeGrantSchema = z.object({ recoveryCode: z.string() });
