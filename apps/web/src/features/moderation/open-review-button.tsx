import type { OpenReviewRequest } from '@lantern/contracts';
import { Text } from '@mantine/core';
import { BusyButton } from '../../components/busy-button';
import { navigate } from '../../routes/navigation';
import { describeForumError } from '../forum/forum-error-copy';
import { useOpenReview } from './mod-api';
import { modItemPath } from './mod-paths';

export interface OpenReviewButtonProps extends Pick<OpenReviewRequest, 'contentType' | 'contentId'> {
  /** The writer's name as the page shows it, for the button's accessible name. */
  author: string;
  /** A few words of it, so a screen reader tells one message's button from the next. */
  excerpt?: string;
}

/**
 * For staff, beside someone else's post or chat message: opens its review item, or finds the one a
 * report or the checks opened, and goes there, where its writer can be warned, muted or given a new
 * name. Most often for what nobody reported and the checks let through. The item is claimed for
 * the moderator unless someone else is on it.
 */
export function OpenReviewButton({ contentType, contentId, author, excerpt }: OpenReviewButtonProps) {
  const openReview = useOpenReview();
  const what = contentType === 'post' ? 'post' : 'message';
  return (
    <>
      <BusyButton
        size="compact-sm"
        variant="subtle"
        color="gray"
        busy={openReview.isPending}
        onClick={() => openReview.mutate({ contentType, contentId }, { onSuccess: (result) => navigate(modItemPath(result.itemId)) })}
        aria-label={`Review the ${what} from ${author}${excerpt ? `: ${excerpt.slice(0, 40)}` : ''}`}
      >
        Review
      </BusyButton>
      {openReview.isError && (
        <Text size="xs" c="red.8" role="alert">
          {describeForumError(openReview.error).summary}
        </Text>
      )}
    </>
  );
}
