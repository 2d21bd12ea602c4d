export const PRESET_NAMES = ['recommended', 'wire', 'wikipedia', 'conflict', 'strict', 'inclusive'];
