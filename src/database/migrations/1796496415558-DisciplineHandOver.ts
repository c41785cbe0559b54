import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DisciplineHandOver1796496415558 implements MigrationInterface {
  name = 'DisciplineHandOver1796496415558';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "priority_case" ADD "discipline_state" text');
    await queryRunner.query('ALTER TABLE "priority_case" ADD "handed_to" text');
    await queryRunner.query('ALTER TABLE "priority_case" ADD "handed_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "priority_case" ADD "handed_by" uuid');
    await queryRunner.query(
      'ALTER TABLE "priority_case" ADD "acknowledged_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query('ALTER TABLE "priority_case" ADD "acknowledged_by" uuid');
    await queryRunner.query('ALTER TABLE "priority_case" ADD "accused_leader_id" uuid');
    // Restricted cases received so far wait for their hand-over to 纪检.
    await queryRunner.query(
      `UPDATE "priority_case" SET "discipline_state" = 'received' WHERE "routing" = 'restricted'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "priority_case" DROP COLUMN "accused_leader_id"');
    await queryRunner.query('ALTER TABLE "priority_case" DROP COLUMN "acknowledged_by"');
    await queryRunner.query('ALTER TABLE "priority_case" DROP COLUMN "acknowledged_at"');
    await queryRunner.query('ALTER TABLE "priority_case" DROP COLUMN "handed_by"');
    await queryRunner.query('ALTER TABLE "priority_case" DROP COLUMN "handed_at"');
    await queryRunner.query('ALTER TABLE "priority_case" DROP COLUMN "handed_to"');
    await queryRunner.query('ALTER TABLE "priority_case" DROP COLUMN "discipline_state"');
  }
}
