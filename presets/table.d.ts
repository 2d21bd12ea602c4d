import type { Preset, PresetName } from './types.js';
export declare const PRESETS: Readonly<Record<PresetName, Preset>>;
