import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationAppointment1795655313907 implements MigrationInterface {
  name = 'NotificationAppointment1795655313907';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notification" ADD "appointment_id" uuid');
    await queryRunner.query(
      'CREATE INDEX "IDX_5d89a4811d4e2d59d17588b5f8" ON "notification"  ("appointment_id") ',
    );
    // Invitations planned before the column existed: what departments were already sent must be
    // readable when their appointment changes.
    await queryRunner.query(
      'UPDATE "notification" SET "appointment_id" = substring("source" from 13)::uuid WHERE "rule" = \'department_invitation\' AND "source" ~ \'^appointment:[0-9a-f-]{36}$\'',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_5d89a4811d4e2d59d17588b5f8"');
    await queryRunner.query('ALTER TABLE "notification" DROP COLUMN "appointment_id"');
  }
}
