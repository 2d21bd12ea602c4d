/**
 * A preset is data: a table of rule → severity and options, plus vocabulary choices. The processor
 * applies it; `toUnifiedPreset` derives the equivalent unified preset for people composing their
 * own retext pipelines. RULES.md's presets table is canonical.
 */
import type { RuleId } from '../src/rules/ids.js';
import type { Severity } from '../src/lexicon/schema.js';
export type PresetName = 'recommended' | 'wire' | 'wikipedia' | 'conflict' | 'strict' | 'inclusive';
export declare const PRESET_NAMES: readonly PresetName[];
/** A rule's setting: a severity, or a severity with the rule's options. */
export type RuleSetting = Severity | [Severity, Record<string, unknown>];
export interface Preset {
    name: PresetName;
    /** One line: who it is for. */
    description: string;
    /** Every rule id, with its severity and options in this preset. */
    rules: Record<RuleId, RuleSetting>;
    /** Links and footnote references inside a covered clause count as citations. */
    citations: boolean;
    /** Adds retext-equality's inclusive-language checks (configured for news copy). */
    inclusive: boolean;
}
