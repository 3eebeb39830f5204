import { computed, type ReadableAtom, type WritableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import * as v from 'valibot';
import type { FormExercise } from '../schemas/form.ts';
import { checkWith, createCodec } from '../lib/storage-codec.ts';
import { completion, type Completion } from '../lib/form/completion.ts';
import { emptyValues, formValuesSchema, maxIdentityLength, normalizeValues, type FormValues, type Identity } from '../lib/form/values.ts';
import { quarantine, storagePrefix } from './engine.ts';

/** Storage key of one form's answers. @example 'kefu:v1:form:m1.form.haier-service' */
export const formKey = (formId: string) => `${storagePrefix}form:${formId}`;
/** Storage key of the 姓名 / 班级 shared by all forms. */
export const identityKey = `${storagePrefix}form-identity`;

/** Codec of one form's saved answers (`{"v":1,"data":FormValues}`). */
export const formValuesCodec = createCodec({ version: 1, schema: formValuesSchema });
/** Shape of the saved 姓名 / 班级 (also checked on import). */
export const identitySchema = v.object({ name: v.pipe(v.string(), v.maxLength(maxIdentityLength)), className: v.pipe(v.string(), v.maxLength(maxIdentityLength)) });
const identityCodec = createCodec({ version: 1, schema: checkWith(identitySchema) });

const stores = new Map<string, WritableAtom<FormValues | undefined>>();

/**
 * The saved answers of one form, kept in sync with other tabs; `undefined` when nothing is saved.
 * Setting `undefined` removes the saved answers. Unreadable saved data is set aside and reported.
 */
export function formValues(formId: string): WritableAtom<FormValues | undefined> {
  let store = stores.get(formId);
  if (!store) {
    const key = formKey(formId);
    store = persistentAtom<FormValues | undefined>(key, undefined, {
      encode: (value) => (value === undefined ? undefined : formValuesCodec.encode(value)),
      decode(raw) {
        const result = formValuesCodec.decode(raw);
        if (result.ok) return result.value;
        quarantine(key, raw, result.reason);
        return undefined;
      },
    });
    stores.set(formId, store);
  }
  return store;
}

/** 姓名 / 班级 the learner last typed in any form, used to prefill a new form. */
export const formIdentity = persistentAtom<Identity>(
  identityKey,
  { name: '', className: '' },
  {
    encode: identityCodec.encode,
    decode(raw) {
      const result = identityCodec.decode(raw);
      if (result.ok) return result.value;
      quarantine(identityKey, raw, result.reason);
      return { name: '', className: '' };
    },
  },
);

/** Live completion of a form (filled / total / complete), for lesson and course progress. */
export function formProgress(form: FormExercise): ReadableAtom<Completion> {
  return computed(formValues(form.id), (saved) => completion(form, normalizeValues(form, saved ?? emptyValues()).values));
}
