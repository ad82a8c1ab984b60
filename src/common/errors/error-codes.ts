/**
 * The stable error codes of the API with their HTTP status and messages. Messages may name
 * `{placeholders}` filled from the error's details. Chinese is the default language.
 */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { status: 400, zh: '请求参数有误', en: 'The request has invalid fields' },
  MALFORMED_REQUEST: { status: 400, zh: '请求格式有误', en: 'The request is malformed' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Authentication is required' },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  INVALID_PIN: { status: 401, zh: '卡号或密码错误', en: 'Wrong card code or PIN' },
  INVALID_API_KEY: { status: 401, zh: '设备密钥无效或已停用', en: 'The device key is invalid or revoked' },
  FORBIDDEN: { status: 403, zh: '当前角色无权执行此操作', en: 'Your role may not do this' },
  OUT_OF_SCOPE: { status: 403, zh: '超出您的管辖范围', en: 'This is outside your region' },
  NOT_FOUND: { status: 404, zh: '未找到{resource}', en: '{resource} not found' },
  ROUTE_NOT_FOUND: { status: 404, zh: '接口不存在', en: 'No such endpoint' },
  METHOD_NOT_ALLOWED: { status: 405, zh: '不支持该请求方法', en: 'Method not allowed' },
  CONFLICT: { status: 409, zh: '{resource}已存在', en: '{resource} already exists' },
  DUPLICATE_CODE: { status: 409, zh: '代码{code}已被使用', en: 'The code {code} is already in use' },
  DUPLICATE_USERNAME: { status: 409, zh: '用户名{username}已被使用', en: 'The username {username} is already taken' },
  DUPLICATE_HOUSEHOLD_NO: {
    status: 409,
    zh: '本村已有户号{householdNo}',
    en: 'Household number {householdNo} already exists in this village',
  },
  ALREADY_ADOPTED: {
    status: 409,
    zh: '该积分标准第{version}版已有表决记录',
    en: 'Version {version} of the rule already has its adoption recorded',
  },
  ALREADY_REVOKED: { status: 409, zh: '已经停用过了', en: 'It is already revoked' },
  INVALID_REGION_PARENT: { status: 422, zh: '{level}的上级必须是{expected}', en: 'The parent of a {level} must be a {expected}' },
  NOT_A_VILLAGE: { status: 422, zh: '户只能登记在村或社区下', en: 'Households belong to a village or community' },
  ROLE_NOT_ASSIGNABLE: { status: 422, zh: '您不能创建该角色的用户', en: 'You may not create a user with this role' },
  ROLE_REGION_MISMATCH: { status: 422, zh: '{role}不能分配到{level}', en: 'The role {role} cannot be assigned to a {level}' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的文件类型', en: 'Unsupported content type' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '文件过大', en: 'The file is too large' },
  IMPORT_EMPTY: { status: 422, zh: '导入文件为空或缺少表头', en: 'The import file is empty or has no header' },
  IMPORT_MISSING_COLUMNS: { status: 422, zh: '导入文件缺少列：{columns}', en: 'The import file lacks columns: {columns}' },
  IMPORT_UNREADABLE: {
    status: 422,
    zh: '无法读取该Excel文件，请用Excel或WPS另存为.xlsx或CSV后重试',
    en: 'The spreadsheet cannot be read; save it again as .xlsx or CSV',
  },
  IMPORT_MALFORMED: { status: 422, zh: '导入文件第{line}行引号不匹配', en: 'The import file has unbalanced quotes at line {line}' },
  IMPORT_TOO_LARGE: {
    status: 422,
    zh: '导入文件太大（最多{maxRows}行，表格解压后最多{maxUnpackedMb}MB），请分成几个文件导入',
    en: 'The import file is too large (at most {maxRows} rows, a workbook at most {maxUnpackedMb} MB unpacked); split it into several files',
  },
  IMPORT_TIMED_OUT: {
    status: 422,
    zh: '导入文件读取超过{maxSeconds}秒，请分成几个文件导入',
    en: 'Reading the import file took over {maxSeconds} seconds; split it into several files',
  },
  MINUTES_NOT_A_DOCUMENT: {
    status: 415,
    zh: '会议记录只能上传PDF、JPEG或PNG文件',
    en: 'The minutes must be a PDF, JPEG or PNG file',
  },
  EVIDENCE_NOT_AN_IMAGE: { status: 415, zh: '只能上传JPEG、PNG或WebP格式的照片', en: 'Only JPEG, PNG or WebP photos can be uploaded' },
  EVIDENCE_UNREADABLE: {
    status: 422,
    zh: '无法读取该照片：文件已损坏或像素过大',
    en: 'The photo cannot be read: it is damaged or has too many pixels',
  },
  IDEMPOTENCY_KEY_REUSED: { status: 422, zh: '该幂等键已用于另一请求', en: 'This Idempotency-Key was used for a different request' },
  PERIOD_CLOSED: { status: 422, zh: '{period}已关账，不能再记入', en: 'The period {period} is closed' },
  PERIOD_ALREADY_CLOSED: { status: 409, zh: '{period}已关账', en: 'The period {period} is already closed' },
  PERIOD_HAS_PENDING: {
    status: 409,
    zh: '{period}还有{pending}条公示中的记录（其中{held}条有异议待处理），公示确认后才能关账',
    en: 'The period {period} has {pending} entries under public notice ({held} held by objections); it closes once they are settled',
  },
  PERIOD_NOT_ENDED: { status: 422, zh: '{period}尚未结束，不能关账', en: 'The period {period} has not ended yet' },
  OCCURRED_ON_IN_FUTURE: { status: 422, zh: '发生日期不能晚于今天', en: 'occurredOn cannot be in the future' },
  RULE_NOT_ADOPTED: {
    status: 422,
    zh: '该积分标准第{version}版尚未经村民大会或村民代表会议表决通过，不能使用',
    en: 'Version {version} of the rule has not been adopted by the villagers’ assembly or representatives’ meeting and cannot be used yet',
  },
  TREE_SIZE_NOT_PUBLISHED: {
    status: 422,
    zh: '县级账本尚未公布第{treeSize}条的树头（最新公布{published}条）',
    en: 'No tree head of size {treeSize} has been published yet (the latest covers {published})',
  },
  LEAF_NOT_IN_TREE: { status: 422, zh: '第{leafIndex}条不在{treeSize}条的树中', en: 'Leaf {leafIndex} is not in a tree of {treeSize}' },
  LOG_KEY_MISSING: {
    status: 503,
    zh: '县{countyId}的签名私钥（{keyId}）不在{path}，无法签署树头',
    en: 'The private signing key {keyId} of county {countyId} is not at {path}; no tree head can be signed',
  },
  SIGNATURE_INVALID: {
    status: 401,
    zh: '请求签名无效：未知的X-Client-Id，或签名与请求内容不符',
    en: 'Invalid signature: an unknown X-Client-Id, or a signature that does not match the request',
  },
  CLIENT_REVOKED: { status: 401, zh: '该接口客户端已停用', en: 'The API client has been revoked' },
  REQUEST_EXPIRED: {
    status: 401,
    zh: '请求时间戳与服务器时间相差超过5分钟（webhook-timestamp）',
    en: 'The request timestamp (webhook-timestamp) is more than 5 minutes from the server time',
  },
  REQUEST_REPLAYED: {
    status: 409,
    zh: '该请求（webhook-id {webhookId}）已收到过',
    en: 'This request (webhook-id {webhookId}) was received before',
  },
  TOO_MANY_SECRETS: {
    status: 409,
    zh: '一个客户端最多同时有两个密钥，请先停用旧密钥',
    en: 'A client has at most two secrets at a time; revoke the old one first',
  },
  EVENT_TYPE_NOT_ALLOWED: { status: 422, zh: '该客户端不得发送{type}类事件', en: 'This client may not send events of type {type}' },
  UNMAPPED_EVENT_TYPE: { status: 422, zh: '事件类型{type}尚未对应积分标准', en: 'Event type {type} is not mapped to a rule' },
  HOUSEHOLD_NOT_IDENTIFIED: {
    status: 422,
    zh: '未能唯一确定事件所指的农户',
    en: 'The household of the event could not be identified (no match, or more than one)',
  },
  EVENT_NOT_DEAD: {
    status: 409,
    zh: '该事件不在待处理列表中（状态：{status}）',
    en: 'The event is not in the dead-letter list (status {status})',
  },
  EVENT_CLIENT_REVOKED: {
    status: 409,
    zh: '发送该事件的客户端已停用，不能重放',
    en: 'The client that sent the event is revoked; it cannot be replayed',
  },
  ANNOUNCEMENT_WITHDRAWN: { status: 409, zh: '该公告已撤下', en: 'The announcement has been withdrawn already' },
  RULE_NOT_EFFECTIVE: { status: 422, zh: '该积分标准在{occurredOn}未生效', en: 'The rule was not in force on {occurredOn}' },
  WRONG_RULE_KIND: {
    status: 422,
    zh: '加分请用正分值标准，扣分请用负分值标准',
    en: 'Awards take rules with positive points, deductions rules with negative points',
  },
  HOLDER_FILTER_EMPTY: { status: 422, zh: '没有符合筛选条件的农户', en: 'No household matches the filter' },
  HOLDER_FILTER_TOO_BROAD: {
    status: 422,
    zh: '符合筛选条件的农户超过{max}户，请缩小范围（如按网格）分批记分',
    en: 'More than {max} households match the filter: narrow it (by grid, say) and enter them in batches',
  },
  FILTER_COUNT_CHANGED: {
    status: 409,
    zh: '符合条件的农户已从{expected}户变为{actual}户，请重新确认',
    en: 'The filter now matches {actual} households, not the {expected} confirmed: confirm again',
  },
  RULE_NOT_APPLICABLE: { status: 422, zh: '该积分标准不适用于所选对象', en: 'The rule does not apply to these holders' },
  MEMBER_NOT_IN_HOUSEHOLD: { status: 422, zh: '该成员不属于所选农户', en: 'The member does not belong to the household' },
  ALREADY_REVERSED: { status: 409, zh: '该笔记录已冲正', en: 'The transaction is already reversed' },
  NOT_REVERSIBLE: { status: 422, zh: '该类记录不能冲正', en: 'This kind of transaction cannot be reversed' },
  NOT_A_COUNTY: { status: 422, zh: '积分方案只能建在县级', en: 'A program belongs to a county' },
  INSUFFICIENT_POINTS: {
    status: 422,
    zh: '可兑换积分不足：需要{needed}分，可用{available}分',
    en: 'Not enough redeemable points: {needed} needed, {available} available',
  },
  OUT_OF_STOCK: {
    status: 422,
    zh: '{sku}库存不足：需要{requested}，剩余{available}',
    en: 'Out of stock for {sku}: {requested} requested, {available} left',
  },
  ITEM_LIMIT_REACHED: {
    status: 422,
    zh: '{sku}本期限兑{limit}件，还可兑{remaining}件',
    en: '{sku} is limited to {limit} per household per {per}; {remaining} left',
  },
  NOT_ELIGIBLE: { status: 422, zh: '该户不在本超市服务范围内', en: "The household is outside this store's region" },
  ITEM_INACTIVE: { status: 422, zh: '{sku}已下架', en: '{sku} is not offered at the moment' },
  STORE_HAS_NO_PROGRAM: { status: 422, zh: '该超市尚未关联积分方案', en: 'The store is not tied to a points program' },
  PROGRAM_NOT_REDEEMABLE: { status: 422, zh: '只有农户积分方案可以兑换', en: 'Only household programs can be redeemed' },
  STOCK_WOULD_GO_NEGATIVE: {
    status: 422,
    zh: '{sku}库存不能为负：当前{available}',
    en: 'Stock of {sku} cannot go below zero ({available} on hand)',
  },
  REFUND_WINDOW_PASSED: { status: 422, zh: '已超过{days}天退货期限', en: 'The {days}-day refund window has passed' },
  REDEMPTION_SUSPENDED: {
    status: 422,
    zh: '该户的积分兑换资格已被暂停，{until}后恢复',
    en: 'Redemption is suspended for this household through {until}',
  },
  REFUND_NOT_TODAY: {
    status: 409,
    zh: '收银台只能退当天的小票，其他请由超市管理员办理',
    en: "A counter refunds only today's receipts; ask a store manager for older ones",
  },
  ALREADY_REFUNDED: { status: 409, zh: '该商品已退过', en: 'This line is already refunded' },
  STORE_PROGRAM_LOCKED: {
    status: 409,
    zh: '超市已有兑换记录，不能更换积分方案',
    en: 'The store has redemptions; its program cannot change',
  },
  DUPLICATE_SKU: { status: 409, zh: '商品编码{sku}已存在', en: 'The SKU {sku} already exists in this store' },
  IDEMPOTENCY_KEY_REQUIRED: { status: 400, zh: '兑换终端请求必须带Idempotency-Key', en: 'Kiosk requests must carry an Idempotency-Key' },
  REASON_REQUIRED: {
    status: 422,
    zh: '{period}已发布，重新计算须说明原因',
    en: 'The ranking of {period} is published; a new run needs a reason',
  },
  ALREADY_PUBLISHED: { status: 409, zh: '该排名已发布', en: 'The ranking is already published' },
  RUN_NOT_COMPLETED: { status: 409, zh: '排名尚未计算完成', en: 'The ranking run has not completed' },
  PERIOD_NOT_CLOSED: { status: 422, zh: '{period}尚未关账，不能发布排名', en: 'The period {period} is not closed yet' },
  RUN_NOT_PUBLISHED: { status: 422, zh: '只能基于已发布的排名分配资金', en: 'Allocation plans need a published ranking' },
  NOT_A_VILLAGE_RANKING: { status: 422, zh: '只能按村级排名分配项目资金', en: 'Project money is allocated over a village ranking' },
  ALLOCATION_INFEASIBLE: {
    status: 422,
    zh: '预算与每村上下限无法同时满足',
    en: 'The budget cannot be split within the minimum and maximum',
  },
  CARD_LOCKED: {
    status: 429,
    zh: '密码错误次数过多，该卡已锁定，请于{untilLocal}后再试',
    en: 'Too many wrong PINs: the card is locked until {untilLocal}',
  },
  CARD_LOCKED_UNTIL_RESET: {
    status: 429,
    zh: '密码错误次数过多，该卡已锁定，请到村委会重新设置密码',
    en: 'Too many wrong PINs: the card is locked until the village committee sets a new PIN',
  },
  PIN_NOT_SET: {
    status: 401,
    zh: '本户还没有密码，请到村委会领取',
    en: 'This household has no PIN yet; ask the village committee for one',
  },
  SELF_REVIEW: { status: 403, zh: '不能审核自己提交的申报', en: 'Nobody reviews a claim they filed' },
  OWN_HOUSEHOLD: {
    status: 403,
    zh: '不能为本人、本户或亲属户审核、加分、扣分或处理异议',
    en: 'Nobody approves, awards, deducts or decides objections for themselves, their own household or a related household',
  },
  COI_UNDECLARED: {
    status: 403,
    zh: '请先申报本人居住的农户和亲属户（利益冲突申报），再录入或审核积分',
    en: 'Declare the household you live in and your related households (conflict of interest) before entering or reviewing points',
  },
  SAME_REVIEWER: { status: 403, zh: '须由另一位审核人处理', en: 'Another reviewer must decide this' },
  CLAIM_DECIDED: { status: 409, zh: '该申报已审核（{status}）', en: 'The claim is already decided ({status})' },
  CLAIM_WINDOW_PASSED: { status: 422, zh: '只能申报{days}天内的事项', en: 'Deeds older than {days} days cannot be claimed' },
  NOT_CLAIMABLE: { status: 422, zh: '只能按加分标准为农户申报', en: 'Claims are for households, by rules that award points' },
  EVIDENCE_NOT_USABLE: {
    status: 422,
    zh: '照片{evidenceId}不能用于这条记录（须是本村的照片）',
    en: "The photo {evidenceId} cannot be used here (it must be of the holder's village and one you may see)",
  },
  NOTICE_CLOSED: { status: 422, zh: '公示已结束，不能再提出异议', en: 'The notice period is over; objections are closed' },
  OBJECTION_EXISTS: { status: 409, zh: '本户已对这条公示提出过异议', en: 'This household has already objected to this notice' },
  OBJECTION_DECIDED: { status: 409, zh: '该异议已处理', en: 'The objection is already decided' },
  NOT_A_HOUSEHOLD_PROGRAM: { status: 422, zh: '只适用于农户积分方案', en: 'Only household programs can be used here' },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests, try again later' },
  SERVICE_UNAVAILABLE: { status: 503, zh: '服务暂不可用', en: 'The service is unavailable' },
  TEMPORARILY_UNAVAILABLE: {
    status: 503,
    zh: '服务暂时繁忙，请稍后重试（本次请求未生效）',
    en: 'The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key)',
  },
  INTERNAL_ERROR: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** Per-line codes of an import report (not HTTP errors; they appear in `errors[]`). */
export const IMPORT_LINE_MESSAGES = {
  MISSING_FIELD: { zh: '缺少必填字段：{field}', en: 'Missing required field: {field}' },
  INVALID_FIELD: { zh: '字段格式有误：{field}', en: 'Invalid field: {field}' },
  UNKNOWN_VILLAGE: { zh: '未找到村代码{code}', en: 'Unknown village code {code}' },
  OUT_OF_SCOPE: { zh: '村{code}超出您的管辖范围', en: 'Village {code} is outside your region' },
  NOT_A_VILLAGE: { zh: '{code}不是村或社区', en: '{code} is not a village or community' },
  UNKNOWN_GRID: { zh: '村{village}没有网格{grid}', en: 'Village {village} has no grid {grid}' },
  WRONG_COLUMN_COUNT: { zh: '列数不符（应为{expected}，实际{actual}）', en: 'Wrong number of columns ({actual} instead of {expected})' },
  CONFLICTING_LINE: { zh: '与第{line}行的户信息不一致', en: 'Household data differ from line {line}' },
} as const;

export type ImportLineCode = keyof typeof IMPORT_LINE_MESSAGES;

export function fillTemplate(template: string, details: Record<string, unknown> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => {
    const v = details?.[key];
    if (v === undefined || v === null) return m;
    if (Array.isArray(v)) return v.join(', ');
    return typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean);
  });
}
