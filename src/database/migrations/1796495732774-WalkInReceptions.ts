import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WalkInReceptions1796495732774 implements MigrationInterface {
  name = 'WalkInReceptions1796495732774';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "walk_in_reception" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "reference" text NOT NULL, "date" date NOT NULL, "session" text NOT NULL, "leader_id" uuid NOT NULL, "case_leader_id" uuid NOT NULL, "case_leader_reason" text, "persons" integer NOT NULL, "subject_code" text NOT NULL, "locality" text, "summary" text NOT NULL, "demands" text NOT NULL, "outcome" text NOT NULL, "handling_department_id" uuid, "follow_up" text, "due_date" date, "nominal_due_date" date, "status" text NOT NULL, "duplicate_of_case_id" uuid, "duplicate_of_walk_in_id" uuid, "closed_on" date, "result" text, "followed_up_on" date, "satisfaction" text, "resolved" boolean, "escalated_case_id" uuid, "demo" boolean NOT NULL DEFAULT false, "recorded_by" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a618091c82a618a80b6ef6fde4f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_c3a9b16b8e03e257631332b765" ON "walk_in_reception"  ("unit_id", "date") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_eea92644c5e87770b6455ecd1a" ON "walk_in_reception"  ("unit_id", "reference") ',
    );
    await queryRunner.query(
      'CREATE TABLE "walk_in_petitioner" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "walk_in_id" uuid NOT NULL, "position" integer NOT NULL, "name_enc" text NOT NULL, "phone_enc" text, "id_number_enc" text NOT NULL, "id_number_hmac" text NOT NULL, CONSTRAINT "PK_a5e1c0100d03afe118844067b93" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_8d3aa02967c7a28c589950ded1" ON "walk_in_petitioner"  ("id_number_hmac") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_6d45afa3eb5aec7b093611fa24" ON "walk_in_petitioner"  ("walk_in_id", "position") ',
    );
    await queryRunner.query(
      'ALTER TABLE "walk_in_reception" ADD CONSTRAINT "FK_f2b8b12fab911673a98c05980a4" FOREIGN KEY ("leader_id") REFERENCES "leader"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "walk_in_reception" ADD CONSTRAINT "FK_f8b264f702e936cb6a6e9c091e9" FOREIGN KEY ("case_leader_id") REFERENCES "leader"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "walk_in_reception" ADD CONSTRAINT "FK_28ffa847395510a0de5fa0f97dd" FOREIGN KEY ("handling_department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "walk_in_reception" ADD CONSTRAINT "FK_b661d70a77f605e51e7dccedf89" FOREIGN KEY ("duplicate_of_case_id") REFERENCES "priority_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "walk_in_petitioner" ADD CONSTRAINT "FK_eed7b74139f062ccd1864d6b1f1" FOREIGN KEY ("walk_in_id") REFERENCES "walk_in_reception"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "walk_in_petitioner" DROP CONSTRAINT "FK_eed7b74139f062ccd1864d6b1f1"',
    );
    await queryRunner.query(
      'ALTER TABLE "walk_in_reception" DROP CONSTRAINT "FK_b661d70a77f605e51e7dccedf89"',
    );
    await queryRunner.query(
      'ALTER TABLE "walk_in_reception" DROP CONSTRAINT "FK_28ffa847395510a0de5fa0f97dd"',
    );
    await queryRunner.query(
      'ALTER TABLE "walk_in_reception" DROP CONSTRAINT "FK_f8b264f702e936cb6a6e9c091e9"',
    );
    await queryRunner.query(
      'ALTER TABLE "walk_in_reception" DROP CONSTRAINT "FK_f2b8b12fab911673a98c05980a4"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_6d45afa3eb5aec7b093611fa24"');
    await queryRunner.query('DROP INDEX "public"."IDX_8d3aa02967c7a28c589950ded1"');
    await queryRunner.query('DROP TABLE "walk_in_petitioner"');
    await queryRunner.query('DROP INDEX "public"."IDX_eea92644c5e87770b6455ecd1a"');
    await queryRunner.query('DROP INDEX "public"."IDX_c3a9b16b8e03e257631332b765"');
    await queryRunner.query('DROP TABLE "walk_in_reception"');
  }
}
