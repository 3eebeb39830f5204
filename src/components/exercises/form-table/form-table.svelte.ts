import { tick } from 'svelte';
import type { FormExercise } from '../../../schemas/form.ts';
import { completion } from '../../../lib/form/completion.ts';
import type { ImportPreview } from '../../../lib/form/exchange.ts';

// The file code (src/lib/form/exchange.ts) loads when the learner exports or imports, so the form carries none of it.
const exchange = () => import('../../../lib/form/exchange.ts');
import { cellKey, emptyValues, mergeExternal, normalizeValues, rowsOf, withCell, withRowAdded, withRowRemoved, type FormValues } from '../../../lib/form/values.ts';
import { storageStatus } from '../../../stores/engine.ts';
import { formIdentity, formValues } from '../../../stores/forms.ts';
import { printOnly } from '../shared/print-only.ts';
import { download } from '../shared/download.ts';
import { onPageHide } from '../shared/on-page-hide.ts';

const saveDelay = 400;
const notSaved = '未能保存到浏览器：关闭本页后内容会丢失。请先导出 JSON 或 Word 文件保存。';
const never = Symbol('never written');



/** State and actions of one form widget: autosave, other tabs, rows, reset, print, export, import. */
export class FormTableState {
  readonly form: FormExercise;
  /** What the learner typed (shown at once; saved after a short pause). */
  values = $state<FormValues>(emptyValues());
  /** Save state for the live region: 已自动保存 … / 未能保存 …. */
  saveStatus = $state('');
  /** Result of an export or import, or why it failed. */
  message = $state<{ kind: 'info' | 'error'; text: string } | undefined>();
  /** The learner chose 查看参考答案. */
  revealed = $state(false);
  /** 清空重填 waits for confirmation. */
  confirmingReset = $state(false);
  /** An import file read and checked, waiting for confirmation. */
  pendingImport = $state<{ values: FormValues; preview: ImportPreview } | undefined>();
  /** The Word file is being built. */
  busy = $state(false);
  /** Date printed on the hand-in; set in the browser, never the build's date. */
  today = $state(new Date());

  // Arrow functions: `form` is assigned in the constructor, after field initialisers run.
  /** Rows in display order. */
  rows = $derived.by(() => rowsOf(this.form, this.values));
  /** Filled / total cells. */
  progress = $derived.by(() => completion(this.form, this.values));
  /** Another row may be added. */
  canAddRow = $derived.by(() => !!this.form.addRows && this.values.added.length < this.form.addRows.max);

  #dirty = new Set<string>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastWritten: FormValues | undefined | typeof never = never;

  constructor(form: FormExercise) {
    this.form = form;
  }

  /** Loads saved answers and follows other tabs; call from onMount (the server renders a blank form). */
  mount(): () => void {
    const store = formValues(this.form.id);
    const stopValues = store.subscribe((saved) => {
      if (saved === this.#lastWritten) return;
      let loaded = normalizeValues(this.form, saved ?? emptyValues()).values;
      if (!loaded.name && !loaded.className) loaded = { ...loaded, ...formIdentity.get() };
      this.values = this.#dirty.size ? mergeExternal(loaded, $state.snapshot(this.values), this.#dirty) : loaded;
    });
    // A form without 姓名 / 班级 yet takes those the learner types in another form on the page.
    const stopIdentity = formIdentity.listen((identity) => {
      const own = store.get();
      if (!own?.name && !own?.className && !this.#dirty.has('name') && !this.#dirty.has('className')) this.values = { ...this.values, ...identity };
    });
    const stopStatus = storageStatus.subscribe(({ mode }) => {
      if (mode !== 'ok') this.saveStatus = notSaved;
    });
    this.today = new Date();
    const stopPageHide = onPageHide(() => this.flush());
    return () => {
      this.flush();
      stopValues();
      stopIdentity();
      stopStatus();
      stopPageHide();
    };
  }

  /** Writes unsaved edits now (after the pause, on blur, when the page is hidden or left). */
  flush() {
    clearTimeout(this.#timer);
    if (this.#dirty.size === 0) return;
    const snapshot = $state.snapshot(this.values);
    const identityChanged = this.#dirty.has('name') || this.#dirty.has('className');
    this.#dirty.clear();
    this.#lastWritten = snapshot;
    formValues(this.form.id).set(snapshot);
    if (identityChanged) formIdentity.set({ name: snapshot.name, className: snapshot.className });
    const time = new Date().toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' });
    this.saveStatus = storageStatus.get().mode === 'ok' ? `已自动保存 ${time}` : notSaved;
  }

  #changed(key: string, values: FormValues, now = false) {
    this.values = values;
    this.#dirty.add(key);
    clearTimeout(this.#timer);
    if (now) this.flush();
    else this.#timer = setTimeout(() => this.flush(), saveDelay);
  }

  /** The learner typed in a cell. */
  edit(rowId: string, columnId: string, text: string) {
    this.#changed(cellKey(rowId, columnId), withCell(this.values, rowId, columnId, text));
  }

  /** The learner typed 姓名 or 班级. */
  editIdentity(field: 'name' | 'className', text: string) {
    this.#changed(field, { ...this.values, [field]: text });
  }

  /** Adds a blank row; returns its ID so the view can move focus into it. */
  addRow(): string | undefined {
    const result = withRowAdded(this.form, this.values);
    if (result) this.#changed('added', result.values, true);
    return result?.rowId;
  }

  /** Removes a row the learner added. */
  removeRow(rowId: string) {
    this.#changed('added', withRowRemoved(this.values, rowId), true);
  }

  /** Clears every answer (姓名 / 班级 stay); only after the learner confirmed. */
  reset() {
    clearTimeout(this.#timer);
    this.#dirty.clear();
    this.values = emptyValues(this.values);
    this.#lastWritten = undefined;
    formValues(this.form.id).set(undefined);
    this.confirmingReset = false;
    this.message = { kind: 'info', text: '已清空本表的内容。' };
  }

  /** Prints only this form on A4. */
  async print(target: HTMLElement) {
    this.flush();
    this.today = new Date();
    await tick();
    printOnly(target, 'printing-form');
  }

  /** Downloads the answers as a JSON file that can be imported again. */
  async exportJson() {
    this.flush();
    const { exportFileName, exportFormJson } = await exchange();
    const text = exportFormJson(this.form, this.values, new Date());
    download(new Blob([text], { type: 'application/json' }), exportFileName(this.form, this.values, 'json'));
    this.message = { kind: 'info', text: '已导出 JSON 文件，可在其他设备上导入。' };
  }

  /** Builds the Word file; the docx library is loaded only now, so it does not slow the page. */
  async exportDocx() {
    this.flush();
    this.busy = true;
    try {
      const [{ buildFormDocument, Packer }, { exportFileName }] = await Promise.all([import('../../../lib/form/docx.ts'), exchange()]);
      const blob = await Packer.toBlob(buildFormDocument(this.form, $state.snapshot(this.values), { date: new Date() }));
      download(blob, exportFileName(this.form, this.values, 'docx'));
      this.message = { kind: 'info', text: '已导出 Word 文件。' };
    } catch {
      this.message = { kind: 'error', text: '没能生成 Word 文件（可能是网络中断，部分程序没有加载）。请刷新页面后重试，或先用“打印”或“导出 JSON”。' };
    } finally {
      this.busy = false;
    }
  }

  /** Reads and checks a chosen JSON file; nothing changes until the learner confirms. */
  async chooseImport(file: File) {
    this.pendingImport = undefined;
    this.confirmingReset = false;
    const { importSizeProblem, readFormImport } = await exchange();
    const tooLarge = importSizeProblem(file.size);
    const result = tooLarge ? { ok: false as const, message: tooLarge } : readFormImport(this.form, await file.text(), file.size);
    if (result.ok) {
      this.pendingImport = result;
      this.message = undefined;
    } else {
      this.message = { kind: 'error', text: result.message };
    }
  }

  /** Replaces the answers with the checked import. */
  confirmImport() {
    if (!this.pendingImport) return;
    this.#changed('added', this.pendingImport.values, true);
    this.pendingImport = undefined;
    this.message = { kind: 'info', text: '已导入，表格内容已替换为文件中的内容。' };
  }
}
