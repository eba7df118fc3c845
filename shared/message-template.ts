/**
 * Fills an English template written in Fluent's placeable syntax (`{ $name }`), the way the en-US
 * .ftl file says the same message: the backend's catalogs (notices, refusals, causes, sync) keep
 * their English text for logs and exports this way. A missing argument stays visible as `{$name}`.
 */
export function fillMessage(template: string, args: Readonly<Record<string, string | number | undefined>>): string {
  return template.replace(/\{ \$(\w+) \}/g, (_, name: string) => String(args[name] ?? `{$${name}}`));
}
