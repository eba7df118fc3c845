/**
 * An independent reader for the .ics files the app writes, strict where RFC 5545 is: CRLF line
 * endings only, no physical line over 75 octets, unfolding, one VEVENT inside one VCALENDAR with the
 * properties a calendar needs. Throws naming what is wrong.
 */
export interface ParsedEvent {
  props: Map<string, { params: string; value: string }>;
  calendar: Map<string, string>;
}

const UTC = /^\d{8}T\d{6}Z$/;

export function parseIcs(text: string): ParsedEvent {
  if (!text.endsWith('\r\n')) throw new Error('the file must end with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const [i, line] of physical.entries()) {
    if (line.includes('\n') || line.includes('\r')) throw new Error(`line ${i + 1} has a bare LF or CR`);
    const octets = new TextEncoder().encode(line).length;
    if (octets > 75) throw new Error(`line ${i + 1} is ${octets} octets long (over 75)`);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  const stack: string[] = [];
  const props = new Map<string, { params: string; value: string }>();
  const calendar = new Map<string, string>();
  let events = 0;
  for (const line of logical) {
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`not a content line: ${line}`);
    const head = line.slice(0, colon);
    const value = line.slice(colon + 1);
    const [name, ...params] = head.split(';');
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') events++;
    } else if (name === 'END') {
      if (stack.pop() !== value) throw new Error(`END:${value} does not close what was opened`);
    } else if (stack.at(-1) === 'VEVENT') props.set(name!, { params: params.join(';'), value });
    else if (stack.at(-1) === 'VCALENDAR') calendar.set(name!, value);
  }
  if (stack.length) throw new Error(`unclosed ${stack.join(', ')}`);
  if (!logical[0]?.startsWith('BEGIN:VCALENDAR')) throw new Error('the file must start with BEGIN:VCALENDAR');
  if (events !== 1) throw new Error(`expected one VEVENT, found ${events}`);
  if (calendar.get('VERSION') !== '2.0') throw new Error('VERSION:2.0 is missing');
  if (!calendar.get('PRODID')) throw new Error('PRODID is missing');
  for (const required of ['UID', 'DTSTAMP', 'DTSTART', 'SUMMARY']) if (!props.has(required)) throw new Error(`${required} is missing`);
  for (const utc of ['DTSTAMP', 'DTSTART', 'DTEND']) if (props.has(utc) && !UTC.test(props.get(utc)!.value)) throw new Error(`${utc} is not a UTC date-time`);
  return { props, calendar };
}

/** Reverses the TEXT escaping of RFC 5545 §3.3.11. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** 20261128T120000Z → ISO */
export function icsToIso(value: string): string {
  return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}T${value.slice(9, 11)}:${value.slice(11, 13)}:${value.slice(13, 15)}.000Z`;
}
