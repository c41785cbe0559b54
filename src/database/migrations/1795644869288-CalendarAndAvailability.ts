import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarAndAvailability1795644869288 implements MigrationInterface {
  name = 'CalendarAndAvailability1795644869288';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "calendar_override" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "date" date NOT NULL, "kind" text NOT NULL, "reason" text NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6317e24e0075b35a8197aa74eb4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_0f86195e3040bf7229b48b9db3" ON "calendar_override"  ("unit_id", "date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "special_period" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "name" text NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "coverage" text NOT NULL, "excluded_dates" text array NOT NULL DEFAULT \'{}\', "session_codes" text array NOT NULL, "leaders_per_session" integer NOT NULL, "quota_per_leader" integer, "pool_quotas" jsonb NOT NULL DEFAULT \'{}\', "on_call_leader" boolean NOT NULL DEFAULT false, "notes" text NOT NULL DEFAULT \'\', "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_16760a398515ab76915259e2e11" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e921a8fea2c76ee770222e7c0d" ON "special_period"  ("unit_id", "start_date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "calendar_year" ("year" integer NOT NULL, "source" text NOT NULL, "confirmed_by" uuid, "confirmed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4a5f5b39f8e07f51dab5be6fed9" PRIMARY KEY ("year"))',
    );
    await queryRunner.query(
      'CREATE TABLE "statutory_day" ("date" date NOT NULL, "year" integer NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, CONSTRAINT "PK_f38735d9d9225f27f7ae9af1862" PRIMARY KEY ("date"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_c8df747eec23808ed01c40c734" ON "statutory_day"  ("year") ',
    );
    await queryRunner.query(
      'CREATE TABLE "leader_availability" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "leader_id" uuid NOT NULL, "date" date NOT NULL, "session" text, "kind" text NOT NULL, "reason" text, "note" text NOT NULL DEFAULT \'\', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_32f31436ddf5ccc9d662408d44a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_0d03c1c412d5f966f7d697a2b0" ON "leader_availability"  ("unit_id", "date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_325176dd50d9d8a526444c5634" ON "leader_availability"  ("leader_id", "date") ',
    );
    await queryRunner.query(
      'ALTER TABLE "calendar_override" ADD CONSTRAINT "FK_afeaa3cc6f89338f24db5f4faf7" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "special_period" ADD CONSTRAINT "FK_a6b0c2d9ab0613f076af124dae4" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "statutory_day" ADD CONSTRAINT "FK_c8df747eec23808ed01c40c7349" FOREIGN KEY ("year") REFERENCES "calendar_year"("year") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "leader_availability" ADD CONSTRAINT "FK_1b0cdf03ec0b8b5821c305d4836" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "leader_availability" ADD CONSTRAINT "FK_3f85c43aca464eff424e12a5ae4" FOREIGN KEY ("leader_id") REFERENCES "leader"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "leader_availability" DROP CONSTRAINT "FK_3f85c43aca464eff424e12a5ae4"',
    );
    await queryRunner.query(
      'ALTER TABLE "leader_availability" DROP CONSTRAINT "FK_1b0cdf03ec0b8b5821c305d4836"',
    );
    await queryRunner.query(
      'ALTER TABLE "statutory_day" DROP CONSTRAINT "FK_c8df747eec23808ed01c40c7349"',
    );
    await queryRunner.query(
      'ALTER TABLE "special_period" DROP CONSTRAINT "FK_a6b0c2d9ab0613f076af124dae4"',
    );
    await queryRunner.query(
      'ALTER TABLE "calendar_override" DROP CONSTRAINT "FK_afeaa3cc6f89338f24db5f4faf7"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_325176dd50d9d8a526444c5634"');
    await queryRunner.query('DROP INDEX "public"."IDX_0d03c1c412d5f966f7d697a2b0"');
    await queryRunner.query('DROP TABLE "leader_availability"');
    await queryRunner.query('DROP INDEX "public"."IDX_c8df747eec23808ed01c40c734"');
    await queryRunner.query('DROP TABLE "statutory_day"');
    await queryRunner.query('DROP TABLE "calendar_year"');
    await queryRunner.query('DROP INDEX "public"."IDX_e921a8fea2c76ee770222e7c0d"');
    await queryRunner.query('DROP TABLE "special_period"');
    await queryRunner.query('DROP INDEX "public"."IDX_0f86195e3040bf7229b48b9db3"');
    await queryRunner.query('DROP TABLE "calendar_override"');
  }
}
