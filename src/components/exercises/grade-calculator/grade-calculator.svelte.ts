import {
  applyWeights, autoMapColumns, bandProblems, findHeaderRow, classStats, computeScore, evaluateRoster, flattenItems, missingItems,
  readRoster, readScore, weightProblems, type ColumnTarget, type GradeBands, type GradingScheme, type RowOutcome,
} from '../../../lib/grade/index.ts';
import type { EvidenceCatalog } from '../../../lib/grade/evidence.ts';
import { countLines, parseTable } from '../../../lib/grade/table.ts';
import { isBlankRow } from '../../../lib/grade/spreadsheet.ts';
import { emptyRoster, gradeRoster, gradeSettings, maxGradeCellLength, maxGradeRows, type GradeRoster, type GradeSettings } from '../../../stores/grades.ts';

/** What the card 从班级成绩册读取 (ClassBookCard.svelte) and its lazily loaded panel (EvidencePanel.svelte) take. */
export interface ClassBookProps {
  model: GradeCalculatorState;
  /** Lessons and exams of the course (src/data/evidence-catalog.ts). */
  catalog: EvidenceCatalog;
  /** The class page (/teacher/class/), where the class book is filled. */
  classHref: string;
}

/** Roster column a teacher can sort by. */
export type SortKey = 'line' | 'number' | 'name' | 'total';
/** Rows shown per page of the roster (5,000 rows stay responsive). */
export const pageSize = 50;

/** State of the grade calculator: scheme and weights, options, one student, the class and its view. */
export class GradeCalculatorState {
  schemes = $state.raw<GradingScheme[]>([]);
  defaultBands = $state.raw<GradeBands>([]);
  settings = $state<GradeSettings>() as GradeSettings;
  /** Weights being edited, not yet saved (component or item id → percent). */
  draft = $state<Record<string, number>>({});
  roster = $state.raw<GradeRoster>(emptyRoster());
  /** One student's raw inputs by item id (plus 'bonus'). */
  single = $state<Record<string, string>>({});
  pasted = $state('');
  notice = $state('');
  /** A table read while a class is already here: it replaces the class only once the teacher agrees. */
  pending = $state.raw<{ header: string[]; rows: string[][]; source: string } | undefined>();
  /**
   * The table last read, the row taken as its header (表头在第 N 行 changes it) and whether it has become
   * the class (then another header row replaces it without asking again); not saved.
   */
  imported = $state.raw<{ table: string[][]; source: string; headerRow: number; applied: boolean } | undefined>();
  sortKey = $state<SortKey>('line');
  descending = $state(false);
  search = $state('');
  show = $state('all');
  page = $state(0);

  base = $derived(this.schemes.find((s) => s.id === this.settings.schemeId) ?? this.schemes[0]!);
  scheme = $derived(applyWeights(this.base, this.draft));
  items = $derived(flattenItems(this.scheme));
  bands = $derived(this.settings.bands.length ? this.settings.bands : this.defaultBands);
  problems = $derived([...weightProblems(this.scheme).map((p) => `${p.label}为 ${p.total}%，应为 100%`), ...bandProblems(this.bands)]);
  canCompute = $derived(this.problems.length === 0);
  options = $derived({ blank: this.settings.blank, bands: this.bands });

  singleScores = $derived(Object.fromEntries(this.items.map((i) => [i.id, readScore(this.single[i.id] ?? '')])));
  singleResult = $derived(
    computeScore(
      this.scheme,
      Object.fromEntries(Object.entries(this.singleScores).map(([id, r]) => [id, r.value])),
      this.settings.blank,
      readScore(this.single.bonus ?? '').value ?? 0,
    ),
  );

  rows = $derived(readRoster(this.roster.rows, this.roster.mapping as ColumnTarget[], this.scheme, this.roster.headerLine));
  outcomes = $derived<RowOutcome[]>(this.canCompute ? evaluateRoster(this.rows, this.scheme, this.options) : []);
  stats = $derived(classStats(this.outcomes, this.bands));
  missing = $derived(this.roster.header.length ? missingItems(this.roster.mapping as ColumnTarget[], this.scheme) : []);
  visible = $derived(this.filterAndSort());
  pages = $derived(Math.max(1, Math.ceil(this.visible.length / pageSize)));
  pageRows = $derived(this.visible.slice(this.page * pageSize, (this.page + 1) * pageSize));

  constructor(schemes: GradingScheme[], bands: GradeBands) {
    this.schemes = schemes;
    this.defaultBands = bands;
    this.settings = { schemeId: schemes[0]!.id, weights: {}, blank: 'exclude', decimals: 1, bands: [] };
  }

  /** Loads what this browser saved and keeps the class autosaved; returns the unsubscriber. */
  mount() {
    const saved = gradeSettings.get();
    if (saved.schemeId) this.settings = saved;
    this.draft = { ...(this.settings.weights[this.base.id] ?? {}) };
    this.roster = gradeRoster.get();
    return gradeRoster.listen((value) => {
      if (value !== this.roster) this.roster = value;
    });
  }

  /** Stores the settings (scheme choice, blank rule, decimals, bands) in this browser. */
  saveSettings() {
    gradeSettings.set($state.snapshot(this.settings));
  }

  chooseScheme(id: string) {
    this.settings.schemeId = id;
    this.draft = { ...(this.settings.weights[id] ?? {}) };
    this.saveSettings();
    this.remap();
  }

  /** Saves the edited weights as this scheme's weights in this browser. */
  saveWeights() {
    this.settings.weights = { ...this.settings.weights, [this.base.id]: { ...this.draft } };
    this.saveSettings();
    this.notice = '已在本浏览器保存权重方案。';
  }

  resetWeights() {
    this.draft = {};
    const { [this.base.id]: _, ...rest } = this.settings.weights;
    this.settings.weights = rest;
    this.saveSettings();
    this.notice = '已恢复数据中的默认权重。';
  }

  setRoster(next: GradeRoster) {
    this.roster = next;
    gradeRoster.set(next);
  }

  /**
   * Reads a table (pasted, CSV or .xlsx): the header is the first row that looks like one (findHeaderRow),
   * title rows above it are skipped; a class already here is replaced only after asking.
   */
  loadTable(table: string[][], source: string) {
    this.pending = undefined;
    this.imported = undefined;
    const long = table.findIndex((row) => row.some((cell) => cell.length > maxGradeCellLength));
    if (long >= 0) {
      this.notice = `${source}的第 ${long + 1} 行有超过 ${maxGradeCellLength} 个字符的单元格，不像成绩表，没有读取。请检查是否选错了文件或粘贴了多余的内容。`;
      return;
    }
    this.imported = { table, source, headerRow: findHeaderRow(table, this.scheme), applied: false };
    this.splitImported();
  }

  /** Takes another row of the table just read as its header (the select 表头在第 N 行). */
  chooseHeaderRow(row: number) {
    if (!this.imported || row === this.imported.headerRow) return;
    this.imported = { ...this.imported, headerRow: row };
    this.splitImported();
  }

  /** Splits the table just read at its header row; it replaces a class that did not come from it only after asking. */
  private splitImported() {
    const { table, source, headerRow, applied } = this.imported!;
    const header = table[headerRow] ?? [];
    // Blank rows (an .xlsx keeps them so rows are counted as the spreadsheet numbers them) are no students.
    const rows = table.slice(headerRow + 1).filter((row) => !isBlankRow(row));
    this.pending = undefined;
    if (!rows.length) {
      this.notice = `${source}中没有找到数据行：表头行（如 学号、姓名、出勤、期中考试）下面应每行一名学生。`;
      return;
    }
    if (rows.length > maxGradeRows) {
      this.notice = this.tooManyRows(source, rows.length);
      return;
    }
    if (!applied && this.roster.rows.length) {
      this.pending = { header, rows, source };
      this.notice = '';
      return;
    }
    this.replaceClass(header, rows, source);
  }

  /** Replaces the class with the table waiting for the teacher's answer. */
  confirmReplace() {
    if (this.pending) this.replaceClass(this.pending.header, this.pending.rows, this.pending.source);
    this.pending = undefined;
  }

  /** Keeps the class as it is and drops the table that was read. */
  keepClass() {
    this.pending = undefined;
    this.imported = undefined;
    this.notice = `已保留原来的 ${this.roster.rows.length} 行成绩，没有读取新的表格。`;
  }

  private replaceClass(header: string[], rows: string[][], source: string) {
    // A loop, not Math.max(...rows): a spread of a very long table overflows the call stack.
    let width = header.length;
    for (const row of rows) width = Math.max(width, row.length);
    const fullHeader = Array.from({ length: width }, (_, k) => header[k] ?? '');
    const headerLine = (this.imported?.headerRow ?? 0) + 1;
    this.setRoster({ ...this.roster, header: fullHeader, rows, mapping: autoMapColumns(fullHeader, this.scheme), headerLine });
    this.page = 0;
    if (this.imported) this.imported = { ...this.imported, applied: true };
    this.notice = `已从${source}读取 ${rows.length} 行${headerLine > 1 ? `（表头在第 ${headerLine} 行，上面的标题行已跳过）` : ''}，请核对下方的列对应关系。`;
  }

  /** Reads pasted or CSV text; a text with more lines than the row limit is refused before it is parsed. */
  readText(text: string, source: string) {
    const lines = countLines(text);
    if (lines > maxGradeRows + 1) this.refuse(this.tooManyRows(source, lines - 1));
    else this.loadTable(parseTable(text), source);
  }

  /** Shows why a table was not read; the class stays as it was and an unanswered replacement is dropped. */
  refuse(message: string) {
    this.pending = undefined;
    this.imported = undefined;
    this.notice = message;
  }

  readPasted() {
    this.readText(this.pasted, '粘贴的内容');
  }

  /** The refusal of a table over the class limit, naming where it came from. */
  tooManyRows(source: string, rows: number) {
    return `${source}有 ${rows} 行数据，超过 ${maxGradeRows} 名学生的上限，没有读取。请确认选对了文件，或分班导入。`;
  }

  remap() {
    if (this.roster.header.length) this.setRoster({ ...this.roster, mapping: autoMapColumns(this.roster.header, this.scheme) });
  }

  mapColumn(column: number, target: ColumnTarget) {
    const mapping = this.roster.mapping.map((t, k) => (k === column ? target : t !== 'ignore' && t === target ? 'ignore' : t));
    this.setRoster({ ...this.roster, mapping });
  }

  sortBy(key: SortKey) {
    this.descending = this.sortKey === key ? !this.descending : key === 'total';
    this.sortKey = key;
  }

  private filterAndSort(): RowOutcome[] {
    const q = this.search.trim();
    const shown = this.outcomes.filter(
      (o) =>
        (!q || o.row.name.includes(q) || o.row.number.includes(q)) &&
        (this.show === 'all' ||
          (this.show === 'issues' && o.row.issues.length > 0) ||
          (this.show === 'exempt' && o.status === 'exempt') ||
          o.band === this.show),
    );
    const value = (o: RowOutcome): number | string =>
      this.sortKey === 'total' ? (o.result?.total ?? -1) : this.sortKey === 'line' ? o.row.line : o.row[this.sortKey];
    const sign = this.descending ? -1 : 1;
    return shown.sort((a, b) => {
      const x = value(a), y = value(b);
      return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN'));
    });
  }
}
