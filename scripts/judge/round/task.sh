#!/bin/bash
# Prints one writer's task for a round (tests/judge-corpus/README.md, "How a round is written").
# Usage: BRIEFS=/tmp/judge-briefs OUT=/tmp/round-out bash scripts/judge/round/task.sh ROUND DESIGN tuning|held-out GROUP
R=$1; D=$2; P=$3; G=$4
B=${BRIEFS:-/tmp/judge-briefs}; DIR=${OUT:-/tmp/round-out}
case $G in
 1) S="first-contact-wangwang scam-fake-xiaoer presale-genuine needs-hesitant";;
 2) S="recommend-related objection-price payment-reminder upsell-bundle";;
 3) S="freight-remote-area shipping-delay return-seven-days bad-review";;
 4) S="dispute-damaged exchange-wrong-item revisit-old-customer member-reactivation final-assessment";;
esac
DAY=$(date +%F)
if [ "$P" = tuning ]; then C="Tuning part of the mock-chat corpus, round $R ($DAY): written blind by a writer who saw only the scenario briefs, neither the judge rules nor any earlier reply; measured once before any rule was changed for it (tests/judge-corpus/README.md)."
else C="HELD-OUT part of the mock-chat corpus, round $R ($DAY): written blind by a writer who saw only the scenario briefs. Never read this file while writing or tuning judge rules; it only measures them (tests/judge-corpus/README.md)."; fi
echo "# 任务：第 $R 轮，设计 $D，第 $G 组"
echo
echo "先读 $B/common.md 和 $B/design-$D.md，再读下面每个情景的说明文件。"
echo "为每个情景写一个文件（part 写 \"$P\"，\$comment 原样写：\"$C\"）："
for s in $S; do echo "- 情景说明 $B/$s.md → 输出 $DIR/$s.r$R.json"; done
echo
echo "写完后运行：node $B/check-round.mjs $D $(for s in $S; do printf '%s ' $DIR/$s.r$R.json; done)"
echo "直到每个文件都显示 OK。"
if [ "$P" != tuning ]; then echo; echo "这是留出集：临时脚本只放在 /tmp/h$R-$G/ 下，完成后删除；汇报时只写文件名、条数和检查输出，不要引用任何回复内容。"; fi
