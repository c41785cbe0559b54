import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795646017201 implements MigrationInterface {
  name = 'Notifications1795646017201';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "source" text NOT NULL, "rule" text NOT NULL, "recipient_key" text NOT NULL, "recipient_name" text NOT NULL, "recipient" jsonb NOT NULL, "channel" text NOT NULL, "roster_id" uuid, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL, "revision" integer NOT NULL DEFAULT \'1\', "attempts" integer NOT NULL DEFAULT \'0\', "last_error" text, "lease_until" TIMESTAMP WITH TIME ZONE, "subject" text NOT NULL, "body" text NOT NULL, "ref" jsonb NOT NULL DEFAULT \'{}\', "sent_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_dea21df26644cee685541833cb" ON "notification"  ("roster_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_fb3860cf9bafdb6e0f3220f0b8" ON "notification"  ("status", "due_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_686d78f6297e04513e5abbf984" ON "notification"  ("unit_id", "due_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_1db727a3f77a8a1587ae9d68f3" ON "notification"  ("source", "rule", "recipient_key", "channel") ',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_delivery" ("id" BIGSERIAL NOT NULL, "notification_id" uuid NOT NULL, "attempt" integer NOT NULL, "idempotency_key" text NOT NULL, "channel" text NOT NULL, "status" text NOT NULL, "error" text, "instance" text NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_109dea88c25343da49d86de6bfd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_1ba0445084768ff8e20318e4ed" ON "notification_delivery"  ("notification_id", "attempt") ',
    );
    await queryRunner.query(
      'CREATE TABLE "notify_settings" ("unit_id" uuid NOT NULL, "channels" jsonb NOT NULL DEFAULT \'{}\', "preference" jsonb, "recipient_channels" jsonb NOT NULL DEFAULT \'{}\', "rules" jsonb NOT NULL DEFAULT \'{}\', "quiet_hours" jsonb, "petition_recipients" jsonb NOT NULL DEFAULT \'[]\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e262d0bb24ddc2795e56d2b8013" PRIMARY KEY ("unit_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_delivery" ADD CONSTRAINT "FK_2e70a64359ce7416b06a4d7a432" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "notification_delivery" DROP CONSTRAINT "FK_2e70a64359ce7416b06a4d7a432"',
    );
    await queryRunner.query('DROP TABLE "notify_settings"');
    await queryRunner.query('DROP INDEX "public"."IDX_1ba0445084768ff8e20318e4ed"');
    await queryRunner.query('DROP TABLE "notification_delivery"');
    await queryRunner.query('DROP INDEX "public"."IDX_1db727a3f77a8a1587ae9d68f3"');
    await queryRunner.query('DROP INDEX "public"."IDX_686d78f6297e04513e5abbf984"');
    await queryRunner.query('DROP INDEX "public"."IDX_fb3860cf9bafdb6e0f3220f0b8"');
    await queryRunner.query('DROP INDEX "public"."IDX_dea21df26644cee685541833cb"');
    await queryRunner.query('DROP TABLE "notification"');
  }
}
