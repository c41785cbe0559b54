import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReceptionDeadlineRoll1796487874135 implements MigrationInterface {
  name = 'ReceptionDeadlineRoll1796487874135';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "reception_record" ADD "nominal_due_date" date');
    // Deadlines recorded so far were never rolled: the counted day is the one stored.
    await queryRunner.query(
      'UPDATE "reception_record" SET "nominal_due_date" = "due_date" WHERE "due_date" IS NOT NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "reception_record" DROP COLUMN "nominal_due_date"');
  }
}
