import type { CallScript } from '../../../schemas/call-script.ts';
import {
  agentCharacters,
  microphoneErrorMessage,
  noVoiceText,
  pickChineseVoice,
  recordingProblem,
  scopeOptions,
  selfCheckSummary,
  speakingRate,
  type AspectId,
  type RateResult,
  type ScopeOption,
  type ReadingScope,
  type TimingMethod,
} from '../../../lib/voice/index.ts';
import { clearPractice, practiceOf, saveAttempt, setCheck, voiceData, type ScriptPractice } from '../../../stores/voice.ts';

/** Longest recording kept: a call script takes a few minutes; this keeps memory use small. */
const maxMs = 10 * 60_000;
/** How long to wait for the browser's voice list before saying there is no Chinese voice. */
const voiceWaitMs = 1500;

/** Where reading the customer's lines aloud stands. */
export type SpeechStatus = 'checking' | 'ready' | 'unsupported' | 'noChinese';

/** State and actions of one voice practice: recording or stopwatch timing, playback, speech, self-check. */
export class VoicePracticeState {
  readonly script: CallScript;
  /** Scopes the learner can choose, with their lengths. */
  readonly options: ScopeOption[];
  /** What the learner is about to read. */
  scope = $state<ReadingScope>('all');
  /** Why recording is impossible (browser, page or permission), in Chinese. */
  recordProblem = $state<string | undefined>();
  /** Whether a timing is being set up or running. */
  phase = $state<'idle' | 'starting' | 'running'>('idle');
  /** The running (or last) timing method. */
  method = $state<TimingMethod | undefined>();
  /** Milliseconds since the timing started, for the clock. */
  elapsed = $state(0);
  /** Object URL of the last recording, kept in memory only. */
  audioUrl = $state<string | undefined>();
  /** Set when the browser could not play the recording back. */
  playbackProblem = $state<string | undefined>();
  /** The last timing's result. */
  result = $state<RateResult | undefined>();
  /** Saved self-check and history. */
  practice = $state<ScriptPractice>({ checks: {}, attempts: [] });
  speech = $state<SpeechStatus>('checking');
  /** Key (`section-line`) of the customer line being read aloud. */
  speaking = $state<string | undefined>();

  /** Characters of the agent's lines in the chosen scope. */
  characters = $derived.by(() => agentCharacters(this.script, this.scope));
  /** What the self-check says back. */
  summary = $derived.by(() => selfCheckSummary(this.practice.checks, this.practice.attempts[0]?.band));

  #started = 0;
  #timer: ReturnType<typeof setInterval> | undefined;
  #recorder: MediaRecorder | undefined;
  #stream: MediaStream | undefined;
  #voice: SpeechSynthesisVoice | undefined;

  constructor(script: CallScript) {
    this.script = script;
    this.options = scopeOptions(script);
  }

  /** Checks what the browser offers and loads saved practice; call from onMount. */
  mount(): () => void {
    this.recordProblem = recordingProblem({
      getUserMedia: typeof navigator.mediaDevices?.getUserMedia === 'function',
      mediaRecorder: typeof MediaRecorder === 'function',
      secureContext: window.isSecureContext,
    });
    const stopData = voiceData.subscribe((saved) => (this.practice = practiceOf(saved, this.script.id)));
    const stopSpeech = this.#findVoice();
    return () => {
      stopData();
      stopSpeech();
      clearInterval(this.#timer);
      this.#release();
      if (this.audioUrl) URL.revokeObjectURL(this.audioUrl);
      if (this.speech === 'ready') speechSynthesis.cancel();
    };
  }

  #findVoice(): () => void {
    if (!('speechSynthesis' in window) || typeof SpeechSynthesisUtterance !== 'function') {
      this.speech = 'unsupported';
      return () => {};
    }
    const look = () => {
      this.#voice = pickChineseVoice(speechSynthesis.getVoices());
      if (this.#voice) this.speech = 'ready';
    };
    look();
    // Chromium fills the voice list asynchronously and announces it with `voiceschanged`.
    speechSynthesis.addEventListener('voiceschanged', look);
    const wait = setTimeout(() => this.speech === 'checking' && (this.speech = 'noChinese'), voiceWaitMs);
    return () => {
      clearTimeout(wait);
      speechSynthesis.removeEventListener('voiceschanged', look);
    };
  }

  /** Why the customer's lines cannot be read aloud, once known. */
  get speechNotice(): string | undefined {
    return this.speech === 'unsupported' || this.speech === 'noChinese' ? noVoiceText[this.speech] : undefined;
  }

  /** Reads a customer line aloud with the Chinese voice; pressing again stops it. */
  speak(key: string, text: string) {
    if (!this.#voice) return;
    speechSynthesis.cancel();
    if (this.speaking === key) {
      this.speaking = undefined;
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = this.#voice;
    utterance.lang = this.#voice.lang;
    utterance.onend = utterance.onerror = () => this.speaking === key && (this.speaking = undefined);
    this.speaking = key;
    speechSynthesis.speak(utterance);
  }

  #startClock(method: TimingMethod) {
    this.method = method;
    this.phase = 'running';
    this.result = undefined;
    this.elapsed = 0;
    this.#started = performance.now();
    this.#timer = setInterval(() => {
      this.elapsed = performance.now() - this.#started;
      if (this.elapsed >= maxMs) this.stop();
    }, 250);
  }

  /** Asks for the microphone and starts recording; a refusal is explained and the stopwatch remains. */
  async startRecording() {
    if (this.phase !== 'idle' || this.recordProblem) return;
    this.phase = 'starting';
    this.method = 'recording';
    try {
      this.#stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const recorder = new MediaRecorder(this.#stream);
      const chunks: Blob[] = [];
      recorder.ondataavailable = (event) => event.data.size > 0 && chunks.push(event.data);
      recorder.onstop = () => {
        if (this.audioUrl) URL.revokeObjectURL(this.audioUrl);
        this.audioUrl = URL.createObjectURL(new Blob(chunks, { type: recorder.mimeType || 'audio/webm' }));
        this.playbackProblem = undefined;
        this.#release();
      };
      recorder.start();
      this.#recorder = recorder;
      this.#startClock('recording');
    } catch (error) {
      this.#release();
      this.phase = 'idle';
      this.recordProblem = microphoneErrorMessage(error instanceof Error ? error.name : undefined);
    }
  }

  /** Starts timing without recording. */
  startStopwatch() {
    if (this.phase === 'idle') this.#startClock('stopwatch');
  }

  /** Stops the running timing, computes the speaking rate and saves it to the history. */
  stop() {
    if (this.phase !== 'running' || !this.method) return;
    clearInterval(this.#timer);
    const ms = performance.now() - this.#started;
    this.elapsed = ms;
    this.phase = 'idle';
    if (this.#recorder?.state === 'recording') this.#recorder.stop();
    this.#recorder = undefined;
    const result = speakingRate(this.characters, ms);
    this.result = result;
    if (result.ok) {
      const { characters, rate, band } = result;
      saveAttempt(this.script.id, { at: Date.now(), method: this.method, scope: this.scope, characters, ms: Math.round(ms), rate, band });
    }
  }

  #release() {
    for (const track of this.#stream?.getTracks() ?? []) track.stop();
    this.#stream = undefined;
  }

  /** The audio element reported an error: say so instead of a silent, broken player. */
  playbackFailed() {
    this.playbackProblem = '浏览器没能播放这段录音。语速结果不受影响；可以换用新版 Chrome、Edge 或 Firefox 再录一次。';
  }

  /** Ticks or unticks a self-check item (saved at once). */
  check(aspect: AspectId, value: boolean) {
    setCheck(this.script.id, aspect, value);
  }

  /** Forgets this script's self-check and history. */
  clear() {
    clearPractice(this.script.id);
    this.result = undefined;
  }
}
