import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PriorityAppointments1795646035046 implements MigrationInterface {
  name = 'PriorityAppointments1795646035046';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "case_petitioner" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "position" integer NOT NULL, "name_enc" text NOT NULL, "phone_enc" text, "id_number_enc" text NOT NULL, "id_number_hmac" text NOT NULL, CONSTRAINT "PK_02a42fcd14eb7e7ef4454845dc9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_21c9b5fae12253305ac0e62f4b" ON "case_petitioner"  ("id_number_hmac") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_6f09f64a4ca075c86a30a5e523" ON "case_petitioner"  ("case_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "priority_case" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "reference" text NOT NULL, "submitted_by" text NOT NULL, "batch" text, "subject_code" text NOT NULL, "subject_label" text NOT NULL, "subcategory" text, "locality" text, "summary" text NOT NULL, "risk" text NOT NULL, "group_size" integer NOT NULL, "repeat_count" integer NOT NULL DEFAULT \'0\', "backlog_years" integer NOT NULL DEFAULT \'0\', "flags" jsonb NOT NULL, "routing" text NOT NULL, "receive_before" date, "previous_leader_id" uuid, "department_ids" uuid array NOT NULL DEFAULT \'{}\', "status" text NOT NULL, "match_note" jsonb, "closed_reason" text, "created_by" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_27e7e741efe42dc0728c9c8bf4f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3c5572738dd774dee7ede709b5" ON "priority_case"  ("unit_id", "status") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_4786cce3eaeec0e1067d2e9eab" ON "priority_case"  ("unit_id", "reference") ',
    );
    await queryRunner.query(
      'CREATE TABLE "appointment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "case_id" uuid NOT NULL, "leader_id" uuid NOT NULL, "date" date NOT NULL, "session" text NOT NULL, "slot_start" text, "slot_end" text, "department_ids" uuid array NOT NULL DEFAULT \'{}\', "status" text NOT NULL, "month" text NOT NULL, "score" integer NOT NULL DEFAULT \'0\', "flagged" boolean NOT NULL DEFAULT false, "note" text, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e8be1a53027415e709ce8a2db74" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_4061932d41bccdf0f2801abe7f" ON "appointment"  ("case_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_785b92f62f2477034bf3509ade" ON "appointment"  ("unit_id", "date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "reception_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "appointment_id" uuid NOT NULL, "leader_id" uuid NOT NULL, "date" date NOT NULL, "persons" integer NOT NULL, "batches" integer NOT NULL, "outcome" text NOT NULL, "handling_department_id" uuid, "due_date" date, "extension_reason" text, "note" text, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cb45b959502c5b0114cb32fb12f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_4319001aa90d8d6f78c5f0a884" ON "reception_record"  ("appointment_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_bc81108e75038713eec188523c" ON "reception_record"  ("unit_id", "date") ',
    );
    await queryRunner.query(
      'ALTER TABLE "case_petitioner" ADD CONSTRAINT "FK_82e65a777f26c1371a0974e5217" FOREIGN KEY ("case_id") REFERENCES "priority_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "priority_case" ADD CONSTRAINT "FK_14e89b925d84bd91850da187722" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "priority_case" ADD CONSTRAINT "FK_6ad58f62713c6fc97f4b2680a19" FOREIGN KEY ("previous_leader_id") REFERENCES "leader"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "appointment" ADD CONSTRAINT "FK_4061932d41bccdf0f2801abe7f7" FOREIGN KEY ("case_id") REFERENCES "priority_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "appointment" ADD CONSTRAINT "FK_18c45f86126fd4bf765aadad4d7" FOREIGN KEY ("leader_id") REFERENCES "leader"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reception_record" ADD CONSTRAINT "FK_4319001aa90d8d6f78c5f0a8846" FOREIGN KEY ("appointment_id") REFERENCES "appointment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reception_record" ADD CONSTRAINT "FK_6e1f473a7abd0fa634bc0a809fa" FOREIGN KEY ("leader_id") REFERENCES "leader"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reception_record" ADD CONSTRAINT "FK_c1fe20b99dedbf915df3d6096a0" FOREIGN KEY ("handling_department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "reception_record" DROP CONSTRAINT "FK_c1fe20b99dedbf915df3d6096a0"',
    );
    await queryRunner.query(
      'ALTER TABLE "reception_record" DROP CONSTRAINT "FK_6e1f473a7abd0fa634bc0a809fa"',
    );
    await queryRunner.query(
      'ALTER TABLE "reception_record" DROP CONSTRAINT "FK_4319001aa90d8d6f78c5f0a8846"',
    );
    await queryRunner.query(
      'ALTER TABLE "appointment" DROP CONSTRAINT "FK_18c45f86126fd4bf765aadad4d7"',
    );
    await queryRunner.query(
      'ALTER TABLE "appointment" DROP CONSTRAINT "FK_4061932d41bccdf0f2801abe7f7"',
    );
    await queryRunner.query(
      'ALTER TABLE "priority_case" DROP CONSTRAINT "FK_6ad58f62713c6fc97f4b2680a19"',
    );
    await queryRunner.query(
      'ALTER TABLE "priority_case" DROP CONSTRAINT "FK_14e89b925d84bd91850da187722"',
    );
    await queryRunner.query(
      'ALTER TABLE "case_petitioner" DROP CONSTRAINT "FK_82e65a777f26c1371a0974e5217"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_bc81108e75038713eec188523c"');
    await queryRunner.query('DROP INDEX "public"."IDX_4319001aa90d8d6f78c5f0a884"');
    await queryRunner.query('DROP TABLE "reception_record"');
    await queryRunner.query('DROP INDEX "public"."IDX_785b92f62f2477034bf3509ade"');
    await queryRunner.query('DROP INDEX "public"."IDX_4061932d41bccdf0f2801abe7f"');
    await queryRunner.query('DROP TABLE "appointment"');
    await queryRunner.query('DROP INDEX "public"."IDX_4786cce3eaeec0e1067d2e9eab"');
    await queryRunner.query('DROP INDEX "public"."IDX_3c5572738dd774dee7ede709b5"');
    await queryRunner.query('DROP TABLE "priority_case"');
    await queryRunner.query('DROP INDEX "public"."IDX_6f09f64a4ca075c86a30a5e523"');
    await queryRunner.query('DROP INDEX "public"."IDX_21c9b5fae12253305ac0e62f4b"');
    await queryRunner.query('DROP TABLE "case_petitioner"');
  }
}
