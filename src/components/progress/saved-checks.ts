import * as v from 'valibot';
import { formValuesValibot } from '../../lib/form/values.ts';
import { teacherFieldsSchema } from '../../lib/lesson-plan/teacher.ts';
import type { ItemCheck } from '../../lib/transfer/parse.ts';
import { chatReportsSchema, chatSavedSchema, quickPhrasesSchema } from '../../stores/chat.ts';
import { identitySchema } from '../../stores/forms.ts';
import { freightSavedSchema } from '../../stores/freight.ts';
import { gradeRosterSchema, gradeSettingsSchema } from '../../stores/grades.ts';
import { kpiSavedSchema } from '../../stores/kpi.ts';
import { learnerSchema } from '../../stores/learner.ts';
import { pickerSavedSchema } from '../../stores/picker.ts';
import { visitsSchema } from '../../stores/progress.ts';
import { quizSavedSchema } from '../../stores/quiz.ts';
import { storagePrefix } from '../../stores/engine.ts';
import { typingSavedSchema } from '../../stores/typing.ts';
import { voiceSavedSchema } from '../../stores/voice.ts';

/** Schema of each saved key (exact keys, then `area:` prefixes), at the stores' schema version 1. */
const exact: Record<string, v.GenericSchema> = {
  visits: visitsSchema,
  'chat-reports': chatReportsSchema,
  'quick-phrases': quickPhrasesSchema,
  typing: typingSavedSchema,
  'form-identity': identitySchema,
  voice: voiceSavedSchema,
  'grades-settings': gradeSettingsSchema,
  'grades-roster': gradeRosterSchema,
  kpi: kpiSavedSchema,
  freight: freightSavedSchema,
  picker: pickerSavedSchema,
  'plan-teacher': teacherFieldsSchema,
  learner: learnerSchema,
};
const byArea: Record<string, v.GenericSchema> = { quiz: quizSavedSchema, chat: chatSavedSchema, form: formValuesValibot };

/** Checks an imported item against the schema of the store that will read it; unknown keys need only a valid envelope. */
export const checkSavedItem: ItemCheck = (key, value) => {
  const name = key.slice(storagePrefix.length);
  const schema = exact[name] ?? byArea[name.split(':')[0]!];
  if (value.v !== 1) return false;
  return schema ? v.safeParse(schema, value.data).success : true;
};
