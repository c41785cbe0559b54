import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DropUnitTimezone1796509352454 implements MigrationInterface {
  name = 'DropUnitTimezone1796509352454';

  // Every unit is in China (CHINA_ZONE, src/common/clock.ts): only the reminders read this column,
  // while the rest of the service reckoned in Asia/Shanghai, so it could only make them disagree.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "unit" DROP COLUMN "timezone"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "unit" ADD "timezone" text NOT NULL DEFAULT \'Asia/Shanghai\'',
    );
  }
}
