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

  it('offer a member in danger from someone else safety without blame, and a way off the screen', () => {
    const safety = MODERATOR_STARTING_POINTS.reply.find((point) => point.id === 'reply-your-safety');
    expect(safety?.text).toMatch(/not your fault/);
    expect(safety?.text).toMatch(/emergency number/);
    expect(safety?.text).toMatch(/Leave quickly/);
    // Nothing that asks for details in a public post, or tells them what they must do.
    expect(safety?.text).not.toMatch(/\b(where do you live|who is|what is his name|you should leave|you must|why don't you)\b/i);
  });

  it('point every reply to a person now, and name nobody', () => {
    for (const point of MODERATOR_STARTING_POINTS.reply) expect(point.text).toMatch(/help page|crisis line|moderator/);
    for (const point of all) expect(point.text).not.toMatch(/\{|\}|@/);
  });
});
