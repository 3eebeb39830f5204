import type { ScenarioInput } from '../../schemas/scenario.ts';

/** Apologising or showing the customer you feel with her (别生气、换作是我也会着急): both calm her down first. */
const SOOTHE = ['抱歉', '对不起', '不好意思', '歉意', '致歉', '添麻烦', '理解', '别生气', '别着急', '别急', '着急', '糟心', '闹心', '心情', '换作是我', '换做是我', '换谁', '委屈'];

/** Owning the damage: it is the shop's responsibility, the packing was not good enough. */
const OWN_IT = ['责任在我们', '我们的责任', '我们负责', '我们来负责', '由我们负责', '我们店负责', '我们的问题', '我们的错', '我们的失误', '是我们', '没做好', '没包好', '没打包好', '不到位', '疏忽', '太随便', '不够结实', '不够牢'];

/** The broken kettle stays with the customer: no need to send it back, a photo is enough. */
const NO_RETURN = ['不用寄回', '无需寄回', '不需要寄回', '不必寄回', '不用退回', '无需退回', '不需要退回', '不用寄', '拍照留存', '留存', '留着', '自行处理'];

/** The shop pays every cost (or: the customer pays nothing). */
const FREE = ['到付', '我们承担', '我们出', '我们来出', '由我们', '我们付', '我们包', '我们全包', '店铺承担', '店铺出', '由店铺', '全部我们', '都我们', '不用您', '无需您', '免费', '运费我们', '一分钱', '不用花钱', '不收', '不用承担', '无需承担', '不需要承担', '不用出运费', '不用付'];

/** Where to take the photos: the crack in the kettle and the squashed outer box (both are evidence). */
const PHOTO_OF_DAMAGE = ['裂', '壶身', '破损处', '破损的地方', '坏的地方', '损坏的地方', '碎'];
const PHOTO_OF_BOX = ['外箱', '外包装', '包装', '箱子', '纸箱', '快递箱', '快递盒'];

/** The customer paying a freight the shop owes (运输破损由店铺负责，来回运费店铺承担). */
const BUYER_PAYS = ['您承担', '自己承担', '自己先承担', '您先承担', '自己付', '自己出', '您自己承担', '您这边承担', '您这边出', '您这边付', '买家承担', '自理', '您自己出', '您出运费', '运费您出', '运费您先', '自付', '您付运费', '您先付', '您先出', '你出运费', '垫付', '垫一下', '先垫', '报销', '不是我们承担', '运费不是我们'];

/** Waiting for the courier's claim before reshipping or refunding: the shop reships first and claims later. */
const waitClaimTrap = {
  id: 'trap-wait-claim',
  when: [{ affirms: ['等理赔', '理赔下来', '理赔完', '理赔后再', '理赔结果', '理赔成功', '索赔下来', '索赔成功', '快递赔了', '快递赔付后', '快递赔偿后'] }],
  feedback: '补发或退款不能等快递理赔。对顾客来说，运输破损由店铺负责：先为她补发或退款，店铺再自己去向快递索赔。',
  points: 0,
  correctness: 'incorrect' as const,
  misconception: '让顾客等快递理赔后才处理',
  mood: -1,
};

/** Arranging the new kettle: when and how it goes out. */
const RESHIP = ['补发', '重新发', '发出', '发货', '寄出', '安排', '顺丰', '新壶'];

/** 7.3 纠纷处理: damaged in transit; 表达理解 → 明确责任 → 提供方案, the shop pays all freight. */
export const scenario = {
  id: 'dispute-damaged',
  title: '纠纷处理：收到的养生壶碎了',
  module: 7,
  lesson: '7.3',
  kind: 'dispute',
  brief:
    '马女士收到的养生壶玻璃壶身开裂，外箱也压扁了。这是快递环节的破损纠纷。请你按“表达理解 → 明确责任 → 提供方案”处理：请顾客拍照、主动承担责任、给出补发或退款方案，运费由店铺承担。',
  persona: {
    name: '马女士',
    type: '急躁型',
    mood: -1,
    description: '等了三天的新壶一拆就是坏的，又急又气，说话很冲。',
    color: '#a23b72',
  },
  product: {
    name: '暖居优品1.5L高硼硅玻璃养生壶',
    price: 139,
    specs: ['1.5 升', '高硼硅玻璃壶身', '11 档功能', '一年质保'],
  },
  facts: [
    '顾客今天签收，拆箱发现玻璃壶身开裂，外箱一角压扁（教学示例）',
    '纠纷类型：快递环节破损。对顾客而言，运输破损由店铺负责，店铺再向快递公司索赔',
    '店铺规定：破损可补发新品、换货或退货退款，来回运费都由店铺承担（教学示例）',
    '补发：收到照片当天安排，用顺丰发出；破损件无需寄回，顾客拍照留存即可（教学示例）',
    '补发时使用气泡柱和加厚纸箱加固包装（教学示例）',
  ],
  start: 'report',
  requirements: ['m7.know.disputes', 'm7.skill.classify', 'm7.know.resolution', 'm7.skill.resolve', 'm7.attitude.teamwork'],
  states: {
    report: {
      topic: '道歉并请顾客拍照',
      customer: ['刚收到的养生壶，拆开玻璃壶身就裂了！', '这让我怎么用？'],
      judge: {
        groups: [
          {
            id: 'trap-blame-buyer',
            when: [{ affirms: ['为什么签收', '怎么不验', '不验货', '您签收了', '你签收了', '签收了就', '您自己摔', '你自己摔', '您自己弄', '你自己弄'] }],
            feedback: '顾客收到坏的商品已经很恼火，这时质问“怎么不验货”等于把责任推给顾客，纠纷会马上升级。',
            points: 0,
            correctness: 'incorrect',
            misconception: '指责顾客签收前没验货，把责任推给顾客',
            mood: -2,
            next: 'complaint',
          },
          {
            id: 'trap-skip-evidence',
            when: [{ affirms: ['不用拍照', '不用拍了', '不需要拍照', '无需拍照', '不用照片', '不用发照片', '直接退款', '直接给您退', '退一半', '退部分', '退一部分', '部分退款', '凑合用', '凑合着用', '将就用', '将就着用', '留着用', '接着用', '继续用'] }],
            feedback: '破损纠纷要先请顾客拍下壶身裂痕和外包装，作为补发和向快递索赔的凭据。跳过取证就擅自退一部分钱、让顾客留着开裂的玻璃壶继续用，既不合店铺规定，也不安全。店铺的方案是补发新品、换货或退货退款。',
            points: 0,
            correctness: 'incorrect',
            misconception: '不取证就擅自部分退款，让顾客将就使用破损商品',
            mood: -1,
          },
          {
            id: 'apologise-photos',
            when: [{ containsAll: [SOOTHE, ['照片', '拍', '图片', '视频', '截图'], PHOTO_OF_DAMAGE, PHOTO_OF_BOX] }],
            feedback: '先道歉，再请顾客拍下壶身裂痕和外包装，既安抚了情绪，又为后面的补发和向快递索赔留下凭据。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'photos',
          },
          {
            id: 'apologise-photos-vague',
            when: [{ containsAll: [SOOTHE, ['照片', '拍', '图片', '视频', '截图']] }],
            feedback: '先安抚、再请顾客拍照，顺序对了。把拍什么说具体，补发和向快递索赔都要用到这些凭据：',
            asks: [
              { unless: PHOTO_OF_DAMAGE, say: '请她拍下壶身的裂痕；' },
              { unless: PHOTO_OF_BOX, say: '请她拍下压扁的外包装（外箱）。' },
            ],
            points: 1,
            correctness: 'partial',
            misconception: '没有说清要拍哪里：壶身裂痕和外包装',
            mood: 0,
          },
          {
            id: 'blame-courier',
            when: [{ affirms: ['快递的问题', '快递的责任', '快递摔的', '快递弄坏', '去找快递', '找快递理赔吧', '快递公司负责', '跟快递说'] }],
            feedback: '对顾客来说，东西是在我们店买的。运输破损由店铺先为顾客解决，再由店铺去找快递索赔，不能让顾客自己去找。',
            points: 0,
            correctness: 'incorrect',
            misconception: '把运输破损推给快递，让顾客自己去找',
            mood: -1,
          },
          {
            id: 'photos-only',
            when: [{ containsAny: ['照片', '拍', '图片', '视频', '截图'] }],
            feedback: '请顾客拍照是对的。顾客正在气头上，先说一句“非常抱歉，换作是我也会着急”，语气会好很多。',
            points: 1,
            correctness: 'partial',
            misconception: '没有先安抚顾客的情绪',
            mood: 0,
          },
          {
            id: 'apology-only',
            when: [{ containsAny: SOOTHE }],
            feedback: '道歉很好。接着请顾客拍下破损处和外包装的照片，才能登记处理。',
            points: 1,
            correctness: 'partial',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '先道歉，再请顾客拍下破损处和外包装的照片。',
          points: 0,
          correctness: 'incorrect',
          mood: -1,
        },
        samples: [
          { reply: '非常抱歉，让您收到破损的商品！麻烦您拍一下壶身裂痕和外包装的照片发给我，我马上为您登记处理。', expect: 'apologise-photos' },
          { reply: '请拍照片给我', expect: 'photos-only' },
          { reply: '实在抱歉，麻烦您拍张照发我看一下。', expect: 'apologise-photos-vague' },
          { reply: '您先别着急，麻烦把裂开的地方和外箱拍张照片给我，我这就帮您处理。', expect: 'apologise-photos' },
          { reply: '真的很抱歉', expect: 'apology-only' },
          { reply: '这是快递的问题，您去找快递吧', expect: 'blame-courier' },
          { reply: '您签收的时候怎么不验货呢？', expect: 'trap-blame-buyer' },
          { reply: '实在抱歉，照片就不用发了，给您退部分货款，壶您先将就用着。', expect: 'trap-skip-evidence' },
          { reply: '在的', expect: 'no-answer' },
        ],
      },
      hints: [
        '先安抚，再取证：破损纠纷需要照片作凭据。',
        '可以说：非常抱歉让您收到破损的商品，麻烦您拍一下壶身裂痕和外包装的照片发给我，我马上为您处理。',
      ],
      model: '非常抱歉让您收到破损的商品，换作是我也会着急！麻烦您拍一下壶身裂痕和外包装的照片发给我，我马上为您登记处理。',
    },
    photos: {
      topic: '明确责任，提供方案',
      customer: ['[图片] [图片]', '你看，壶身侧面一道大裂纹，外箱也压扁了一角。你们打包也太随便了吧！'],
      judge: {
        groups: [
          {
            id: 'trap-deny',
            when: [
              {
                affirms: ['包装没问题', '打包没问题', '我们包装很好', '包装很严实', '按标准打包', '都是按标准', '出库都检查', '出库检查过', '不是我们的', '不是我们打包', '不是我们包装', '不怪我们', '怪不到我们', '不关我们', '与我们无关', '跟我们无关', '和我们无关', '跟我们没关系', '和我们没关系', '是快递的责任', '责任在快递', '都是快递'],
              },
            ],
            feedback: '照片已经说明问题，这时强调“我们没错”只会激怒顾客。先明确责任，再给方案。',
            points: 0,
            correctness: 'incorrect',
            misconception: '强调自己没错，回避责任',
            mood: -1,
          },
          {
            id: 'trap-push-to-courier',
            when: [{ affirms: ['您找快递', '您去找快递', '您联系快递', '您自己找快递', '您自己联系快递', '您跟快递', '您向快递', '您可以联系快递', '您可以找快递'] }],
            feedback: '对顾客来说，东西是在我们店买的。运输破损由店铺先为顾客补发或退款，再由店铺去找快递索赔，不能让顾客自己去找快递。',
            points: 0,
            correctness: 'incorrect',
            misconception: '把运输破损推给快递，让顾客自己去找',
            mood: -1,
          },
          waitClaimTrap,
          {
            id: 'trap-buyer-pays',
            when: [{ affirms: BUYER_PAYS }],
            feedback: '运输破损是店铺的责任，补发、退货的运费都由店铺承担。让顾客出运费，只会让她更生气。',
            points: 0,
            correctness: 'incorrect',
            misconception: '卖家原因造成的退换，却让顾客承担运费',
            mood: -1,
          },
          {
            id: 'responsibility-solution',
            when: [{ containsAll: [['责任', '负责', '我们的', '打包', '包装', '疏忽', '没做好', '不到位', '我们去索赔', '我们来索赔', '我们自己去索赔'], ['补发', '换货', '换新', '退款', '重新发', '再发', '退货']] }],
            feedback: '表达理解 → 明确责任 → 提供方案，一步不少，还让顾客自己选方案，顾客感到被尊重。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'choice',
          },
          {
            id: 'solution-only',
            when: [{ containsAny: ['补发', '换货', '换新', '退款', '重新发', '再发', '退货'] }],
            feedback: '给了方案，但没有回应“打包太随便”。先明确责任（是我们打包不到位），顾客的气才能消。',
            points: 1,
            correctness: 'partial',
            misconception: '给方案前没有明确责任',
            mood: 0,
          },
          {
            id: 'compensate-only',
            when: [{ affirms: ['优惠券', '红包', '补偿', '小礼物', '赔您'] }],
            feedback: '小额补偿代替不了能用的壶。顾客要的是补发或退款，补偿只能作为额外的歉意。',
            points: 0,
            correctness: 'incorrect',
            misconception: '用小额补偿代替真正的解决方案',
            mood: -1,
          },
          {
            id: 'responsibility-only',
            when: [{ affirms: OWN_IT }],
            feedback: '承认了责任，顾客的气消了一半。接着给出方案：可以为她补发新壶，也可以退货退款，请她选一种。',
            points: 1,
            correctness: 'partial',
            misconception: '明确了责任，但没有给出解决方案',
            mood: 0,
          },
          {
            id: 'handle-vague',
            when: [{ containsAny: ['处理', '解决', '给您办', '帮您办'] }],
            feedback: '表示会处理，态度是对的，但太笼统，还把问题抛回给了顾客。先明确责任（是我们打包不到位），再主动给出方案：补发新壶或退货退款，请她选一种。',
            points: 1,
            correctness: 'partial',
            misconception: '只说会处理，没有明确责任，也没有给出具体方案',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '按“表达理解 → 明确责任 → 提供方案”回复：承认打包不到位，给出补发或退款方案。',
          points: 0,
          correctness: 'incorrect',
          mood: -1,
        },
        samples: [
          { reply: '确实是我们打包不到位，给您添麻烦了，真的很抱歉！我们可以马上为您补发一个新的，或者办理退货退款，您看哪种更方便？', expect: 'responsibility-solution' },
          { reply: '可以给您补发一个', expect: 'solution-only' },
          { reply: '送您一张10元优惠券作为补偿吧', expect: 'compensate-only' },
          { reply: '您说得对，这次确实是我们的包装没做好，非常抱歉。', expect: 'responsibility-only' },
          { reply: '我们的包装没问题的，出库都检查过', expect: 'trap-deny' },
          { reply: '外箱是运输途中压坏的，麻烦您联系快递公司理赔哦', expect: 'trap-push-to-courier' },
          { reply: '我们已经向快递提交理赔了，等理赔结果出来再给您补发新的。', expect: 'trap-wait-claim' },
          { reply: '照片收到了，这事我们一定给您处理好。', expect: 'handle-vague' },
          { reply: '可以退货退款，寄回的运费麻烦您先承担。', expect: 'trap-buyer-pays' },
          { reply: '收到', expect: 'no-answer' },
        ],
      },
      hints: [
        '售后道歉三步：表达理解 → 明确责任 → 提供方案。',
        '可以说：确实是我们打包不到位，责任在我们；可以马上为您补发新的，也可以退货退款，您看哪种更方便？',
      ],
      model: '看到照片了，确实是我们打包不到位，责任在我们，真的很抱歉！可以马上为您补发一个新的，也可以办理退货退款，您看哪种更方便？',
    },
    choice: {
      topic: '说明补发安排与运费承担',
      customer: ['那给我补发一个吧。', '坏的这个要寄回去吗？运费谁出？'],
      judge: {
        groups: [
          {
            id: 'trap-buyer-pays',
            when: [
              {
                affirms: BUYER_PAYS,
              },
            ],
            feedback: '运输破损是店铺方的责任，来回运费都应由店铺承担。让顾客出运费，纠纷就会升级成投诉。',
            points: 0,
            correctness: 'incorrect',
            misconception: '卖家原因造成的退换，却让顾客承担运费',
            mood: -2,
            next: 'complaint',
          },
          waitClaimTrap,
          {
            id: 'must-return-first',
            when: [{ affirms: ['先寄回', '需要寄回', '必须寄回', '得寄回', '要先寄', '寄回来', '寄回给我们', '寄给我们', '寄过来', '退回来', '寄回后再', '寄回以后再', '收到后再', '收到以后再', '收到退货再', '收到坏的再', '退回后再'] }],
            feedback: '店铺规定破损件无需寄回，拍照留存即可。要求顾客先寄回再补发，只会拖长处理时间。',
            points: 0,
            correctness: 'incorrect',
            misconception: '要求顾客先寄回再补发，拖慢处理',
            mood: -1,
          },
          {
            id: 'free-no-return',
            when: [{ containsAll: [RESHIP, NO_RETURN, FREE] }],
            feedback: '回答完整：马上补发、破损件不用寄回、所有费用由店铺承担，顾客不用再操心。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'closing',
          },
          {
            id: 'no-return-and-free',
            when: [{ containsAll: [NO_RETURN, FREE] }],
            feedback: '顾客的两个问题都答清了：破损件不用寄回，费用全由店铺承担。她先说的是“给我补发一个”：再告诉她今天就安排补发、用顺丰发出，她才知道什么时候能用上新壶。',
            points: 1,
            correctness: 'partial',
            misconception: '没有交代补发的时间和方式',
            mood: 0,
          },
          {
            id: 'reship-and-free',
            when: [{ containsAll: [RESHIP, FREE] }],
            feedback: '补发安排了，也说清了费用由店铺承担。顾客还问了坏的要不要寄回：破损件不用寄回，拍照留存即可。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回答破损件要不要寄回',
            mood: 0,
          },
          {
            id: 'reship-and-no-return',
            when: [{ containsAll: [RESHIP, NO_RETURN] }],
            feedback: '补发安排了，也说清了坏壶不用寄回。顾客还问了运费谁出：所有费用都由店铺承担，她不用花一分钱。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回答运费由谁承担',
            mood: 0,
          },
          {
            id: 'no-return-only',
            when: [{ containsAny: NO_RETURN }],
            feedback: '说清了坏壶不用寄回，很好。顾客还问了运费谁出：所有费用都由店铺承担；再告诉她今天就安排补发。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客的全部问题',
            mood: 0,
          },
          {
            id: 'free-only',
            when: [{ containsAny: FREE }],
            feedback: '说清了费用由店铺承担，很好。顾客还问了坏的要不要寄回：破损件不用寄回，拍照留存即可；再告诉她今天就安排补发。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客的全部问题',
            mood: 0,
          },
          {
            id: 'reship-only',
            when: [{ containsAny: ['补发', '安排', '发出', '发货'] }],
            feedback: '补发安排好了，但顾客还问了两件事：坏的要不要寄回、运费谁出。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客的全部问题',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客问了三件事：补发、要不要寄回、运费谁出。对照右侧店铺规定回答。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '好的，今天就为您安排补发，顺丰发出。破损的壶不用寄回，拍照留存就可以，您不需要承担任何费用。', expect: 'free-no-return' },
          { reply: '好的，今天给您安排补发', expect: 'reship-only' },
          { reply: '坏的那个不用寄回了，您拍照留着就行。', expect: 'no-return-only' },
          { reply: '运费这块您放心，全部由我们承担。', expect: 'free-only' },
          { reply: '坏壶不用寄回，运费和其他费用都由我们承担。', expect: 'no-return-and-free' },
          { reply: '今天给您补发新壶，来回运费由我们出。', expect: 'reship-and-free' },
          { reply: '新壶今天补发，坏的那个拍照留存，不用寄回。', expect: 'reship-and-no-return' },
          { reply: '坏的麻烦寄回，运费您先垫一下，收到后给您报销。', expect: 'trap-buyer-pays' },
          { reply: '您先寄回来，我们收到再补发', expect: 'must-return-first' },
          { reply: '坏的不用寄回，运费我们出，等快递理赔下来就给您补发。', expect: 'trap-wait-claim' },
          { reply: '坏的寄回来，运费您自己出哦', expect: 'trap-buyer-pays' },
          { reply: '嗯', expect: 'no-answer' },
        ],
      },
      hints: [
        '看右侧店铺规定：破损件要不要寄回？运费由谁承担？',
        '可以说：今天就为您安排补发，顺丰发出；破损的壶不用寄回，拍照留存即可，所有费用由我们承担。',
      ],
      model: '好的，今天就为您安排补发，用顺丰发出。破损的壶不用寄回，拍照留存就可以，所有费用都由我们承担，您不用再多花一分钱。',
    },
    closing: {
      topic: '承诺改进包装，礼貌结束',
      customer: ['好吧，那尽快发。', '这次可别再碎了。'],
      judge: {
        groups: [
          {
            id: 'trap-overpromise',
            when: [{ affirms: ['保证不会碎', '绝对不会碎', '肯定不会碎', '保证完好', '绝对完好', '百分百'] }],
            feedback: '运输中的情况谁也无法百分百保证。说清你会怎样加固包装、发出后发单号，比空口保证更可信。',
            points: 0,
            correctness: 'incorrect',
            misconception: '对控制不了的结果做绝对承诺',
            mood: -1,
          },
          {
            id: 'trap-ask-review',
            when: [{ affirms: ['好评', '五星', '5星', '晒图', '追评'] }],
            feedback: '新壶还没发出、顾客的气刚消，这时索要好评很不合时宜，会让她觉得前面的道歉都是为了评价。结束时只需说清这次怎样加固包装，再次致歉、感谢她的理解。',
            points: 0,
            correctness: 'incorrect',
            misconception: '纠纷还没解决就索要好评',
            mood: -1,
          },
          {
            id: 'pack-and-thanks',
            when: [{ containsAll: [['加固', '气泡', '泡沫', '加厚', '包装', '打包', '缓冲'], ['感谢', '谢谢', '抱歉', '歉意', '对不起', '不好意思', '添麻烦', '理解', '体谅']] }],
            feedback: '说到做到：告诉顾客会怎样加固包装，再次致歉和感谢，纠纷圆满解决。',
            points: 2,
            correctness: 'correct',
            mood: 1,
            next: 'resolved',
          },
          {
            id: 'pack-only',
            when: [{ containsAny: ['加固', '气泡', '泡沫', '加厚', '缓冲', '包装', '打包'] }],
            feedback: '说清了这次怎样加固包装，顾客能放心些。最后再为这次的麻烦道个歉、谢谢她的理解，纠纷才算圆满结束。',
            points: 1,
            correctness: 'partial',
            misconception: '结束时没有再次致歉或致谢',
            mood: 0,
          },
          {
            id: 'thanks-only',
            when: [{ containsAny: ['感谢', '谢谢', '抱歉', '歉意', '对不起', '不好意思', '添麻烦', '体谅'] }],
            feedback: '礼貌收尾做到了，语气很好。但顾客最担心的是“别再碎了”：告诉她这次会用气泡柱和加厚纸箱加固包装，她才放心。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客对包装的担心',
            mood: 0,
          },
          {
            id: 'promise-only',
            when: [{ containsAny: ['尽快', '马上', '今天', '单号', '发出', '包好'] }],
            feedback: '答应尽快发是对的。顾客担心“别再碎了”，告诉她这次会怎样加固包装，再道个歉、道声谢。',
            points: 1,
            correctness: 'partial',
            misconception: '没有回应顾客的担心',
            mood: 0,
          },
        ],
        fallback: {
          id: 'no-answer',
          feedback: '顾客担心再碎。告诉她这次会怎样加固包装，并感谢她的理解。',
          points: 0,
          correctness: 'incorrect',
          mood: 0,
        },
        samples: [
          { reply: '您放心，这次我们会用气泡柱加固包装，发出后第一时间把单号发给您。再次为给您带来的不便说声抱歉，感谢您的理解！', expect: 'pack-and-thanks' },
          { reply: '今天就发出', expect: 'promise-only' },
          { reply: '这次给您换成加厚纸箱，里面再塞满泡沫。', expect: 'pack-only' },
          { reply: '放心，这次保证不会碎！', expect: 'trap-overpromise' },
          { reply: '给您添麻烦了，真的很不好意思，谢谢您这么体谅。', expect: 'thanks-only' },
          { reply: '这次会用加厚纸箱打包，收到后麻烦您给个五星呀。', expect: 'trap-ask-review' },
          { reply: '嗯嗯', expect: 'no-answer' },
        ],
      },
      hints: [
        '顾客担心“别再碎了”：说说这次包装会怎样改进。',
        '例如：这次用气泡柱和加厚纸箱加固包装，发出后第一时间把单号发给您；再次抱歉，感谢您的理解。',
      ],
      model: '您放心，这次我们会用气泡柱和加厚纸箱加固包装，发出后第一时间把单号发给您。再次为给您带来的不便说声抱歉，感谢您的理解！',
    },
    resolved: {
      end: '解决',
      customer: ['行，单号收到了。这次态度还不错。'],
      summary: '你按“表达理解 → 明确责任 → 提供方案”处理破损纠纷，先取证、再担责、马上补发并承担全部费用，纠纷圆满解决。',
    },
    complaint: {
      end: '投诉',
      customer: ['东西坏了还怪我？我要申请平台介入！'],
      summary: '指责顾客没验货、让顾客承担运费，都会让破损纠纷升级为投诉和平台介入。',
    },
  },
} satisfies ScenarioInput;
