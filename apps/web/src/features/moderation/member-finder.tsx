import { Group, Text, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { BusyButton } from '../../components/busy-button';
import { navigate } from '../../routes/navigation';
import { describeForumError } from '../forum/forum-error-copy';
import { useFindMember } from './mod-api';
import { modMemberPath } from './mod-paths';

/**
 * A member's record from the name someone mentions ("X keeps messaging me"), not only from an
 * item: the name they go by, or one they had before.
 */
export function MemberFinder() {
  const find = useFindMember();
  const [name, setName] = useState('');
  const [answer, setAnswer] = useState<{ error: boolean; text: string } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = name.trim();
    if (!typed) {
      setAnswer({ error: true, text: 'Type the name a member goes by, or went by.' });
      inputRef.current?.focus();
      return;
    }
    setAnswer(null);
    try {
      const found = await find.mutateAsync(typed);
      if (found) navigate(modMemberPath(found.id));
      else setAnswer({ error: false, text: `Nobody goes by “${typed}”, or went by it.` });
    } catch (error) {
      setAnswer({ error: true, text: describeForumError(error).summary });
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label="Find a member">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          ref={inputRef}
          label="Find a member by name"
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setAnswer(null);
          }}
          error={answer?.error ? answer.text : undefined}
          maxLength={64}
          autoComplete="off"
          spellCheck={false}
        />
        <BusyButton type="submit" variant="default" busy={find.isPending}>
          Find
        </BusyButton>
      </Group>
      <Text size="sm" role="status" mt={4}>
        {answer && !answer.error ? answer.text : ''}
      </Text>
    </form>
  );
}
