import { execFileSync } from 'node:child_process'

/** Short commit of the repository, with "-uncommitted" when the work tree differs from it; the eval and the bench label their rows with it. */
export function commitOf(root: string): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== ''
    return dirty ? `${head}-uncommitted` : head
  } catch {
    return 'unknown'
  }
}
