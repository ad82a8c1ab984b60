/** Display names of resources for NOT_FOUND / CONFLICT messages. */
export const RESOURCE_NAMES: Record<string, { zh: string; en: string }> = {
  region: { zh: '区划', en: 'Region' },
  user: { zh: '用户', en: 'User' },
  household: { zh: '农户', en: 'Household' },
  store: { zh: '爱心超市', en: 'Store' },
  device: { zh: '设备', en: 'Device' },
  import: { zh: '导入任务', en: 'Import' },
  program: { zh: '积分方案', en: 'Program' },
  rule: { zh: '积分标准', en: 'Rule' },
  holder: { zh: '积分对象', en: 'Holder' },
  transaction: { zh: '积分记录', en: 'Transaction' },
  member: { zh: '家庭成员', en: 'Member' },
  item: { zh: '商品', en: 'Item' },
  redemption: { zh: '兑换记录', en: 'Redemption' },
  settlement: { zh: '结算单', en: 'Settlement' },
  ranking: { zh: '排名', en: 'Ranking run' },
  plan: { zh: '分配方案', en: 'Allocation plan' },
  evidence: { zh: '证明照片', en: 'Evidence' },
  claim: { zh: '积分申报', en: 'Claim' },
  notice: { zh: '公示记录', en: 'Notice' },
  objection: { zh: '异议', en: 'Objection' },
};

/** Chinese names of enumerated values that appear in messages (region levels, roles). */
export const VALUE_NAMES_ZH: Record<string, string> = {
  county: '县',
  township: '乡镇（街道）',
  village: '村（社区）',
  grid: '网格',
  county_admin: '县级管理员',
  township_officer: '乡镇干部',
  village_clerk: '村文书',
  reviewer: '审核员',
  store_operator: '超市店员',
  auditor: '审计员',
};
