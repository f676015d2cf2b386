/**
 * The queue's selected row, kept by the item's id (never by its place in the list, which live
 * arrivals above it change), with what is needed when that item leaves the queue.
 */
export interface Selection {
  /** The selected item, or null when nothing is selected (the list is empty, or not loaded yet). */
  id: string | null;
  /** The list's ids as last shown, to find a neighbour the moderator has seen when the selected item leaves. */
  shown: readonly string[];
  /**
   * The selection moved on its own (the selected item left the queue): the moderator has not chosen
   * this item, so the next acting shortcut only says which item is selected now.
   */
  unconfirmed: boolean;
  /** The item the selection moved away from on its own, while that lasts. */
  movedFrom: string | null;
  /** Something was selected when the list became empty: what is selected next was not chosen either. */
  lost: boolean;
}

export const NO_SELECTION: Selection = { id: null, shown: [], unconfirmed: false, movedFrom: null, lost: false };

/** The moderator chose this item (j, k, a click): it is theirs to act on. */
export function choose(selection: Selection, id: string): Selection {
  return { ...selection, id, unconfirmed: false, movedFrom: null, lost: false };
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, index) => id === b[index]);

/** The nearest item the moderator had on screen next to `id`: the one after it first, then the one before. */
function neighbour(shown: readonly string[], id: string, ids: readonly string[]): string | null {
  const present = new Set(ids);
  const at = shown.indexOf(id);
  if (at < 0) return null;
  for (let index = at + 1; index < shown.length; index += 1) if (present.has(shown[index])) return shown[index];
  for (let index = at - 1; index >= 0; index -= 1) if (present.has(shown[index])) return shown[index];
  return null;
}

/**
 * The selection for the list as it is now. The selected item stays selected wherever it moves.
 * When it has left, the nearest neighbour the moderator had on screen is selected; that is taken as
 * chosen only when the item left through this moderator's own action (`actedOn`) and the neighbour
 * is not one to `askFirst` about (a blurred crisis item: a key pressed twice in haste must not hide
 * a member in pain), and otherwise marked unconfirmed, as is any item that was not on screen
 * before. The first item of a list that had no selection at all is selected as it always was.
 * Returns `selection` itself when nothing changes.
 */
export function follow(selection: Selection, ids: readonly string[], actedOn: ReadonlySet<string>, askFirst: (id: string) => boolean = () => false): Selection {
  const { id } = selection;
  if (id !== null && ids.includes(id)) return sameIds(selection.shown, ids) ? selection : { ...selection, shown: ids };
  if (ids.length === 0) {
    const next: Selection = { id: null, shown: [], unconfirmed: false, movedFrom: null, lost: selection.lost || id !== null };
    return id === null && selection.shown.length === 0 && !selection.unconfirmed && next.lost === selection.lost ? selection : next;
  }
  if (id === null) return { id: ids[0], shown: ids, unconfirmed: selection.lost, movedFrom: null, lost: false };
  const near = neighbour(selection.shown, id, ids);
  if (near !== null) return { id: near, shown: ids, unconfirmed: !actedOn.has(id) || askFirst(near), movedFrom: id, lost: false };
  return { id: ids[0], shown: ids, unconfirmed: true, movedFrom: id, lost: false };
}

/**
 * Where j (`next`) or k (`previous`) takes the selection from the item at `at` (-1: none) in a list
 * of `count`. Pressed on the last item (j) or the first (k) it stays, and `edge` says so: the same
 * "Selected n of m" again would sound as if it had moved.
 */
export function step(at: number, count: number, direction: 'next' | 'previous'): { to: number; edge: string | null } {
  const to = direction === 'next' ? Math.min(at + 1, count - 1) : Math.max(at - 1, 0);
  if (count === 0 || to !== at) return { to, edge: null };
  return { to, edge: direction === 'next' ? `End of list: ${count} of ${count} selected.` : `Start of list: 1 of ${count} selected.` };
}
