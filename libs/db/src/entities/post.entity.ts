import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const POST_STATUSES = ['visible', 'hidden', 'removed', 'deleted'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

@Entity({ name: 'posts' })
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId!: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text' })
  body!: string;

  /** Bumped on every edit; moderation classifies each version once. */
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ type: 'text', default: 'visible' })
  status!: PostStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
