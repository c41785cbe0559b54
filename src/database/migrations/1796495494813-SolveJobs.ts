import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SolveJobs1796495494813 implements MigrationInterface {
  name = 'SolveJobs1796495494813';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "solve_job" ("id" uuid NOT NULL, "unit_id" uuid NOT NULL, "month" text NOT NULL, "kind" text NOT NULL, "status" text NOT NULL, "roster_id" uuid, "params" jsonb NOT NULL DEFAULT \'{}\', "requested_by" jsonb NOT NULL, "priority" integer NOT NULL DEFAULT \'0\', "attempt" integer NOT NULL DEFAULT \'0\', "instance" text, "progress" jsonb, "best" jsonb, "failure" jsonb, "cancel_requested" boolean NOT NULL DEFAULT false, "kept_best" boolean NOT NULL DEFAULT false, "revision" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "heartbeat_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_bcae76b1d5faf9d8b4f7d1a218b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_edb88575b5026079b88168f8a7" ON "solve_job"  ("unit_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_solve_job_active_month" ON "solve_job"  ("unit_id", "month") WHERE status IN (\'queued\', \'running\')',
    );
    await queryRunner.query(
      'ALTER TABLE "solve_job" ADD CONSTRAINT "FK_d148976be92b6b3361952b498ce" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "solve_job" DROP CONSTRAINT "FK_d148976be92b6b3361952b498ce"',
    );
    await queryRunner.query('DROP INDEX "public"."UQ_solve_job_active_month"');
    await queryRunner.query('DROP INDEX "public"."IDX_edb88575b5026079b88168f8a7"');
    await queryRunner.query('DROP TABLE "solve_job"');
  }
}
