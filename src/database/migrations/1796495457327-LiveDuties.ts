import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveDuties1796495457327 implements MigrationInterface {
  name = 'LiveDuties1796495457327';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "duty_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "roster_id" uuid NOT NULL, "kind" text NOT NULL, "status" text NOT NULL, "assignment_id" uuid NOT NULL, "leader_id" uuid NOT NULL, "date" date NOT NULL, "session" text NOT NULL, "other_assignment_id" uuid, "other_leader_id" uuid, "other_date" date, "other_session" text, "reason_kind" text NOT NULL, "reason_text" text NOT NULL DEFAULT \'\', "substitute_leader_id" uuid, "published_version" integer, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "requested_by" uuid NOT NULL, "requested_by_name" text NOT NULL, "steps" jsonb NOT NULL DEFAULT \'[]\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_31163d6ee5098072df115546011" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_87b2401398dc4fe8b65cff1099" ON "duty_request"  ("assignment_id") WHERE status IN (\'requested\', \'accepted\')',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_208701f0f6ca98da57fb71a612" ON "duty_request"  ("unit_id", "status") ',
    );
    await queryRunner.query(
      'ALTER TABLE "roster_assignment" ADD "confirmed_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query('ALTER TABLE "roster_assignment" ADD "confirmed_via" text');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "roster_assignment" DROP COLUMN "confirmed_via"');
    await queryRunner.query('ALTER TABLE "roster_assignment" DROP COLUMN "confirmed_at"');
    await queryRunner.query('DROP INDEX "public"."IDX_208701f0f6ca98da57fb71a612"');
    await queryRunner.query('DROP INDEX "public"."IDX_87b2401398dc4fe8b65cff1099"');
    await queryRunner.query('DROP TABLE "duty_request"');
  }
}
