import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RosterRecord1796484377977 implements MigrationInterface {
  name = 'RosterRecord1796484377977';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "unit" ADD "issuing_office" text NOT NULL DEFAULT \'\'');
    await queryRunner.query(
      'ALTER TABLE "unit" ADD "deadline_rolls_to_working_day" boolean NOT NULL DEFAULT true',
    );
    await queryRunner.query('ALTER TABLE "leader" ADD "min_sessions_per_quarter" integer');
    await queryRunner.query('ALTER TABLE "leader" ADD "rank" text NOT NULL DEFAULT \'other\'');
    await queryRunner.query('ALTER TABLE "leader" ADD "venue" text');
    await queryRunner.query(
      'ALTER TABLE "leader" ADD "public_reception" boolean NOT NULL DEFAULT true',
    );
    await queryRunner.query('ALTER TABLE "special_period" ADD "on_call_quota_per_leader" integer');
    await queryRunner.query(
      'ALTER TABLE "special_period" ADD "session_ranks" jsonb NOT NULL DEFAULT \'{}\'',
    );
    await queryRunner.query(
      'ALTER TABLE "special_period" ADD "spacing_days" integer NOT NULL DEFAULT \'2\'',
    );
    await queryRunner.query('ALTER TABLE "special_period" ADD "first_day_leader_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "special_period" ADD CONSTRAINT "FK_2a8ce58df8a8cbf3dd6b075d90f" FOREIGN KEY ("first_day_leader_id") REFERENCES "leader"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "special_period" DROP CONSTRAINT "FK_2a8ce58df8a8cbf3dd6b075d90f"',
    );
    await queryRunner.query('ALTER TABLE "special_period" DROP COLUMN "first_day_leader_id"');
    await queryRunner.query('ALTER TABLE "special_period" DROP COLUMN "spacing_days"');
    await queryRunner.query('ALTER TABLE "special_period" DROP COLUMN "session_ranks"');
    await queryRunner.query('ALTER TABLE "special_period" DROP COLUMN "on_call_quota_per_leader"');
    await queryRunner.query('ALTER TABLE "leader" DROP COLUMN "public_reception"');
    await queryRunner.query('ALTER TABLE "leader" DROP COLUMN "venue"');
    await queryRunner.query('ALTER TABLE "leader" DROP COLUMN "rank"');
    await queryRunner.query('ALTER TABLE "leader" DROP COLUMN "min_sessions_per_quarter"');
    await queryRunner.query('ALTER TABLE "unit" DROP COLUMN "deadline_rolls_to_working_day"');
    await queryRunner.query('ALTER TABLE "unit" DROP COLUMN "issuing_office"');
  }
}
