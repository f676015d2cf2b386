import { choose, follow, NO_SELECTION, step, type Selection } from './selection';

const none = new Set<string>();
const at = (id: string, shown: string[], extra: Partial<Selection> = {}): Selection => ({ ...NO_SELECTION, id, shown, ...extra });

describe('the queue selection follows the item, not its place', () => {
  it('selects the first item of a list that had no selection, as chosen', () => {
    expect(follow(NO_SELECTION, ['a', 'b'], none)).toEqual({ id: 'a', shown: ['a', 'b'], unconfirmed: false, movedFrom: null, lost: false });
    expect(follow(NO_SELECTION, [], none)).toBe(NO_SELECTION);
  });

  it('stays on the selected item when another arrives above it', () => {
    const selected = at('report', ['report']);
    expect(follow(selected, ['crisis', 'report'], none)).toEqual(at('report', ['crisis', 'report']));
    const same = at('report', ['crisis', 'report']);
    expect(follow(same, ['crisis', 'report'], none)).toBe(same);
  });

  it('moves to the item that was below (else above) when the selected one leaves, unconfirmed unless this page acted on it', () => {
    expect(follow(at('b', ['a', 'b', 'c']), ['a', 'c'], none)).toEqual({ id: 'c', shown: ['a', 'c'], unconfirmed: true, movedFrom: 'b', lost: false });
    expect(follow(at('c', ['a', 'b', 'c']), ['a', 'b'], none)).toMatchObject({ id: 'b', unconfirmed: true });
    expect(follow(at('b', ['a', 'b', 'c']), ['a', 'c'], new Set(['b']))).toMatchObject({ id: 'c', unconfirmed: false, movedFrom: 'b' });
    // Its neighbours went too, and something new came: never taken as chosen, even after the moderator's own action.
    expect(follow(at('b', ['a', 'b']), ['new'], new Set(['b']))).toMatchObject({ id: 'new', unconfirmed: true });
  });

  it('after the moderator acted, asks first about a neighbour that needs it (a blurred crisis item), and only about that one', () => {
    const crisis = (id: string) => id === 'crisis';
    expect(follow(at('b', ['b', 'crisis']), ['crisis'], new Set(['b']), crisis)).toMatchObject({ id: 'crisis', unconfirmed: true, movedFrom: 'b' });
    expect(follow(at('b', ['b', 'calm']), ['calm'], new Set(['b']), crisis)).toMatchObject({ id: 'calm', unconfirmed: false, movedFrom: 'b' });
  });

  it('remembers a selection lost to an empty list, so the next arrival is not taken as chosen', () => {
    const emptied = follow(at('a', ['a']), [], none);
    expect(emptied).toEqual({ ...NO_SELECTION, lost: true });
    expect(follow(emptied, [], none)).toBe(emptied);
    expect(follow(emptied, ['crisis'], none)).toMatchObject({ id: 'crisis', unconfirmed: true, lost: false });
  });

  it('takes an item the moderator picks as chosen', () => {
    expect(choose(at('c', ['a', 'c'], { unconfirmed: true, movedFrom: 'b' }), 'a')).toEqual(at('a', ['a', 'c']));
  });
});

describe('j and k move the selection one item, and say when there is no further to go', () => {
  it('moves to the next or the previous item, with nothing more to say than the item', () => {
    expect(step(0, 3, 'next')).toEqual({ to: 1, edge: null });
    expect(step(2, 3, 'previous')).toEqual({ to: 1, edge: null });
    // Nothing selected yet: either key selects the first item.
    expect(step(-1, 3, 'next')).toEqual({ to: 0, edge: null });
    expect(step(-1, 3, 'previous')).toEqual({ to: 0, edge: null });
  });

  it('stays on the last item at j and the first at k, and says the end or the start of the list is reached', () => {
    expect(step(2, 3, 'next')).toEqual({ to: 2, edge: 'End of list: 3 of 3 selected.' });
    expect(step(0, 3, 'previous')).toEqual({ to: 0, edge: 'Start of list: 1 of 3 selected.' });
    expect(step(0, 1, 'next')).toEqual({ to: 0, edge: 'End of list: 1 of 1 selected.' });
  });
});
