import { z } from 'zod';

/** `{items: [...]}`: a whole list in one answer (a page of a longer one is `pageSchema`). */
export const listSchema = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
