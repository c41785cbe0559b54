import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795644094970 implements MigrationInterface {
  name = 'Initial1795644094970';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid, "username" text, "role" text, "action" text NOT NULL, "entity_type" text, "entity_id" text, "status_code" integer, "ip" text, "request_id" text, "detail" jsonb, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ba27cef5b8b2b1a756e06ebcc5" ON "audit_log"  ("at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "login_attempt" ("key" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_eb854cbe0c54e96815dcdef0bf2" PRIMARY KEY ("key", "window_start"))',
    );
    await queryRunner.query(
      'CREATE TABLE "unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "level" text NOT NULL, "parent_id" uuid, "timezone" text NOT NULL DEFAULT \'Asia/Shanghai\', "reception_venue" text NOT NULL, "session_templates" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_dfb75cdb2a790fb84327e1d1b15" UNIQUE ("code"), CONSTRAINT "PK_4252c4be609041e559f0c80f58a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "department" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "name" text NOT NULL, "subject_codes" text array NOT NULL DEFAULT \'{}\', "contact" jsonb NOT NULL DEFAULT \'{}\', "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9a2213262c1593bffb581e382f5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_0f815e1d017f83a17227d010e3" ON "department"  ("unit_id", "name") ',
    );
    await queryRunner.query(
      'CREATE TABLE "leader" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "title" text NOT NULL, "protocol_order" integer NOT NULL, "rotation_pool" text NOT NULL, "portfolio_subjects" text array NOT NULL DEFAULT \'{}\', "portfolio_text" text NOT NULL DEFAULT \'\', "min_sessions_per_month" integer NOT NULL, "max_sessions_per_month" integer NOT NULL, "max_sessions_per_quarter" integer, "active_from" date NOT NULL, "active_to" date, "active" boolean NOT NULL DEFAULT true, "contact" jsonb NOT NULL DEFAULT \'{}\', "secretary" jsonb, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1d2e07dfb06ee7ab1c9cadca491" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_94fe804be0745bf7276185163d" ON "leader"  ("unit_id", "code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "role" text NOT NULL, "unit_id" uuid NOT NULL, "leader_id" uuid, "department_id" uuid, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "subject" ("code" text NOT NULL, "name" text NOT NULL, "sort_order" integer NOT NULL, "restricted" boolean NOT NULL DEFAULT false, CONSTRAINT "UQ_d011c391e37d9a5e63e8b04c977" UNIQUE ("name"), CONSTRAINT "PK_92374adc6b583e8cf659977e489" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "subject_alias" ("label" text NOT NULL, "subject_codes" text array NOT NULL, CONSTRAINT "PK_dcc0c323c140fa603ef6339722f" PRIMARY KEY ("label"))',
    );
    await queryRunner.query(
      'ALTER TABLE "unit" ADD CONSTRAINT "FK_33443cd5de3c6b130acfd6aba63" FOREIGN KEY ("parent_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "department" ADD CONSTRAINT "FK_965c1f09dcda26b5e575cc1fb49" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "leader" ADD CONSTRAINT "FK_6e5247e92c252d4109bec9e736c" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_055c5291f4320e6e092162ae36c" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_358e37a1c75e33876598f5ae144" FOREIGN KEY ("leader_id") REFERENCES "leader"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_7bbda4c333c1da023d2f2ae7320" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "app_user" DROP CONSTRAINT "FK_7bbda4c333c1da023d2f2ae7320"',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" DROP CONSTRAINT "FK_358e37a1c75e33876598f5ae144"',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" DROP CONSTRAINT "FK_055c5291f4320e6e092162ae36c"',
    );
    await queryRunner.query(
      'ALTER TABLE "leader" DROP CONSTRAINT "FK_6e5247e92c252d4109bec9e736c"',
    );
    await queryRunner.query(
      'ALTER TABLE "department" DROP CONSTRAINT "FK_965c1f09dcda26b5e575cc1fb49"',
    );
    await queryRunner.query('ALTER TABLE "unit" DROP CONSTRAINT "FK_33443cd5de3c6b130acfd6aba63"');
    await queryRunner.query('DROP TABLE "subject_alias"');
    await queryRunner.query('DROP TABLE "subject"');
    await queryRunner.query('DROP TABLE "app_user"');
    await queryRunner.query('DROP INDEX "public"."IDX_94fe804be0745bf7276185163d"');
    await queryRunner.query('DROP TABLE "leader"');
    await queryRunner.query('DROP INDEX "public"."IDX_0f815e1d017f83a17227d010e3"');
    await queryRunner.query('DROP TABLE "department"');
    await queryRunner.query('DROP TABLE "unit"');
    await queryRunner.query('DROP TABLE "login_attempt"');
    await queryRunner.query('DROP INDEX "public"."IDX_ba27cef5b8b2b1a756e06ebcc5"');
    await queryRunner.query('DROP TABLE "audit_log"');
  }
}
