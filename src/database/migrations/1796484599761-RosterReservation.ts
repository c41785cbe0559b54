import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RosterReservation1796484599761 implements MigrationInterface {
  name = 'RosterReservation1796484599761';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "roster_reservation" ("unit_id" uuid NOT NULL, "month" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_12c058c92e10daa93f6f918cf76" PRIMARY KEY ("unit_id", "month"))',
    );
    await queryRunner.query(
      'ALTER TABLE "roster_reservation" ADD CONSTRAINT "FK_72b94cff55e2c9948d1d03e842b" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "roster_reservation" DROP CONSTRAINT "FK_72b94cff55e2c9948d1d03e842b"',
    );
    await queryRunner.query('DROP TABLE "roster_reservation"');
  }
}
