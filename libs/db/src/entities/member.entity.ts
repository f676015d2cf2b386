import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MemberRole } from '@lantern/contracts';

/**
 * A member is a pseudonym and a role, nothing more: no e-mail, no IP address, no user agent
 * (DESIGN.md, privacy rules). Credentials arrive with the identity work.
 */
@Entity({ name: 'members' })
export class MemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  pseudonym!: string;

  @Column({ type: 'text', default: 'member' })
  role!: MemberRole;

  @Column({ type: 'char', length: 2, nullable: true })
  region!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
