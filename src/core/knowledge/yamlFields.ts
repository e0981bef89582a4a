// Typed readers over YAML mappings. Each reports what is wrong at the offending node and returns
// what could be read, so one pass over a file finds all of its problems.
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { LANGS, type Lang } from './model';
import type { Located, Position } from './problem';
import { textSlot, type TextSlot } from './textSlot';
import type { YamlSource } from './yamlSource';

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key);
}

/** The value node of `key`; undefined when the key is absent. A key with no value gives its key node. */
export function fieldNode(map: YAMLMap, key: string): Node | undefined {
  const pair = pairOf(map, key);
  if (!pair) return undefined;
  const value = pair.value as Node | null;
  return value && !(isScalar(value) && value.value === null) ? value : (pair.key as Node);
}

/** True when `key` is present with a non-null value. */
export function hasValue(map: YAMLMap, key: string): boolean {
  const value = pairOf(map, key)?.value as Node | null | undefined;
  return value != null && !(isScalar(value) && value.value === null);
}

/** Reports keys outside `known`, which are almost always typos (`releated:`, `corection:`). */
export function checkKnownKeys(src: YamlSource, map: YAMLMap, known: readonly string[], what: string): void {
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined || !known.includes(key)) {
      src.add(pair.key as Node, `unknown key "${key ?? '?'}" in ${what} (expected one of: ${known.join(', ')})`);
    }
  }
}

export function readString(src: YamlSource, map: YAMLMap, key: string, what: string, required: boolean): Located<string> | undefined {
  if (!hasValue(map, key)) {
    if (required) src.add(fieldNode(map, key) ?? map, `${what}: missing "${key}"`);
    return undefined;
  }
  const node = fieldNode(map, key) as Node;
  if (!isScalar(node) || typeof node.value !== 'string') {
    src.add(node, `${what}: "${key}" must be text`);
    return undefined;
  }
  if (!node.value.trim()) {
    src.add(node, `${what}: "${key}" is empty`);
    return undefined;
  }
  return { value: node.value, at: src.at(node) };
}

export function readNumber(src: YamlSource, map: YAMLMap, key: string, what: string, required: boolean): Located<number> | undefined {
  if (!hasValue(map, key)) {
    if (required) src.add(fieldNode(map, key) ?? map, `${what}: missing "${key}"`);
    return undefined;
  }
  const node = fieldNode(map, key) as Node;
  if (!isScalar(node) || typeof node.value !== 'number') {
    src.add(node, `${what}: "${key}" must be a number`);
    return undefined;
  }
  return { value: node.value, at: src.at(node) };
}

export function readBoolean(src: YamlSource, map: YAMLMap, key: string, what: string): boolean | undefined {
  if (!hasValue(map, key)) return undefined;
  const node = fieldNode(map, key) as Node;
  if (!isScalar(node) || typeof node.value !== 'boolean') {
    src.add(node, `${what}: "${key}" must be true or false`);
    return undefined;
  }
  return node.value;
}

/** A list of non-empty strings; absent means empty. */
export function readStringList(src: YamlSource, map: YAMLMap, key: string, what: string): Located<string>[] {
  if (!hasValue(map, key)) return [];
  const node = fieldNode(map, key) as Node;
  if (!isSeq(node)) {
    src.add(node, `${what}: "${key}" must be a list`);
    return [];
  }
  const values: Located<string>[] = [];
  for (const item of node.items as Node[]) {
    if (isScalar(item) && typeof item.value === 'string' && item.value.trim()) values.push({ value: item.value, at: src.at(item) });
    else src.add(item, `${what}: every "${key}" item must be non-empty text`);
  }
  return values;
}

/** The mapping under `key`, or undefined (reported when present but not a mapping). */
export function readMap(src: YamlSource, map: YAMLMap, key: string, what: string): YAMLMap | undefined {
  if (!hasValue(map, key)) return undefined;
  const node = fieldNode(map, key) as Node;
  if (isMap(node)) return node;
  src.add(node, `${what}: "${key}" must be a mapping`);
  return undefined;
}

/** The items of the list under `key`; absent means empty. */
export function readList(src: YamlSource, map: YAMLMap, key: string, what: string): { items: Node[]; at: Position } {
  if (!hasValue(map, key)) return { items: [], at: src.at(fieldNode(map, key) ?? map) };
  const node = fieldNode(map, key) as Node;
  if (isSeq(node)) return { items: node.items as Node[], at: src.at(node) };
  src.add(node, `${what}: "${key}" must be a list`);
  return { items: [], at: src.at(node) };
}

/** `key: { zh, en }` as a text slot; `label` names it in messages ("title", "quiz x-q1 question"). */
export function readBilingual(src: YamlSource, map: YAMLMap, key: string, label: string): TextSlot {
  if (!hasValue(map, key)) {
    const at = src.at(fieldNode(map, key) ?? map);
    return textSlot({}, () => at, () => `${label}: missing "${key}" (needs zh and en text)`);
  }
  return bilingualFromNode(src, fieldNode(map, key) as Node, label);
}

/** A `{ zh, en }` node as a text slot; `extraKeys` are other keys allowed beside the languages. */
export function bilingualFromNode(src: YamlSource, node: Node, label: string, extraKeys: readonly string[] = []): TextSlot {
  if (!isMap(node)) {
    src.add(node, `${label} must be a mapping with zh and en text`);
    return textSlot({}, () => src.at(node), () => `${label} must be a mapping with zh and en text`);
  }
  checkKnownKeys(src, node, [...LANGS, ...extraKeys], label);
  const text: Partial<Record<Lang, string>> = {};
  const notText = new Set<Lang>();
  for (const lang of LANGS) {
    if (!hasValue(node, lang)) continue;
    const value = fieldNode(node, lang) as Node;
    if (isScalar(value) && typeof value.value === 'string') text[lang] = value.value;
    // A bare number (`zh: 0.75` as a quiz option) is text to the author; keep it as written.
    else if (isScalar(value) && typeof value.value === 'number') text[lang] = value.source ?? String(value.value);
    else notText.add(lang);
  }
  return textSlot(
    text,
    (lang) => src.at(pairOf(node, lang) ? fieldNode(node, lang) : node),
    (lang) =>
      notText.has(lang)
        ? `${label}: ${lang} must be text`
        : pairOf(node, lang)
          ? `${label}: ${lang} text is empty`
          : `${label}: missing ${lang} text`,
  );
}
