/**
 * Floors: eval/floors.json maps `<corpus>/<split>/<measure>` to `{"min": x}` or `{"max": x}` plus
 * `"enforced": true|false`. Every floor gets a status in the table; only enforced floors decide the
 * exit code. Keys starting with "_" are comments.
 */

export interface Floor {
  min?: number
  max?: number
  enforced: boolean
}

export type Floors = Map<string, Floor>

export function floorKey(corpus: string, split: string, measure: string): string {
  return `${corpus}/${split}/${measure}`
}

/** Validate the parsed floors file; throws naming the bad key. */
export function parseFloors(json: unknown, file = 'eval/floors.json'): Floors {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${file}: expected an object of floors`)
  const floors: Floors = new Map()
  for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
    if (key.startsWith('_')) continue
    if (key.split('/').length !== 3) throw new Error(`${file}: key "${key}" is not <corpus>/<split>/<measure>`)
    if (typeof value !== 'object' || value === null) throw new Error(`${file}: "${key}" is not an object`)
    const { min, max, enforced, ...rest } = value as Record<string, unknown>
    const unknown = Object.keys(rest).filter((name) => !name.startsWith('_'))
    if (unknown.length > 0) throw new Error(`${file}: "${key}" has unknown field(s) ${unknown.join(', ')} (expected min or max, enforced)`)
    if ((min === undefined) === (max === undefined)) throw new Error(`${file}: "${key}" needs exactly one of min, max`)
    const bound = min ?? max
    if (typeof bound !== 'number' || !Number.isFinite(bound)) throw new Error(`${file}: "${key}" bound is not a number`)
    if (typeof enforced !== 'boolean') throw new Error(`${file}: "${key}" needs "enforced": true or false`)
    floors.set(key, min !== undefined ? { min: bound, enforced } : { max: bound, enforced })
  }
  return floors
}

export function formatFloor(floor: Floor | undefined): string {
  if (!floor) return ''
  return floor.min !== undefined ? `>= ${floor.min}` : `<= ${floor.max}`
}

export interface Judgement {
  status: string
  /** An enforced floor is not met: the run exits 1. */
  failed: boolean
}

/** Is `value` on the right side of `floor`? A missing value cannot meet an enforced floor. */
export function judge(value: number | null, floor: Floor | undefined): Judgement {
  if (!floor) return { status: '', failed: false }
  const suffix = floor.enforced ? '' : ' (unenforced)'
  if (value === null) return floor.enforced ? { status: 'FAIL (no value)', failed: true } : { status: `n/a${suffix}`, failed: false }
  const ok = floor.min !== undefined ? value >= floor.min : value <= (floor.max as number)
  if (ok) return { status: `pass${suffix}`, failed: false }
  return floor.enforced ? { status: 'FAIL', failed: true } : { status: `fail${suffix}`, failed: false }
}
