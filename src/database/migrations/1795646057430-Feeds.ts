import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Feeds1795646057430 implements MigrationInterface {
  name = 'Feeds1795646057430';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "feed_revision" ("unit_id" uuid NOT NULL, "revision" bigint NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c593f080dbf259eb3a20f98e146" PRIMARY KEY ("unit_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "feed_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "hint" text NOT NULL, "scope" text NOT NULL, "unit_id" uuid NOT NULL, "leader_id" uuid, "department_id" uuid, "owner_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_f7cecefa2c7428f84c556de3431" UNIQUE ("token_hash"), CONSTRAINT "PK_66bfd4235adfb2de7e6e3344e0a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_83819ea54721f4fa6dd950c4ab" ON "feed_token"  ("leader_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5ba9f05a965376c5d0709b5973" ON "feed_token"  ("owner_id", "scope") ',
    );
    await queryRunner.query(
      'ALTER TABLE "feed_revision" ADD CONSTRAINT "FK_c593f080dbf259eb3a20f98e146" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "feed_token" ADD CONSTRAINT "FK_897c10b93c3f123d3d75cd91155" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "feed_token" ADD CONSTRAINT "FK_83819ea54721f4fa6dd950c4abc" FOREIGN KEY ("leader_id") REFERENCES "leader"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "feed_token" ADD CONSTRAINT "FK_403060aba19d05a08cbff90014b" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "feed_token" ADD CONSTRAINT "FK_e5743c2661e95e8ad517c074617" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "feed_token" DROP CONSTRAINT "FK_e5743c2661e95e8ad517c074617"',
    );
    await queryRunner.query(
      'ALTER TABLE "feed_token" DROP CONSTRAINT "FK_403060aba19d05a08cbff90014b"',
    );
    await queryRunner.query(
      'ALTER TABLE "feed_token" DROP CONSTRAINT "FK_83819ea54721f4fa6dd950c4abc"',
    );
    await queryRunner.query(
      'ALTER TABLE "feed_token" DROP CONSTRAINT "FK_897c10b93c3f123d3d75cd91155"',
    );
    await queryRunner.query(
      'ALTER TABLE "feed_revision" DROP CONSTRAINT "FK_c593f080dbf259eb3a20f98e146"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_5ba9f05a965376c5d0709b5973"');
    await queryRunner.query('DROP INDEX "public"."IDX_83819ea54721f4fa6dd950c4ab"');
    await queryRunner.query('DROP TABLE "feed_token"');
    await queryRunner.query('DROP TABLE "feed_revision"');
  }
}
