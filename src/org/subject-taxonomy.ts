/**
 * The first level of the petition subject taxonomy (信访事项内容分类), DESIGN.md §4, and the older
 * labels that imports still meet. The seed migration writes exactly this data.
 */
export const SUBJECTS: ReadonlyArray<{ code: string; name: string; restricted?: boolean }> = [
  { code: 'urban_construction', name: '城乡建设' },
  { code: 'natural_resources', name: '自然资源' },
  { code: 'agriculture_rural', name: '农村农业' },
  { code: 'labour_social_security', name: '劳动和社会保障' },
  { code: 'health', name: '卫生健康' },
  { code: 'education', name: '教育' },
  { code: 'culture_sports_tourism', name: '文体旅游' },
  { code: 'ecology_environment', name: '生态环境' },
  { code: 'transport', name: '交通运输' },
  { code: 'civil_affairs_emergency', name: '民政与应急' },
  { code: 'politics_law', name: '政法' },
  { code: 'discipline_supervision', name: '纪检监察', restricted: true },
  { code: 'organisation_personnel', name: '组织人事' },
  { code: 'party_government_affairs', name: '党务政务' },
  { code: 'economic_management', name: '经济管理' },
  { code: 'market_supervision', name: '市场监督' },
  { code: 'science_technology_it', name: '科技与信息产业' },
  { code: 'military_affairs', name: '军队事务' },
  { code: 'other', name: '其他' },
];

export const SUBJECT_ALIASES: ReadonlyArray<{ label: string; codes: string[] }> = [
  { label: '国土资源', codes: ['natural_resources'] },
  { label: '卫生计生', codes: ['health'] },
  { label: '环境保护', codes: ['ecology_environment'] },
  { label: '民政', codes: ['civil_affairs_emergency'] },
  { label: '教育文体', codes: ['education', 'culture_sports_tourism'] },
  { label: '劳动社保', codes: ['labour_social_security'] },
  { label: '食品药品监管', codes: ['market_supervision'] },
];
