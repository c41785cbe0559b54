import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UnitCalendarYear1796495844021 implements MigrationInterface {
  name = 'UnitCalendarYear1796495844021';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "unit_calendar_year" ("unit_id" uuid NOT NULL, "year" integer NOT NULL, "source" text NOT NULL, "holidays" jsonb NOT NULL, "makeup_workdays" jsonb NOT NULL, "confirmed_by" uuid, "confirmed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2cf2079df96325f2df0df0975c2" PRIMARY KEY ("unit_id", "year"))',
    );
    await queryRunner.query(
      'ALTER TABLE "unit_calendar_year" ADD CONSTRAINT "FK_fe52e19f999fe402676b7dc5c66" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "unit_calendar_year" DROP CONSTRAINT "FK_fe52e19f999fe402676b7dc5c66"',
    );
    await queryRunner.query('DROP TABLE "unit_calendar_year"');
  }
}
