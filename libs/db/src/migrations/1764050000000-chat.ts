import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The rooms every community starts with; moderators can lock them or slow them down. */
const ROOMS = [
  ['lounge', 'Lounge', 'Drop in, say hello, stay as long as you like.'],
  ['night-owls', 'Night owls', 'For the long hours when everyone else is asleep.'],
  ['anxiety-check-in', 'Anxiety check-in', 'A calm place to say how you are doing right now.'],
  ['grief-circle', 'Grief circle', 'Remembering the people we miss, together.'],
] as const;

/**
 * Live chat: rooms and their messages. A message is idempotent per author and `client_msg_id`,
 * so a resend after a dropped connection stores nothing twice. Private rooms (a counsellor's
 * warm hand-off) list who may enter.
 */
export class Chat1764050000000 implements MigrationInterface {
  name = 'Chat1764050000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rooms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        position int NOT NULL DEFAULT 0,
        locked boolean NOT NULL DEFAULT false,
        slow_mode_seconds int NOT NULL DEFAULT 0 CHECK (slow_mode_seconds BETWEEN 0 AND 3600),
        private boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE room_members (
        room_id uuid NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        PRIMARY KEY (room_id, member_id)
      )`);
    await db.query(`
      CREATE TABLE messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        room_id uuid NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
        author_id uuid REFERENCES members(id) ON DELETE SET NULL,
        client_msg_id text NOT NULL,
        body text NOT NULL,
        version int NOT NULL DEFAULT 1,
        status text NOT NULL DEFAULT 'visible' CHECK (status IN ('visible','hidden','removed')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT messages_client_msg_key UNIQUE (author_id, client_msg_id)
      )`);
    await db.query(`CREATE INDEX messages_room_created_idx ON messages (room_id, created_at DESC, id DESC)`);
    for (const [position, [slug, name, description]] of ROOMS.entries()) {
      await db.query(`INSERT INTO rooms (slug, name, description, position) VALUES ($1, $2, $3, $4) ON CONFLICT (slug) DO NOTHING`, [slug, name, description, position]);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['messages', 'room_members', 'rooms']) await db.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
