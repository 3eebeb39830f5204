import type { LessonQuizInput } from '../../schemas/quiz.ts';

// The quizzes each lesson places in its text, lesson by lesson and in page order. Quiz IDs key saved
// progress (kefu:v1:quiz:<id>), so they never change; the questions come from src/data/questions/.

/** Every lesson quiz of the course. */
export const lessonQuizData: LessonQuizInput[] = [
  { id: 'lesson-1-1', lesson: '1.1', questions: ['m1.q.customer-type', 'm1.q.service-nature', 'm1.q.tf-typing-enough', 'm1.q.classify-stage', 'm1.q.cs-functions', 'm1.q.order-journey', 'm1.q.short-fab'] },
  { id: 'lesson-1-2', lesson: '1.2', questions: ['m1.q.orgchart-report', 'm1.q.tf-response-law', 'm1.q.match-qianniu', 'm1.q.gold-abilities', 'm1.q.conversion-calc', 'm1.q.smart-letters', 'm1.q.qianniu-steps'] },
  { id: 'lesson-2-1', lesson: '2.1', questions: ['m2.q.im-feature', 'm2.q.qianniu-wangwang', 'm2.q.subaccount-principle', 'm2.q.auto-reply-offline', 'm2.q.tf-shortcut-send-as-is', 'm2.q.match-auto-reply'] },
  { id: 'lesson-2-2', lesson: '2.2', questions: ['m2.q.first-response', 'm2.q.out-of-stock-reply', 'm2.q.reception-steps', 'm2.q.transfer-note', 'm2.q.tf-privacy-other-account', 'm2.q.multi-session'] },
  { id: 'practice-2-3', lesson: '2.3', title: '订单状态分类练习', questions: ['m2.q.match-order-status', 'm2.q.order-actions-order'] },
  { id: 'lesson-2-3', lesson: '2.3', questions: ['m2.q.address-change-state', 'm2.q.price-change-when', 'm2.q.sku-stock', 'm2.q.tf-export-orders', 'm2.q.backend-ops-multi', 'm2.q.short-product-feedback'] },
  { id: 'lesson-2-4', lesson: '2.4', questions: ['m2.q.fake-xiaoer', 'm2.q.scam-features', 'm2.q.verification-code', 'm2.q.tf-platform-qq', 'm2.q.phishing-domain', 'm2.q.emergency-steps'] },
  { id: 'lesson-3-1', lesson: '3.1', questions: ['m3.q.voice-work-content', 'm3.q.voice-vs-online-concurrency', 'm3.q.digit-yao', 'm3.q.speaking-rate', 'm3.q.tf-smile-invisible', 'm3.q.match-tone'] },
  { id: 'lesson-3-2', lesson: '3.2', questions: ['m3.q.inbound-steps', 'm3.q.inbound-hold', 'm3.q.complaint-first-step', 'm3.q.not-owner', 'm3.q.tf-hang-up-first', 'm3.q.teamwork-phone'] },
  { id: 'lesson-3-3', lesson: '3.3', questions: ['m3.q.outbound-steps', 'm3.q.outbound-first', 'm3.q.outbound-fill', 'm3.q.survey-rules', 'm3.q.tf-outbound-noon', 'm3.q.match-inbound-outbound'] },
  { id: 'lesson-3-4', lesson: '3.4', questions: ['m3.q.template-part', 'm3.q.template-principles', 'm3.q.template-steps', 'm3.q.match-template-parts', 'm3.q.tf-template-verbatim', 'm3.q.short-write-template'] },
  { id: 'lesson-4-1', lesson: '4.1', questions: ['m4.q.reception-order', 'm4.q.first-reply', 'm4.q.reception-blank', 'm4.q.phrase-principles', 'm4.q.tf-long-reply', 'm4.q.phrase-scenes'] },
  { id: 'lesson-4-2', lesson: '4.2', questions: ['m4.q.hidden-need', 'm4.q.open-question', 'm4.q.five-needs', 'm4.q.customer-type-first', 'm4.q.hesitant-strategy', 'm4.q.appeal-steps'] },
  { id: 'lesson-4-3', lesson: '4.3', questions: ['m4.q.promo-types', 'm4.q.manjian-calc', 'm4.q.best-deal', 'm4.q.related-basis', 'm4.q.related-good', 'm4.q.tf-fake-urgency'] },
  { id: 'lesson-4-4', lesson: '4.4', questions: ['m4.q.objection-types', 'm4.q.objection-steps', 'm4.q.two-choice', 'm4.q.price-objection', 'm4.q.tf-argue', 'm4.q.off-platform'] },
  { id: 'm5-1-practice', lesson: '5.1', title: '练一练：判断购买心理阶段', questions: ['m5.q.match-stage-words', 'm5.q.buying-signal'] },
  { id: 'lesson-5-1', lesson: '5.1', questions: ['m5.q.status-paid', 'm5.q.silent-order', 'm5.q.flow-order', 'm5.q.tf-auto-close', 'm5.q.psych-compare', 'm5.q.match-pre-post'] },
  { id: 'm5-2-practice', lesson: '5.2', title: '练一练：改价与核对', questions: ['m5.q.price-steps', 'm5.q.verify-items', 'm5.q.match-flags'] },
  { id: 'lesson-5-2', lesson: '5.2', questions: ['m5.q.remind-channel', 'm5.q.remind-taboos', 'm5.q.tf-remind-often', 'm5.q.price-change-when', 'm5.q.legit-price-change', 'm5.q.remark-visible'] },
  { id: 'lesson-5-3', lesson: '5.3', questions: ['m5.q.upsell-right', 'm5.q.tf-every-bundle', 'm5.q.bundle-calc', 'm5.q.aov-calc', 'm5.q.software-orders', 'm5.q.courtesy-acts'] },
  { id: 'lesson-6-1', lesson: '6.1', questions: ['m6.q.carrier-rural', 'm6.q.tongda-members', 'm6.q.chargeable-rule', 'm6.q.calc-xinjiang', 'm6.q.blank-volume', 'm6.q.tf-free-shipping'] },
  { id: 'lesson-6-2', lesson: '6.2', questions: ['m6.q.packing-glass', 'm6.q.match-materials', 'm6.q.packing-steps', 'm6.q.waybill-fields', 'm6.q.waybill-privacy', 'm6.q.tf-reprint'] },
  { id: 'lesson-6-3', lesson: '6.3', questions: ['m6.q.tracking-stuck', 'm6.q.tracking-channels', 'm6.q.match-status', 'm6.q.exception-steps', 'm6.q.tf-signed-not-received', 'm6.q.short-signed-missing'] },
  { id: 'lesson-7-1', lesson: '7.1', questions: ['m7.q.unshipped-refund', 'm7.q.seven-days-exception', 'm7.q.seven-days-conditions', 'm7.q.tf-seller-opt-out', 'm7.q.blank-seven-days', 'm7.q.order-after-sales-flow'] },
  { id: 'lesson-7-2', lesson: '7.2', questions: ['m7.q.review-first-step', 'm7.q.public-reply-best', 'm7.q.review-donts', 'm7.q.tf-cashback', 'm7.q.match-review-cause', 'm7.q.order-public-reply'] },
  { id: 'lesson-7-3', lesson: '7.3', questions: ['m7.q.classify-misdelivery', 'm7.q.platform-intervene', 'm7.q.tf-carrier-blame', 'm7.q.match-dispute-type', 'm7.q.blank-apology', 'm7.q.dispute-evidence'] },
  { id: 'lesson-7-4', lesson: '7.4', questions: ['m7.q.handover-best', 'm7.q.register-type', 'm7.q.handover-contents', 'm7.q.tf-register-after-close', 'm7.q.blank-register-fields', 'm7.q.order-exchange'] },
  { id: 'lesson-8-1', lesson: '8.1', questions: ['m8.q.crm-core', 'm8.q.pareto-meaning', 'm8.q.tf-new-cheaper', 'm8.q.rfm-segment', 'm8.q.profile-fields', 'm8.q.repurchase-calc'] },
  { id: 'lesson-8-2', lesson: '8.2', questions: ['m8.q.sms-count', 'm8.q.sms-elements', 'm8.q.care-occasion', 'm8.q.wechat-steps', 'm8.q.campaign-elements', 'm8.q.tf-price-hike'] },
];
