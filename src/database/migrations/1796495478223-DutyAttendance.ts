import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DutyAttendance1796495478223 implements MigrationInterface {
  name = 'DutyAttendance1796495478223';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "duty_attendance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "date" date NOT NULL, "session" text NOT NULL, "planned_leader_id" uuid NOT NULL, "status" text NOT NULL, "sat_leader_id" uuid, "reason" text, "demo" boolean NOT NULL DEFAULT false, "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b5100d1527f398bd58f900006aa" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5be4af56b0c1e69d68732639b4" ON "duty_attendance"  ("unit_id", "date") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_0cb622f1083442aa28f3b22a70" ON "duty_attendance"  ("unit_id", "date", "session", "planned_leader_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "duty_attendance" ADD CONSTRAINT "FK_9237d43d34375d8c67f60147e63" FOREIGN KEY ("planned_leader_id") REFERENCES "leader"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "duty_attendance" ADD CONSTRAINT "FK_965bc1d7dc21ad7ab353b5161b7" FOREIGN KEY ("sat_leader_id") REFERENCES "leader"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "duty_attendance" DROP CONSTRAINT "FK_965bc1d7dc21ad7ab353b5161b7"',
    );
    await queryRunner.query(
      'ALTER TABLE "duty_attendance" DROP CONSTRAINT "FK_9237d43d34375d8c67f60147e63"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_0cb622f1083442aa28f3b22a70"');
    await queryRunner.query('DROP INDEX "public"."IDX_5be4af56b0c1e69d68732639b4"');
    await queryRunner.query('DROP TABLE "duty_attendance"');
  }
}
