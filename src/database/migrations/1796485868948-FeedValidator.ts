import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FeedValidator1796485868948 implements MigrationInterface {
  name = 'FeedValidator1796485868948';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "feed_validator" ("subject_key" text NOT NULL, "etag" text NOT NULL, "modified_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_dc07c130f681320ac5aef28b9fa" PRIMARY KEY ("subject_key"))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "feed_validator"');
  }
}
