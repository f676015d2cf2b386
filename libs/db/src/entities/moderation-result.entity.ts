import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One classification per content version; the unique key makes a retried job harmless. */
@Entity({ name: 'moderation_results' })
@Unique('moderation_results_content_version_key', ['contentType', 'contentId', 'version'])
export class ModerationResultEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType!: string;

  @Column({ name: 'content_id', type: 'uuid' })
  contentId!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'boolean' })
  flagged!: boolean;

  @Column({ type: 'boolean' })
  crisis!: boolean;

  @Column({ type: 'text' })
  risk!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  categories!: string[];

  @Column({ type: 'jsonb', default: () => "'{}'" })
  scores!: Record<string, number>;

  @CreateDateColumn({ name: 'classified_at', type: 'timestamptz' })
  classifiedAt!: Date;
}
