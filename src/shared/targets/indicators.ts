/**
 * The common indicators of Chinese government work and plan reports, in Chinese and English, with
 * their sense: a 'floor' is met at or above the target (growth, income, R&D intensity, jobs), a
 * 'ceiling' at or below it (CPI, the unemployment rate, PM2.5 density). Names are matched in the
 * sentence before the figure (pair-targets.ts); an indicator's display name comes from the i18n
 * catalogue under `targets.indicator.<id>`.
 */
export type IndicatorSense = 'floor' | 'ceiling';

export interface Indicator {
  id: string;
  names: RegExp;
  sense: IndicatorSense;
}

// Longer, more specific names first: "added value of the service sector" must not read as GDP.
export const INDICATORS: readonly Indicator[] = [
  {
    id: 'industrialAddedValue',
    sense: 'floor',
    names:
      /added value of (?:the )?industrial enterprises above (?:the )?designated size|(?:value[- ]added|added value) of (?:the )?industr(?:y|ies|ial enterprises)|industrial (?:value[- ]added|added value)|规上工业增加值|规模以上工业增加值/gi,
  },
  {
    id: 'serviceAddedValue',
    sense: 'floor',
    names:
      /(?:added value|value[- ]added) of (?:the )?(?:service|tertiary) (?:sector|industry)|service sector(?:'s)? (?:added value|value[- ]added)|服务业增加值/gi,
  },
  {
    id: 'energyIntensity',
    sense: 'ceiling',
    names: /energy consumption per unit of (?:GDP|gross domestic product)|单位(?:GDP|地区生产总值|生产总值)能耗/gi,
  },
  { id: 'gdp', sense: 'floor', names: /\b(?:regional )?GDP\b|gross domestic product|economic growth|地区生产总值|生产总值|经济增长|GDP/gi },
  { id: 'fixedAssetInvestment', sense: 'floor', names: /investment in fixed assets|fixed[- ]asset investment|固定资产投资/gi },
  { id: 'retailSales', sense: 'floor', names: /(?:total )?retail sales of consumer goods|社会消费品零售总额/gi },
  {
    id: 'rdIntensity',
    sense: 'floor',
    names:
      /R&D (?:investment |expenditure |spending )?intensity|(?:ratio|share) of R&D (?:investment|expenditure|spending)|研发投入强度|研究与试验发展经费投入强度|R&D经费投入强度/gi,
  },
  {
    id: 'fiscalRevenue',
    sense: 'floor',
    names: /general public budget revenue|(?:local )?fiscal revenue|budgetary revenue|一般公共预算收入|财政收入/gi,
  },
  {
    id: 'residentIncome',
    sense: 'floor',
    names: /per capita disposable income|(?:urban and rural )?residents[’']? (?:per capita )?incomes?|居民人均可支配收入|居民收入/gi,
  },
  { id: 'newUrbanJobs', sense: 'floor', names: /new (?:urban )?jobs|城镇新增就业/gi },
  { id: 'unemployment', sense: 'ceiling', names: /(?:urban )?(?:surveyed |registered )?unemployment rate|(?:城镇)?(?:调查|登记)?失业率/gi },
  { id: 'cpi', sense: 'ceiling', names: /\bCPI\b|consumer prices?(?: index)?|居民消费价格(?:涨幅|指数)?|CPI/gi },
  { id: 'pm25', sense: 'ceiling', names: /PM2\.5|fine particulate matters?/gi },
  { id: 'surfaceWater', sense: 'floor', names: /surface water|地表水/gi },
  { id: 'foreignTrade', sense: 'floor', names: /total (?:value of )?(?:imports? and exports?|foreign trade)|(?:进出口|外贸)总额/gi },
  {
    id: 'foreignInvestment',
    sense: 'floor',
    names: /(?:actual(?:ly)? (?:use of|used) )?foreign (?:capital|direct investment)|实际使用外资/gi,
  },
];

/** A mention of an indicator in a sentence. */
export interface IndicatorMention {
  indicator: Indicator;
  start: number;
  end: number;
}

/** Every indicator named in the sentence, in order; overlapping names keep the earlier, more specific one. */
export function indicatorMentions(sentence: string): IndicatorMention[] {
  const found: IndicatorMention[] = [];
  for (const indicator of INDICATORS) {
    indicator.names.lastIndex = 0;
    for (let m = indicator.names.exec(sentence); m !== null; m = indicator.names.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!found.some((f) => start < f.end && f.start < end)) found.push({ indicator, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
