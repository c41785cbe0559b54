import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Rosters1795645555378 implements MigrationInterface {
  name = 'Rosters1795645555378';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "roster" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "month" text NOT NULL, "status" text NOT NULL, "version" integer NOT NULL, "published_version" integer NOT NULL DEFAULT \'0\', "solver" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a4942154015f2666f3b5ddc15d3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_395a9409e2b56f360f4e086960" ON "roster"  ("unit_id", "month") ',
    );
    await queryRunner.query(
      'CREATE TABLE "roster_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "roster_id" uuid NOT NULL, "date" date NOT NULL, "session" text NOT NULL, "leader_id" uuid NOT NULL, "pinned" boolean NOT NULL DEFAULT false, "sequence" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_198eeedaca6de67733f40c8a849" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_f03c3593b1facc5029fbe5ab44" ON "roster_assignment"  ("roster_id", "date", "session", "leader_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "roster_change" ("id" BIGSERIAL NOT NULL, "roster_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "username" text NOT NULL, "action" text NOT NULL, "reason" text, "detail" jsonb NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_0ab2eba22877fc3e2c7fdd96364" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_01a6956c23965a375b9039dc82" ON "roster_change"  ("roster_id", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "roster_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "roster_id" uuid NOT NULL, "number" integer NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_by" uuid NOT NULL, "published_by_name" text NOT NULL, "reason" text, "duties" jsonb NOT NULL, "changes" jsonb NOT NULL, CONSTRAINT "PK_0b9c0aa2801e55604dbc52971c8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_3c02178601fe7c34c98cd81f42" ON "roster_version"  ("roster_id", "number") ',
    );
    await queryRunner.query('ALTER TABLE "unit" ADD "roster_rules" jsonb');
    await queryRunner.query(
      'ALTER TABLE "roster" ADD CONSTRAINT "FK_c310d06c8825513f5f35009d6c7" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "roster_assignment" ADD CONSTRAINT "FK_f74b46438aada9ba139c149a7ef" FOREIGN KEY ("roster_id") REFERENCES "roster"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "roster_assignment" ADD CONSTRAINT "FK_6c0c0a5b762a3650987e500e3d4" FOREIGN KEY ("leader_id") REFERENCES "leader"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "roster_change" ADD CONSTRAINT "FK_e856c345a6806f216baccb7feec" FOREIGN KEY ("roster_id") REFERENCES "roster"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "roster_version" ADD CONSTRAINT "FK_7083e5988588783396deeaed57e" FOREIGN KEY ("roster_id") REFERENCES "roster"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "roster_version" DROP CONSTRAINT "FK_7083e5988588783396deeaed57e"',
    );
    await queryRunner.query(
      'ALTER TABLE "roster_change" DROP CONSTRAINT "FK_e856c345a6806f216baccb7feec"',
    );
    await queryRunner.query(
      'ALTER TABLE "roster_assignment" DROP CONSTRAINT "FK_6c0c0a5b762a3650987e500e3d4"',
    );
    await queryRunner.query(
      'ALTER TABLE "roster_assignment" DROP CONSTRAINT "FK_f74b46438aada9ba139c149a7ef"',
    );
    await queryRunner.query(
      'ALTER TABLE "roster" DROP CONSTRAINT "FK_c310d06c8825513f5f35009d6c7"',
    );
    await queryRunner.query('ALTER TABLE "unit" DROP COLUMN "roster_rules"');
    await queryRunner.query('DROP INDEX "public"."IDX_3c02178601fe7c34c98cd81f42"');
    await queryRunner.query('DROP TABLE "roster_version"');
    await queryRunner.query('DROP INDEX "public"."IDX_01a6956c23965a375b9039dc82"');
    await queryRunner.query('DROP TABLE "roster_change"');
    await queryRunner.query('DROP INDEX "public"."IDX_f03c3593b1facc5029fbe5ab44"');
    await queryRunner.query('DROP TABLE "roster_assignment"');
    await queryRunner.query('DROP INDEX "public"."IDX_395a9409e2b56f360f4e086960"');
    await queryRunner.query('DROP TABLE "roster"');
  }
}
