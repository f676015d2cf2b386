import { useEffect, type RefObject } from 'react';

/**
 * Fields members write in take the direction of their first letter (`dir="auto"`), so a post in
 * Arabic or Hebrew is written right to left. Set on the field itself: Mantine gives a `dir` prop to
 * the field's wrapper, whose English label would decide it. After every render, as a field can be
 * mounted anew (an editor opened again).
 */
export function useAutoDirection(...fields: Array<RefObject<HTMLInputElement | HTMLTextAreaElement | null>>): void {
  useEffect(() => {
    for (const field of fields) field.current?.setAttribute('dir', 'auto');
  });
}
