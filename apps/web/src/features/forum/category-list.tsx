import type { Category } from '@lantern/contracts';
import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { pluralise } from './forum-copy';
import { ForumLink } from './forum-link';
import { categoryPath } from './forum-paths';
import classes from './forum.module.css';

export function CategoryList({ categories }: { categories: Category[] }) {
  return (
    <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing="md" className={classes.list} aria-label="Categories">
      {categories.map((category) => (
        <li key={category.id}>
          <Stack gap={4}>
            <Group gap="xs" align="baseline" wrap="wrap">
              <ForumLink href={categoryPath(category.slug)} fw={600} fz="lg" className={classes.wrap} underline="hover">
                {category.name}
              </ForumLink>
              {category.contentWarning && (
                <Badge color="gray" variant="outline" size="sm">
                  Content warning
                </Badge>
              )}
            </Group>
            {category.description && (
              <Text size="sm" className={classes.wrap}>
                {category.description}
              </Text>
            )}
            <Text size="sm" c="dimmed">
              {pluralise(category.threadCount, 'thread')}
            </Text>
          </Stack>
        </li>
      ))}
    </SimpleGrid>
  );
}
