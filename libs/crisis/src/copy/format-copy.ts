import { SAFE_MESSAGING_COPY } from './safe-messaging-copy';

/**
 * Fills `{name}` placeholders. An unknown placeholder is left as written rather than replaced by
 * an empty string: a visible `{number}` in review is better than a sentence that silently reads
 * "call ." to someone in crisis.
 */
export function formatCopy(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder: string, name: string) => values[name] ?? placeholder);
}

/** "If you're in immediate danger, call 999." or the local-number advice when we cannot know it. */
export function emergencyPrompt(emergencyNumber: string | null): string {
  return emergencyNumber === null
    ? SAFE_MESSAGING_COPY.emergency.withoutNumber
    : formatCopy(SAFE_MESSAGING_COPY.emergency.withNumber, { number: emergencyNumber });
}
