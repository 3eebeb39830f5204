import { computed, type ReadableAtom, type WritableAtom } from 'nanostores';
import * as v from 'valibot';
import type { FormExercise } from '../schemas/form.ts';
import { completion, type Completion } from '../lib/form/completion.ts';
import { emptyValues, formValuesValibot, maxIdentityLength, normalizeValues, type FormValues, type Identity } from '../lib/form/values.ts';
import { defineArea, defineItemArea } from './area.ts';

/** The answers of each form (`kefu:v1:form:<form id>`); nothing is kept until the learner types. */
export const formArea = defineItemArea<FormValues | undefined>({
  name: 'form',
  label: '表格',
  version: 1,
  schema: v.optional(formValuesValibot),
  empty: () => undefined,
});

/** Storage key of one form's answers. @example formKey('m1.form.haier-service') === 'kefu:v1:form:m1.form.haier-service' */
export const formKey = formArea.keyOf;
/** Codec of one form's saved answers (`{"v":1,"data":FormValues}`). */
export const formValuesCodec = formArea.codec;

/** Shape of the saved 姓名 / 班级. */
export const identitySchema = v.object({ name: v.pipe(v.string(), v.maxLength(maxIdentityLength)), className: v.pipe(v.string(), v.maxLength(maxIdentityLength)) });

/** 姓名 / 班级 the learner last typed in any form, used to prefill a new form. */
export const identityArea = defineArea<Identity>({
  name: 'form-identity',
  label: '表格中的姓名和班级',
  version: 1,
  schema: identitySchema,
  empty: () => ({ name: '', className: '' }),
});
export const identityKey = identityArea.key;
export const formIdentity = identityArea.store;

/**
 * The saved answers of one form, kept in sync with other tabs; `undefined` when nothing is saved.
 * Setting `undefined` removes the saved answers. Unreadable saved data is set aside and reported.
 */
export const formValues = (formId: string): WritableAtom<FormValues | undefined> => formArea.store(formId);

/** Live completion of a form (filled / total / complete), for lesson and course progress. */
export function formProgress(form: FormExercise): ReadableAtom<Completion> {
  return computed(formValues(form.id), (saved) => completion(form, normalizeValues(form, saved ?? emptyValues()).values));
}
