// The KPI calculator of lesson 1.2: typed numbers or a pasted chat log → worked formulas.
export { conversion, orderValue, qaRatio, responseTime, FORMULAS, secondsText, type KpiId, type KpiResult } from './formulas.ts';
export { emptyInputs, kpisFromInputs, kpisFromLog, type KpiInputs, type KpiOutcome } from './inputs.ts';
export { analyseLog, analyseMessages, isAgentName, parseChatExport, parseLogLines, splitSpeaker, type LogAnalysis, type LogMessage, type SpeakerRule } from './log.ts';
export { asciiNumber, maxKpiNumber, parseDurations, parseField, type DurationGroup, type FieldResult } from './numbers.ts';
