import type { DraftContent } from '../../domain/draft';

/** Drafts that pass every check, in Chinese and English (the unit tests change one thing at a time). */
const ZH_REASONS = [
  '我市南部山区共有四十二个行政村，常住人口约三万人，其中六十岁以上老人占三成以上。目前通往这些村庄的公交线路只有三条，多数村庄每天只有早晚各一班车，部分偏远村庄每周只有两天通车。',
  '村民到镇卫生院看病、到县城办事、学生周末返校，都要步行数公里到主干道拦车，或者花高价搭乘无证营运的面包车，既不方便，也不安全。去年冬季雨雪天气期间，多个村庄连续一周停运，群众反映强烈。',
  '在走访中，许多老人说，每月去县医院复查一次，来回要花去大半天时间和几十元车费；在外务工的年轻人也说，过年回家最难的一段路就是从镇上到村里。这些情况在代表联络站的接待日里被反复提到。',
  '农村公交不仅关系群众日常出行，也关系乡村产业发展。山区村庄盛产茶叶、竹笋和高山蔬菜，由于缺少稳定的客货运输，农户只能把产品低价卖给上门收购的商贩，增收受到明显影响。一些在外创业的青年有意回乡开办民宿和农家乐，也因为交通不便而犹豫不决。',
].join('\n');
const ZH_BASIS = [
  '造成这一问题的原因主要有三个方面：一是农村线路客流少、运营成本高，公交企业缺乏开线的积极性，现有补贴标准多年未作调整；二是部分村道路面窄、弯道急，会车困难，达不到大中型客车的通行条件；三是城乡公交规划没有把山区村庄的出行需求纳入统筹考虑，站点设置与群众实际出行路线脱节。',
  '周边县市已有成熟做法可以借鉴：有的采用小型客车开行预约班次，按需发车；有的把客运、邮政、快递合并运营，一车多用，降低了单位成本，村民出行和农产品外运都得到了改善。',
  '按照本省城乡交通运输一体化的工作目标，到明年底具备条件的建制村应当实现公交通达，我市山区村庄与这一目标还有较大差距，需要加快补上短板。',
].join('\n');
const ZH_MEASURES = [
  '建议市交通运输局会同各镇，对南部山区四十二个行政村的出行需求开展一次全面调查，在此基础上优化线路和站点设置，力争年内实现每个村每天至少往返三班。',
  '建议市财政适当提高农村公交运营补贴标准，对客流较少但群众确有需要的线路实行成本规制和定额补贴，保障线路长期稳定运营，防止开了又停。',
  '对暂不具备大中型客车通行条件的村道，建议开行小型客车预约班次，并结合农村公路提升工程逐步拓宽路面、增设会车道和候车亭，同时推进客运与邮政快递融合运营。',
];

export const zhSuggestion: DraftContent = {
  kind: 'suggestion',
  language: 'zh-CN',
  title: '关于增开南部山区农村公交班次的建议',
  category: '交通',
  reasons: ZH_REASONS,
  basis: ZH_BASIS,
  measures: ZH_MEASURES,
  citations: [],
  leadDeputy: '李明',
  delegation: '南湖区代表团',
  deputyNumber: '0421',
  contact: '0573-1234567',
  coSigners: [],
  date: '2024-01-30',
};

const EN_REASONS = [
  'Forty-two villages in the southern hills of our city are home to about thirty thousand people, and more than a third of them are over sixty. Only three bus routes reach these villages. Most villages have one bus in the morning and one in the evening, and some of the remotest ones are served on two days a week only.',
  'To see a doctor at the township clinic, to visit an office in the county town, or to take children back to school after the weekend, villagers walk several kilometres to the main road to wave down a bus, or pay high fares to unlicensed minivans, which is neither convenient nor safe. Last winter, during a week of snow and rain, several villages had no bus at all, and many residents complained to their deputies.',
  'During my visits, elderly residents told me that a monthly check-up at the county hospital takes them half a day and a sizeable part of their pension in fares. Young people who work in other cities said that the hardest stretch of their journey home for the new year is the last one, from the township to the village. The same stories came up again and again at the reception days of the deputies\u2019 liaison station.',
].join('\n');
const EN_BASIS = [
  'There are three main causes. First, rural routes carry few passengers and cost a lot to run, so bus companies have little reason to open them, and the operating subsidy has not been changed for years. Second, many village roads are narrow, with sharp bends and few passing places, so full-size buses cannot use them. Third, the urban and rural bus plans never counted the travel needs of the hill villages, and stops were placed away from the paths people actually take.',
  'Neighbouring counties show what works. Some run small buses on demand, booked by telephone the day before. Others combine passenger transport with post and parcel delivery, so that one vehicle serves several purposes, the cost per trip falls, and both villagers and their farm produce travel more easily.',
  'The provincial plan for integrated urban and rural transport says that every village with a suitable road should have a bus service by the end of next year. Our hill villages are still far from that goal, and the gap should be closed soon.',
].join('\n');
const EN_MEASURES = [
  'The city transport bureau, together with the townships, should survey the travel needs of all forty-two villages in the southern hills, and then redraw the routes and stops so that every village has at least three return trips a day within this year.',
  'The city should raise the operating subsidy for rural buses and pay a fixed subsidy for routes that carry few passengers but are truly needed, so that they keep running year after year instead of being opened and closed again.',
  'Where village roads cannot yet take full-size buses, small buses should run on demand, while the rural road programme widens the roads step by step and adds passing places and shelters; passenger transport should also be combined with post and parcel delivery.',
];

export const enSuggestion: DraftContent = {
  ...zhSuggestion,
  language: 'en',
  title: 'Suggestion on more rural bus services in the southern hills',
  category: 'Transport',
  reasons: EN_REASONS,
  basis: EN_BASIS,
  measures: EN_MEASURES,
  leadDeputy: 'Li Ming',
  delegation: 'Nanhu District delegation',
};

const signers = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `代表${i + 1}`, delegation: '南湖区', deputyNumber: String(100 + i) }));
export { signers };

export const zhProposal: DraftContent = {
  ...zhSuggestion,
  kind: 'proposal',
  title: '关于制定农村公共交通条例的议案',
  measures: [
    '建议市人大常委会将《农村公共交通条例》列入明年立法计划，明确政府、企业和村组织在农村公交中的责任。',
    '条例应当规定农村公交运营补贴的标准和调整办法，以及线路开通、停运的程序和公示要求。',
  ],
  coSigners: signers(10),
};

export const enProposal: DraftContent = {
  ...enSuggestion,
  kind: 'proposal',
  title: 'Proposal on a regulation on rural public transport',
  measures: [
    'The standing committee should put a Rural Public Transport Regulation on next year\u2019s legislative plan, setting out the duties of the government, bus companies and village committees.',
    'The regulation should fix how the operating subsidy is set and adjusted, and how routes are opened or closed, with public notice.',
  ],
  coSigners: signers(10).map((s, i) => ({ ...s, name: `Deputy ${i + 1}` })),
};
