/** Steps of a call, in the order every script follows them. */
export const sectionKinds = ['opening', 'verify', 'handle', 'closing'] as const;
/** One step of a call. */
export type SectionKind = (typeof sectionKinds)[number];

/** Chinese name of each step, as printed above its lines. */
export const sectionLabels: Record<SectionKind, string> = {
  opening: '开场',
  verify: '核实身份',
  handle: '处理',
  closing: '结束',
};

/** Who places the call. */
export const callDirections = ['inbound', 'outbound'] as const;
/** Inbound (the customer calls the shop) or outbound (the agent calls the customer). */
export type CallDirection = (typeof callDirections)[number];

/** Chinese name of each direction. */
export const directionLabels: Record<CallDirection, string> = {
  inbound: '呼入',
  outbound: '呼出',
};

/** Who speaks a line. */
export const speakerRoles = ['agent', 'customer'] as const;
/** The agent (the learner reads these lines) or the customer. */
export type SpeakerRole = (typeof speakerRoles)[number];

/** Chinese name of each role. */
export const roleLabels: Record<SpeakerRole, string> = { agent: '客服', customer: '顾客' };

/** What a tip or a self-check item is about. */
export const aspectIds = ['mandarin', 'tone', 'pace', 'smile', 'polite'] as const;
/** One quality of a spoken reply. */
export type AspectId = (typeof aspectIds)[number];

/** Each aspect: its name and what the learner listens for when checking a recording. */
export const aspects: Record<AspectId, { label: string; check: string }> = {
  mandarin: { label: '普通话', check: '发音标准，吐字清楚，不带方言腔，没有“嗯、那个”之类的口头禅' },
  tone: { label: '语调', check: '语调自然有起伏，问句句尾微微上扬，不生硬、不拖腔' },
  pace: { label: '语速', check: '语速平稳，约每分钟 120 字；订单号、时间、地址等要点放慢说' },
  smile: { label: '微笑服务', check: '带着微笑说话，声音听起来亲切、有精神' },
  polite: { label: '礼貌用语', check: '称呼“您”，多用“请、谢谢、麻烦您”，用商量的语气提要求，没有禁用语' },
};
