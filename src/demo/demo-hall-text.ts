/** Fictional words for the demo year of hall records (no real person or matter). */
export const FAMILY = [
  '李',
  '王',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
];
export const GIVEN = [
  '建国',
  '秀英',
  '志强',
  '丽华',
  '海燕',
  '国平',
  '春梅',
  '立新',
  '玉兰',
  '明亮',
  '桂芳',
  '德胜',
];
export const LOCALITIES = ['嵘城区', '东江区', '北岭区', '临溪县', '白沙县', '青嵘高新区'];
export const SUMMARIES: Record<string, [string, string]> = {
  urban_construction: ['小区加装电梯和物业服务纠纷', '协调加装电梯、规范物业服务'],
  natural_resources: ['宅基地确权登记争议', '依法确权登记'],
  agriculture_rural: ['土地流转租金拖欠', '督促支付流转租金'],
  labour_social_security: ['农民工工资拖欠', '尽快足额支付工资'],
  health: ['医疗费用报销争议', '按政策报销医疗费用'],
  education: ['子女入学学位安排', '就近安排入学'],
  culture_sports_tourism: ['景区门票退费纠纷', '退还门票费用'],
  ecology_environment: ['企业夜间噪声扰民', '责令企业整改'],
  transport: ['道路施工影响出行', '合理安排施工时段'],
  civil_affairs_emergency: ['低保资格认定', '重新核定低保资格'],
};
export const FALLBACK: [string, string] = ['邻里纠纷调处', '依法调处'];
