/**
 * Demo catalogue: Realistic demo data for a county's points programs, drawn from published local schemes (理塘 上木拉乡, 巴中 道德银行, 汉川 志愿积分, 洞口 积分换项目, 盛新村, 城郊镇 and others). Points are integers; prices are in points; pointValueFen is fen per point. Goods prices assume 1 point = 1 yuan.
 */
export const DEMO_CATALOG = {
  programs: [
    {
      code: 'household-conduct',
      name: '道德积分',
      holderType: 'household',
      basePoints: 100,
      pointValueFen: 100,
      timezone: 'Asia/Shanghai',
      rules: [
        {
          code: 'LAW-01',
          name: '遵纪守法，全年无违法违规记录',
          category: '遵纪守法',
          points: 10,
          cap: {
            points: 10,
            per: 'year',
          },
        },
        {
          code: 'LAW-02',
          name: '举报违法犯罪线索经查属实',
          category: '遵纪守法',
          points: 5,
        },
        {
          code: 'CUS-01',
          name: '红白喜事简办（三个3：3人主事、不超过3天、不超过3万元）',
          category: '移风易俗',
          points: 10,
        },
        {
          code: 'CUS-02',
          name: '文明祭祀、不燃放烟花爆竹',
          category: '移风易俗',
          points: 3,
          cap: {
            points: 6,
            per: 'year',
          },
        },
        {
          code: 'WRK-01',
          name: '义务投工投劳（每次）',
          category: '勤劳致富',
          points: 5,
          cap: {
            points: 20,
            per: 'month',
          },
        },
        {
          code: 'WRK-02',
          name: '参加农牧民夜校、技能培训（每次）',
          category: '勤劳致富',
          points: 5,
          cap: {
            points: 15,
            per: 'month',
          },
        },
        {
          code: 'CLN-01',
          name: '门前三包、房前屋后整洁（月度检查合格）',
          category: '清洁卫生',
          points: 5,
          cap: {
            points: 5,
            per: 'month',
          },
        },
        {
          code: 'CLN-02',
          name: '垃圾分类投放到位（月度检查合格）',
          category: '清洁卫生',
          points: 3,
          cap: {
            points: 3,
            per: 'month',
          },
        },
        {
          code: 'CLN-03',
          name: '参加环境卫生整治、清理马路（每次）',
          category: '清洁卫生',
          points: 5,
          cap: {
            points: 25,
            per: 'month',
          },
        },
        {
          code: 'FAM-01',
          name: '孝老爱亲、赡养老人到位',
          category: '家庭文明',
          points: 5,
          cap: {
            points: 10,
            per: 'quarter',
          },
        },
        {
          code: 'FAM-02',
          name: '家庭获评县级文明家庭',
          category: '家庭文明',
          points: 15,
        },
        {
          code: 'FAM-03',
          name: '家庭获评市级以上文明家庭',
          category: '家庭文明',
          points: 30,
        },
        {
          code: 'NBR-01',
          name: '主动化解邻里矛盾纠纷',
          category: '邻里和睦',
          points: 5,
          cap: {
            points: 10,
            per: 'quarter',
          },
        },
        {
          code: 'NBR-02',
          name: '帮扶孤寡老人、困难群众（每次）',
          category: '邻里和睦',
          points: 3,
          cap: {
            points: 12,
            per: 'month',
          },
        },
        {
          code: 'PUB-01',
          name: '爱护公共设施、维护公共秩序',
          category: '遵守公德',
          points: 3,
          cap: {
            points: 6,
            per: 'quarter',
          },
        },
        {
          code: 'PUB-02',
          name: '参加村民大会、院落会（每次）',
          category: '遵守公德',
          points: 2,
          cap: {
            points: 8,
            per: 'quarter',
          },
        },
        {
          code: 'VOL-01',
          name: '参加志愿服务活动（每次）',
          category: '志愿服务',
          points: 5,
          cap: {
            points: 30,
            per: 'month',
          },
        },
        {
          code: 'VOL-02',
          name: '无偿献血',
          category: '志愿服务',
          points: 10,
          cap: {
            points: 20,
            per: 'year',
          },
        },
        {
          code: 'PAT-01',
          name: '参加“红袖章”义务巡防（每班次）',
          category: '平安巡防',
          points: 3,
          cap: {
            points: 30,
            per: 'month',
          },
        },
        {
          code: 'PAT-02',
          name: '巡防中发现并报告安全隐患',
          category: '平安巡防',
          points: 5,
        },
        {
          code: 'HON-01',
          name: '获县级表彰',
          category: '表彰奖励',
          points: 15,
        },
        {
          code: 'HON-02',
          name: '获市级表彰',
          category: '表彰奖励',
          points: 20,
        },
        {
          code: 'HON-03',
          name: '获省级表彰',
          category: '表彰奖励',
          points: 30,
        },
        {
          code: 'HON-04',
          name: '获国家级表彰',
          category: '表彰奖励',
          points: 50,
        },
        {
          code: 'DED-01',
          name: '违反村规民约（每次）',
          category: '遵纪守法',
          points: -10,
        },
        {
          code: 'DED-02',
          name: '乱堆乱放、乱扔垃圾（每次发现）',
          category: '清洁卫生',
          points: -5,
        },
        {
          code: 'DED-03',
          name: '损坏公共设施',
          category: '遵守公德',
          points: -20,
        },
        {
          code: 'DED-04',
          name: '参与赌博',
          category: '遵纪守法',
          points: -20,
        },
        {
          code: 'DED-05',
          name: '大操大办、高额彩礼',
          category: '移风易俗',
          points: -15,
        },
        {
          code: 'DED-06',
          name: '不讲诚信、恶意拖欠',
          category: '遵纪守法',
          points: -10,
        },
        {
          code: 'DED-07',
          name: '违法犯罪被依法处理',
          category: '遵纪守法',
          points: -50,
        },
      ],
    },
    {
      code: 'village-assessment',
      name: '积分换项目（村级考核）',
      holderType: 'village',
      basePoints: 0,
      pointValueFen: 0,
      timezone: 'Asia/Shanghai',
      rules: [
        {
          code: 'ZERO-ACC',
          name: '零事故：当月无安全生产、道路交通、学生溺水事故',
          category: '六零创建',
          points: 10,
          cap: {
            points: 10,
            per: 'month',
          },
        },
        {
          code: 'ZERO-PET',
          name: '零非访：当月无非正常上访',
          category: '六零创建',
          points: 10,
          cap: {
            points: 10,
            per: 'month',
          },
        },
        {
          code: 'ZERO-CRM',
          name: '零发案：当月无刑事案件',
          category: '六零创建',
          points: 10,
          cap: {
            points: 10,
            per: 'month',
          },
        },
        {
          code: 'ZERO-BLD',
          name: '零违建：当月无新增违法建设',
          category: '六零创建',
          points: 10,
          cap: {
            points: 10,
            per: 'month',
          },
        },
        {
          code: 'ZERO-POL',
          name: '零污染：当月无环境污染事件',
          category: '六零创建',
          points: 10,
          cap: {
            points: 10,
            per: 'month',
          },
        },
        {
          code: 'ZERO-EPI',
          name: '零疫情：当月无疫情传播',
          category: '六零创建',
          points: 10,
          cap: {
            points: 10,
            per: 'month',
          },
        },
        {
          code: 'KEY-FRAUD',
          name: '反电诈宣传全覆盖',
          category: '重点工作',
          points: 5,
          cap: {
            points: 5,
            per: 'month',
          },
        },
        {
          code: 'KEY-DRUG',
          name: '禁毒工作达标',
          category: '重点工作',
          points: 5,
          cap: {
            points: 5,
            per: 'month',
          },
        },
        {
          code: 'KEY-LAND',
          name: '耕地保护无新增“非农化”',
          category: '重点工作',
          points: 5,
          cap: {
            points: 5,
            per: 'month',
          },
        },
        {
          code: 'PEN-PET',
          name: '发生非正常上访（每起）',
          category: '扣分',
          points: -5,
        },
        {
          code: 'PEN-ACC',
          name: '发生安全事故（每起）',
          category: '扣分',
          points: -10,
        },
        {
          code: 'PEN-BLD',
          name: '新增违法建设（每处）',
          category: '扣分',
          points: -5,
        },
      ],
    },
  ],
  storeGoods: [
    {
      sku: 'RICE-10KG',
      name: '大米 10kg',
      pointsPrice: 50,
      limit: {
        quantity: 1,
        per: 'month',
      },
    },
    {
      sku: 'OIL-5L',
      name: '食用油 5L',
      pointsPrice: 85,
      limit: {
        quantity: 1,
        per: 'month',
      },
    },
    {
      sku: 'TISSUE',
      name: '抽纸（一提）',
      pointsPrice: 15,
    },
    {
      sku: 'TOOTHPASTE',
      name: '牙膏',
      pointsPrice: 10,
    },
    {
      sku: 'DETERGENT',
      name: '洗衣粉',
      pointsPrice: 20,
    },
    {
      sku: 'SOAP',
      name: '肥皂',
      pointsPrice: 5,
    },
    {
      sku: 'SALT',
      name: '食盐',
      pointsPrice: 3,
    },
    {
      sku: 'TOWEL',
      name: '毛巾',
      pointsPrice: 10,
    },
    {
      sku: 'WATER-FEE-10',
      name: '抵扣水费 10 元',
      pointsPrice: 10,
      service: true,
    },
  ],
  allocationExample: {
    about:
      '洞口县 2021: 10,000,000 yuan a year of project funds to the top 100 villages by score; 102 villages rewarded (ties at the cut-off). A village received 30,000 yuan of work funds and 130,000 yuan of project funds.',
    budgetFen: 1000000000,
    topN: 100,
    bottomN: 20,
  },
} as const;
