import type { MigrationInterface, QueryRunner } from 'typeorm';

// The taxonomy is written out here rather than imported so that this migration keeps producing
// the same rows even if the taxonomy module changes later; a test checks both agree today.
const SUBJECTS: Array<[string, string, boolean]> = [
  ['urban_construction', '城乡建设', false],
  ['natural_resources', '自然资源', false],
  ['agriculture_rural', '农村农业', false],
  ['labour_social_security', '劳动和社会保障', false],
  ['health', '卫生健康', false],
  ['education', '教育', false],
  ['culture_sports_tourism', '文体旅游', false],
  ['ecology_environment', '生态环境', false],
  ['transport', '交通运输', false],
  ['civil_affairs_emergency', '民政与应急', false],
  ['politics_law', '政法', false],
  ['discipline_supervision', '纪检监察', true],
  ['organisation_personnel', '组织人事', false],
  ['party_government_affairs', '党务政务', false],
  ['economic_management', '经济管理', false],
  ['market_supervision', '市场监督', false],
  ['science_technology_it', '科技与信息产业', false],
  ['military_affairs', '军队事务', false],
  ['other', '其他', false],
];

const ALIASES: Array<[string, string[]]> = [
  ['国土资源', ['natural_resources']],
  ['卫生计生', ['health']],
  ['环境保护', ['ecology_environment']],
  ['民政', ['civil_affairs_emergency']],
  ['教育文体', ['education', 'culture_sports_tourism']],
  ['劳动社保', ['labour_social_security']],
  ['食品药品监管', ['market_supervision']],
];

export class SeedSubjectTaxonomy1795644100000 implements MigrationInterface {
  name = 'SeedSubjectTaxonomy1795644100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [index, [code, name, restricted]] of SUBJECTS.entries()) {
      await queryRunner.query(
        'INSERT INTO subject (code, name, sort_order, restricted) VALUES ($1, $2, $3, $4)',
        [code, name, index + 1, restricted],
      );
    }
    for (const [label, codes] of ALIASES) {
      await queryRunner.query('INSERT INTO subject_alias (label, subject_codes) VALUES ($1, $2)', [
        label,
        codes,
      ]);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM subject_alias');
    await queryRunner.query('DELETE FROM subject');
  }
}
