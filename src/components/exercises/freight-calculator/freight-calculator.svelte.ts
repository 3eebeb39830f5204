import { freightTable } from '../../../data/freight.ts';
import { checkAnswer, makeOrder, parseParcel, quote, quoteOrder, resolve, yuanText } from '../../../lib/freight/index.ts';
import type { FieldError, FreightQuote, ParcelField, PracticeVerdict } from '../../../lib/freight/index.ts';
import { freightInputs, freightStart, type FreightSaved } from '../../../stores/freight.ts';

/** One parcel row: its errors, or its quote. */
export interface ParcelResult {
  id: string;
  errors: FieldError[];
  quote?: FreightQuote;
}

const newSeed = () => Math.random().toString(36).slice(2, 8).toUpperCase();

/** State of the freight calculator and its practice mode; inputs autosave through the freight store. */
export class FreightCalculatorState {
  /** Inputs as typed (mirrors the store). */
  inputs = $state.raw<FreightSaved>(freightStart());
  /** Feedback on the last practice answer. */
  verdict = $state<PracticeVerdict | undefined>();
  /** Whether the practice order's worked steps are shown. */
  showSolution = $state(false);

  /** Carrier, zone and price of the chosen carrier and destination. */
  resolved = $derived(resolve(freightTable, this.inputs.carrierId, this.inputs.destination) ?? resolve(freightTable, freightTable.carriers[0]!.id, freightTable.destinations[0]!.name)!);
  /** The volumetric divisor in use. */
  divisor = $derived(this.inputs.divisor || this.resolved.carrier.divisor);
  /** Each parcel's result. */
  results = $derived<ParcelResult[]>(
    this.inputs.parcels.map((p) => {
      const parsed = parseParcel(p, { maxKg: this.resolved.carrier.maxKg });
      return parsed.ok ? { id: p.id, errors: [], quote: quote(parsed.parcel, this.resolved.carrier, this.resolved.price, this.divisor) } : { id: p.id, errors: parsed.errors };
    }),
  );
  /** Total in fen when every parcel is valid. */
  totalFen = $derived(this.results.every((r) => r.quote) ? this.results.reduce((sum, r) => sum + r.quote!.fen, 0) : undefined);
  /** The current practice order. */
  order = $derived(makeOrder(freightTable, this.inputs.practice.seed || 'first'));
  /** Its carrier and zone. */
  orderResolved = $derived(resolve(freightTable, this.order.carrierId, this.order.destination)!);
  /** Its answer key. */
  orderQuote = $derived(quoteOrder(freightTable, this.order)!);

  /** Follows the store (this tab and others); picks a practice seed on first use. */
  mount(): () => void {
    const stop = freightInputs.subscribe((value) => (this.inputs = value));
    if (!this.inputs.practice.seed) this.#save({ practice: { seed: newSeed(), answer: '' } });
    return stop;
  }

  #save(patch: Partial<FreightSaved>) {
    freightInputs.set({ ...freightInputs.get(), ...patch });
  }

  /** Changes the carrier, destination or divisor. */
  choose(patch: Partial<Pick<FreightSaved, 'carrierId' | 'destination' | 'divisor'>>) {
    this.#save(patch);
  }

  /** Stores one field of one parcel as typed. */
  setField(index: number, field: ParcelField, value: string) {
    this.#save({ parcels: this.inputs.parcels.map((p, i) => (i === index ? { ...p, [field]: value } : p)) });
  }

  /** Adds an empty parcel row (at most 20). */
  addParcel() {
    const used = new Set(this.inputs.parcels.map((p) => p.id));
    let n = this.inputs.parcels.length + 1;
    while (used.has(`p${n}`)) n++;
    if (this.inputs.parcels.length < 20) this.#save({ parcels: [...this.inputs.parcels, { id: `p${n}`, weight: '', length: '', width: '', height: '' }] });
  }

  /** Removes a parcel row (the last one stays). */
  removeParcel(index: number) {
    if (this.inputs.parcels.length > 1) this.#save({ parcels: this.inputs.parcels.filter((_, i) => i !== index) });
  }

  /** Stores the practice answer as typed. */
  setAnswer(answer: string) {
    this.#save({ practice: { ...this.inputs.practice, answer } });
  }

  /** Checks the practice answer. */
  check() {
    this.verdict = checkAnswer(this.inputs.practice.answer, this.orderQuote, (m) => quoteOrder(freightTable, this.order, m)!);
  }

  /** Draws a new practice order. */
  nextOrder() {
    this.verdict = undefined;
    this.showSolution = false;
    this.#save({ practice: { seed: newSeed(), answer: '' } });
  }

  /** The total as text. */
  get totalText() {
    return this.totalFen === undefined ? '' : `${yuanText(this.totalFen)} 元`;
  }
}
