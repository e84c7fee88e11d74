/**
 * The `user` table.
 *
 * @since 0.1.0
 */
import { SharedEntityIds } from "@beep/shared-domain"
import { boolean, text } from "drizzle-orm/pg-core"
import * as Table from "../Table.ts"

/**
 * Mirrors `User.Model`; `email` is unique (better-auth looks users up by it).
 *
 * @since 0.1.0
 */
export const user = Table.make(SharedEntityIds.UserId)({
  name: text("name").notNull(),
  email: text("email").notNull().unique("user_email_key"),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image")
})
