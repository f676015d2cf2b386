import { classify } from '@lantern/moderation';
import { MODERATOR_STARTING_POINTS } from './moderator-starting-points';

const all = [...MODERATOR_STARTING_POINTS.reply, ...MODERATOR_STARTING_POINTS.warn];

describe('moderators’ starting points', () => {
  it('have unique ids and labels', () => {
    expect(new Set(all.map((point) => point.id)).size).toBe(all.length);
    expect(new Set(all.map((point) => point.label)).size).toBe(all.length);
  });

  // A moderator's reply is a post like any other: the classifier must not take our own words for
  // a crisis or for abuse, or the queue would fill with them and the member's panel open.
  it.each(all.map((point) => [point.id, point.text]))('%s is not flagged by the local classifier', (_id, text) => {
    const result = classify(text);
    expect({ flagged: result.flagged, crisis: result.crisis, categories: result.categories }).toEqual({ flagged: false, crisis: false, categories: [] });
  });

  it('point every reply to a person now, and name nobody', () => {
    for (const point of MODERATOR_STARTING_POINTS.reply) expect(point.text).toMatch(/help page|crisis line|moderator/);
    for (const point of all) expect(point.text).not.toMatch(/\{|\}|@/);
  });
});
