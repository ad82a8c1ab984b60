/** Display names of resources for NOT_FOUND / CONFLICT messages. */
export const RESOURCE_NAMES: Record<string, { zh: string; en: string }> = {
  region: { zh: '区划', en: 'Region' },
  user: { zh: '用户', en: 'User' },
  household: { zh: '农户', en: 'Household' },
  store: { zh: '爱心超市', en: 'Store' },
  device: { zh: '设备', en: 'Device' },
  import: { zh: '导入任务', en: 'Import' },
};
