// Object.groupBy polyfill for Node 20, loaded with `node --import` before the
// better-auth CLI (`auth`): its Prisma parser (chevrotain, via
// @mrleebo/prisma-ast) calls Object.groupBy (Node 21+ / ES2024) at import time.
// No-op where the runtime already has it.
if (typeof Object.groupBy !== "function") {
  Object.defineProperty(Object, "groupBy", {
    configurable: true,
    writable: true,
    enumerable: false,
    value: function groupBy(items, callback) {
      const groups = Object.create(null)
      let index = 0
      for (const item of items) {
        const key = callback(item, index++)
        if (Object.hasOwn(groups, key)) groups[key].push(item)
        else groups[key] = [item]
      }
      return groups
    }
  })
}
