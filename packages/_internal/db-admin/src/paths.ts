/**
 * Where the committed migrations live: the repository's top-level `drizzle/`.
 *
 * @since 0.1.0
 */
import { fileURLToPath } from "node:url"

/** `<repository>/drizzle`. @since 0.1.0 */
export const migrationsFolder = fileURLToPath(new URL("../../../../drizzle", import.meta.url))
