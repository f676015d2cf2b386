import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A name's skeleton: how it looks, whatever letters it is written in. Compatibility forms folded
 * (NFKC: full-width "Ｈｏｐｅ", mathematical bold "𝐇𝐨𝐩𝐞"), then the Cyrillic, Greek and small-capital
 * letters that look like Latin ones read as those ("Норе Сосо" in Cyrillic is "hope coco"), in
 * lower case. A chosen name whose skeleton another member's name has is refused as taken, so no one
 * can pass for someone else in a conversation. A function of the name alone (IMMUTABLE), kept
 * with an index, so an erased account's placeholder frees its name as before.
 */
export class NameSkeleton1764930000000 implements MigrationInterface {
  name = 'NameSkeleton1764930000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION lantern_name_skeleton(name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        RETURN lower(translate(normalize(name, NFKC), 'АВЕКМНОРСТУХЅІЈҺӀԚԜҮаеорсухѕіјԁһӏԛԝүΑΒΕΖΗΙΚΜΝΟΡΤΥΧονρικαυχᴀʙᴄᴅᴇɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢı', 'ABEKMHOPCTYXSIJHIQWYaeopcyxsijdhlqwyABEZHIKMNOPTYXovpikauxabcdeghijklmnoprstuvwyzi'))`);
    await db.query(`CREATE INDEX members_name_skeleton ON members (lantern_name_skeleton(pseudonym)) WHERE deleted_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS members_name_skeleton`);
    await db.query(`DROP FUNCTION IF EXISTS lantern_name_skeleton(text)`);
  }
}
