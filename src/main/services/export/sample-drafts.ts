/**
 * Realistic drafts for the export tests and the benchmark (not used by the app itself).
 */
import type { DraftContent } from '../../../shared/domain/draft';

const CO_SIGNER_NAMES = [
  '李明华',
  '王秀英',
  '陈建国',
  '刘丽娟',
  '杨志强',
  '赵海燕',
  '黄国平',
  '周晓红',
  '吴建华',
  '徐静',
  '孙卫东',
  '马玉兰',
];

export const CHINESE_PROPOSAL: DraftContent = {
  kind: 'proposal',
  language: 'zh-CN',
  title: '关于加快推进城乡社区养老服务设施建设的议案',
  category: '社会建设',
  reasons:
    '我市60周岁以上户籍老年人口已超过百万，占户籍总人口的比例持续上升，人口老龄化程度高于全省平均水平。\n\n' +
    '当前社区养老服务设施布局不均衡，农村地区尤为突出，部分乡镇居家养老服务照料中心功能单一、使用率不高，难以满足老年人就近就便的养老需求。',
  basis:
    '《中华人民共和国老年人权益保障法》规定，各级人民政府应当将养老服务设施纳入城乡社区配套设施建设规划。\n' +
    '政府工作报告提出，要“深化基本公共服务均等化”，“完善养老服务体系”。经调研，全市仍有部分社区未按标准配建养老服务用房，已建设施中约三成存在闲置或挪作他用的情况。',
  measures: [
    '制定全市城乡社区养老服务设施专项规划，明确新建住宅小区按每百户不少于20平方米的标准配建养老服务用房，并与住宅同步规划、同步建设、同步验收、同步交付。',
    '建立养老服务设施建设和运营的财政补助机制，对农村地区居家养老服务照料中心给予运营补贴，引导专业机构连锁化运营。',
    '将养老服务设施建设纳入对各县（市、区）政府的年度考核，由市人大常委会开展专项监督，并向市人民代表大会报告实施情况。',
  ],
  citations: [
    {
      documentId: 'jiaxing-2024-en',
      documentTitle: '2024年嘉兴市政府工作报告',
      paragraphId: 'p-af8eee39',
      citation: 'II.5 ¶2',
      quote: '完善养老服务体系，新建城乡社区居家养老服务照料中心，发展普惠型养老服务。',
    },
  ],
  leadDeputy: '张卫国',
  delegation: '南湖区代表团',
  deputyNumber: '330402001',
  contact: '0573-82001234',
  coSigners: CO_SIGNER_NAMES.map((name, i) => ({
    name,
    delegation: i % 3 === 0 ? '秀洲区代表团' : '南湖区代表团',
    deputyNumber: `3304020${String(i + 10).padStart(2, '0')}`,
  })),
  date: '2024-01-30',
};

export const ENGLISH_SUGGESTION: DraftContent = {
  kind: 'suggestion',
  language: 'en',
  title: 'Suggestion on Extending Evening Bus Services to Rural Townships',
  category: 'Transport',
  reasons:
    'Many residents of rural townships work late shifts in the city, but the last buses leave the central station before 8 p.m.\n\n' +
    'Workers without cars depend on informal transport, which is expensive and unsafe, especially in winter.',
  basis:
    'The government work report commits to “integrated urban and rural public transport”. A survey by the Nanhu delegation found that 41% of respondents in Fengqiao and Yuxin finish work after 8 p.m.',
  measures: [
    'Run at least two evening services until 10 p.m. on the routes linking the central station with Fengqiao, Yuxin and Xinfeng.',
    'Publish the evening timetable at every stop and in the city transport app, and review ridership after six months.',
  ],
  citations: [
    {
      documentId: 'jiaxing-2024-en',
      documentTitle: 'Report on the Work of the Jiaxing Municipal Government (2024)',
      paragraphId: 'p-2d32aeaf',
      citation: 'II.7 ¶1',
      quote: 'We will promote integrated urban and rural public transport and improve bus services in rural areas.',
    },
  ],
  leadDeputy: 'Zhang Wei (张伟)',
  delegation: 'Nanhu District Delegation',
  deputyNumber: '330402017',
  contact: 'zhang.wei@example.org · 0573-82005678',
  coSigners: [],
  date: '2024-01-30',
};

/** A Chinese proposal about ten pages long in the official layout (the benchmark's size). */
export function longChineseProposal(): DraftContent {
  const reasons = Array.from({ length: 14 }, () => CHINESE_PROPOSAL.reasons).join('\n\n');
  const basis = Array.from({ length: 10 }, () => CHINESE_PROPOSAL.basis).join('\n\n');
  const measures = Array.from({ length: 5 }, () => CHINESE_PROPOSAL.measures).flat();
  return { ...CHINESE_PROPOSAL, reasons, basis, measures };
}
