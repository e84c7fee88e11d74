/**
 * `bun run docs:schema`: writes `docs/schema.md` and the README's diagram.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"
import * as Effect from "effect/Effect"
import { expectedDocuments, readmePath, schemaDocumentPath } from "../src/SchemaDocuments.ts"

const documents = await Effect.runPromise(expectedDocuments)
mkdirSync(dirname(schemaDocumentPath), { recursive: true })
writeFileSync(schemaDocumentPath, documents.schemaDocument)
writeFileSync(readmePath, documents.readme)
process.stdout.write(`wrote ${schemaDocumentPath} and the diagram in ${readmePath}\n`)
