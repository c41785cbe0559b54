/**
 * The fictional city 青嵘市 (all names invented) used for the demo and the tests: its units, the 20
 * leaders with portfolios and quotas, and the departments that attend receptions.
 */
import type { LeaderRank, RotationPool, UnitLevel } from '../org/index.js';

export const CITY_VENUE = '市群众来访接待中心（市信访局一楼）';

/** 韩立诚 (纪检监察) receives in a separate place, not publicly (domain table: separate venue). */
export const L05_VENUE = '市纪委监委信访接待室';

/** 落款 of the city's roster notice: the two general offices (两办), as on a joint notice. */
export const CITY_ISSUING_OFFICE = '中共青嵘市委办公室　青嵘市人民政府办公室';

export const DEMO_UNITS: ReadonlyArray<{ code: string; name: string; level: UnitLevel }> = [
  { code: 'QR', name: '青嵘市', level: 'city' },
  { code: 'QR-RC', name: '嵘城区', level: 'county' },
  { code: 'QR-DJ', name: '东江区', level: 'county' },
  { code: 'QR-BL', name: '北岭区', level: 'county' },
  { code: 'QR-LX', name: '临溪县', level: 'county' },
  { code: 'QR-BS', name: '白沙县', level: 'county' },
  { code: 'QR-GX', name: '青嵘高新区', level: 'county' },
];

const ALL_PUBLIC_SUBJECTS = [
  'urban_construction',
  'natural_resources',
  'agriculture_rural',
  'labour_social_security',
  'health',
  'education',
  'culture_sports_tourism',
  'ecology_environment',
  'transport',
  'civil_affairs_emergency',
  'politics_law',
  'organisation_personnel',
  'party_government_affairs',
  'economic_management',
  'market_supervision',
  'science_technology_it',
  'military_affairs',
  'other',
];

export interface DemoLeader {
  code: string;
  name: string;
  title: string;
  portfolioText: string;
  subjects: string[];
  /** 主要领导 (书记, 市长) / 市委常委 (副书记 included) / 副市长 / 人大 / 政协. */
  rank: LeaderRank;
  pool: RotationPool;
  /** A separate reception place; absent: the city's hall. */
  venue?: string;
  /** false: duties kept out of every public list (纪检监察). */
  publicReception?: boolean;
  /**
   * Sessions per month [min, max]; quarterly leaders sit at most `quarter` times a quarter, and
   * at least once (the quarterly minimum).
   */
  monthly: [number, number];
  quarter?: number;
}

export const DEMO_LEADERS: ReadonlyArray<DemoLeader> = [
  {
    code: 'L01',
    name: '程望岳',
    title: '市委书记',
    portfolioText: '全面',
    subjects: ALL_PUBLIC_SUBJECTS,
    rank: 'principal',
    pool: 'party_government',
    monthly: [0, 1],
    quarter: 1,
  },
  {
    code: 'L02',
    name: '苏衡川',
    title: '市委副书记、市长',
    portfolioText: '政府全面、审计',
    subjects: ALL_PUBLIC_SUBJECTS,
    rank: 'principal',
    pool: 'party_government',
    monthly: [1, 1],
  },
  {
    code: 'L03',
    name: '叶清禾',
    title: '市委副书记（专职）',
    portfolioText: '党建、乡村振兴联系、群团',
    subjects: ['agriculture_rural', 'party_government_affairs'],
    rank: 'standing',
    pool: 'party_government',
    monthly: [1, 1],
  },
  {
    code: 'L04',
    name: '陆承泽',
    title: '市委常委、常务副市长',
    portfolioText: '发改、财政、国资、金融、税务、统计、应急',
    subjects: ['economic_management', 'civil_affairs_emergency'],
    rank: 'standing',
    pool: 'party_government',
    monthly: [1, 2],
  },
  {
    code: 'L05',
    name: '韩立诚',
    title: '市委常委、市纪委书记、市监委主任',
    portfolioText: '纪检监察（单独场所接访，不公开）',
    subjects: ['discipline_supervision'],
    rank: 'standing',
    pool: 'party_government',
    venue: L05_VENUE,
    publicReception: false,
    monthly: [1, 1],
  },
  {
    code: 'L06',
    name: '邵明远',
    title: '市委常委、组织部部长',
    portfolioText: '组织、编制、人才',
    subjects: ['organisation_personnel'],
    rank: 'standing',
    pool: 'party_government',
    monthly: [1, 1],
  },
  {
    code: 'L07',
    name: '温若宁',
    title: '市委常委、宣传部部长',
    portfolioText: '宣传、网信、文明创建',
    subjects: ['party_government_affairs', 'culture_sports_tourism'],
    rank: 'standing',
    pool: 'party_government',
    monthly: [1, 1],
  },
  {
    code: 'L08',
    name: '钟正平',
    title: '市委常委、政法委书记',
    portfolioText: '政法、综治、涉法涉诉',
    subjects: ['politics_law'],
    rank: 'standing',
    pool: 'party_government',
    monthly: [1, 2],
  },
  {
    code: 'L09',
    name: '白沐阳',
    title: '市委常委、统战部部长',
    portfolioText: '统战、民族宗教、侨务、工商联',
    subjects: ['other', 'economic_management'],
    rank: 'standing',
    pool: 'party_government',
    monthly: [1, 1],
  },
  {
    code: 'L10',
    name: '郑知远',
    title: '市委常委、市委秘书长',
    portfolioText: '市委办、机关事务、督查',
    subjects: ['party_government_affairs'],
    rank: 'standing',
    pool: 'party_government',
    monthly: [1, 1],
  },
  {
    code: 'L11',
    name: '雷振霆',
    title: '副市长、市公安局局长',
    portfolioText: '公安、司法行政、国家安全、道路交通安全',
    subjects: ['politics_law', 'transport'],
    rank: 'vice_mayor',
    pool: 'party_government',
    monthly: [1, 2],
  },
  {
    code: 'L12',
    name: '方筑安',
    title: '副市长',
    portfolioText: '自然资源和规划、住房和城乡建设、城市管理、交通运输、人防',
    subjects: ['urban_construction', 'natural_resources', 'transport'],
    rank: 'vice_mayor',
    pool: 'party_government',
    monthly: [1, 2],
  },
  {
    code: 'L13',
    name: '田禾丰',
    title: '副市长',
    portfolioText: '农业农村、水利、林业、乡村振兴、退役军人事务',
    subjects: ['agriculture_rural', 'military_affairs'],
    rank: 'vice_mayor',
    pool: 'party_government',
    monthly: [1, 2],
  },
  {
    code: 'L14',
    name: '林杏桥',
    title: '副市长',
    portfolioText: '教育、卫生健康、医疗保障、体育',
    subjects: ['education', 'health'],
    rank: 'vice_mayor',
    pool: 'party_government',
    monthly: [1, 2],
  },
  {
    code: 'L15',
    name: '高启辰',
    title: '副市长',
    portfolioText: '工业和信息化、科技、数据、生态环境、市场监管',
    subjects: ['science_technology_it', 'ecology_environment', 'market_supervision'],
    rank: 'vice_mayor',
    pool: 'party_government',
    monthly: [1, 2],
  },
  {
    code: 'L16',
    name: '许安民',
    title: '副市长',
    portfolioText: '人社、民政、应急管理、商务、文旅',
    subjects: ['labour_social_security', 'civil_affairs_emergency', 'culture_sports_tourism'],
    rank: 'vice_mayor',
    pool: 'party_government',
    monthly: [1, 2],
  },
  {
    code: 'L17',
    name: '罗守正',
    title: '市人大常委会副主任',
    portfolioText: '联系监察和司法委',
    subjects: ['politics_law'],
    rank: 'npc',
    pool: 'npc',
    monthly: [0, 1],
    quarter: 1,
  },
  {
    code: 'L18',
    name: '沈澄江',
    title: '市人大常委会副主任',
    portfolioText: '联系城建环资委',
    subjects: ['urban_construction', 'ecology_environment'],
    rank: 'npc',
    pool: 'npc',
    monthly: [0, 1],
    quarter: 1,
  },
  {
    code: 'L19',
    name: '欧阳禾',
    title: '市政协副主席',
    portfolioText: '联系农业和农村委',
    subjects: ['agriculture_rural'],
    rank: 'cppcc',
    pool: 'cppcc',
    monthly: [0, 1],
    quarter: 1,
  },
  {
    code: 'L20',
    name: '甘素问',
    title: '市政协副主席',
    portfolioText: '联系教科卫体委',
    subjects: ['education', 'health'],
    rank: 'cppcc',
    pool: 'cppcc',
    monthly: [0, 1],
    quarter: 1,
  },
];

export const DEMO_DEPARTMENTS: ReadonlyArray<{ name: string; subjects: string[] }> = [
  { name: '市住房和城乡建设局', subjects: ['urban_construction'] },
  { name: '市自然资源和规划局', subjects: ['natural_resources'] },
  { name: '市农业农村局', subjects: ['agriculture_rural'] },
  { name: '市人力资源和社会保障局', subjects: ['labour_social_security'] },
  { name: '市卫生健康委员会', subjects: ['health'] },
  { name: '市医疗纠纷人民调解委员会', subjects: ['health'] },
  { name: '市教育局', subjects: ['education'] },
  { name: '市文化广电旅游局', subjects: ['culture_sports_tourism'] },
  { name: '市生态环境局', subjects: ['ecology_environment'] },
  { name: '市交通运输局', subjects: ['transport'] },
  { name: '市民政局', subjects: ['civil_affairs_emergency'] },
  { name: '市公安局', subjects: ['politics_law'] },
  { name: '市退役军人事务局', subjects: ['military_affairs'] },
  { name: '市市场监督管理局', subjects: ['market_supervision'] },
  { name: '市工业和信息化局', subjects: ['science_technology_it'] },
  { name: '市财政局', subjects: ['economic_management'] },
];
